/**
 * The hand-written Cypher peer: each benchmark query is ONE statement, written the way a Neo4j
 * expert would for this graph (anchored on the indexed node the query names, totals by COUNT or
 * over the anchored match, nested fields projected in place). Results have storygraph's shape.
 * The DERIVED_FROM statements assume acyclic chains, which is what bench/graph generates.
 */
const TIES = 'OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE';
const SOURCE = (v: string) => `${v} {.id, .title, publisher: COLLECT { MATCH (${v})-[:PUBLISHED_BY]->(o:Organization) RETURN o {.name} }[0]}`;
const STORY_ORDER = 's.publishedAt DESC, s.id';
/** Claims about a country: about it, or about an entity tied to it (UNION keeps each claim once). */
const CLAIMS_ABOUT = (country: string) =>
  `MATCH (c:Claim)-[:ABOUT]->(${country}) RETURN c UNION MATCH (c:Claim)-[:ABOUT]->(:Entity)-[:${TIES}]->(${country}) RETURN c`;
export const GRAPH =
  'HAS_CLAIM|BASED_ON|TAGGED|MENTIONS|CITES|ABOUT|ATTRIBUTED_TO|PUBLISHED_BY|DERIVED_FROM|OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE|SUPPORTS|CONTRADICTS|REPEATS';

/** One breadth-first level of the neighbourhood (unrolled per hop: bounds cannot be parameters). */
export const LEVEL = `CALL (start, members, frontier, truncated) {
        WITH * WHERE NOT truncated
        UNWIND frontier AS f MATCH (f)-[:${GRAPH}]-(x) WHERE NOT x IN members
        WITH DISTINCT x ORDER BY x.id LIMIT $limit + 1
        RETURN collect(x) AS level
      }
      WITH start, members, level, truncated, $limit + 1 - size(members) AS room
      WITH start, members + level[0..room] AS members, level[0..room] AS frontier, truncated OR size(level) > room AS truncated`;

