import { registerEnumType } from 'type-graphql';

/**
 * Traffic Light Protocol 2.0 markings in rising order. Stored on Story, Source and Claim nodes as
 * `marking` (the node's own, by name) and `markingRank` (the effective one, by rank), so reads can
 * compare a rank with the caller's clearance inside the Cypher.
 */
export enum Tlp {
  CLEAR = 'CLEAR',
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  AMBER_STRICT = 'AMBER_STRICT',
  RED = 'RED',
}

registerEnumType(Tlp, {
  name: 'Tlp',
  description: 'TLP 2.0 marking, from CLEAR (public) through GREEN, AMBER, AMBER+STRICT to RED (named recipients only)',
  valuesConfig: {
    CLEAR: { description: 'TLP:CLEAR, no limit on disclosure' },
    GREEN: { description: 'TLP:GREEN, the community' },
    AMBER: { description: 'TLP:AMBER, the organisation and its clients' },
    AMBER_STRICT: { description: 'TLP:AMBER+STRICT, the organisation only' },
    RED: { description: 'TLP:RED, named recipients only' },
  },
});

/** The `marking` field of Story, Source and Claim. */
export const MARKING_DESCRIPTION =
  'Effective TLP marking: the highest of its own and what it inherits (a claim from its story and cited sources, a source from what it derives from). Readers see only what their clearance allows';

export const TLP_LEVELS: readonly Tlp[] = [Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED];

export const tlpRank = (marking: Tlp): number => TLP_LEVELS.indexOf(marking);

export const tlpOfRank = (rank: number): Tlp => TLP_LEVELS[Math.max(0, Math.min(TLP_LEVELS.length - 1, rank))];

/** The label TLP 2.0 prints, e.g. "TLP:AMBER+STRICT". */
export const tlpLabel = (marking: Tlp): string => `TLP:${marking.replace('_', '+')}`;

/** A marking as people write it: "AMBER", "amber+strict", "TLP:AMBER+STRICT", "AMBER_STRICT"; undefined for anything else. */
export function parseTlp(text: string): Tlp | undefined {
  const name = text
    .trim()
    .replace(/^tlp:\s*/i, '')
    .replace('+', '_')
    .toUpperCase();
  return TLP_LEVELS.find((level) => level === name);
}
