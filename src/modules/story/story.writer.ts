import { Statement } from '../../db/executor';
import { ENTITY_LABELS, EntityType } from '../shared/enums';
import { EntityRow, WritePlan } from './story.plan';

/** Alias lists only grow: existing aliases are kept, new ones appended (same result on replay). */
const MERGE_ALIASES = `
  n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN r.aliases] + r.aliases,
  n.aliasKeys = [k IN coalesce(n.aliasKeys, []) WHERE NOT k IN r.aliasKeys] + r.aliasKeys`;

/** One MERGE statement per entity label; the label comes from the ENTITY_LABELS allow-list. */
function entityStatement(type: EntityType, rows: EntityRow[]): Statement {
  const label = ENTITY_LABELS[type];
  return {
    cypher: `UNWIND $rows AS r
      MERGE (n:Entity {id: r.id})
      SET n:${label}, n.type = r.type, n.name = coalesce(n.name, r.name), n.nameKey = coalesce(n.nameKey, r.nameKey),
          n.code = coalesce(r.code, n.code), n.acronym = coalesce(r.acronym, n.acronym), n.size = coalesce(r.size, n.size),
          n.demonym = coalesce(r.demonym, n.demonym), ${MERGE_ALIASES}`,
    params: { rows },
  };
}

function byType(rows: EntityRow[]): Map<EntityType, EntityRow[]> {
  const groups = new Map<EntityType, EntityRow[]>();
  for (const row of rows) groups.set(row.type, [...(groups.get(row.type) ?? []), row]);
  return groups;
}

/**
 * Every statement of one story, to run in ONE write transaction. All are MERGE-based so the driver
 * may retry them and a replay changes nothing. The story's own edges (topics, sources, mentions)
 * and its claims' edges that the new version no longer has are removed; facts shared with other
 * stories (publishers, derivations, ties, roles) only ever accumulate.
 */
