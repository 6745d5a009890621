import { GraphEdge, GraphNode, Subgraph } from '../../../src/modules/interchange/interchange.graph';

const node = (id: string, labels: string[], properties: Record<string, unknown>): GraphNode => ({ id, labels, properties: { id, ...properties } });
const edge = (start: string, type: string, end: string, properties: Record<string, unknown> = {}): GraphEdge => ({ type, start, end, properties });

/** A small subgraph with every kind of node and edge an export carries, as the repository returns it. */
export function sampleSubgraph(): Subgraph {
  return {
    nodes: [
      node('story:2025-03-03-germany-expels', ['Story'], {
        title: 'Germany expels Russian diplomats',
        summary: 'Berlin expelled two diplomats.',
        publishedAt: '2025-03-03',
        url: 'https://example.org/story',
        ingestedAt: '2025-03-04T10:00:00.000Z',
        marking: 'AMBER',
        markingRank: 2,
      }),
      node('claim:abc', ['Claim'], {
        text: 'Germany expelled two Russian diplomats.',
        kind: 'KEY_FACT',
        asOf: '2025-03',
        position: 0,
        markingRank: 2,
        markingSetBy: 'key:admin',
        markingSetAt: '2025-03-07T00:00:00.000Z',
      }),
      node('claim:def', ['Claim'], { text: 'The BND flagged them.', kind: 'STATEMENT', asOf: null, position: 1 }),
      node('source:reuters/germany-expels', ['Source'], { title: 'Germany expels two diplomats', kind: 'NEWS_REPORT', url: 'https://example.org/r' }),
      node('source:bnd/statement', ['Source'], { title: 'BND statement', kind: 'OFFICIAL_STATEMENT', url: null }),
      node('org:reuters', ['Entity', 'Organization'], { type: 'ORGANIZATION', name: 'Reuters', nameKey: 'reuters', aliases: [], aliasKeys: ['reuters'] }),
      node('country:DE', ['Country', 'Entity'], {
        type: 'COUNTRY',
        name: 'Germany',
        code: 'DE',
        demonym: 'German',
        firstSeenAt: '2025-03-04T10:00:00.000Z',
        aliases: ['Deutschland'],
        aliasKeys: ['germany', 'de'],
      }),
      node('agency:de-bnd', ['Agency', 'Entity'], {
        type: 'AGENCY',
        name: 'Federal Intelligence Service',
        acronym: 'BND',
        aliases: ['BND'],
        aliasKeys: ['bnd'],
        size: null,
      }),
      node('person:olaf-scholz', ['Entity', 'Person'], { type: 'PERSON', name: 'Olaf Scholz', aliases: [], aliasKeys: ['olaf scholz'] }),
      node('topic:espionage', ['Topic'], { name: 'Espionage', nameKey: 'espionage' }),
      node('grade:1', ['Grade', 'SourceGrade'], { value: 'B', gradedBy: 'key:k1', gradedAt: '2025-03-05T08:00:00.000Z', note: 'Usually right', seq: 1 }),
      node('grade:2', ['CitationGrade', 'Grade'], {
        value: 2,
        gradedBy: 'key:k1',
        gradedAt: '2025-03-05T09:00:00.000Z',
        note: null,
        seq: 1,
        claimId: 'claim:abc',
        sourceId: 'source:reuters/germany-expels',
      }),
    ],
    edges: [
      edge('story:2025-03-03-germany-expels', 'HAS_CLAIM', 'claim:abc'),
      edge('story:2025-03-03-germany-expels', 'HAS_CLAIM', 'claim:def'),
      edge('story:2025-03-03-germany-expels', 'TAGGED', 'topic:espionage'),
      edge('story:2025-03-03-germany-expels', 'BASED_ON', 'source:reuters/germany-expels'),
      edge('story:2025-03-03-germany-expels', 'MENTIONS', 'country:DE'),
      edge('story:2025-03-03-germany-expels', 'MENTIONS', 'agency:de-bnd'),
      edge('story:2025-03-03-germany-expels', 'MENTIONS', 'person:olaf-scholz'),
      edge('claim:abc', 'ABOUT', 'country:DE'),
      edge('claim:abc', 'CITES', 'source:reuters/germany-expels', { quote: 'two diplomats' }),
      edge('claim:def', 'ATTRIBUTED_TO', 'agency:de-bnd'),
      edge('claim:def', 'CITES', 'source:bnd/statement', { quote: null }),
      edge('claim:def', 'SUPPORTS', 'claim:abc', { linkedAt: '2025-03-06T00:00:00.000Z', linkedBy: 'key:k1', reason: 'Same event' }),
      edge('source:reuters/germany-expels', 'PUBLISHED_BY', 'org:reuters'),
      edge('source:reuters/germany-expels', 'DERIVED_FROM', 'source:bnd/statement'),
      edge('source:reuters/germany-expels', 'HAS_GRADE', 'grade:1'),
      edge('claim:abc', 'HAS_CITATION_GRADE', 'grade:2'),
      edge('agency:de-bnd', 'OF_COUNTRY', 'country:DE'),
      edge('person:olaf-scholz', 'HELD_ROLE', 'country:DE', { key: 'chancellor|2021-12-08', title: 'Chancellor', from: '2021-12-08', to: '2025-05-06' }),
    ],
  };
}
