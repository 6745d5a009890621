import { extrasStatements, selectStories } from '../../../src/modules/interchange/interchange.repository';

describe('export and import statements', () => {
  it('selects stories by id and by claim filter in one union, filtered by clearance, values only as parameters', () => {
    const { cypher, params } = selectStories({ storyIds: ['story:a'], filter: { aboutEntities: ['agency:us-cia'] } }, 2);
    expect(cypher).toMatchInlineSnapshot(`
     "CALL () { UNWIND $storyIds AS id MATCH (s:Story {id: id}) WHERE coalesce(s.markingRank, 0) <= $clearance RETURN s.id AS id
     UNION
     MATCH (:Entity {id: $scopeEntities[0]})<-[:ABOUT]-(c:Claim)<-[:HAS_CLAIM]-(s:Story)
     WITH s, c
     WHERE coalesce(c.markingRank, 0) <= $clearance
     WITH s, c WHERE coalesce(s.markingRank, 0) <= $clearance AND coalesce(c.markingRank, 0) <= $clearance RETURN DISTINCT s.id AS id } RETURN id ORDER BY id"
    `);
    expect(params).toEqual({ clearance: 2, storyIds: ['story:a'], scopeEntities: ['agency:us-cia'] });
  });

  it('selects every readable story when nothing narrows the export', () => {
    expect(selectStories({ filter: {} }, 0)).toEqual({
      cypher: 'CALL () { MATCH (s:Story) WHERE coalesce(s.markingRank, 0) <= $clearance RETURN s.id AS id } RETURN id ORDER BY id',
      params: { clearance: 0 },
    });
  });

  it('restores markings and links only through allow-listed labels and types', () => {
    const statements = extrasStatements({
      times: [],
      markingsSetBy: [{ label: 'Claim', id: 'claim:x', setBy: 'key:admin', setAt: null }],
      entityKeys: [],
      ties: [],
      publishedBy: [],
      sourceGrades: [],
      citationGrades: [],
      links: [{ type: 'REPEATS', from: 'claim:a', to: 'claim:b', linkedAt: null, linkedBy: null, reason: null }],
    });
    const used = statements.filter((s) => Object.values(s.params ?? {}).some((v) => Array.isArray(v) && v.length));
    expect(used.map((s) => s.cypher.split('\n')[0])).toEqual([
      'UNWIND $rows AS r MATCH (n:Claim {id: r.id}) WHERE n.markingSetBy IS NULL',
      'UNWIND $rows AS r MATCH (a:Claim {id: r.from}) MATCH (b:Claim {id: r.to})',
    ]);
    expect(used[1].cypher).toContain('MERGE (a)-[l:REPEATS]->(b)');
    expect(statements.map((s) => s.cypher).join('\n')).not.toMatch(/\$\{|claim:/);
  });
});
