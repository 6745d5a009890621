import { coverageReport, territories } from '../../../bench/agency-coverage/coverage-table';
import { serviceKindsOf } from '../../../bench/agency-coverage/service-kinds';
import type { AgencyRecord } from '../../../src/ingest/recognise/reference-data';

const agency = (fields: Partial<AgencyRecord> & Pick<AgencyRecord, 'name' | 'countryCode'>): AgencyRecord => ({
  aliases: [],
  military: false,
  principal: false,
  historical: false,
  ambiguousForms: [],
  cues: [],
  ...fields,
});

describe('agency coverage by kind', () => {
  it('reads the finer kind from the names, the coarse one from the file', () => {
    expect(serviceKindsOf(agency({ name: 'Financial Intelligence Unit', countryCode: 'MT', kind: 'law enforcement' }))).toEqual(['financial intelligence']);
    expect(serviceKindsOf(agency({ name: 'Bureau of Corrections', acronym: 'BuCor', countryCode: 'PH', kind: 'law enforcement' }))).toEqual(['prison service']);
    expect(serviceKindsOf(agency({ name: 'Foreign Intelligence Service', countryCode: 'RU', kind: 'intelligence and security' }))).toEqual([
      'foreign intelligence',
    ]);
    expect(serviceKindsOf(agency({ name: 'Federal Security Service', countryCode: 'RU', kind: 'intelligence and security' }))).toEqual([
      'security and intelligence',
    ]);
    expect(serviceKindsOf(agency({ name: 'Malawi Police Service', countryCode: 'MW', kind: 'law enforcement' }))).toEqual(['police']);
    expect(serviceKindsOf(agency({ name: 'Coast Guard', officialName: 'Guardia Costera', countryCode: 'XX', kind: 'law enforcement' }))).toEqual([
      'coast guard',
    ]);
    expect(serviceKindsOf(agency({ name: 'Defence Intelligence', countryCode: 'GB', kind: 'military intelligence' }))).toEqual(['military intelligence']);
  });

  it('lists UN members and the five other territories, and counts only current services', () => {
    const codes = territories().map((t) => t.countryCode);
    expect(codes).toEqual(expect.arrayContaining(['US', 'FR', 'HK', 'MO', 'TW', 'XK', 'PS']));
    expect(codes).not.toContain('PR');
    const report = coverageReport([
      agency({ name: 'Malta Police Force', countryCode: 'MT', kind: 'law enforcement' }),
      agency({ name: 'Old Security Service', countryCode: 'MT', kind: 'intelligence and security', historical: true }),
    ]);
    const malta = report.byTerritory.find((t) => t.countryCode === 'MT');
    expect(malta?.kinds).toEqual({ police: ['Malta Police Force'] });
    expect(malta?.missing).toContain('security and intelligence');
    expect(report.covered.police).toBe(1);
    expect(report.currentEntries).toBe(1);
  });
});
