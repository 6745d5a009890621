import { graphToStix, PRODUCER_ID } from '../../../src/modules/interchange/stix/graph-to-stix';
import { stixId, uuidv5 } from '../../../src/modules/interchange/stix/stix-ids';
import { tlpMarkingDefinition } from '../../../src/modules/interchange/stix/stix-markings';
import { sampleSubgraph } from './graph.sample';
import { bundleProblems, stixProblems } from './stix-validator';

describe('graph -> STIX 2.1', () => {
  const bundle = graphToStix(sampleSubgraph());
  const byStoryId = (id: string) => bundle.objects.find((o) => o.x_storygraph_id === id)!;

  it('writes only objects the official STIX 2.1 schemas accept', () => {
    expect(bundleProblems(bundle)).toEqual([]);
    expect(stixProblems(bundle.objects)).toEqual([]);
    expect(new Set(bundle.objects.map((o) => o.type))).toEqual(
      new Set(['identity', 'marking-definition', 'report', 'note', 'location', 'opinion', 'relationship']),
    );
  });

  it('the schemas do reject a broken object (the check can fail)', () => {
    const note = { ...byStoryId('claim:abc') };
    delete note.content;
    expect(stixProblems([note])).toEqual([expect.stringContaining("must have required property 'content'")]);
  });

  it('gives every object a deterministic UUIDv5 id from its storygraph id', () => {
    expect(byStoryId('claim:abc').id).toBe(stixId('note', 'claim:abc'));
    expect(uuidv5('claim:abc')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // RFC 9562 test vector: uuidv5(DNS namespace, "www.example.com").
    expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(graphToStix(sampleSubgraph())).toEqual(bundle);
  });

  it('maps stories to reports, claims to notes, sources to source reports, entities to identities and locations', () => {
    expect(byStoryId('story:2025-03-03-germany-expels')).toMatchObject({
      type: 'report',
      name: 'Germany expels Russian diplomats',
      published: '2025-03-03T00:00:00.000Z',
      labels: ['Espionage'],
      object_refs: [
        stixId('note', 'claim:abc'),
        stixId('note', 'claim:def'),
        stixId('location', 'country:DE'),
        stixId('identity', 'agency:de-bnd'),
        stixId('identity', 'person:olaf-scholz'),
        stixId('report', 'source:reuters/germany-expels'),
      ],
      external_references: [{ source_name: 'storygraph', external_id: 'story:2025-03-03-germany-expels', url: 'https://example.org/story' }],
      x_storygraph_ingested_at: '2025-03-04T10:00:00.000Z',
    });
    expect(byStoryId('claim:def')).toMatchObject({
      type: 'note',
      authors: ['Federal Intelligence Service'],
      external_references: [{ source_name: 'storygraph', description: 'BND statement', external_id: 'source:bnd/statement' }],
      x_storygraph_kind: 'STATEMENT',
    });
    expect(byStoryId('source:reuters/germany-expels')).toMatchObject({
      type: 'report',
      report_types: ['x-storygraph-source'],
      object_refs: [stixId('identity', 'org:reuters')],
      external_references: [{ source_name: 'Reuters', description: 'Germany expels two diplomats', url: 'https://example.org/r' }],
    });
    expect(byStoryId('source:bnd/statement').object_refs).toEqual([PRODUCER_ID]);
    expect(byStoryId('country:DE')).toMatchObject({ type: 'location', country: 'DE', x_storygraph_aliases: ['Deutschland'] });
    expect(byStoryId('person:olaf-scholz')).toMatchObject({ type: 'identity', identity_class: 'individual' });
    expect(byStoryId('grade:2')).toMatchObject({
      type: 'opinion',
      opinion: 'agree',
      object_refs: [stixId('note', 'claim:abc'), stixId('report', 'source:reuters/germany-expels')],
    });
  });

  it('writes edges STIX has a relationship for as relationships, keeping the storygraph type', () => {
    const rels = bundle.objects.filter((o) => o.type === 'relationship').map((o) => `${String(o.x_storygraph_type)}:${String(o.relationship_type)}`);
    expect(rels.sort()).toEqual(
      [
        'ATTRIBUTED_TO:attributed-to',
        'CITES:related-to',
        'CITES:related-to',
        'DERIVED_FROM:derived-from',
        'HELD_ROLE:related-to',
        'OF_COUNTRY:related-to',
        'PUBLISHED_BY:related-to',
        'SUPPORTS:related-to',
      ].sort(),
    );
    const role = bundle.objects.find((o) => o.x_storygraph_type === 'HELD_ROLE')!;
    expect(role).toMatchObject({ description: 'Chancellor', start_time: '2021-12-08T00:00:00.000Z', stop_time: '2025-05-06T00:00:00.000Z' });
  });

  it('marks with the official TLP 2.0 definitions: the node own rank, the highest of both ends for relationships', () => {
    const amber = tlpMarkingDefinition(2);
    expect(amber).toEqual({
      type: 'marking-definition',
      spec_version: '2.1',
      id: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
      created: '2022-10-01T00:00:00.000Z',
      name: 'TLP:AMBER',
      extensions: { 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': { extension_type: 'property-extension', tlp_2_0: 'amber' } },
    });
    expect(bundle.objects.filter((o) => o.type === 'marking-definition')).toEqual([amber]);
    expect(byStoryId('claim:abc').object_marking_refs).toEqual([amber.id]);
    expect(byStoryId('claim:def').object_marking_refs).toBeUndefined();
    expect(bundle.objects.find((o) => o.x_storygraph_type === 'SUPPORTS')!.object_marking_refs).toEqual([amber.id]);
    expect(stixProblems([0, 1, 2, 3, 4].map(tlpMarkingDefinition))).toEqual([]);
  });
});
