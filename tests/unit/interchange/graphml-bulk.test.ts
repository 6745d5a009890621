import { graphToBulk } from '../../../src/modules/interchange/bulk';
import { graphToGraphml } from '../../../src/modules/interchange/graphml';
import { sampleSubgraph } from './graph.sample';
import { readXml } from './xml-reader';

describe('GraphML', () => {
  const graph = sampleSubgraph();
  graph.nodes[0].properties.summary = 'Quotes " and <tags> & ampersands\u0001 survive';
  const root = readXml(graphToGraphml(graph));
  const [g] = root.children.filter((c) => c.name === 'graph');

  it('is well-formed GraphML with one node per graph node and one edge per relationship', () => {
    expect(root.name).toBe('graphml');
    expect(g.attributes.edgedefault).toBe('directed');
    expect(g.children.filter((c) => c.name === 'node').map((n) => n.attributes.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(g.children.filter((c) => c.name === 'edge')).toHaveLength(graph.edges.length);
  });

  it('declares one typed key per property and carries labels, type and values (text escaped)', () => {
    const keys = Object.fromEntries(root.children.filter((c) => c.name === 'key').map((k) => [k.attributes.id, k.attributes['attr.type']]));
    expect(keys).toMatchObject({ labels: 'string', label: 'string', type: 'string', n_position: 'long', n_markingRank: 'long', n_aliases: 'string' });
    const story = g.children.find((c) => c.attributes.id === graph.nodes[0].id)!;
    const data = Object.fromEntries(story.children.map((d) => [d.attributes.key, d.text]));
    expect(data).toMatchObject({ labels: 'Story', label: 'Germany expels Russian diplomats', n_summary: 'Quotes " and <tags> & ampersands survive' });
    const role = g.children.find((c) => c.name === 'edge' && c.children.some((d) => d.text === 'HELD_ROLE'))!;
    expect(role.attributes).toEqual({ id: expect.any(String), source: 'person:olaf-scholz', target: 'country:DE' });
  });

  it('the reader refuses what is not well-formed (so the check can fail)', () => {
    expect(() => readXml('<a><b></a></b>')).toThrow('</a> closes <b>');
    expect(() => readXml('<a>x & y</a>')).toThrow('bare &');
  });
});

describe('bulk JSON Lines and CSV', () => {
  const graph = sampleSubgraph();

  it('writes one JSON Lines file per node label and per relationship type, each line one node or edge', () => {
    const files = graphToBulk(graph, 'jsonl');
    expect(files.map((f) => f.path)).toEqual([
      'nodes/Agency.jsonl',
      'nodes/CitationGrade.jsonl',
      'nodes/Claim.jsonl',
      'nodes/Country.jsonl',
      'nodes/Organization.jsonl',
      'nodes/Person.jsonl',
      'nodes/Source.jsonl',
      'nodes/SourceGrade.jsonl',
      'nodes/Story.jsonl',
      'nodes/Topic.jsonl',
      'relationships/ABOUT.jsonl',
      'relationships/ATTRIBUTED_TO.jsonl',
      'relationships/BASED_ON.jsonl',
      'relationships/CITES.jsonl',
      'relationships/DERIVED_FROM.jsonl',
      'relationships/HAS_CITATION_GRADE.jsonl',
      'relationships/HAS_CLAIM.jsonl',
      'relationships/HAS_GRADE.jsonl',
      'relationships/HELD_ROLE.jsonl',
      'relationships/MENTIONS.jsonl',
      'relationships/OF_COUNTRY.jsonl',
      'relationships/PUBLISHED_BY.jsonl',
      'relationships/SUPPORTS.jsonl',
      'relationships/TAGGED.jsonl',
    ]);
    const lines = (path: string) =>
      files
        .find((f) => f.path === path)!
        .content.trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
    expect(lines('nodes/Claim.jsonl')).toEqual(graph.nodes.filter((n) => n.labels.includes('Claim')));
    expect(lines('relationships/CITES.jsonl')).toEqual([
      { type: 'CITES', start: 'claim:abc', end: 'source:reuters/germany-expels', properties: { quote: 'two diplomats' } },
      { type: 'CITES', start: 'claim:def', end: 'source:bnd/statement', properties: { quote: null } },
    ]);
  });

  it('writes CSV with a header of every property, lists as JSON', () => {
    const files = graphToBulk(graph, 'csv');
    const text = (path: string) => files.find((f) => f.path === path)!.content;
    expect(text('nodes/Country.csv')).toBe(
      'id,labels,aliasKeys,aliases,code,demonym,firstSeenAt,name,type\ncountry:DE,Country;Entity,"[""germany"",""de""]","[""Deutschland""]",DE,German,2025-03-04T10:00:00.000Z,Germany,COUNTRY\n',
    );
    expect(text('relationships/HELD_ROLE.csv')).toBe(
      'start,end,from,key,title,to\nperson:olaf-scholz,country:DE,2021-12-08,chancellor|2021-12-08,Chancellor,2025-05-06\n',
    );
    expect(text('relationships/CITES.csv')).toBe('start,end,quote\nclaim:abc,source:reuters/germany-expels,two diplomats\nclaim:def,source:bnd/statement,\n');
  });
});
