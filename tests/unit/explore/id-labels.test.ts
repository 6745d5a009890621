import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPH_RELATIONSHIPS, ID_LABELS, neighborhoodStatement } from '../../../src/modules/explore/explore.repository';
import { ENTITY_KINDS, NODE_KINDS } from '../../../src/modules/shared/kinds';

const SCHEMA = join(__dirname, '../../../schema/neo4j');
/** Labels the schema gives a unique `id`: only these make an id-index read exact. */
const uniqueIdLabels = () =>
  new Set(
    readdirSync(SCHEMA)
      .flatMap((file) => [...readFileSync(join(SCHEMA, file), 'utf8').matchAll(/FOR \(\w+:(\w+)\) REQUIRE \w+\.id IS UNIQUE/g)])
      .map((m) => m[1]),
  );

describe('labels the explore id seeks and index scan read', () => {
  it('cover every node kind a graph relationship reaches, entities under their Entity label', () => {
    const entityLabels = new Set<string>(Object.values(ENTITY_KINDS).map((kind) => kind.label));
    const reachable = new Set(Object.values(NODE_KINDS).map(({ label }) => (entityLabels.has(label) ? 'Entity' : label)));
    expect([...ID_LABELS].sort()).toEqual([...reachable].sort());
  });

  it('each carry a unique id, and grades (which have one too) stay out of the graph relationships', () => {
    const unique = uniqueIdLabels();
    expect(ID_LABELS.filter((label) => !unique.has(label))).toEqual([]);
    // A new label with an id lands here first: add it to ID_LABELS if a graph relationship reaches it.
    expect([...unique].filter((label) => !(ID_LABELS as readonly string[]).includes(label)).sort()).toEqual(['ApiKey', 'AuditEntry', 'Grade']);
    expect(GRAPH_RELATIONSHIPS.split('|').filter((type) => /GRADE/.test(type))).toEqual([]);
  });

  it('are each seeked by id and scanned by id in the neighbourhood statement', () => {
    for (const fullClearance of [false, true]) {
      const { cypher } = neighborhoodStatement('x', 1, 50, 3, fullClearance);
      for (const label of ID_LABELS) expect(cypher).toContain(`MATCH (n:${label} {id: $id})`);
    }
    const { cypher } = neighborhoodStatement('x', 1, 50, 3, true);
    for (const label of ID_LABELS) expect(cypher).toContain(`MATCH (x:${label}) WHERE x.id <`);
  });
});
