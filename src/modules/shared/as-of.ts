import { Arg, Field } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars';

/**
 * As-of reads: the graph as it was known at an instant. Stories and claims count from their
 * `ingestedAt`, grades from `gradedAt`, claim links from `linkedAt` (all server time, set once when
 * created). A node without a recorded time (written before times were recorded) counts as known
 * from the start. Without asOf nothing of this enters the Cypher.
 */
export const AS_OF_DESCRIPTION = 'Answer from what had been ingested, graded and linked by this instant (ISO 8601); absent: now';

/** The `asOf` argument of a root read; the DateTime scalar (graphql-scalars' parsing) makes it a Date. */
export const AsOfField = () => Field(() => DateTimeScalar, { nullable: true, description: AS_OF_DESCRIPTION });

/** The same, as a separate argument of a root read: `claim(id: ID!, asOf: DateTime)`. */
export const AsOfArg = () => Arg('asOf', () => DateTimeScalar, { nullable: true, description: AS_OF_DESCRIPTION });

/** Cypher: node or relationship time `at` is at or before $asOf; null (not recorded) counts as before. */
export const knownBy = (at: string) => `coalesce(${at}, datetime($asOf)) <= datetime($asOf)`;

/** Cypher: claim `c` (of story `s`) was known at $asOf; a claim without its own time has its story's. */
export const claimKnownBy = (c: string, s: string) => knownBy(`coalesce(${c}.ingestedAt, ${s}.ingestedAt)`);

/** Parameters of an as-of statement: `$asOf` only when there is an instant. */
export const asOfParams = (asOf: string | undefined): { asOf?: string } => (asOf ? { asOf } : {});

/** The instant a parent object was read at, carried down to the fields below it (hidden from GraphQL). */
export const instantOf = (parent: object | null | undefined): string | undefined => (parent as { _asOf?: string } | null | undefined)?._asOf;

export const isoOf = (asOf: Date | undefined | null): string | undefined => asOf?.toISOString();

/** Copies carrying the instant, so their own fields answer as of it too; without one, the values as they are. */
export function stamped<T>(value: T, asOf: string | undefined): T {
  if (!asOf || value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => stamped(v, asOf)) as T;
  return typeof value === 'object' ? { ...value, _asOf: asOf } : value;
}
