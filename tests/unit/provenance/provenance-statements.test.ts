import { Executor } from '../../../src/db/executor';
import { ClaimRelationRepository, relationsStatement } from '../../../src/modules/provenance/claim-relation.repository';
import { MAX_DERIVATION_HOPS, partsKey, provenanceStatement, ProvenanceRepository } from '../../../src/modules/provenance/provenance.repository';

function recordingExecutor(rows: Record<string, unknown>[] = []) {
  const calls: { cypher: string; params: Record<string, unknown> }[] = [];
  const executor = { read: async (cypher: string, params: Record<string, unknown>) => (calls.push({ cypher, params }), rows) } as unknown as Executor;
  return { executor, calls };
}

describe('provenance Cypher', () => {
  it('reads a batch of claims by id in one statement, the chain bounded by MAX_DERIVATION_HOPS', () => {
    const { cypher, params } = provenanceStatement(['claim:a', 'claim:b']);
    expect(params).toEqual({ keys: ['claim:a', 'claim:b'] });
    expect(cypher).toContain(`-[:DERIVED_FROM]->{0,${MAX_DERIVATION_HOPS}}(x:Source)`);
    expect(cypher).toMatchInlineSnapshot(`
     "UNWIND $keys AS key MATCH (c:Claim {id: key}) WHERE coalesce(c.markingRank, 0) <= $clearance
     WITH key, c,
       COLLECT { MATCH (st:Story)-[:HAS_CLAIM]->(c) WHERE coalesce(st.markingRank, 0) <= $clearance RETURN st {.id, .title, .summary, .url, publishedAt: toString(st.publishedAt), marking: ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'][coalesce(st.markingRank, 0)]} }[0] AS story,
       COLLECT { MATCH (c)-[r:CITES]->(src:Source) WHERE coalesce(src.markingRank, 0) <= $clearance
                 RETURN [src, r.quote, COLLECT { MATCH (c)-[:HAS_CITATION_GRADE]->(g:CitationGrade) WHERE g.sourceId = src.id
                  WITH g ORDER BY g.gradedAt DESC, g.seq DESC LIMIT 1 RETURN g {.id, grade: g.value, .gradedBy, gradedAt: g.gradedAt, note: g.note, .claimId, .sourceId} }[0]] } AS citations,
       COLLECT { MATCH ANY SHORTEST (c)-[:CITES]->(:Source)-[:DERIVED_FROM]->{0,25}(x:Source) RETURN DISTINCT x } AS reached,
       COUNT { MATCH (c)-[r:SUPPORTS|CONTRADICTS|REPEATS]-(o:Claim) WHERE NOT coalesce(o.markingRank, 0) <= $clearance } AS hiddenLinks,
       COLLECT { MATCH (c)-[:ATTRIBUTED_TO]->(e:Entity) WITH e ORDER BY e.name RETURN e {.id, .type, .name, aliases: coalesce(e.aliases, []), .code, .acronym, .size} } AS speakers,
       COLLECT { MATCH (c)-[r:SUPPORTS|CONTRADICTS|REPEATS]-(o:Claim) WHERE coalesce(o.markingRank, 0) <= $clearance WITH r, o ORDER BY type(r), o.id
                 RETURN {stance: type(r), direction: CASE WHEN startNode(r) = c THEN 'OUTGOING' ELSE 'INCOMING' END,
                         claim: o {.id, .text, .kind, .asOf, position: coalesce(o.position, 0), marking: ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'][coalesce(o.markingRank, 0)]}, reason: r.reason, linkedBy: r.linkedBy, linkedAt: r.linkedAt} } AS relations
     // A visible claim's marking is at least that of every source in its chain, so nothing is hidden here
     // unless markings were changed outside setMarking; should that happen, such sources are withheld too.
     WITH key, c, story, citations, speakers, relations, [x IN reached WHERE coalesce(x.markingRank, 0) <= $clearance] AS chain,
       hiddenLinks + size([x IN reached WHERE NOT coalesce(x.markingRank, 0) <= $clearance]) AS withheld
     CALL (chain) {
       UNWIND chain AS x
       WITH x, x {.id, .title, .url, .kind, marking: ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'][coalesce(x.markingRank, 0)]} AS source ORDER BY source.title, source.id
       RETURN collect(x) AS sorted, collect(source) AS projected
     }
     CALL (sorted, projected) {
       UNWIND range(0, size(sorted) - 1) AS at
       WITH sorted, sorted[at] AS x, projected[at] AS source
       WITH sorted, x, source, [(x)-[:DERIVED_FROM]->(b) | b] AS out
       RETURN collect([source,
                       COLLECT { MATCH (x)-[:PUBLISHED_BY]->(o:Organization) RETURN o {.id, .type, .name, aliases: coalesce(o.aliases, []), .code, .acronym, .size} }[0],
                       [i IN range(0, size(sorted) - 1) WHERE sorted[i] IN out], COLLECT { MATCH (x)-[:HAS_GRADE]->(g:SourceGrade) WITH g ORDER BY g.gradedAt DESC, g.seq DESC LIMIT 1 RETURN g {.id, grade: g.value, .gradedBy, gradedAt: g.gradedAt, note: g.note, sourceId: x.id} }[0]]) AS sources
     }
     RETURN key, {claim: c {.id, .text, .kind, .asOf, position: coalesce(c.position, 0), marking: ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'][coalesce(c.markingRank, 0)]}, story: story, citations: reduce(cs = [], i IN range(0, size(sorted) - 1) | cs + [ct IN citations WHERE ct[0] = sorted[i] | [i] + ct[1..]]), sources: sources, speakers: speakers, relations: relations, withheld: withheld} AS value"
    `);
  });

  it('leaves out the parts a question does not need: grades, links, speakers', () => {
    const lean = provenanceStatement(['claim:a'], { grades: false, relations: false, speakers: false }).cypher;
    expect(lean).not.toMatch(/HAS_CITATION_GRADE|HAS_GRADE|SUPPORTS|ATTRIBUTED_TO/);
    expect(lean).toContain('[] AS speakers');
    expect(lean).toContain('[] AS relations');
    expect(lean).toContain('RETURN [src, r.quote] } AS citations');
    const full = provenanceStatement(['claim:a']).cypher;
    for (const part of ['HAS_CITATION_GRADE', 'HAS_GRADE', 'ATTRIBUTED_TO', 'SUPPORTS']) expect(full).toContain(part);
  });

  it('reads only the story, source and publisher properties a question asks for', () => {
    const parts = { grades: false, relations: false, speakers: false };
    const lean = provenanceStatement(['claim:a'], { ...parts, story: false, sourceFields: ['id', 'title'], publisherFields: ['id', 'name', 'type'] }).cypher;
    expect(lean).toContain('null AS story');
    expect(lean).toContain('WITH x, x {.id, .title} AS source ORDER BY source.title, source.id');
    expect(lean).toContain('[i IN range(0, size(sorted) - 1) WHERE sorted[i] IN out]]) AS sources');
    expect(lean).toContain('RETURN o {.id, .type, .name} }[0]');
    const story = provenanceStatement(['claim:a'], { ...parts, story: ['id', 'title'] }).cypher;
    expect(story).toContain('RETURN st {.id, .title} }[0] AS story');
    // Every property of each when nothing says otherwise (internal callers).
    expect(provenanceStatement(['claim:a'], parts).cypher).toContain('WITH x, x {.id, .title, .url, .kind, marking:');
    expect(partsKey({ ...parts, story: false, sourceFields: ['id'] })).not.toEqual(partsKey({ ...parts, sourceFields: ['id'] }));
    expect(partsKey({ ...parts, story: ['id'] })).not.toEqual(partsKey(parts));
  });

  it('reads only the claim properties a question asks for (corroboration: its id)', () => {
    const parts = { grades: false, relations: false, speakers: false };
    expect(provenanceStatement(['claim:a'], { ...parts, claimFields: ['id'] }).cypher).toContain('RETURN key, {claim: c {.id}, story');
    expect(provenanceStatement(['claim:a'], { ...parts, claimFields: ['id', 'text'] }).cypher).toContain('RETURN key, {claim: c {.id, .text}, story');
    expect(provenanceStatement(['claim:a'], parts).cypher).toContain('RETURN key, {claim: c {.id, .text, .kind, .asOf, position:');
    expect(partsKey({ ...parts, claimFields: ['id'] })).not.toEqual(partsKey(parts));
  });

  it('reads the publishers of the cited sources only when that is all a question lists (corroboration)', () => {
    const parts = { grades: false, relations: false, speakers: false };
    const cited = provenanceStatement(['claim:a'], { ...parts, citedPublishersOnly: true }).cypher;
    expect(cited).toContain('CALL (sorted, projected, citations) {');
    expect(cited).toContain('CASE WHEN any(ct IN citations WHERE ct[0] = x) THEN COLLECT { MATCH (x)-[:PUBLISHED_BY]->(o:Organization)');
    expect(provenanceStatement(['claim:a'], parts).cypher).not.toContain('CASE WHEN any(ct IN citations');
    expect(partsKey({ ...parts, citedPublishersOnly: true })).not.toEqual(partsKey(parts));
  });

  it('sends the sources a chain leads through as their id when only origins are shown (corroboration)', () => {
    const parts = { grades: false, relations: false, speakers: false };
    expect(provenanceStatement(['claim:a'], { ...parts, originFieldsOnly: true })).toMatchInlineSnapshot(`
     {
       "cypher": "UNWIND $keys AS key MATCH (c:Claim {id: key}) WHERE coalesce(c.markingRank, 0) <= $clearance
     WITH key, c,
       COLLECT { MATCH (st:Story)-[:HAS_CLAIM]->(c) WHERE coalesce(st.markingRank, 0) <= $clearance RETURN st {.id, .title, .summary, .url, publishedAt: toString(st.publishedAt), marking: ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'][coalesce(st.markingRank, 0)]} }[0] AS story,
       COLLECT { MATCH (c)-[r:CITES]->(src:Source) WHERE coalesce(src.markingRank, 0) <= $clearance
                 RETURN [src, r.quote] } AS citations,
       COLLECT { MATCH ANY SHORTEST (c)-[:CITES]->(:Source)-[:DERIVED_FROM]->{0,25}(x:Source) RETURN DISTINCT x } AS reached,
       0 AS hiddenLinks,
       [] AS speakers,
       [] AS relations
     // A visible claim's marking is at least that of every source in its chain, so nothing is hidden here
     // unless markings were changed outside setMarking; should that happen, such sources are withheld too.
     WITH key, c, story, citations, speakers, relations, [x IN reached WHERE coalesce(x.markingRank, 0) <= $clearance] AS chain,
       hiddenLinks + size([x IN reached WHERE NOT coalesce(x.markingRank, 0) <= $clearance]) AS withheld
     CALL (chain) {
       UNWIND chain AS x
       WITH x, x {.id, .title, .url, .kind, marking: ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'][coalesce(x.markingRank, 0)]} AS source ORDER BY source.title, source.id
       RETURN collect(x) AS sorted, collect(source) AS projected
     }
     CALL (sorted, projected) {
       UNWIND range(0, size(sorted) - 1) AS at
       WITH sorted, sorted[at] AS x, projected[at] AS source
       WITH sorted, x, source, [(x)-[:DERIVED_FROM]->(b) | b] AS out
       RETURN collect([source,
                       COLLECT { MATCH (x)-[:PUBLISHED_BY]->(o:Organization) RETURN o {.id, .type, .name, aliases: coalesce(o.aliases, []), .code, .acronym, .size} }[0],
                       [i IN range(0, size(sorted) - 1) WHERE sorted[i] IN out]]) AS sources
     }
     // Peeled from the leaves (eight rounds at most): a source all of whose chain sources are peeled is in no cycle, so not an origin.
     WITH *, reduce(peeled = [at IN range(0, size(sources) - 1) WHERE size(sources[at][2]) = 0], round IN range(1, 8) |
       peeled + [at IN range(0, size(sources) - 1) WHERE NOT at IN peeled AND all(to IN sources[at][2] WHERE to IN peeled)]) AS acyclic
     WITH key, c, story, citations, sorted, speakers, relations, withheld,
       [at IN range(0, size(sources) - 1) | CASE WHEN size(sources[at][2]) = 0 OR NOT at IN acyclic THEN sources[at] ELSE [{id: sources[at][0].id}] + sources[at][1..] END] AS sources
     RETURN key, {claim: c {.id, .text, .kind, .asOf, position: coalesce(c.position, 0), marking: ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'][coalesce(c.markingRank, 0)]}, story: story, citations: reduce(cs = [], i IN range(0, size(sorted) - 1) | cs + [ct IN citations WHERE ct[0] = sorted[i] | [i] + ct[1..]]), sources: sources, speakers: speakers, relations: relations, withheld: withheld} AS value",
       "params": {
         "keys": [
           "claim:a",
         ],
       },
     }
    `);
    expect(provenanceStatement(['claim:a'], parts).cypher).not.toContain('acyclic');
    expect(partsKey({ ...parts, originFieldsOnly: true })).not.toEqual(partsKey(parts));
  });

  it('reads claim links in both directions from each claim by id', () => {
    expect(relationsStatement(['claim:a'])).toMatchInlineSnapshot(`
     {
       "cypher": "UNWIND $keys AS key MATCH (c:Claim {id: key}) WHERE coalesce(c.markingRank, 0) <= $clearance
     CALL (c) { MATCH (c)-[r:SUPPORTS|CONTRADICTS|REPEATS]-(o:Claim) WHERE coalesce(o.markingRank, 0) <= $clearance RETURN r, o }
     WITH key, c, r, o ORDER BY type(r), o.id
     RETURN key, {stance: type(r), direction: CASE WHEN startNode(r) = c THEN 'OUTGOING' ELSE 'INCOMING' END,
                  claim: o {.id, .text, .kind, .asOf, position: coalesce(o.position, 0), marking: ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'][coalesce(o.markingRank, 0)]}, reason: r.reason, linkedBy: r.linkedBy, linkedAt: r.linkedAt} AS value",
       "params": {
         "keys": [
           "claim:a",
         ],
       },
     }
    `);
  });

  it('the repositories answer one value per key, in the order asked, null or empty when absent', async () => {
    // Citations as [position of the cited source, quote, grade?], sources as [properties, publisher, positions of the sources they derive from, grade?].
    const [s1, s2] = [
      { id: 'source:1', title: 'A' },
      { id: 'source:2', title: 'B' },
    ];
    const publisher = { id: 'org:p', type: 'ORGANIZATION', name: 'P' };
    const row = {
      claim: { id: 'claim:b' },
      story: null,
      citations: [[0, 'q']],
      sources: [
        [s1, publisher, [1, 0]],
        [s2, null, []],
      ],
      withheld: 0,
    };
    const { executor, calls } = recordingExecutor([{ key: 'claim:b', value: row }]);
    expect(await new ProvenanceRepository(executor).records(['claim:a', 'claim:b'])).toEqual([
      null,
      {
        claim: { id: 'claim:b' },
        story: null,
        citations: [{ claimId: 'claim:b', sourceId: 'source:1', quote: 'q', credibility: null }],
        sources: [
          { source: s1, publisher, reliability: null },
          { source: s2, publisher: null, reliability: null },
        ],
        derivations: [
          { from: 'source:1', to: 'source:2' },
          { from: 'source:1', to: 'source:1' },
        ],
        withheld: 0,
      },
    ]);
    expect(calls[0]).toEqual(provenanceStatement(['claim:a', 'claim:b']));
    const link = { stance: 'SUPPORTS', direction: 'OUTGOING', claim: { id: 'claim:c' } };
    const links = recordingExecutor([{ key: 'claim:a', value: link }]);
    expect(await new ClaimRelationRepository(links.executor).relationsOf(['claim:a', 'claim:b'])).toEqual([
      [{ ...link, id: 'relation:claim:a|OUTGOING|SUPPORTS|claim:c' }],
      [],
    ]);
    expect(links.calls[0]).toEqual(relationsStatement(['claim:a', 'claim:b']));
  });
});
