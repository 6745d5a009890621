import { neighborhoodStatement } from '../../../src/modules/explore/explore.repository';
import { FULL_CLEARANCE } from '../../../src/db/executor';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { withClearance } from '../../support/plans';

/**
 * A hub whose first neighbours in id order are mostly hidden: below full clearance the walk reads a
 * probe of the first 2 × limit + 2 neighbours and falls back to sorting all of them when too few of the
 * probe are visible. Every answer is checked against a breadth-first walk done here in JavaScript
 * over the same small graph, for every clearance, limit and depth.
 */
const HUB = 'country:QQ';
const RANKS = [4, 4, 3, 4, 2, 4, 4, 4, 1, 4, 0, 0, 4, 0];
const STORIES = RANKS.map((rank, i) => ({ id: `story:nb${String(i + 1).padStart(2, '0')}`, rank }));
const CLAIMS = [
  { id: 'claim:nb-a', story: 'story:nb11', rank: 0 },
  { id: 'claim:nb-b', story: 'story:nb12', rank: 3 },
  { id: 'claim:nb-c', story: 'story:nb01', rank: 4 },
];
const OTHER = 'org:nb-other';
const EDGES: [string, string, string][] = [
  ...STORIES.map((s): [string, string, string] => [s.id, 'MENTIONS', HUB]),
  ...CLAIMS.map((c): [string, string, string] => [c.story, 'HAS_CLAIM', c.id]),
  ['story:nb11', 'MENTIONS', OTHER],
  ['story:nb05', 'MENTIONS', OTHER],
];
const RANK = new Map<string, number>([...STORIES, ...CLAIMS].map((n) => [n.id, n.rank]));

/** The walk the statement does, written plainly: level by level, visible neighbours by id, `limit + 1` at most. */
function expected(depth: number, limit: number, clearance: number) {
  const seen = (id: string) => (RANK.get(id) ?? 0) <= clearance;
  const neighbours = (id: string) => EDGES.flatMap(([a, , b]) => (a === id ? [b] : b === id ? [a] : []));
  let members = [HUB];
  let frontier = [HUB];
  let truncated = false;
  for (let d = 0; d < depth && !truncated; d++) {
    const level = [...new Set(frontier.flatMap(neighbours))]
      .filter((x) => !members.includes(x))
      .sort()
      .filter(seen)
      .slice(0, limit + 1);
    const room = limit + 1 - members.length;
    frontier = level.slice(0, Math.max(room, 0));
    members = [...members, ...frontier];
    truncated = level.length > room;
  }
  const edges = EDGES.filter(([a, , b]) => members.includes(a) && members.includes(b)).map(([a, t, b]) => `${a}-${t}-${b}`);
  return { nodes: [...members].sort(), edges: edges.sort(), truncated };
}

describe('neighborhood below full clearance when the first neighbours are hidden', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app.executor);
    await app.executor.write(
      `MERGE (h:Entity:Country {id: $hub}) SET h.name = 'Q'
       MERGE (o:Entity:Organization {id: $other}) SET o.name = 'Other'
       WITH h
       UNWIND $stories AS s MERGE (n:Story {id: s.id}) SET n.title = s.id, n.markingRank = s.rank`,
      { hub: HUB, other: OTHER, stories: STORIES },
    );
    await app.executor.write(
      `UNWIND $claims AS c MATCH (s:Story {id: c.story}) MERGE (s)-[:HAS_CLAIM]->(n:Claim {id: c.id}) SET n.text = c.id, n.markingRank = c.rank`,
      {
        claims: CLAIMS,
      },
    );
    await app.executor.write(`UNWIND $edges AS e MATCH (s:Story {id: e[0]}), (x:Entity {id: e[2]}) MERGE (s)-[:MENTIONS]->(x)`, {
      edges: EDGES.filter(([, t]) => t === 'MENTIONS'),
    });
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  const walk = async (depth: number, limit: number, clearance: number) => {
    const statement = withClearance(neighborhoodStatement(HUB, depth, limit, 3, clearance >= FULL_CLEARANCE), clearance);
    // The statement's rows: nodes as [id, label, name], edges as [from, type, to].
    const [row] = await app.executor.read<{ nodes: string[][]; edges: string[][]; truncated: boolean }>(statement.cypher, statement.params);
    return { nodes: row.nodes.map(([id]) => id).sort(), edges: row.edges.map(([a, t, b]) => `${a}-${t}-${b}`).sort(), truncated: row.truncated };
  };

  it('the graph is what the walk below is checked against', async () => {
    expect(await walk(2, 100, FULL_CLEARANCE)).toEqual(expected(2, 100, FULL_CLEARANCE));
    expect(expected(2, 100, FULL_CLEARANCE).nodes).toHaveLength(STORIES.length + CLAIMS.length + 2);
  });

  for (const clearance of [0, 1, 2, 3, 4])
    it(`keeps the nearest visible nodes in id order at clearance ${clearance}, whatever the limit and depth`, async () => {
      for (const depth of [1, 2])
        for (const limit of [1, 2, 3, 4, 6, 20])
          expect({ depth, limit, got: await walk(depth, limit, clearance) }).toEqual({ depth, limit, got: expected(depth, limit, clearance) });
    });

  it('needs the fallback here: at CLEAR with limit 1 the probe of 4 holds fewer than 2 visible neighbours', () => {
    const probe = STORIES.map((s) => s.id)
      .sort()
      .slice(0, 2 * 1 + 2);
    expect(probe.filter((id) => RANK.get(id) === 0).length).toBeLessThan(2);
    expect(expected(1, 1, 0).nodes).toEqual([HUB, 'story:nb11']);
  });
});
