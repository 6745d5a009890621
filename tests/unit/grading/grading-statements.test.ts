import { Executor } from '../../../src/db/executor';
import {
  citationGradesStatement,
  gradeCitationStatement,
  gradeSourceStatement,
  GradingRepository,
  sourceGradesStatement,
} from '../../../src/modules/grading/grading.repository';

describe('grading Cypher', () => {
  it('reads grade histories of a batch of sources and citations from their ids, newest first', () => {
    expect(sourceGradesStatement(['source:a'])).toMatchInlineSnapshot(`
     {
       "cypher": "UNWIND $keys AS key MATCH (src:Source {id: key})
     CALL (src) { MATCH (src)-[:HAS_GRADE]->(g:SourceGrade) RETURN g }
     WITH key, src, g ORDER BY g.gradedAt DESC, g.seq DESC RETURN key, g {.id, grade: g.value, .gradedBy, gradedAt: g.gradedAt, note: g.note, sourceId: src.id} AS value",
       "params": {
         "keys": [
           "source:a",
         ],
       },
     }
    `);
    expect(citationGradesStatement([{ claimId: 'claim:a', sourceId: 'source:b', key: 'k' }])).toMatchInlineSnapshot(`
     {
       "cypher": "UNWIND $citations AS ct MATCH (c:Claim {id: ct.claimId})
     CALL (c, ct) { MATCH (c)-[:HAS_CITATION_GRADE]->(g:CitationGrade {sourceId: ct.sourceId}) RETURN g }
     WITH ct, g ORDER BY g.gradedAt DESC, g.seq DESC RETURN ct.key AS key, g {.id, grade: g.value, .gradedBy, gradedAt: g.gradedAt, note: g.note, .claimId, .sourceId} AS value",
       "params": {
         "citations": [
           {
             "claimId": "claim:a",
             "key": "k",
             "sourceId": "source:b",
           },
         ],
       },
     }
    `);
  });

  it('writes a grade by MERGE on its id, every value a parameter', () => {
    const grade = { id: 'grade:1', value: 'B', gradedBy: 'jane', note: null };
    expect(gradeSourceStatement('source:a', grade)).toMatchInlineSnapshot(`
     {
       "cypher": "MATCH (src:Source {id: $sourceId}) WHERE coalesce(src.markingRank, 0) <= $clearance
     WITH src, COUNT { (src)-[:HAS_GRADE]->() } AS earlier
     MERGE (g:Grade:SourceGrade {id: $grade.id})
     ON CREATE SET g.value = $grade.value, g.gradedBy = $grade.gradedBy, g.note = $grade.note, g.gradedAt = datetime(), g.seq = earlier + 1
     MERGE (src)-[:HAS_GRADE]->(g)
     RETURN g {.id, grade: g.value, .gradedBy, gradedAt: g.gradedAt, note: g.note, sourceId: src.id} AS grade",
       "params": {
         "grade": {
           "gradedBy": "jane",
           "id": "grade:1",
           "note": null,
           "value": "B",
         },
         "sourceId": "source:a",
       },
     }
    `);
    const credibility = gradeCitationStatement('claim:a', 'source:b', { ...grade, value: 2 });
    expect(credibility.params).toEqual({ claimId: 'claim:a', sourceId: 'source:b', grade: { ...grade, value: 2 } });
    expect(credibility.cypher).toMatchInlineSnapshot(`
     "MATCH (c:Claim {id: $claimId}) WHERE coalesce(c.markingRank, 0) <= $clearance
     CALL (c) { MATCH (c)-[:CITES]->(src:Source {id: $sourceId}) RETURN src }
     WITH c, src, COUNT { (c)-[:HAS_CITATION_GRADE]->(:CitationGrade {sourceId: src.id}) } AS earlier
     MERGE (g:Grade:CitationGrade {id: $grade.id})
     ON CREATE SET g.claimId = c.id, g.sourceId = src.id, g.value = $grade.value, g.gradedBy = $grade.gradedBy,
                   g.note = $grade.note, g.gradedAt = datetime(), g.seq = earlier + 1
     MERGE (c)-[:HAS_CITATION_GRADE]->(g)
     RETURN g {.id, grade: g.value, .gradedBy, gradedAt: g.gradedAt, note: g.note, .claimId, .sourceId} AS grade, coalesce(c.markingRank, 0) AS markingRank"
    `);
  });

  it('groups histories per key in the order asked, one query per batch', async () => {
    const calls: { cypher: string; params: Record<string, unknown> }[] = [];
    const rows = [{ key: JSON.stringify(['claim:b', 'source:y']), value: { id: 'grade:2' } }];
    const executor = { read: async (cypher: string, params: Record<string, unknown>) => (calls.push({ cypher, params }), rows) } as unknown as Executor;
    const histories = await new GradingRepository(executor).citationGrades([
      { claimId: 'claim:a', sourceId: 'source:x' },
      { claimId: 'claim:b', sourceId: 'source:y' },
    ]);
    expect(histories).toEqual([[], [{ id: 'grade:2' }]]);
    expect(calls).toHaveLength(1);
    expect(calls[0].params).toEqual({
      citations: [
        { claimId: 'claim:a', sourceId: 'source:x', key: '["claim:a","source:x"]' },
        { claimId: 'claim:b', sourceId: 'source:y', key: '["claim:b","source:y"]' },
      ],
    });
  });
});
