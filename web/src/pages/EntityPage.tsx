import { useQuery } from 'urql';
import { EntityLink, EntityRef, Loaded, NodeLink } from '../components/common';
import { href } from '../routing';

const PAGE_SIZE = 10;

const ENTITY = `query Entity($id: ID!, $after: String, $first: Int!) {
  entity(id: $id) {
    __typename id name type aliases
    countries { relation country { __typename id name code } }
    ... on Agency { acronym }
    ... on Group { size }
    ... on Person { roles { title from to country { __typename id name } } }
    claims(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind text story { id title publishedAt } } }
    }
    stories(first: 20) { totalCount edges { node { id title publishedAt } } }
  }
  coMentions(entityId: $id, limit: 15) { claims entity { __typename id name } }
}`;

interface Entity extends EntityRef {
  __typename: string;
  type: string;
  aliases: string[];
  acronym?: string | null;
  size?: number | null;
  countries: { relation: string; country: EntityRef }[];
  roles?: { title: string; from: string | null; to: string | null; country: EntityRef | null }[];
  claims: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; kind: string; text: string; story: { id: string; title: string; publishedAt: string } } }[];
  };
  stories: { totalCount: number; edges: { node: { id: string; title: string; publishedAt: string } }[] };
}

/** A country, agency, person, organisation or group: ties, roles with dates, claims (paged), stories, co-mentions. */
export function EntityPage({ id, after }: { id: string; after?: string }) {
  const [result] = useQuery<{ entity: Entity; coMentions: { claims: number; entity: EntityRef }[] }>({
    query: ENTITY,
    variables: { id, after: after ?? null, first: PAGE_SIZE },
  });
  return (
    <Loaded result={result}>
      {({ entity, coMentions }) => (
        <article>
          <p className="muted">
            {entity.__typename} · {entity.id} ·{' '}
            <a href={href(['graph'], { focus: entity.id })} className="button">
              Open in graph
            </a>
          </p>
          <h1>
            {entity.name}
            {entity.acronym && <span className="muted"> ({entity.acronym})</span>}
          </h1>
          {entity.aliases.length > 0 && <p className="muted">Also: {entity.aliases.join(' · ')}</p>}
          {entity.size != null && <p>Stands for {entity.size} people</p>}
          <div className="columns">
            <section>
              <h2>Ties</h2>
              {entity.countries.length === 0 ? (
                <p className="muted">none</p>
              ) : (
                <ul>
                  {entity.countries.map((t) => (
                    <li key={`${t.relation}-${t.country.id}`}>
                      {t.relation.toLowerCase().replace(/_/g, ' ')} <EntityLink entity={t.country} />
                    </li>
                  ))}
                </ul>
              )}
              {entity.roles && (
                <>
                  <h2>Roles</h2>
                  <table>
                    <thead>
                      <tr>
                        <th>Title</th>
                        <th>Country</th>
                        <th>From</th>
                        <th>To</th>
                      </tr>
                    </thead>
                    <tbody>
                      {entity.roles.map((r) => (
                        <tr key={`${r.title}-${r.from}`}>
                          <td>{r.title}</td>
                          <td>{r.country ? <EntityLink entity={r.country} /> : '—'}</td>
                          <td>{r.from ?? '—'}</td>
                          <td>{r.to ?? 'now'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
              <h2>Co-mentioned</h2>
              {coMentions.length === 0 && <p className="muted">No claim is about it together with another entity.</p>}
              <ul aria-label="Co-mentioned entities">
                {coMentions.map((c) => (
                  <li key={c.entity.id}>
                    <EntityLink entity={c.entity} /> <span className="muted">({c.claims} claims)</span>
                  </li>
                ))}
              </ul>
            </section>
            <section>
              <h2>Claims ({entity.claims.totalCount})</h2>
              {entity.claims.totalCount === 0 && <p className="muted">No claim is about it directly; see its stories and the graph.</p>}
              <ul className="claims" aria-label="Claims about it">
                {entity.claims.edges.map(({ node }) => (
                  <li key={node.id}>
                    <span className="badge">{node.kind.toLowerCase().replace('_', ' ')}</span> <NodeLink id={node.id} label="Claim" name={node.text} />
                    <div className="muted">
                      <NodeLink id={node.story.id} label="Story" name={node.story.title} /> · {node.story.publishedAt}
                    </div>
                  </li>
                ))}
              </ul>
              <p className="row">
                {after && <a href={href(['entity', id])}>First page</a>}
                {entity.claims.pageInfo.hasNextPage && <a href={href(['entity', id], { after: entity.claims.pageInfo.endCursor })}>Next claims</a>}
              </p>
              <h2>Stories ({entity.stories.totalCount})</h2>
              <ul>
                {entity.stories.edges.map(({ node }) => (
                  <li key={node.id}>
                    <NodeLink id={node.id} label="Story" name={node.title} /> <span className="muted">{node.publishedAt}</span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        </article>
      )}
    </Loaded>
  );
}
