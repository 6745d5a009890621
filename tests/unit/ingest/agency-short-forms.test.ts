import { withoutCountryWord } from '../../../src/ingest/recognise/agency-short-forms';
import { recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { EntityType } from '../../../src/modules/shared/enums';

/** Reference agencies written without their country word, and the sub-national forces and units the reference holds as a class. */
const reference = loadReference();

function agencyIds(text: string): string[] {
  return recognizeEntities(text, { reference, date: '2025-12-08' })
    .mentions.filter((m) => m.entity.type === EntityType.AGENCY)
    .map((m) => m.id);
}

describe('agency short forms', () => {
  it('drops a leading demonym or country name, or a trailing "of <country>", and keeps nothing of one word', () => {
    expect(withoutCountryWord('Spanish National Police', 'ES')).toBe('National Police');
    expect(withoutCountryWord('National Police of Ecuador', 'EC')).toBe('National Police');
    expect(withoutCountryWord('Kenya Police', 'KE')).toBeUndefined();
    expect(withoutCountryWord('Civil Guard', 'ES')).toBeUndefined();
    expect(withoutCountryWord('Policía de Investigaciones de Chile', 'CL')).toBe('Policía de Investigaciones');
    expect(withoutCountryWord('Belgian Gendarmerie', 'BE')).toBe('Gendarmerie');
  });

  it('reads a bare short form in a story about the country as the reference agency', () => {
    expect(agencyIds('In Madrid, the Civil Guard and the National Police were criticised for ignoring warnings about Spain.')).toContain(
      'agency:es-spanish-national-police',
    );
    expect(agencyIds('In Madrid, the National Police arrested three men, Spain said.')).not.toContain('agency:es-national-police');
  });

  it('gives the reference entry when the text adds an acronym the entry lacks, and keeps an acronym that differs from its own', () => {
    // The scorer pairs `agency:mx-afi` with the entry's id (statedAgencyIdForms), so a label spelled either way counts.
    expect(agencyIds('In Mexico, he headed the Federal Investigation Agency (AFI) from 2001.')).toEqual(['agency:mx-federal-investigation-agency-of-mexico']);
    expect(agencyIds("Kazakhstan's Anti-Corruption Agency (AKA) questioned him.")).toEqual(['agency:kz-anti-corruption-agency-of-kazakhstan']);
    expect(agencyIds("Rwanda's Directorate of Military Intelligence (DRM) held him.")).toEqual(['agency:rw-drm']);
  });
});

describe('sub-national forces and units of national forces', () => {
  it.each([
    ['McVeigh was stopped by an Oklahoma Highway Patrol trooper in the United States.', 'agency:us-oklahoma-highway-patrol'],
    ['In the United States, the New York State Police opened an inquiry.', 'agency:us-new-york-state-police'],
    [
      'The State Criminal Police Office of North Rhine-Westphalia had classed him as a threat, Germany said.',
      'agency:de-state-criminal-police-office-of-north-rhine-westphalia',
    ],
    ['His case was discussed at the Joint Counter-Terrorism Centre in Berlin, Germany.', 'agency:de-joint-counter-terrorism-centre'],
    ['Officers of the Republican Security Companies (CRS) guarded the house in France.', 'agency:fr-crs'],
    ['In Sydney, Australia, the Tactical Operations Unit went in after the gunman fired.', 'agency:au-tactical-operations-unit'],
    ["In Norway, the police's Delta unit took too long to reach the island.", 'agency:no-delta'],
  ])('%s', (text, id) => {
    expect(agencyIds(text)).toContain(id);
  });

  it('reads a state\'s or city\'s force written "<Place> police", and a country\'s as its national police ("Danish police" acting)', () => {
    expect(agencyIds('The Hamburg police arrested two men on Monday.')).toEqual(['agency:de-hamburg-police']);
    expect(agencyIds('Two Sindh police officers were suspended.')).toEqual(['agency:pk-sindh-police']);
    expect(agencyIds('Danish police arrested two men on Monday.')).toEqual(['agency:dk-danish-national-police']);
  });
});
