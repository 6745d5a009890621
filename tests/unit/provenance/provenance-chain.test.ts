import { analyseChain } from '../../../src/modules/provenance/provenance.chain';

const edges = (...pairs: [string, string][]) => pairs.map(([from, to]) => ({ from, to }));

describe('analyseChain', () => {
  it('measures depth along a linear derivation and finds its one origin', () => {
    const chain = analyseChain({ cited: ['a'], sources: ['a', 'b', 'c', 'd'], edges: edges(['a', 'b'], ['b', 'c'], ['c', 'd']) });
    expect(Object.fromEntries(chain.depth)).toEqual({ a: 0, b: 1, c: 2, d: 3 });
    expect(chain.derivations.map((d) => [d.from, d.to, d.depth])).toEqual([
      ['a', 'b', 1],
      ['b', 'c', 2],
      ['c', 'd', 3],
    ]);
    expect(chain.origins).toEqual([{ sourceId: 'd', inCycle: false, via: ['a'], group: 'd' }]);
    expect(chain).toMatchObject({ cyclic: false, independentOrigins: 1, circularReporting: false, maxDepth: 3 });
  });

  it('counts two outlets repeating one origin once: circular reporting', () => {
    const chain = analyseChain({ cited: ['x', 'y'], sources: ['x', 'y', 'o'], edges: edges(['x', 'o'], ['y', 'o']) });
    expect(chain.independentOrigins).toBe(1);
    expect(chain.circularReporting).toBe(true);
    expect(chain.origins).toEqual([{ sourceId: 'o', inCycle: false, via: ['x', 'y'], group: 'o' }]);
  });

  it('flags a cited source that derives from another cited source', () => {
    const chain = analyseChain({ cited: ['news', 'statement'], sources: ['news', 'statement'], edges: edges(['news', 'statement']) });
    expect(chain).toMatchObject({ independentOrigins: 1, circularReporting: true });
  });

  it('keeps independent origins apart', () => {
    const chain = analyseChain({ cited: ['x', 'y'], sources: ['x', 'y', 'o1', 'o2'], edges: edges(['x', 'o1'], ['y', 'o2']) });
    expect(chain).toMatchObject({ independentOrigins: 2, circularReporting: false });
  });

  it('reports the members of a cycle with no exit as one origin group, flagged inCycle', () => {
    const chain = analyseChain({ cited: ['blog'], sources: ['blog', 'f', 'n'], edges: edges(['blog', 'f'], ['f', 'n'], ['n', 'f']) });
    expect(chain.cyclic).toBe(true);
    expect([...chain.inCycle].sort()).toEqual(['f', 'n']);
    expect(chain.origins).toEqual([
      { sourceId: 'f', inCycle: true, via: ['blog'], group: 'f' },
      { sourceId: 'n', inCycle: true, via: ['blog'], group: 'f' },
    ]);
    expect(chain.independentOrigins).toBe(1);
    expect(chain.derivations.map((d) => [d.from, d.to, d.depth, d.inCycle])).toEqual([
      ['blog', 'f', 1, false],
      ['f', 'n', 2, true],
      ['n', 'f', 3, true],
    ]);
  });

  it('follows a cycle that has an exit to the real origin', () => {
    const chain = analyseChain({ cited: ['a'], sources: ['a', 'b', 'o'], edges: edges(['a', 'b'], ['b', 'a'], ['b', 'o']) });
    expect(chain.cyclic).toBe(true);
    expect(chain.origins).toEqual([{ sourceId: 'o', inCycle: false, via: ['a'], group: 'o' }]);
  });

  it('treats a cited source that derives from nothing as its own origin, and an uncited claim as having none', () => {
    expect(analyseChain({ cited: ['a'], sources: ['a'], edges: [] })).toMatchObject({
      independentOrigins: 1,
      maxDepth: 0,
      origins: [{ sourceId: 'a', via: ['a'] }],
    });
    expect(analyseChain({ cited: [], sources: [], edges: [] })).toMatchObject({ independentOrigins: 0, origins: [], cyclic: false, maxDepth: 0 });
  });

  it('handles a long chain without recursion limits', () => {
    const ids = Array.from({ length: 20000 }, (_, i) => `s${i}`);
    const chain = analyseChain({ cited: ['s0'], sources: ids, edges: ids.slice(1).map((id, i) => ({ from: ids[i], to: id })) });
    expect(chain.maxDepth).toBe(19999);
    expect(chain.origins.map((o) => o.sourceId)).toEqual(['s19999']);
  });
});
