import { useMemo } from 'react';
import { useQuery } from 'urql';
import { EntityList, EntityRef, Loaded, NodeLink } from '../components/common';
import { GraphCanvas } from '../components/GraphCanvas';
import { Subgraph } from '../components/graph-types';
import { RequiresRole } from '../components/viewer';
import { GradeCitationForm, LinkClaimForm } from '../components/WriteForms';
import { href, pageOf } from '../routing';

const PROVENANCE = `query Provenance($id: ID!) {
  claim(id: $id) {
    id kind text asOf
    about { __typename id name }
    relations { stance direction reason claim { id text } }
  }
  provenance(claimId: $id) {
    cyclic maxDepth
    story { id title publishedAt }
    speakers { __typename id name }
    citations { quote source { id } credibility { grade meaning gradedBy } }
    sources { cited depth inCycle origin source { id title kind publisher { __typename id name } reliability { grade meaning gradedBy } } }
    derivations { from to depth inCycle }
    origins { inCycle via source { id title } }
  }
  corroboration(claimId: $id) {
    circularReporting citedSources independentOrigins
    publishers { __typename id name }
    supporting { id text }
    contradicting { id text }
    repeating { id text }
  }
  assessment(claimId: $id) { score level baseline factors { factor effect detail } }
}`;

interface ChainSource {
  cited: boolean;
  depth: number;
  inCycle: boolean;
  origin: boolean;
  source: { id: string; title: string; kind: string; publisher: EntityRef | null; reliability: { grade: string; meaning: string; gradedBy: string } | null };
}

interface Data {
  claim: {
    id: string;
    kind: string;
    text: string;
    asOf: string | null;
    about: EntityRef[];
    relations: { stance: string; direction: string; reason: string; claim: { id: string; text: string } }[];
  };
  provenance: {
    cyclic: boolean;
    maxDepth: number;
    story: { id: string; title: string; publishedAt: string } | null;
    speakers: EntityRef[];
    citations: { quote: string | null; source: { id: string }; credibility: { grade: number; meaning: string; gradedBy: string } | null }[];
    sources: ChainSource[];
    derivations: { from: string; to: string; depth: number; inCycle: boolean }[];
    origins: { inCycle: boolean; via: string[]; source: { id: string; title: string } }[];
  };
  corroboration: {
    circularReporting: boolean;
    citedSources: number;
    independentOrigins: number;
    publishers: EntityRef[];
    supporting: { id: string; text: string }[];
    contradicting: { id: string; text: string }[];
    repeating: { id: string; text: string }[];
  };
  assessment: { score: number; level: string; baseline: number; factors: { factor: string; effect: number; detail: string }[] };
}

function SourceLine({ s }: { s: ChainSource }) {
  return (
    <>
      <NodeLink id={s.source.id} label="Source" name={s.source.title} />
      <span className="muted">
        {' '}
        · {s.source.kind.toLowerCase().replace('_', ' ')}
        {s.source.publisher && ` · ${s.source.publisher.name}`}
      </span>{' '}
      <span className="grade" title={s.source.reliability ? `${s.source.reliability.meaning} (by ${s.source.reliability.gradedBy})` : 'never graded'}>
        reliability {s.source.reliability?.grade ?? '—'}
      </span>
      {s.origin && <span className="badge origin">origin</span>}
      {s.inCycle && <span className="badge warn">cycle</span>}
    </>
  );
}

/** Sources derived from a source, as nested lists; a source already on the branch closes a cycle. */
function DerivationTree({ id, chain, byId, seen }: { id: string; chain: Data['provenance']['derivations']; byId: Map<string, ChainSource>; seen: string[] }) {
  const next = chain.filter((d) => d.from === id);
  if (next.length === 0) return null;
  return (
    <ul className="tree">
      {next.map((d) => (
        <li key={d.to}>
          <span className="muted">derived from </span>
          {byId.get(d.to) ? <SourceLine s={byId.get(d.to)!} /> : d.to}
          {seen.includes(d.to) ? (
            <span className="badge warn">back to an earlier source</span>
          ) : (
            <DerivationTree id={d.to} chain={chain} byId={byId} seen={[...seen, d.to]} />
          )}
        </li>
      ))}
    </ul>
  );
}

