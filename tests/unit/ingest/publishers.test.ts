import { canonicalPublisher, findStorySource, sourceKindOf } from '../../../src/ingest/recognise/publishers';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { SourceKind } from '../../../src/modules/shared/enums';

const reference = loadReference();

describe('sourceKindOf', () => {
  it.each([
    ['gob.mx', SourceKind.GOVERNMENT_RECORD],
    ['lamoncloa.gob.es', SourceKind.GOVERNMENT_RECORD],
    ['state.gov', SourceKind.GOVERNMENT_RECORD],
    ['www.gov.uk', SourceKind.GOVERNMENT_RECORD],
    ['defense.gouv.fr', SourceKind.GOVERNMENT_RECORD],
    ['nato.int', SourceKind.GOVERNMENT_RECORD],
    ['russiaspivottoasia.com', SourceKind.ANALYSIS],
    ['some-think-tank.org', SourceKind.ANALYSIS],
    ['NBC News', SourceKind.NEWS_REPORT],
    ['SpyTalk', SourceKind.NEWS_REPORT],
    ['Bellingcat', SourceKind.ANALYSIS],
    ['SIPRI', SourceKind.DATASET],
    ['elpais.com', SourceKind.NEWS_REPORT],
    ['An Unknown Gazette', SourceKind.NEWS_REPORT],
  ])('%s → %s', (publisher, kind) => expect(sourceKindOf(publisher, reference)).toBe(kind));
});

describe('canonicalPublisher', () => {
  it('uses the reference spelling for aliases and domains, else the name as written', () => {
    expect(canonicalPublisher('NYT', reference)).toBe('The New York Times');
    expect(canonicalPublisher('New York Times', reference)).toBe('The New York Times');
    expect(canonicalPublisher('elpais.com', reference)).toBe('El País');
    expect(canonicalPublisher(' russiaspivottoasia.com ', reference)).toBe('russiaspivottoasia.com');
  });
});

describe('findStorySource', () => {
  it.each([
    ['The New York Times reports that the CIA provided Mexico with a list.', 'The New York Times'],
    ['According to Reuters, Iran arrested a dual national.', 'Reuters'],
    ['Troops moved north, according to the Washington Post.', 'The Washington Post'],
    ['Politico reported on Tuesday that talks stalled.', 'Politico'],
    ['The Wall Street Journal has reported a deal.', 'The Wall Street Journal'],
    ['The Kyiv Post reported that drones hit Odesa.', 'The Kyiv Post'],
  ])('finds the outlet in %j', (summary, outlet) => expect(findStorySource(summary, reference)).toBe(outlet));

  it.each([
    'Officials reported that the talks stalled.',
    'The CIA provided Mexico with a list of Russian officers.',
    'Reuters photographers were at the scene.',
  ])('finds no outlet in %j', (summary) => expect(findStorySource(summary, reference)).toBeUndefined());
});
