import { GRAPH, LEVEL } from './cypher-statements';

/**
 * Idiomatic Neo4j GraphQL Library 7 typeDefs for storygraph's graph: the same labels, properties
 * and relationship types. Where the library has no idiomatic way to say what a query needs,
 * a @cypher field stands in (each marked "closest form"; see bench/README.md, "Queries").
 */
const TIES = 'OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE';

const ENTITY_FIELDS = `
  id: ID!
  name: String!
  type: String!
  aliases: [String!]
  mentionedIn: [Story!]! @relationship(type: "MENTIONS", direction: IN)
  claims: [Claim!]! @relationship(type: "ABOUT", direction: IN)`;

export const TYPE_DEFS = `#graphql
  type Story @node {
    id: ID!
    title: String!
    summary: String!
    url: String
    publishedAt: Date!
    topics: [Topic!]! @relationship(type: "TAGGED", direction: OUT)
    claims: [Claim!]! @relationship(type: "HAS_CLAIM", direction: OUT)
    sources: [Source!]! @relationship(type: "BASED_ON", direction: OUT)
    mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT)
  }

  type Topic @node {
    id: ID!
    name: String!
    stories: [Story!]! @relationship(type: "TAGGED", direction: IN)
  }

  type Cites @relationshipProperties {
    quote: String
  }

  type Claim @node {
    id: ID!
    text: String!
    kind: String!
    asOf: String
    position: Int!
    story: [Story!]! @relationship(type: "HAS_CLAIM", direction: IN)
    sources: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
    about: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
    attributedTo: [Entity!]! @relationship(type: "ATTRIBUTED_TO", direction: OUT)
    "Closest form: the story's date and id as fields, so claims can be sorted newest story first"
    publishedAt: Date @cypher(statement: "MATCH (s:Story)-[:HAS_CLAIM]->(this) RETURN s.publishedAt AS d", columnName: "d")
    storyId: String @cypher(statement: "MATCH (s:Story)-[:HAS_CLAIM]->(this) RETURN s.id AS d", columnName: "d")
    "Closest form: countries the claim concerns directly or through a tied entity (no filter can follow an optional hop)"
    countryCodes: [String!]! @cypher(statement: "MATCH (this)-[:ABOUT]->(:Entity)-[:${TIES}]->{0,1}(k:Country) RETURN collect(DISTINCT k.code) AS codes", columnName: "codes")
    "Closest form: provenance needs DERIVED_FROM at any depth"
    chain: [Source!]! @cypher(statement: "MATCH (this)-[:CITES]->(:Source)-[:DERIVED_FROM]->*(x:Source) RETURN DISTINCT x", columnName: "x")
    origins: [Source!]! @cypher(statement: "MATCH (this)-[:CITES]->(:Source)-[:DERIVED_FROM]->*(x:Source) WHERE NOT EXISTS { (x)-[:DERIVED_FROM]->() } RETURN DISTINCT x", columnName: "x")
    circularReporting: Boolean! @cypher(statement: "OPTIONAL MATCH (this)-[:CITES]->(c:Source)-[:DERIVED_FROM]->*(x:Source) WHERE NOT EXISTS { (x)-[:DERIVED_FROM]->() } WITH x, count(DISTINCT c) AS via RETURN coalesce(max(via), 0) > 1 AS b", columnName: "b")
  }

  type Source @node {
    id: ID!
    title: String!
    kind: String!
    url: String
    publisher: [Organization!]! @relationship(type: "PUBLISHED_BY", direction: OUT)
    derivedFrom: [Source!]! @relationship(type: "DERIVED_FROM", direction: OUT)
    claims: [Claim!]! @relationship(type: "CITES", direction: IN, properties: "Cites")
  }

  interface Entity {
    id: ID!
    name: String!
    type: String!
    aliases: [String!]
  }

  type Country implements Entity @node {
    ${ENTITY_FIELDS}
    code: String!
    demonym: String
    "Closest form: claims about the country or anything tied to it"
    claimCount: Int! @cypher(statement: "RETURN size(COLLECT { MATCH (c:Claim)-[:ABOUT]->(this) RETURN c UNION MATCH (c:Claim)-[:ABOUT]->(:Entity)-[:${TIES}]->(this) RETURN c }) AS n", columnName: "n")
  }

  type Agency implements Entity @node {
    ${ENTITY_FIELDS}
    acronym: String
    countries: [Country!]! @relationship(type: "OF_COUNTRY", direction: OUT)
  }

  type Person implements Entity @node {
    ${ENTITY_FIELDS}
    countries: [Country!]! @relationship(type: "OF_COUNTRY", direction: OUT)
  }

  type Organization implements Entity @node {
    ${ENTITY_FIELDS}
    published: [Source!]! @relationship(type: "PUBLISHED_BY", direction: IN)
  }

  type Group implements Entity @node {
    ${ENTITY_FIELDS}
    size: Int
  }

  type SearchHit {
    id: ID!
    type: String!
    score: Float!
    title: String!
  }

  type GraphNode {
    id: ID!
    label: String!
    name: String!
  }

  type GraphEdge {
    id: ID!
    type: String!
    from: ID!
    to: ID!
  }

  type Subgraph {
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
    truncated: Boolean!
  }

  type Query {
    "Closest form: one search over four full-text indexes, merged by score"
    search(query: String!, first: Int!): [SearchHit!]! @cypher(statement: """
      CALL () {
        CALL db.index.fulltext.queryNodes('story_fulltext', $query, {limit: $first}) YIELD node, score RETURN 'STORY' AS type, score, node.id AS id, node.title AS title
        UNION ALL
        CALL db.index.fulltext.queryNodes('claim_fulltext', $query, {limit: $first}) YIELD node, score RETURN 'CLAIM' AS type, score, node.id AS id, node.text AS title
        UNION ALL
        CALL db.index.fulltext.queryNodes('source_fulltext', $query, {limit: $first}) YIELD node, score RETURN 'SOURCE' AS type, score, node.id AS id, node.title AS title
        UNION ALL
        CALL db.index.fulltext.queryNodes('entity_fulltext', $query, {limit: $first}) YIELD node, score RETURN 'ENTITY' AS type, score, node.id AS id, node.name AS title
      }
      WITH type, score, id, title ORDER BY score DESC, id LIMIT $first
      RETURN {id: id, type: type, score: score, title: title} AS hit""", columnName: "hit")

    "Closest form: variable-length neighbourhood (no idiomatic form for 'within n hops')"
    neighborhood(id: ID!, limit: Int!): Subgraph! @cypher(statement: """
      MATCH (start:Entity {id: $id})
      WITH start, [start] AS members, [start] AS frontier, false AS truncated
      ${LEVEL}
      ${LEVEL}
      CALL (members) {
        UNWIND members AS a MATCH (a)-[r:${GRAPH}]->(b) WHERE b IN members
        WITH DISTINCT startNode(r).id + '-' + type(r) + '-' + endNode(r).id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to ORDER BY id
        RETURN collect({id: id, type: type, from: from, to: to}) AS edges
      }
      RETURN {nodes: [n IN members | n {.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], name: coalesce(n.name, n.title, n.text, n.id)}], edges: edges, truncated: truncated} AS graph""", columnName: "graph")
  }
`;
