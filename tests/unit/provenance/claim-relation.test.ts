import { Executor } from '../../../src/db/executor';
import { ClaimRelationRepository } from '../../../src/modules/provenance/claim-relation.repository';
import { ClaimStance } from '../../../src/modules/provenance/claim-relation.type';

describe('claim links', () => {
  it('use one fixed statement per stance, with every value as a parameter', async () => {
    const calls: { cypher: string; params: Record<string, unknown> }[] = [];
    const executor = { write: async (cypher: string, params: Record<string, unknown>) => (calls.push({ cypher, params }), []) } as unknown as Executor;
    const repo = new ClaimRelationRepository(executor);
    for (const stance of Object.values(ClaimStance)) await repo.link('claim:a', 'claim:b', stance, 'a reason]->(x) DETACH DELETE x //', 'me');
    expect(calls.map((c) => /MERGE \(a\)-\[r:([A-Z]+)\]->\(b\)/.exec(c.cypher)?.[1])).toEqual(['SUPPORTS', 'CONTRADICTS', 'REPEATS']);
    for (const call of calls) {
      expect(call.cypher).not.toContain('a reason');
      expect(call.params).toEqual({ from: 'claim:a', to: 'claim:b', reason: 'a reason]->(x) DETACH DELETE x //', linkedBy: 'me' });
    }
  });
});
