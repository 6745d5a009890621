import { registerEnumType } from 'type-graphql';

/** Source reliability, NATO/Admiralty system: how far the source itself can be trusted. */
export enum Reliability {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
  F = 'F',
}

export const RELIABILITY_MEANINGS: Readonly<Record<Reliability, string>> = {
  [Reliability.A]: 'Completely reliable',
  [Reliability.B]: 'Usually reliable',
  [Reliability.C]: 'Fairly reliable',
  [Reliability.D]: 'Not usually reliable',
  [Reliability.E]: 'Unreliable',
  [Reliability.F]: 'Reliability cannot be judged',
};

/** Information credibility, NATO/Admiralty system, 1 to 6: how far this citation bears the claim out. */
export const CREDIBILITY_MEANINGS: Readonly<Record<number, string>> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

export const CREDIBILITY_SCALE = Object.entries(CREDIBILITY_MEANINGS)
  .map(([grade, meaning]) => `${grade} ${meaning}`)
  .join('; ');

registerEnumType(Reliability, {
  name: 'Reliability',
  description: 'Source reliability grade (NATO/Admiralty system)',
  valuesConfig: Object.fromEntries(Object.entries(RELIABILITY_MEANINGS).map(([k, description]) => [k, { description }])),
});
