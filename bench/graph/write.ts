import { Executor, Statement } from '../../src/db/executor';
import { ENTITY_KINDS } from '../../src/modules/shared/kinds';
import { EntityRow } from '../../src/modules/story/story.plan';
import { Reference } from './reference';
import { StoryRows } from './stories';

/**
 * Batched UNWIND writes of the same nodes, properties and relationships as the ingest's
 * story.writer.ts. Reference entities are MERGEd (every run writes them again); a batch of
 * stories is one transaction of CREATEs, because generate.ts only ever writes stories the graph
 * does not have yet, with sources of their own (an earlier source is only cited, never recreated).
 */
function entities(rows: EntityRow[]): Statement[] {
  const byLabel = new Map<string, EntityRow[]>();
  for (const r of rows) byLabel.set(ENTITY_KINDS[r.type].label, [...(byLabel.get(ENTITY_KINDS[r.type].label) ?? []), r]);
  return [...byLabel].map(([label, list]) => ({
    cypher: `UNWIND $rows AS r MERGE (n:Entity {id: r.id})
      SET n:${label}, n.type = r.type, n.name = r.name, n.nameKey = r.nameKey, n.code = r.code, n.acronym = r.acronym,
          n.size = r.size, n.demonym = r.demonym, n.aliases = r.aliases, n.aliasKeys = r.aliasKeys`,
    params: { rows: list },
  }));
}

export async function writeReference(executor: Executor, ref: Reference): Promise<void> {
  const all = [...ref.countries, ...ref.agencies, ...ref.people, ...ref.organizations, ...ref.groups, ...ref.publishers.map(({ sourceKind: _, ...p }) => p)];
  for (let i = 0; i < all.length; i += 2000) await executor.writeAll(entities(all.slice(i, i + 2000)));
  await executor.write('UNWIND $rows AS t MERGE (tp:Topic {id: t.id}) ON CREATE SET tp.name = t.name, tp.nameKey = t.nameKey', { rows: ref.topics });
  for (const relation of ['OF_COUNTRY', 'REPRESENTS', 'LOCATED_IN', 'AFFILIATED_WITH'] as const) {
    await executor.write(`UNWIND $rows AS r MATCH (e:Entity {id: r.entityId}) MATCH (c:Entity {id: r.countryId}) MERGE (e)-[:${relation}]->(c)`, {
      rows: ref.ties.filter((t) => t.relation === relation),
    });
  }
  await executor.write(
    `UNWIND $rows AS r MATCH (p:Entity {id: r.personId}) MATCH (c:Entity {id: r.countryId})
     MERGE (p)-[h:HELD_ROLE {key: r.key}]->(c) SET h.title = r.title, h.from = r.from, h.to = r.to`,
    { rows: ref.roles },
  );
}

const edge = (from: string, type: string, to: string, rows: unknown[]): Statement => ({
  cypher: `UNWIND $rows AS r MATCH (a:${from} {id: r.from}) MATCH (b:${to} {id: r.to}) CREATE (a)-[:${type}]->(b)`,
  params: { rows },
});

/** One transaction per batch of stories: sources, derivations, stories, their edges, claims and theirs. */
export async function writeStories(executor: Executor, batch: StoryRows[]): Promise<void> {
  const sources = batch.flatMap((s) => s.sources);
  const claims = batch.flatMap((s) => s.claims.map((c) => ({ ...c, storyId: s.story.id })));
  const pairs = (pick: (s: StoryRows) => string[]) => batch.flatMap((s) => pick(s).map((to) => ({ from: s.story.id, to })));
  await executor.writeAll([
    {
      cypher: `UNWIND $rows AS r CREATE (src:Source {id: r.id, title: r.title, kind: r.kind, url: r.url})
        WITH src, r MATCH (o:Entity {id: r.publisherId}) CREATE (src)-[:PUBLISHED_BY]->(o)`,
      params: { rows: sources },
    },
    edge(
      'Source',
      'DERIVED_FROM',
      'Source',
      batch.flatMap((s) => s.derivations),
    ),
    {
      cypher: `UNWIND $rows AS r
        CREATE (:Story {id: r.id, ingestedAt: datetime(), title: r.title, summary: r.summary, publishedAt: date(r.publishedAt), url: r.url})`,
      params: { rows: batch.map((s) => s.story) },
    },
    edge(
      'Story',
      'TAGGED',
      'Topic',
      pairs((s) => s.topics),
    ),
    edge(
      'Story',
      'BASED_ON',
      'Source',
      pairs((s) => s.basedOn),
    ),
    edge(
      'Story',
      'MENTIONS',
      'Entity',
      pairs((s) => s.mentions),
    ),
    {
      cypher: `UNWIND $rows AS r MATCH (s:Story {id: r.storyId})
        CREATE (s)-[:HAS_CLAIM]->(:Claim {id: r.id, text: r.text, kind: r.kind, asOf: r.asOf, position: r.position})`,
      params: { rows: claims.map(({ about: _a, attributedTo: _t, citations: _c, ...c }) => c) },
    },
    edge(
      'Claim',
      'ABOUT',
      'Entity',
      claims.flatMap((c) => c.about.map((to) => ({ from: c.id, to }))),
    ),
    edge(
      'Claim',
      'ATTRIBUTED_TO',
      'Entity',
      claims.flatMap((c) => c.attributedTo.map((to) => ({ from: c.id, to }))),
    ),
    {
      cypher: `UNWIND $rows AS r MATCH (c:Claim {id: r.claimId}) MATCH (src:Source {id: r.sourceId}) CREATE (c)-[:CITES {quote: r.quote}]->(src)`,
      params: { rows: claims.flatMap((c) => c.citations.map((ct) => ({ claimId: c.id, ...ct }))) },
    },
  ]);
}