export const CYPHER: Readonly<Record<string, string>> = {
  claimsAboutCountries: `
    MATCH (k:Country {code: $codes[0]})
    CALL (k) { ${CLAIMS_ABOUT('k')} }
    WITH c WHERE all(code IN $codes[1..] WHERE EXISTS { MATCH (c)-[:ABOUT]->(:Entity)-[:${TIES}]->{0,1}(:Country {code: code}) })
    MATCH (s:Story)-[:HAS_CLAIM]->(c)
    WITH s, c ORDER BY ${STORY_ORDER}, c.position, c.id
    WITH collect(c) AS rows
    CALL (rows) {
      UNWIND rows[0..$first] AS c
      RETURN collect(c {.id, .text, sources: COLLECT { MATCH (c)-[:CITES]->(src:Source) WITH src ORDER BY src.title RETURN ${SOURCE('src')} }}) AS nodes
    }
    RETURN size(rows) AS totalCount, nodes`,

  story: `
    MATCH (s:Story {id: $id})
    RETURN s {.id, .title, publishedAt: toString(s.publishedAt),
      sources: COLLECT { MATCH (s)-[:BASED_ON]->(src:Source) WITH src ORDER BY src.title RETURN ${SOURCE('src')} },
      claims: COLLECT { MATCH (s)-[:HAS_CLAIM]->(c:Claim) WITH c ORDER BY c.position, c.id
        RETURN c {.id, .kind, .text, citations: COLLECT { MATCH (c)-[r:CITES]->(src:Source) WITH r, src ORDER BY src.title RETURN {quote: r.quote, source: ${SOURCE('src')}} }} }
    } AS story`,

  agency: `
    MATCH (e:Entity {id: $id})
    RETURN e {.id, .name, .acronym,
      totalCount: COUNT { (e)<-[:ABOUT]-(:Claim) },
      claims: COLLECT { MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim)-[:ABOUT]->(e) WITH s, c ORDER BY ${STORY_ORDER}, c.position, c.id LIMIT $first RETURN c {.id, .text} }
    } AS entity`,

  countryPage: `
    MATCH (k:Country {code: $code})
    RETURN k {.name,
      claimCount: size(COLLECT { ${CLAIMS_ABOUT('k')} }),
      storyCount: COUNT { (:Story)-[:MENTIONS]->(k) },
      stories: COLLECT { MATCH (s:Story)-[:MENTIONS]->(k) WITH s ORDER BY ${STORY_ORDER} LIMIT $first RETURN s {.id, .title, publishedAt: toString(s.publishedAt)} }
    } AS country`,

  latestStories: `
    MATCH (s:Story) WITH s ORDER BY ${STORY_ORDER} LIMIT $first
    RETURN COUNT { (:Story) } AS totalCount, collect(s {.id, .title, publishedAt: toString(s.publishedAt),
      topics: COLLECT { MATCH (s)-[:TAGGED]->(t:Topic) WITH t ORDER BY t.name RETURN t.name },
      claimCount: COUNT { (s)-[:HAS_CLAIM]->(:Claim) }}) AS stories`,

  provenance: `
    MATCH (c:Claim {id: $id})
    CALL (c) {
      MATCH p = ANY SHORTEST (c)-[:CITES]->(:Source)-[:DERIVED_FROM]->*(x:Source)
      WITH x, length(p) - 1 AS depth ORDER BY depth, x.title, x.id
      RETURN collect({depth: depth, origin: NOT EXISTS { (x)-[:DERIVED_FROM]->() }, source: ${SOURCE('x')}}) AS sources
    }
    RETURN c {.id, .text} AS claim,
      COLLECT { MATCH (st:Story)-[:HAS_CLAIM]->(c) RETURN st {.id, .title} }[0] AS story,
      COLLECT { MATCH (c)-[r:CITES]->(src:Source) WITH r, src ORDER BY src.title RETURN {quote: r.quote, source: src {.id}} } AS citations,
      sources`,

  corroboration: `
    MATCH (c:Claim {id: $id})
    CALL (c) {
      MATCH (c)-[:CITES]->(cited:Source)
      MATCH ANY SHORTEST (cited)-[:DERIVED_FROM]->*(o:Source) WHERE NOT EXISTS { (o)-[:DERIVED_FROM]->() }
      WITH o, collect(DISTINCT cited.id) AS via ORDER BY o.id
      RETURN collect({source: o {.id, .title}, via: via}) AS origins
    }
    RETURN COUNT { (c)-[:CITES]->(:Source) } AS citedSources, size(origins) AS independentOrigins,
      any(o IN origins WHERE size(o.via) > 1) AS circularReporting, origins,
      COLLECT { MATCH (c)-[:CITES]->(:Source)-[:PUBLISHED_BY]->(p:Organization) WITH DISTINCT p ORDER BY p.name RETURN p {.name} } AS publishers`,

  search: `
    CALL () {
      CALL db.index.fulltext.queryNodes('story_fulltext', $query, {limit: $first}) YIELD node, score RETURN 'STORY' AS type, score, node.id AS id, node.title AS title
      UNION ALL
      CALL db.index.fulltext.queryNodes('claim_fulltext', $query, {limit: $first}) YIELD node, score RETURN 'CLAIM' AS type, score, node.id AS id, node.text AS title
      UNION ALL
      CALL db.index.fulltext.queryNodes('source_fulltext', $query, {limit: $first}) YIELD node, score RETURN 'SOURCE' AS type, score, node.id AS id, node.title AS title
      UNION ALL
      CALL db.index.fulltext.queryNodes('entity_fulltext', $query, {limit: $first}) YIELD node, score RETURN 'ENTITY' AS type, score, node.id AS id, node.name AS title
    }
    RETURN type, score, id, title ORDER BY score DESC, id LIMIT $first`,

  // Breadth first, one bounded level at a time (nearest by hops, then id): a level never reads
  // more than the degrees of `limit` nodes, so hubs such as countries stay cheap at depth 2.
  neighborhood: `
    MATCH (start:Entity {id: $id})
    WITH start, [start] AS members, [start] AS frontier, false AS truncated
    ${LEVEL}
    ${LEVEL}
    CALL (members) {
      UNWIND members AS a MATCH (a)-[r:${GRAPH}]->(b) WHERE b IN members
      WITH DISTINCT startNode(r).id + '-' + type(r) + '-' + endNode(r).id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to ORDER BY id
      RETURN collect({id: id, type: type, from: from, to: to}) AS edges
    }
    RETURN [n IN members | n {.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], name: coalesce(n.name, n.title, n.text, n.id)}] AS nodes, edges, truncated`,
};
