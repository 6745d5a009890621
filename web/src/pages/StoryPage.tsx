import { useQuery } from 'urql';
import { EntityList, EntityRef, Loaded, NodeLink } from '../components/common';
import { CitationList } from '../components/CitationList';
import { href } from '../routing';

const STORY = `query Story($id: ID!) {
  story(id: $id) {
    id title publishedAt summary url
    topics { id name }
    mentions { __typename id name }
    claims {
      id kind text asOf
      attributedTo { __typename id name }
      citations { quote source { id title publisher { id name } reliability { grade } } }
    }
  }
}`;

interface StoryClaim {
  id: string;
  kind: string;
  text: string;
  asOf: string | null;
  attributedTo: EntityRef[];
  citations: { quote: string | null; source: { id: string; title: string; publisher: EntityRef | null; reliability: { grade: string } | null } }[];
}

interface Story {
  id: string;
  title: string;
  publishedAt: string;
  summary: string;
  url: string | null;
  topics: { id: string; name: string }[];
  mentions: EntityRef[];
  claims: StoryClaim[];
}

const KIND_TITLES: Record<string, string> = { KEY_FACT: 'Key facts', DATA_POINT: 'Data points', STATEMENT: 'Statements' };

export function StoryPage({ id }: { id: string }) {
  const [result] = useQuery<{ story: Story }>({ query: STORY, variables: { id } });
  return (
    <Loaded result={result}>
      {({ story }) => (
        <article>
          <p className="muted">
            Story · {story.publishedAt} · <a href={href(['graph'], { focus: story.id })}>graph</a>
            {story.url && (
              <>
                {' · '}
                <a href={story.url} rel="noreferrer noopener" target="_blank">
                  original
                </a>
              </>
            )}
          </p>
          <h1>{story.title}</h1>
          <p className="row chips">
            {story.topics.map((t) => (
              <a key={t.id} className="badge" href={href(['mission'], { topic: t.name })}>
                {t.name}
              </a>
            ))}
          </p>
          <p>{story.summary}</p>
          <p>
            <strong>Mentions:</strong> <EntityList entities={story.mentions} />
          </p>
          {Object.entries(KIND_TITLES).map(([kind, title]) => {
            const claims = story.claims.filter((c) => c.kind === kind);
            if (claims.length === 0) return null;
            return (
              <section key={kind}>
                <h2>
                  {title} ({claims.length})
                </h2>
                <ul className="claims">
                  {claims.map((c) => (
                    <li key={c.id}>
                      <NodeLink id={c.id} label="Claim" name={c.text} />
                      {c.asOf && <span className="muted"> · as of {c.asOf}</span>}
                      {c.attributedTo.length > 0 && (
                        <div className="muted">
                          attributed to <EntityList entities={c.attributedTo} />
                        </div>
                      )}
                      <CitationList citations={c.citations} />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </article>
      )}
    </Loaded>
  );
}
