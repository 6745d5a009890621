import { rankOf } from '../../../src/modules/shared/marking-rank';
import { parseTlp, Tlp } from '../../../src/modules/shared/tlp';
import { allVisible, visible, visibleAny } from '../../../src/modules/shared/visibility';

describe('the marking predicate', () => {
  it('compares the effective rank (absent = CLEAR) with $clearance, for marked kinds and plain variables only', () => {
    expect(visible('Claim', 'c')).toMatchInlineSnapshot(`"coalesce(c.markingRank, 0) <= $clearance"`);
    expect(visibleAny('x')).toMatchInlineSnapshot(`"(coalesce(x.markingRank, 0) <= $clearance OR NOT (x:Story OR x:Source OR x:Claim))"`);
    expect(allVisible('nodes(p)')).toMatchInlineSnapshot(
      `"all(pathNode IN nodes(p) WHERE (coalesce(pathNode.markingRank, 0) <= $clearance OR NOT (pathNode:Story OR pathNode:Source OR pathNode:Claim)))"`,
    );
    expect(() => visible('Entity' as never, 'e')).toThrow('Entity carries no marking');
    expect(() => visible('Claim', 'c) OR true //')).toThrow('is not a Cypher variable');
  });

  it('ranks stored marking names in TLP order, anything else as CLEAR', () => {
    expect(rankOf('n.marking')).toMatchInlineSnapshot(
      `"CASE n.marking WHEN 'GREEN' THEN 1 WHEN 'AMBER' THEN 2 WHEN 'AMBER_STRICT' THEN 3 WHEN 'RED' THEN 4 ELSE 0 END"`,
    );
  });

  it('reads markings as people write them', () => {
    expect(['TLP:AMBER+STRICT', 'amber_strict', ' green ', 'TLP:CLEAR', 'RED'].map(parseTlp)).toEqual([
      Tlp.AMBER_STRICT,
      Tlp.AMBER_STRICT,
      Tlp.GREEN,
      Tlp.CLEAR,
      Tlp.RED,
    ]);
    expect(['WHITE', 'TLP:', ''].map(parseTlp)).toEqual([undefined, undefined, undefined]);
  });
});