export function storyStatements(plan: WritePlan): Statement[] {
  const storyId = plan.story.id;
  const statements: Statement[] = [];
  for (const [type, rows] of byType([...plan.countries, ...plan.entities, ...plan.publishers])) statements.push(entityStatement(type, rows));

  statements.push({
    cypher: `UNWIND $rows AS r
      MATCH (e:Entity {id: r.entityId}) MATCH (c:Country {id: r.countryId})
      FOREACH (_ IN CASE WHEN r.relation = 'OF_COUNTRY' THEN [1] ELSE [] END | MERGE (e)-[:OF_COUNTRY]->(c))
      FOREACH (_ IN CASE WHEN r.relation = 'REPRESENTS' THEN [1] ELSE [] END | MERGE (e)-[:REPRESENTS]->(c))
      FOREACH (_ IN CASE WHEN r.relation = 'LOCATED_IN' THEN [1] ELSE [] END | MERGE (e)-[:LOCATED_IN]->(c))
      FOREACH (_ IN CASE WHEN r.relation = 'AFFILIATED_WITH' THEN [1] ELSE [] END | MERGE (e)-[:AFFILIATED_WITH]->(c))`,
    params: { rows: plan.ties },
  });
  statements.push({
    cypher: `UNWIND $rows AS r
      MATCH (p:Person {id: r.personId}) MATCH (c:Country {id: r.countryId})
      MERGE (p)-[h:HELD_ROLE {key: r.key}]->(c)
      SET h.title = r.title, h.from = r.from, h.to = r.to`,
    params: { rows: plan.roles },
  });
  statements.push({
    cypher: `UNWIND $rows AS r
      MERGE (src:Source {id: r.id})
      SET src.title = r.title, src.kind = r.kind, src.url = coalesce(r.url, src.url)
      WITH src, r
      OPTIONAL MATCH (o:Organization {id: r.publisherId})
      FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (src)-[:PUBLISHED_BY]->(o))`,
    params: { rows: plan.sources },
  });
  statements.push({
    cypher: `UNWIND $rows AS r MATCH (a:Source {id: r.from}) MATCH (b:Source {id: r.to}) MERGE (a)-[:DERIVED_FROM]->(b)`,
    params: { rows: plan.derivations },
  });
  statements.push({
    cypher: `MERGE (s:Story {id: $story.id})
      ON CREATE SET s.ingestedAt = datetime()
      SET s.title = $story.title, s.summary = $story.summary, s.publishedAt = date($story.publishedAt), s.url = $story.url`,
    params: { story: plan.story },
  });
  statements.push({
    // A claim the new version no longer has goes, with its citation grades (no orphans left behind).
    cypher: `MATCH (s:Story {id: $storyId})
      OPTIONAL MATCH (s)-[:HAS_CLAIM]->(old:Claim) WHERE NOT old.id IN $claimIds
      OPTIONAL MATCH (old)-[:HAS_CITATION_GRADE]->(grade:CitationGrade)
      DETACH DELETE old, grade`,
    params: { storyId, claimIds: plan.claims.map((c) => c.id) },
  });
  statements.push({
    cypher: `MATCH (s:Story {id: $storyId})-[r:TAGGED|BASED_ON|MENTIONS]->(x)
      WHERE NOT x.id IN $keep DELETE r`,
    params: { storyId, keep: [...plan.topics.map((t) => t.id), ...plan.basedOn, ...plan.mentions] },
  });
  statements.push({
    cypher: `MATCH (s:Story {id: $storyId})
      UNWIND $topics AS t
      MERGE (tp:Topic {id: t.id}) ON CREATE SET tp.name = t.name, tp.nameKey = t.nameKey
      MERGE (s)-[:TAGGED]->(tp)`,
    params: { storyId, topics: plan.topics },
  });
  statements.push({
    cypher: `MATCH (s:Story {id: $storyId}) UNWIND $ids AS id MATCH (src:Source {id: id}) MERGE (s)-[:BASED_ON]->(src)`,
    params: { storyId, ids: plan.basedOn },
  });
  statements.push({
    cypher: `MATCH (s:Story {id: $storyId}) UNWIND $ids AS id MATCH (e:Entity {id: id}) MERGE (s)-[:MENTIONS]->(e)`,
    params: { storyId, ids: plan.mentions },
  });
  statements.push({
    cypher: `MATCH (s:Story {id: $storyId})
      UNWIND $claims AS r
      MERGE (c:Claim {id: r.id})
      SET c.text = r.text, c.kind = r.kind, c.asOf = r.asOf, c.position = r.position
      MERGE (s)-[:HAS_CLAIM]->(c)
      WITH c, r
      CALL (c, r) {
        OPTIONAL MATCH (c)-[old:ABOUT|ATTRIBUTED_TO|CITES]->(x)
        WHERE (type(old) = 'ABOUT' AND NOT x.id IN r.about)
           OR (type(old) = 'ATTRIBUTED_TO' AND NOT x.id IN r.attributedTo)
           OR (type(old) = 'CITES' AND NOT x.id IN [ct IN r.citations | ct.sourceId])
        DELETE old
      }
      CALL (c, r) {
        OPTIONAL MATCH (c)-[:HAS_CITATION_GRADE]->(grade:CitationGrade)
        WHERE NOT grade.sourceId IN [ct IN r.citations | ct.sourceId]
        DETACH DELETE grade
      }
      CALL (c, r) { UNWIND r.about AS id MATCH (e:Entity {id: id}) MERGE (c)-[:ABOUT]->(e) }
      CALL (c, r) { UNWIND r.attributedTo AS id MATCH (e:Entity {id: id}) MERGE (c)-[:ATTRIBUTED_TO]->(e) }
      CALL (c, r) {
        UNWIND r.citations AS ct MATCH (src:Source {id: ct.sourceId})
        MERGE (c)-[x:CITES]->(src) SET x.quote = ct.quote
      }`,
    params: { storyId, claims: plan.claims },
  });
  return statements;
}
