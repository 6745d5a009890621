import { Tlp, TLP_LEVELS } from '../../shared/tlp';
import { StixObject } from './stix.types';

/** The TLP 2.0 extension definition (FIRST/OASIS cti-stix-common-objects) the official marking definitions carry. */
const TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

/** The official TLP 2.0 marking-definition ids, by level: every producer uses these very ids. */
const TLP2_IDS: Readonly<Record<Tlp, string>> = {
  [Tlp.CLEAR]: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  [Tlp.GREEN]: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  [Tlp.AMBER]: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  [Tlp.AMBER_STRICT]: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  [Tlp.RED]: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** The marking-definition object of a rank (0 CLEAR … 4 RED), exactly as published. */
export function tlpMarkingDefinition(rank: number): StixObject {
  const level = TLP_LEVELS[rank];
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_IDS[level],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${level.replace('_', '+')}`,
    extensions: { [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: level.toLowerCase().replace('_', '+') } },
  };
}

export const tlpMarkingId = (rank: number): string => TLP2_IDS[TLP_LEVELS[rank]];

/** The rank of a TLP 2.0 marking-definition id; undefined for any other marking. */
export function rankOfMarking(id: string): number | undefined {
  const level = TLP_LEVELS.find((l) => TLP2_IDS[l] === id);
  return level === undefined ? undefined : TLP_LEVELS.indexOf(level);
}
