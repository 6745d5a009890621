import { AppError, badInput, notFound } from '../../errors/app-error';
import { Context } from '../../graphql/context';
import { GradingRepository } from '../grading/grading.repository';
import { provenanceService } from '../provenance/provenance.service';
import { compositeParts, viewIds } from '../shared/ids';
import { ENTITY_KINDS, GRADE_ID_PREFIX, NODE_KINDS, VIEW_KINDS, ViewKind } from '../shared/kinds';
import { EntityRecord } from '../entity/entity.type';
import { TopicRepository } from '../topic/topic.repository';
import { TypedRecord } from './node.type';

export const MAX_NODES = 100;

type Found = object | null;

/** Reads every id of one kind at once: each kind costs one batched read, whatever the number of ids. */
interface KindReader {
  prefix: string;
  read(ctx: Context, ids: string[]): Promise<Found[]>;
}

const typed = (typeName: string) => (value: object | null | undefined) => (value ? { ...value, __typename: typeName } : null);

/** Unwraps DataLoader.loadMany, whose failed keys come back as errors among the values. */
async function loaded<T>(values: Promise<(T | Error)[]>): Promise<T[]> {
  return (await values).map((value) => {
    if (value instanceof Error) throw value;
    return value;
  });
}

/** Relationships and views found among the children of the node their first part names (a citation among its claim's citations). */
function childOf<T extends object>(
  kind: ViewKind,
  children: (ctx: Context, parentIds: string[]) => Promise<T[][]>,
  idOf: (child: T, parentId: string) => string,
): KindReader {
  return {
    prefix: kind.idPrefix,
    async read(ctx, ids) {
      const parents = ids.map((id) => compositeParts(kind, id)?.[0] ?? null);
      const lists = await children(
        ctx,
        parents.filter((p): p is string => p !== null),
      );
      const byParent = new Map(parents.filter((p): p is string => p !== null).map((p, i) => [p, lists[i]]));
      return ids.map((id, i) => {
        const parent = parents[i];
        const child = parent === null ? undefined : byParent.get(parent)?.find((c) => idOf(c, parent) === id);
        return typed(kind.typeName)(child);
      });
    },
  };
}

/** Views computed from one claim; an unknown claim is simply not found. */
function claimView(kind: ViewKind, compute: (ctx: Context, claimId: string) => Promise<object>): KindReader {
  return {
    prefix: kind.idPrefix,
    read: (ctx, ids) =>
      Promise.all(
        ids.map(async (id) => {
          const claimId = compositeParts(kind, id)?.[0];
          if (!claimId) return null;
          try {
            return typed(kind.typeName)(await compute(ctx, claimId));
          } catch (error) {
            if (error instanceof AppError && error.extensions.code === 'NOT_FOUND') return null;
            throw error;
          }
        }),
      ),
  };
}

const entityKinds = Object.values(ENTITY_KINDS).map((kind): KindReader => ({
  prefix: kind.idPrefix,
  read: async (ctx, ids) =>
    (await loaded(ctx.loaders.entityById.loadMany(ids))).map((e: EntityRecord | null) => typed(e ? ENTITY_KINDS[e.type].typeName : '')(e)),
}));

/** Every kind node(id:) knows, by id prefix (src/modules/shared/kinds.ts). */
const READERS: KindReader[] = [
  { prefix: NODE_KINDS.story.idPrefix, read: async (ctx, ids) => (await loaded(ctx.loaders.storyById.loadMany(ids))).map(typed('Story')) },
  { prefix: NODE_KINDS.claim.idPrefix, read: async (ctx, ids) => (await loaded(ctx.loaders.claimById.loadMany(ids))).map(typed('Claim')) },
  { prefix: NODE_KINDS.source.idPrefix, read: async (ctx, ids) => (await loaded(ctx.loaders.sourceById.loadMany(ids))).map(typed('Source')) },
  { prefix: NODE_KINDS.topic.idPrefix, read: async (ctx, ids) => (await new TopicRepository(ctx.executor).byIds(ids)).map(typed('Topic')) },
  ...entityKinds,
  { prefix: GRADE_ID_PREFIX, read: (ctx, ids) => new GradingRepository(ctx.executor).byIds(ids) },
  childOf(
    VIEW_KINDS.citation,
    (ctx, claimIds) => loaded(ctx.loaders.citationsOfClaim.loadMany(claimIds)),
    (c) => viewIds.citation(c),
  ),
  childOf(
    VIEW_KINDS.claimRelation,
    (ctx, claimIds) => loaded(ctx.loaders.relationsOfClaim.loadMany(claimIds)),
    (r) => r.id,
  ),
  childOf(
    VIEW_KINDS.countryTie,
    (ctx, entityIds) => loaded(ctx.loaders.countryTiesOfEntity.loadMany(entityIds)),
    (t) => t.id,
  ),
  childOf(
    VIEW_KINDS.role,
    (ctx, personIds) => loaded(ctx.loaders.rolesOfPerson.loadMany(personIds)),
    (r) => r.id,
  ),
  // A link is its outgoing relation seen from the `from` claim, with that claim as `from`.
  childOf(
    VIEW_KINDS.claimLink,
    async (ctx, fromIds) => {
      const [relations, froms] = await Promise.all([loaded(ctx.loaders.relationsOfClaim.loadMany(fromIds)), loaded(ctx.loaders.claimById.loadMany(fromIds))]);
      return relations.map((list, i) =>
        list
          .filter((r) => r.direction === 'OUTGOING' && froms[i])
          .map(({ claim, direction: _direction, ...link }) => ({
            ...link,
            id: viewIds.claimLink(fromIds[i], link.stance, claim.id),
            from: froms[i]!,
            to: claim,
          })),
      );
    },
    (link) => link.id,
  ),
  claimView(VIEW_KINDS.assessment, (ctx, claimId) => provenanceService.assessment(ctx, claimId)),
  claimView(VIEW_KINDS.corroboration, (ctx, claimId) => provenanceService.corroboration(ctx, claimId)),
  claimView(VIEW_KINDS.provenance, (ctx, claimId) => provenanceService.provenance(ctx, claimId)),
];

// Longest prefix first, so "relation:" is never taken for a shorter prefix it happens to start with.
READERS.sort((a, b) => b.prefix.length - a.prefix.length);
const readerOf = (id: string) => READERS.find((r) => id.startsWith(r.prefix));

export const nodeService = {
  /** Any identifiable object by id; NOT_FOUND (and null) when no kind has it. */
  async node(ctx: Context, id: string): Promise<TypedRecord> {
    const [value] = await nodeService.nodes(ctx, [id]);
    if (value instanceof Error) throw value;
    return value;
  },

  /** In the order asked; an unknown id gives a NOT_FOUND error in its place (null in the list). One batched read per kind. */
  async nodes(ctx: Context, ids: string[]): Promise<(TypedRecord | AppError)[]> {
    if (ids.length > MAX_NODES) throw badInput([{ field: 'ids', reason: `at most ${MAX_NODES} ids (got ${ids.length})` }]);
    const byReader = new Map<KindReader, string[]>();
    for (const id of new Set(ids)) {
      const reader = readerOf(id);
      if (reader) byReader.set(reader, [...(byReader.get(reader) ?? []), id]);
    }
    const found = new Map<string, Found>();
    await Promise.all(
      [...byReader].map(async ([reader, kindIds]) => {
        const values = await reader.read(ctx, kindIds);
        kindIds.forEach((id, i) => found.set(id, values[i]));
      }),
    );
    return ids.map((id) => (found.get(id) as TypedRecord | null | undefined) ?? notFound('Node', id));
  },
};
