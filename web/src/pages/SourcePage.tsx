import { useQuery } from 'urql';
import { Loaded, NodeLink } from '../components/common';
import { RequiresRole } from '../components/viewer';
import { GradeSourceForm } from '../components/WriteForms';
import { href } from '../routing';

const SOURCE = `query Source($id: ID!) {
  source(id: $id) {
    id title kind url
    publisher { __typename id name }
    reliability { id grade meaning gradedBy gradedAt note }
    reliabilityHistory { id grade meaning gradedBy gradedAt note }
    derivedFrom { id title }
    claims { id text }
  }
}`;

interface Grade {
  id: string;
  grade: string;
  meaning: string;
  gradedBy: string;
  gradedAt: string;
  note: string | null;
}

interface Source {
  id: string;
  title: string;
  kind: string;
  url: string | null;
  publisher: { id: string; name: string } | null;
  reliability: Grade | null;
  reliabilityHistory: Grade[];
  derivedFrom: { id: string; title: string }[];
  claims: { id: string; text: string }[];
}

export function SourcePage({ id }: { id: string }) {
  const [result, refetch] = useQuery<{ source: Source }>({ query: SOURCE, variables: { id } });
  return (
    <Loaded result={result}>
      {({ source }) => (
        <article>
          <p className="muted">
            Source · {source.kind.toLowerCase().replace('_', ' ')}
            {source.publisher && (
              <>
                {' · '}
                <NodeLink id={source.publisher.id} label="Organization" name={source.publisher.name} />
              </>
            )}
            {' · '}
            <a href={href(['graph'], { focus: source.id })}>graph</a>
            {source.url && (
              <>
                {' · '}
                <a href={source.url} target="_blank" rel="noreferrer noopener">
                  original
                </a>
              </>
            )}
          </p>
          <h1>{source.title}</h1>
          <p data-testid="source-reliability">
            Reliability:{' '}
            {source.reliability ? (
              <>
                <span className="grade big">{source.reliability.grade}</span> {source.reliability.meaning}{' '}
                <span className="muted">
                  (by {source.reliability.gradedBy}, {source.reliability.gradedAt})
                </span>
              </>
            ) : (
              <span className="muted">never graded</span>
            )}
          </p>
          <RequiresRole role="analyst" what="Grading a source">
            <GradeSourceForm sourceId={source.id} onDone={() => refetch({ requestPolicy: 'network-only' })} />
          </RequiresRole>
          {source.reliabilityHistory.length > 1 && (
            <>
              <h2>Grade history</h2>
              <ul>
                {source.reliabilityHistory.map((g) => (
                  <li key={g.id}>
                    {g.grade} {g.meaning}{' '}
                    <span className="muted">
                      by {g.gradedBy}, {g.gradedAt}
                    </span>
                    {g.note && ` — ${g.note}`}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2>Derived from</h2>
          {source.derivedFrom.length === 0 ? (
            <p className="muted">nothing: an origin</p>
          ) : (
            <ul>
              {source.derivedFrom.map((s) => (
                <li key={s.id}>
                  <NodeLink id={s.id} label="Source" name={s.title} />
                </li>
              ))}
            </ul>
          )}
          <h2>Claims citing it ({source.claims.length})</h2>
          <ul>
            {source.claims.map((c) => (
              <li key={c.id}>
                <NodeLink id={c.id} label="Claim" name={c.text} />
              </li>
            ))}
          </ul>
        </article>
      )}
    </Loaded>
  );
}
