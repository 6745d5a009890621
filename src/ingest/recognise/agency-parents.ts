import type { EntityMention } from './entity-mention';
import type { PhraseMatch } from './phrase-matcher';
import type { Reference } from './reference';
import type { GazetteerValue, ReferenceEntity } from './reference-gazetteer';
import type { Token } from './text-tokens';

/**
 * "The Special Cell of the Delhi Police": a reference unit whose name ends on "of (the) <its parent>" also names the parent, a reference
 * agency of the same country written out whole at the end of the name (labellers count both); "the National Police of Ecuador" names no
 * second agency, as no agency is called "Ecuador"; nor does a capital's force as news writes it ("City of London Police" names no
 * London police, the Met).
 */
export function parentNamedInside(
  tokens: readonly Token[],
  match: PhraseMatch<GazetteerValue>,
  unit: ReferenceEntity,
  reference: Reference,
): EntityMention | undefined {
  let of = -1;
  for (let i = match.to - 2; i > match.from; i--) {
    if (tokens[i].key === 'of') {
      of = i;
      break;
    }
  }
  if (of < 0) return undefined;
  const start = tokens[of + 1]?.key === 'the' ? of + 2 : of + 1;
  if (start >= match.to) return undefined;
  const whole = reference.gazetteer.matchesAt(tokens, start).find((m) => m.to === match.to);
  const parents = (whole?.values ?? []).flatMap((v) =>
    v.kind === 'entity' &&
    !v.ambiguous &&
    !v.capitalForce &&
    v.entity.agency &&
    v.entity.id !== unit.id &&
    v.entity.agency.countryCode === unit.agency?.countryCode
      ? [v.entity]
      : [],
  );
  return parents.length === 1 ? { id: parents[0].id, entity: parents[0].draft, from: start, to: match.to } : undefined;
}
