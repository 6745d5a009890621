import type { RecognisedIds, ScoredType } from '../../src/ingest/assemble';
import { EntityType } from '../../src/modules/shared/enums';
import type { SpanReading } from './span-ids';
import { keepReading } from './span-filters';

/** The four readings of a card the bench scores: the rules, the model, both, and the rules plus the model's filtered spans. */
export const VARIANTS = ['rules', 'model', 'union', 'filtered'] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * A card's ids under one variant. Countries always come from the rules (the model's LOCATION is not mapped), so
 * only agencies, people and organisations differ between variants; the rules' "Name (ACR)" forms stay for scoring.
 */
export function variantIds(variant: Variant, rules: RecognisedIds, readings: readonly SpanReading[]): RecognisedIds {
  const added = variant === 'filtered' ? readings.filter((r) => keepReading(r)) : readings;
  const ids = new Map<ScoredType, Set<string>>(
    [...rules.ids].map(([type, set]) => [type, new Set(variant === 'model' && type !== EntityType.COUNTRY ? [] : set)]),
  );
  if (variant !== 'rules') for (const r of added) ids.get(r.type)?.add(r.id);
  return { ...rules, ids };
}
