/**
 * The benchmark queries, each asked of the three systems with equal semantics, and a normaliser
 * per system that reduces an answer to { total, ids } so the answers can be compared.
 */
export type SystemName = 'storygraph' | 'ngl' | 'cypher';
export const SYSTEMS: readonly SystemName[] = ['storygraph', 'ngl', 'cypher'];

export interface Targets {
  claimId: string;
  storyId: string;
  agencyId: string;
}

export interface Answer {
  total: number | null;
  ids: string[];
}

/** A GraphQL request (storygraph, NGL) or a named Cypher statement with parameters (Cypher peer). */
export interface Request {
  path: string;
  body: Record<string, unknown>;
}

export interface BenchQuery {
  id: string;
  title: string;
  request: (system: SystemName, t: Targets) => Request;
  answer: (system: SystemName, data: any) => Answer;
}

type Plain = any;
const gql = (query: string, variables: Record<string, unknown>): Request => ({ path: '/graphql', body: { query, variables } });
const sorted = (xs: string[]) => [...xs].sort();
const ids = (xs: { id: string }[] | undefined) => (xs ?? []).map((x) => x.id);

export const COUNTRY_PAIR = ['RU', 'MX'];
export const SEARCH_TEXT = 'Russian embassy Mexico';

export const QUERIES: readonly BenchQuery[] = [
  {
    id: 'Q1',
    title: 'claims about RU and MX (directly or via a tied entity) with sources and publishers, first 20 + totalCount',
    request: (s) =>
      s === 'cypher'
        ? { path: '/claimsAboutCountries', body: { codes: COUNTRY_PAIR, first: 20 } }
        : s === 'storygraph'
          ? gql(
              'query Q1($codes: [String!]!, $first: Int!) { claims(filter: { aboutCountries: $codes }, first: $first) { totalCount edges { node { id text sources { id title publisher { name } } } } } }',
              { codes: COUNTRY_PAIR, first: 20 },
            )
          : gql(
              `query Q1($c0: String!, $c1: String!, $first: Int!) { claimsConnection(first: $first, where: { AND: [{ countryCodes: { includes: $c0 } }, { countryCodes: { includes: $c1 } }] },
          sort: [{ publishedAt: DESC }, { storyId: ASC }, { position: ASC }, { id: ASC }]) { totalCount edges { node { id text sources(sort: [{ title: ASC }]) { id title publisher { name } } } } } }`,
              { c0: COUNTRY_PAIR[0], c1: COUNTRY_PAIR[1], first: 20 },
            ),
    answer: (s, d: Plain) => {
      const page = s === 'cypher' ? d[0] : s === 'storygraph' ? d.claims : d.claimsConnection;
      const nodes: Plain[] = s === 'cypher' ? page.nodes : page.edges.map((e: Plain) => e.node);
      return { total: page.totalCount, ids: nodes.map((n) => `${n.id} <- ${sorted(ids(n.sources)).join(',')}`) };
    },
  },
  {
    id: 'Q2',
    title: 'one story with claims, citations (quote), sources and publishers',
    request: (s, t) =>
      s === 'cypher'
        ? { path: '/story', body: { id: t.storyId } }
        : s === 'storygraph'
          ? gql(
              'query Q2($id: ID!) { story(id: $id) { id title publishedAt sources { id title publisher { name } } claims { id kind text citations { quote source { id title publisher { name } } } } } }',
              { id: t.storyId },
            )
          : gql(
              `query Q2($id: ID!) { stories(where: { id: { eq: $id } }) { id title publishedAt sources(sort: [{ title: ASC }]) { id title publisher { name } }
          claims(sort: [{ position: ASC }, { id: ASC }]) { id kind text sourcesConnection(sort: [{ node: { title: ASC } }]) { edges { properties { quote } node { id title publisher { name } } } } } } }`,
              { id: t.storyId },
            ),
    answer: (s, d: Plain) => {
      const story = s === 'cypher' ? d[0].story : s === 'storygraph' ? d.story : d.stories[0];
      const cited = (c: Plain): string[] => (s === 'ngl' ? c.sourcesConnection.edges.map((e: Plain) => e.node.id) : c.citations.map((x: Plain) => x.source.id));
      return {
        total: story.claims.length,
        ids: [...sorted(ids(story.sources)).map((x) => `based on ${x}`), ...story.claims.map((c: Plain) => `${c.id} <- ${sorted(cited(c)).join(',')}`)],
      };
    },
  },
  {
    id: 'Q3',
    title: 'an agency (agency:us-cia) with its first 10 claims and totalCount',
    request: (s, t) =>
      s === 'cypher'
        ? { path: '/agency', body: { id: t.agencyId, first: 10 } }
        : s === 'storygraph'
          ? gql(
              'query Q3($id: ID!, $first: Int!) { entity(id: $id) { id name ... on Agency { acronym } claims(first: $first) { totalCount edges { node { id text } } } } }',
              { id: t.agencyId, first: 10 },
            )
          : gql(
              `query Q3($id: ID!, $first: Int!) { agencies(where: { id: { eq: $id } }) { id name acronym
          claimsConnection(first: $first, sort: [{ node: { publishedAt: DESC } }, { node: { storyId: ASC } }, { node: { position: ASC } }, { node: { id: ASC } }]) { totalCount edges { node { id text } } } } }`,
              { id: t.agencyId, first: 10 },
            ),
    answer: (s, d: Plain) => {
      if (s === 'cypher') return { total: d[0].entity.totalCount, ids: ids(d[0].entity.claims) };
      const page = s === 'storygraph' ? d.entity.claims : d.agencies[0].claimsConnection;
      return { total: page.totalCount, ids: page.edges.map((e: Plain) => e.node.id) };
    },
  },
  {
    id: 'Q4',
    title: 'country page (MX): claim totalCount (incl. tied entities), latest 5 stories mentioning it + their total',
    request: (s) =>
      s === 'cypher'
        ? { path: '/countryPage', body: { code: 'MX', first: 5 } }
        : s === 'storygraph'
          ? gql(
              'query Q4($code: String!, $first: Int!) { country(code: $code) { name claims(first: 0) { totalCount } stories(first: $first) { totalCount edges { node { id title publishedAt } } } } }',
              { code: 'MX', first: 5 },
            )
          : gql(
              `query Q4($code: String!, $first: Int!) { countries(where: { code: { eq: $code } }) { name claimCount
          mentionedInConnection(first: $first, sort: [{ node: { publishedAt: DESC } }, { node: { id: ASC } }]) { totalCount edges { node { id title publishedAt } } } } }`,
              { code: 'MX', first: 5 },
            ),
    answer: (s, d: Plain) => {
      if (s === 'cypher') return { total: d[0].country.claimCount, ids: [`stories ${d[0].country.storyCount}`, ...ids(d[0].country.stories)] };
      const c = s === 'storygraph' ? d.country : d.countries[0];
      const stories = s === 'storygraph' ? c.stories : c.mentionedInConnection;
      return {
        total: s === 'storygraph' ? c.claims.totalCount : c.claimCount,
        ids: [`stories ${stories.totalCount}`, ...stories.edges.map((e: Plain) => e.node.id)],
      };
    },
  },
  {
    id: 'Q5',
    title: 'stories, first 20 newest, with topics and claim counts + totalCount',
    request: (s) =>
      s === 'cypher'
        ? { path: '/latestStories', body: { first: 20 } }
        : s === 'storygraph'
          ? gql('query Q5($first: Int!) { stories(first: $first) { totalCount edges { node { id title publishedAt topics { name } claims { id } } } } }', {
              first: 20,
            })
          : gql(
              `query Q5($first: Int!) { storiesConnection(first: $first, sort: [{ publishedAt: DESC }, { id: ASC }]) { totalCount
          edges { node { id title publishedAt topics(sort: [{ name: ASC }]) { name } claimsConnection { totalCount } } } } }`,
              { first: 20 },
            ),
    answer: (s, d: Plain) => {
      const total = s === 'cypher' ? d[0].totalCount : s === 'storygraph' ? d.stories.totalCount : d.storiesConnection.totalCount;
      const nodes: Plain[] = s === 'cypher' ? d[0].stories : (s === 'storygraph' ? d.stories : d.storiesConnection).edges.map((e: Plain) => e.node);
      const topics = (n: Plain): string[] => (s === 'cypher' ? n.topics : n.topics.map((t: Plain) => t.name));
      const claims = (n: Plain): number => (s === 'cypher' ? n.claimCount : s === 'storygraph' ? n.claims.length : n.claimsConnection.totalCount);
      return { total, ids: nodes.map((n) => `${n.id} claims=${claims(n)} topics=${sorted(topics(n)).join('|')}`) };
    },
  },
  {
    id: 'provenance',
    title: 'provenance of a claim: story, citations, every source on its DERIVED_FROM chain with publisher, origins',
    request: (s, t) =>
      s === 'cypher'
        ? { path: '/provenance', body: { id: t.claimId } }
        : s === 'storygraph'
          ? gql(
              'query P($id: ID!) { provenance(claimId: $id) { claim { id text } story { id title } citations { quote source { id } } sources { depth origin source { id title publisher { name } } } origins { source { id } } } }',
              { id: t.claimId },
            )
          : gql(
              'query P($id: ID!) { claims(where: { id: { eq: $id } }) { id text story { id title } sourcesConnection { edges { properties { quote } node { id } } } chain { id title publisher { name } } origins { id } } }',
              { id: t.claimId },
            ),
    answer: (s, d: Plain) => {
      if (s === 'ngl') {
        const c = d.claims[0];
        return { total: c.chain.length, ids: [`story ${c.story[0]?.id}`, ...sorted(ids(c.chain)), ...sorted(ids(c.origins)).map((x) => `origin ${x}`)] };
      }
      const p = s === 'cypher' ? d[0] : d.provenance;
      const origins = s === 'cypher' ? p.sources.filter((x: Plain) => x.origin).map((x: Plain) => x.source.id) : p.origins.map((o: Plain) => o.source.id);
      return {
        total: p.sources.length,
        ids: [`story ${p.story?.id}`, ...sorted(p.sources.map((x: Plain) => x.source.id)), ...sorted(origins).map((x) => `origin ${x}`)],
      };
    },
  },
  {
    id: 'corroboration',
    title: 'corroboration of the same claim: cited sources, independent origins, circular reporting, publishers',
    request: (s, t) =>
      s === 'cypher'
        ? { path: '/corroboration', body: { id: t.claimId } }
        : s === 'storygraph'
          ? gql(
              'query C($id: ID!) { corroboration(claimId: $id) { citedSources independentOrigins circularReporting origins { source { id title } via } publishers { name } } }',
              { id: t.claimId },
            )
          : gql(
              'query C($id: ID!) { claims(where: { id: { eq: $id } }) { sourcesConnection { totalCount edges { node { publisher { name } } } } origins { id title } circularReporting } }',
              { id: t.claimId },
            ),
    answer: (s, d: Plain) => {
      if (s === 'ngl') {
        const c = d.claims[0];
        const publishers = [...new Set<string>(c.sourcesConnection.edges.flatMap((e: Plain) => e.node.publisher.map((p: Plain) => p.name)))];
        return {
          total: c.origins.length,
          ids: [`cited ${c.sourcesConnection.totalCount}`, `circular ${c.circularReporting}`, ...sorted(ids(c.origins)), ...sorted(publishers)],
        };
      }
      const c = s === 'cypher' ? d[0] : d.corroboration;
      return {
        total: c.independentOrigins,
        ids: [
          `cited ${c.citedSources}`,
          `circular ${c.circularReporting}`,
          ...sorted(c.origins.map((o: Plain) => o.source.id)),
          ...sorted(c.publishers.map((p: Plain) => p.name)),
        ],
      };
    },
  },
  {
    id: 'search',
    title: `full-text search "${SEARCH_TEXT}" over stories, claims, sources and entities, best 20`,
    request: (s) =>
      s === 'cypher'
        ? { path: '/search', body: { query: SEARCH_TEXT, first: 20 } }
        : gql('query S($q: String!, $first: Int!) { search(query: $q, first: $first) { id type score title } }', { q: SEARCH_TEXT, first: 20 }),
    answer: (s, d: Plain) => {
      const hits: Plain[] = s === 'cypher' ? d : d.search;
      return { total: hits.length, ids: hits.map((h) => `${h.type} ${h.id}`) };
    },
  },
  {
    id: 'neighborhood',
    title: 'depth-2 neighbourhood of country:MX, nearest 50 nodes and the edges among them',
    request: (s) =>
      s === 'cypher'
        ? { path: '/neighborhood', body: { id: 'country:MX', limit: 50 } }
        : s === 'storygraph'
          ? gql(
              'query N($id: ID!, $limit: Int!) { neighborhood(id: $id, depth: 2, limit: $limit) { nodes { id label name } edges { id type from to } truncated } }',
              { id: 'country:MX', limit: 50 },
            )
          : gql('query N($id: ID!, $limit: Int!) { neighborhood(id: $id, limit: $limit) { nodes { id label name } edges { id type from to } truncated } }', {
              id: 'country:MX',
              limit: 50,
            }),
    answer: (s, d: Plain) => {
      const g = s === 'cypher' ? d[0] : d.neighborhood;
      return { total: g.nodes.length, ids: [...sorted(ids(g.nodes)), `edges ${g.edges.length}`, `truncated ${g.truncated}`] };
    },
  },
];
