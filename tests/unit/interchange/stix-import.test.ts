import { graphToStix } from '../../../src/modules/interchange/stix/graph-to-stix';
import { stixId } from '../../../src/modules/interchange/stix/stix-ids';
import { stixToGraph } from '../../../src/modules/interchange/stix/stix-to-graph';
import { StixObject } from '../../../src/modules/interchange/stix/stix.types';
import { sampleSubgraph } from './graph.sample';

const problemsOf = (bundle: unknown) => {
  try {
    stixToGraph(bundle);
    return [];
  } catch (err) {
    return (err as { extensions: { fields: { field: string; reason: string }[] } }).extensions.fields;
  }
};

describe('STIX 2.1 -> story inputs and extras', () => {
  const bundle = graphToStix(sampleSubgraph());

  it('turns a story report with its notes, identities, locations and source reports into one story input', () => {
    const { stories, skipped } = stixToGraph(bundle);
    expect(skipped).toEqual({});
    expect(stories).toHaveLength(1);
    expect(stories[0].input).toEqual({
      id: 'story:2025-03-03-germany-expels',
      title: 'Germany expels Russian diplomats',
      summary: 'Berlin expelled two diplomats.',
      publishedAt: '2025-03-03',
      url: 'https://example.org/story',
      marking: 'AMBER',
      topics: ['Espionage'],
      basedOn: ['source:reuters/germany-expels'],
      sources: [
        {
          id: 'source:reuters/germany-expels',
          title: 'Germany expels two diplomats',
          url: 'https://example.org/r',
          kind: 'NEWS_REPORT',
          marking: undefined,
          publisher: 'Reuters',
          derivedFrom: ['source:bnd/statement'],
        },
        {
          id: 'source:bnd/statement',
          title: 'BND statement',
          url: undefined,
          kind: 'OFFICIAL_STATEMENT',
          marking: undefined,
          publisher: undefined,
          derivedFrom: [],
        },
      ],
      entities: [
        { type: 'COUNTRY', id: 'country:DE', code: 'DE', aliases: ['Deutschland'] },
        expect.objectContaining({ type: 'AGENCY', id: 'agency:de-bnd', name: 'Federal Intelligence Service', acronym: 'BND', countryCode: 'DE' }),
        expect.objectContaining({
          type: 'PERSON',
          id: 'person:olaf-scholz',
          roles: [{ title: 'Chancellor', countryCode: 'DE', from: '2021-12-08', to: '2025-05-06' }],
        }),
      ],
      claims: [
        {
          id: 'claim:abc',
          text: 'Germany expelled two Russian diplomats.',
          kind: 'KEY_FACT',
          asOf: '2025-03',
          marking: 'AMBER', // no own marking exported: the TLP 2.0 marking it carries
          about: ['country:DE'],
          attributedTo: [],
          citations: [{ source: 'source:reuters/germany-expels', quote: 'two diplomats' }],
        },
        {
          id: 'claim:def',
          text: 'The BND flagged them.',
          kind: 'STATEMENT',
          asOf: undefined,
          marking: undefined,
          about: [],
          attributedTo: ['agency:de-bnd'],
          citations: [{ source: 'source:bnd/statement', quote: undefined }],
        },
      ],
    });
  });

  it('keeps what a story input cannot say as extras: times, hand-set markings, grades, links, ties', () => {
    const { extras } = stixToGraph(bundle);
    expect(extras.times).toEqual([
      { label: 'Story', id: 'story:2025-03-03-germany-expels', at: '2025-03-04T10:00:00.000Z' },
      { label: 'Entity', id: 'country:DE', at: '2025-03-04T10:00:00.000Z' },
    ]);
    expect(extras.markingsSetBy).toEqual([{ label: 'Claim', id: 'claim:abc', setBy: 'key:admin', setAt: '2025-03-07T00:00:00.000Z' }]);
    expect(extras.sourceGrades).toEqual([
      {
        id: 'grade:1',
        sourceId: 'source:reuters/germany-expels',
        value: 'B',
        gradedBy: 'key:k1',
        gradedAt: '2025-03-05T08:00:00.000Z',
        note: 'Usually right',
        seq: 1,
      },
    ]);
    expect(extras.citationGrades).toEqual([expect.objectContaining({ id: 'grade:2', claimId: 'claim:abc', value: 2 })]);
    expect(extras.links).toEqual([
      { type: 'SUPPORTS', from: 'claim:def', to: 'claim:abc', linkedAt: '2025-03-06T00:00:00.000Z', linkedBy: 'key:k1', reason: 'Same event' },
    ]);
    expect(extras.ties).toEqual([{ entityId: 'agency:de-bnd', relation: 'OF_COUNTRY', countryId: 'country:DE' }]);
    expect(extras.publishedBy).toEqual([{ sourceId: 'source:reuters/germany-expels', organizationId: 'org:reuters' }]);
  });

  it('reads a bundle from another tool: citations as external references, ids derived as ingest derives them', () => {
    const report: StixObject = {
      type: 'report',
      id: 'report--6c1ea7c8-d0c5-4f0e-8d85-6a0d6f5b2d11',
      spec_version: '2.1',
      name: 'Rail sabotage suspects arrested',
      published: '2025-05-01T12:00:00Z',
      object_refs: [
        'note--1b0b7d2e-6a1c-4c39-9f0e-2f7a1c8d9e10',
        'location--0b3c7f8e-1d2a-4e5f-8a9b-0c1d2e3f4a5b',
        'indicator--5a0b7d2e-6a1c-4c39-9f0e-2f7a1c8d9e10',
      ],
    };
    const note: StixObject = {
      type: 'note',
      id: 'note--1b0b7d2e-6a1c-4c39-9f0e-2f7a1c8d9e10',
      content: 'Three men were arrested.',
      object_refs: [report.id, 'location--0b3c7f8e-1d2a-4e5f-8a9b-0c1d2e3f4a5b'],
      external_references: [{ source_name: 'DW', description: 'Arrests after rail sabotage', url: 'https://example.org/dw' }],
    };
    const location: StixObject = { type: 'location', id: 'location--0b3c7f8e-1d2a-4e5f-8a9b-0c1d2e3f4a5b', country: 'de' };
    const indicator: StixObject = { type: 'indicator', id: 'indicator--5a0b7d2e-6a1c-4c39-9f0e-2f7a1c8d9e10' };
    const plan = stixToGraph({ type: 'bundle', id: 'bundle--1', objects: [report, note, location, indicator] });
    expect(plan.skipped).toEqual({ indicator: 1 });
    expect(plan.stories[0].input).toMatchObject({
      id: 'story:2025-05-01-rail-sabotage-suspects-arrested',
      publishedAt: '2025-05-01',
      sources: [{ id: 'source:dw/arrests-after-rail-sabotage', title: 'Arrests after rail sabotage', publisher: 'DW', kind: 'OTHER' }],
      entities: [{ type: 'COUNTRY', code: 'DE' }],
      claims: [
        { text: 'Three men were arrested.', kind: 'STATEMENT', about: ['country:DE'], citations: [{ source: 'source:dw/arrests-after-rail-sabotage' }] },
      ],
    });
  });

  it('names the bad object and why', () => {
    expect(problemsOf([])).toEqual([{ field: 'bundle', reason: expect.stringContaining('must be a STIX 2.1 bundle') }]);
    expect(problemsOf({ type: 'bundle', objects: [{ type: 'note', id: 'not-an-id' }] })).toEqual([
      { field: 'objects[0]', reason: 'needs a "type" and an "id" of the form <type>--<UUID>' },
    ]);
    const twice = { ...bundle, objects: [...bundle.objects, bundle.objects[3]] };
    expect(problemsOf(twice)).toEqual([{ field: `objects[${bundle.objects.length}]`, reason: `${bundle.objects[3].id}: appears twice (also objects[3])` }]);
    const badGrade = structuredClone(bundle);
    const at = badGrade.objects.findIndex((o) => o.id === stixId('opinion', 'grade:1'));
    badGrade.objects[at].x_storygraph_grade = 'Z';
    expect(problemsOf(badGrade)).toEqual([
      { field: `objects[${at}]`, reason: `${stixId('opinion', 'grade:1')}: x_storygraph_grade of a source must be A to F (got Z)` },
    ]);
  });
});
