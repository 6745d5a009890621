import { agenciesIn as agencyIds } from '../../support/recognition';

/** "<Demonym> intelligence/security …" that describes people or an agency named next to it, and no collective services. */
describe('people described by security services', () => {
  it('reads "<Demonym> security agents/officers/operatives" as people, as "a Russian intelligence officer" is', () => {
    expect(agencyIds('Iranian security agents detained him; Ethiopian security officers and Kenyan security operatives watched.')).toEqual([]);
  });

  it('still reads the services themselves', () => {
    expect(agencyIds('Iranian security services detained him.')).toEqual(['agency:ir-iranian-security-services']);
  });
});

describe('demonyms joined over one "intelligence"', () => {
  it('reads "British and American intelligence" as no collective of either country', () => {
    expect(agencyIds('He passed secrets to British and American intelligence.')).toEqual([]);
    expect(agencyIds('He sold plans to Hungarian or Czechoslovak intelligence.')).toEqual([]);
  });

  it('still reads a demonym on its own, and one after a country name that is no demonym', () => {
    expect(agencyIds('He passed secrets to American intelligence.')).toEqual(['agency:us-american-intelligence-services']);
    expect(agencyIds('He met Britain and American intelligence.')).toEqual(['agency:us-american-intelligence-services']);
  });
});

describe('an apposition explaining an agency', () => {
  it('reads "<Country>\'s intelligence service, the DRS" and "both Italian intelligence services, SISMI and SISDE" as the agencies named', () => {
    expect(agencyIds("Former members of Algeria's intelligence service, the DRS, spoke.")).toEqual(['agency:dz-drs']);
    expect(agencyIds('The list included the heads of both Italian intelligence services, SISMI and SISDE.').sort()).toEqual([
      'agency:it-sisde',
      'agency:it-sismi',
    ]);
  });

  it('reads "<unit>, the Russian military intelligence unit that …" as that unit alone', () => {
    expect(agencyIds('A jury charged officers of GRU Unit 74455, the Russian military intelligence unit that researchers call Sandworm.')).toEqual([
      'agency:ru-gru-unit-74455',
    ]);
  });

  it("keeps the collective where another country's agency follows, or a new sentence does", () => {
    expect(agencyIds('Russian intelligence services, the FBI and MI5 all watched.')).toContain('agency:ru-russian-intelligence-services');
    expect(agencyIds('He worked for Chinese intelligence. The MSS denied it.')).toContain('agency:cn-chinese-intelligence-services');
  });
});