function ClaimList({ title, claims }: { title: string; claims: { id: string; text: string }[] }) {
  return (
    <>
      <h3>
        {title} ({claims.length})
      </h3>
      <ul>
        {claims.map((c) => (
          <li key={c.id}>
            <NodeLink id={c.id} label="Claim" name={c.text} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The provenance of a claim: citation → source → derivations to the origins, grades, corroboration and the explained assessment. */
export function ClaimPage({ id }: { id: string }) {
  const [result] = useQuery<Data>({ query: PROVENANCE, variables: { id } });
  const dag = useMemo<Subgraph>(() => {
    const p = result.data?.provenance;
    if (!p) return { nodes: [], edges: [] };
    return {
      nodes: [{ id, label: 'Claim', name: result.data!.claim.text }, ...p.sources.map((s) => ({ id: s.source.id, label: 'Source', name: s.source.title }))],
      edges: [
        ...p.citations.map((c) => ({ id: `${id}-CITES-${c.source.id}`, from: id, to: c.source.id, type: 'CITES' })),
        ...p.derivations.map((d) => ({ id: `${d.from}-DERIVED_FROM-${d.to}`, from: d.from, to: d.to, type: 'DERIVED_FROM' })),
      ],
    };
  }, [result.data, id]);
  return (
    <Loaded result={result}>
      {({ claim, provenance: p, corroboration: c, assessment: a }) => {
        const byId = new Map(p.sources.map((s) => [s.source.id, s]));
        return (
          <article>
            <p className="muted">
              Claim · {claim.kind.toLowerCase().replace('_', ' ')}
              {claim.asOf && ` · as of ${claim.asOf}`}
              {p.story && (
                <>
                  {' · '}
                  <NodeLink id={p.story.id} label="Story" name={p.story.title} /> ({p.story.publishedAt})
                </>
              )}
              {' · '}
              <a href={href(['graph'], { focus: claim.id })}>graph</a>
            </p>
            <h1>{claim.text}</h1>
            <p>
              About <EntityList entities={claim.about} />
              {p.speakers.length > 0 && (
                <>
                  {' · said by '}
                  <EntityList entities={p.speakers} />
                </>
              )}
            </p>
            <div className="columns">
              <section aria-labelledby="assessment">
                <h2 id="assessment">Assessment</h2>
                <p className={`score level-${a.level.toLowerCase()}`} data-testid="assessment-score">
                  <strong>{a.score.toFixed(1)}</strong> / 100 · {a.level}
                </p>
                <table>
                  <caption className="muted">Baseline {a.baseline}; each factor adds its effect</caption>
                  <thead>
                    <tr>
                      <th>Factor</th>
                      <th>Effect</th>
                      <th>Why</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.factors.map((f) => (
                      <tr key={f.factor}>
                        <td>{f.factor.toLowerCase().replace(/_/g, ' ')}</td>
                        <td className={f.effect < 0 ? 'neg' : f.effect > 0 ? 'pos' : 'muted'}>{f.effect > 0 ? `+${f.effect}` : f.effect}</td>
                        <td>{f.detail}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <h2>Corroboration</h2>
                <p>
                  {c.citedSources} cited sources · {c.independentOrigins} independent origins · publishers: <EntityList entities={c.publishers} />
                </p>
                {c.circularReporting && (
                  <p className="warn-box" role="note">
                    Circular reporting: two or more cited sources lead back to the same origin, so apparent corroboration is an echo.
                  </p>
                )}
                {p.cyclic && <p className="warn-box">The derivations form a cycle: the true origin cannot be established.</p>}
                <ClaimList title="Supporting" claims={c.supporting} />
                <ClaimList title="Contradicting" claims={c.contradicting} />
                <ClaimList title="Repeating" claims={c.repeating} />
                <RequiresRole role="analyst" what="Grading citations and linking claims">
                  <LinkClaimForm fromClaimId={claim.id} />
                </RequiresRole>
              </section>
              <section aria-labelledby="provenance">
                <h2 id="provenance">Provenance</h2>
                <ul className="tree">
                  {p.citations.map((cit) => {
                    const s = byId.get(cit.source.id);
                    return (
                      <li key={cit.source.id}>
                        <span className="muted">cites </span>
                        {s ? <SourceLine s={s} /> : cit.source.id}{' '}
                        <span className="grade" title={cit.credibility ? `by ${cit.credibility.gradedBy}` : 'never graded'}>
                          credibility {cit.credibility ? `${cit.credibility.grade} (${cit.credibility.meaning})` : '—'}
                        </span>
                        {cit.quote && <blockquote>“{cit.quote}”</blockquote>}
                        <RequiresRole role="analyst" what="Grading a citation" quiet>
                          <GradeCitationForm claimId={claim.id} sourceId={cit.source.id} />
                        </RequiresRole>
                        <DerivationTree id={cit.source.id} chain={p.derivations} byId={byId} seen={[cit.source.id]} />
                      </li>
                    );
                  })}
                </ul>
                <h3>Origins ({p.origins.length})</h3>
                <ul aria-label="Origins">
                  {p.origins.map((o) => (
                    <li key={o.source.id}>
                      <a href={pageOf(o.source.id, 'Source')}>{o.source.title}</a>
                      {o.inCycle && <span className="badge warn">cycle: origin unknown</span>}
                      <span className="muted"> · reached from {o.via.length} cited source(s)</span>
                    </li>
                  ))}
                </ul>
                <GraphCanvas graph={dag} focus={[id]} layout="levels" onOpen={(n) => (location.hash = pageOf(n.id, n.label))} />
              </section>
            </div>
            {claim.relations.length > 0 && (
              <section>
                <h2>Links</h2>
                <ul>
                  {claim.relations.map((r) => (
                    <li key={`${r.stance}-${r.direction}-${r.claim.id}`}>
                      {r.direction === 'OUTGOING' ? `this ${r.stance.toLowerCase()}` : `${r.stance.toLowerCase()} this`}:{' '}
                      <NodeLink id={r.claim.id} label="Claim" name={r.claim.text} /> <span className="muted">({r.reason})</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </article>
        );
      }}
    </Loaded>
  );
}
