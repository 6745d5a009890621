import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { toCsv } from '../components/csv';
import { download } from '../components/download';
import { EntityList, EntityRef, Loaded, NodeLink } from '../components/common';
import { CitationList } from '../components/CitationList';
import { GraphCanvas } from '../components/GraphCanvas';
import { mergeSubgraphs, Subgraph } from '../components/graph-types';
import { href, navigate, pageOf } from '../routing';

const CHOICES = `query MissionChoices {
  entities(filter: { types: [COUNTRY] }, first: 100) { edges { node { id name ... on Country { code } } } }
  topics { id name storyCount }
}`;

const MISSION = `query Mission($filter: ClaimFilter!) {
  claims(filter: $filter, first: 100) {
    totalCount
    edges { node {
      id kind text
      about { __typename id name }
      story { id title publishedAt }
      citations { quote source { id title publisher { id name } reliability { grade } } }
    } }
  }
}`;

interface MissionClaim {
  id: string;
  kind: string;
  text: string;
  about: EntityRef[];
  story: { id: string; title: string; publishedAt: string };
  citations: {
    quote: string | null;
    source: { id: string; title: string; publisher: { id: string; name: string } | null; reliability: { grade: string } | null };
  }[];
}

/** The claims, their sources and publishers as one graph: the subgraph of this page. */
function missionGraph(claims: MissionClaim[]): Subgraph {
  return mergeSubgraphs(
    claims.map((c) => ({
      nodes: [
        { id: c.id, label: 'Claim', name: c.text },
        ...c.about.map((e) => ({ id: e.id, label: e.__typename ?? 'Entity', name: e.name })),
        ...c.citations.flatMap((cit) => [
          { id: cit.source.id, label: 'Source', name: cit.source.title },
          ...(cit.source.publisher ? [{ id: cit.source.publisher.id, label: 'Organization', name: cit.source.publisher.name }] : []),
        ]),
      ],
      edges: [
        ...c.about.map((e) => ({ id: `${c.id}-ABOUT-${e.id}`, from: c.id, to: e.id, type: 'ABOUT' })),
        ...c.citations.flatMap((cit) => [
          { id: `${c.id}-CITES-${cit.source.id}`, from: c.id, to: cit.source.id, type: 'CITES' },
          ...(cit.source.publisher
            ? [{ id: `${cit.source.id}-PUBLISHED_BY-${cit.source.publisher.id}`, from: cit.source.id, to: cit.source.publisher.id, type: 'PUBLISHED_BY' }]
            : []),
        ]),
      ],
    })),
  );
}

/** The mission question: claims about every chosen country (and optionally a topic, publisher, date range). */
export function MissionPage({ params }: { params: URLSearchParams }) {
  const countries = (params.get('countries') ?? '').split(',').filter(Boolean);
  const topic = params.get('topic') ?? '';
  const publisher = params.get('publisher') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const view = params.get('view') === 'graph' ? 'graph' : 'table';
  const [form, setForm] = useState({ countries, topic, publisher, from, to });
  const [choices] = useQuery<{ entities: { edges: { node: { id: string; name: string; code: string } }[] }; topics: { id: string; name: string }[] }>({
    query: CHOICES,
  });
  const filter = { aboutCountries: countries, topic: topic || null, publisher: publisher || null, publishedFrom: from || null, publishedTo: to || null };
  const [result] = useQuery<{ claims: { totalCount: number; edges: { node: MissionClaim }[] } }>({
    query: MISSION,
    variables: { filter },
    pause: countries.length < 2,
  });
  const claims = useMemo(() => result.data?.claims.edges.map((e) => e.node) ?? [], [result.data]);
  const graph = useMemo(() => missionGraph(claims), [claims]);
  const sources = new Set(claims.flatMap((c) => c.citations.map((cit) => cit.source.id)));
  const publishers = new Set(claims.flatMap((c) => c.citations.flatMap((cit) => (cit.source.publisher ? [cit.source.publisher.id] : []))));
  const state = { countries: countries.join(','), topic, publisher, from, to };

  const exportCsv = () => {
    const rows = [['claim id', 'kind', 'claim', 'about', 'story', 'published', 'source', 'publisher', 'reliability', 'quote']];
    for (const c of claims) {
      const base = [c.id, c.kind, c.text, c.about.map((e) => e.name).join('; '), c.story.title, c.story.publishedAt];
      if (c.citations.length === 0) rows.push([...base, '', '', '', '']);
      for (const cit of c.citations)
        rows.push([...base, cit.source.title, cit.source.publisher?.name ?? '', cit.source.reliability?.grade ?? '', cit.quote ?? '']);
    }
    download(`claims-${countries.join('-')}.csv`, toCsv(rows));
  };

  return (
    <section>
      <h1>Mission question</h1>
      <p className="muted">Which claims concern all of these countries, and which sources and publishers back them?</p>
      <form
        className="panel"
        aria-label="Mission question"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(['mission'], { ...form, countries: form.countries.join(','), view });
        }}
      >
        <fieldset className="row chips country-picker">
          <legend>Countries (two or more)</legend>
          {(choices.data?.entities.edges ?? []).map(({ node }) => (
            <label key={node.code}>
              <input
                type="checkbox"
                value={node.code}
                checked={form.countries.includes(node.code)}
                onChange={(e) =>
                  setForm({ ...form, countries: e.target.checked ? [...form.countries, node.code] : form.countries.filter((c) => c !== node.code) })
                }
              />{' '}
              {node.name} <span className="muted">{node.code}</span>
            </label>
          ))}
        </fieldset>
        <div className="row">
          <label>
            Topic
            <select value={form.topic} onChange={(e) => setForm({ ...form, topic: e.target.value })}>
              <option value="">any</option>
              {(choices.data?.topics ?? []).map((t) => (
                <option key={t.id} value={t.name}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Publisher <input value={form.publisher} onChange={(e) => setForm({ ...form, publisher: e.target.value })} placeholder="any" />
          </label>
          <label>
            From <input type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
          </label>
          <label>
            To <input type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
          </label>
          <button type="submit" disabled={form.countries.length < 2}>
            Ask
          </button>
        </div>
      </form>
      {countries.length >= 2 && (
        <Loaded result={result}>
          {(data) => (
            <>
              <p className="row" data-testid="mission-summary">
                <strong>
                  {data.claims.totalCount} claims · {sources.size} sources · {publishers.size} publishers
                </strong>
                {data.claims.totalCount > claims.length && <span className="muted"> (first {claims.length} shown)</span>}
                <span className="grow" />
                <a href={href(['mission'], { ...state, view: 'table' })} aria-current={view === 'table' ? 'page' : undefined}>
                  Table
                </a>
                <a href={href(['mission'], { ...state, view: 'graph' })} aria-current={view === 'graph' ? 'page' : undefined}>
                  Graph
                </a>
                <button type="button" onClick={exportCsv} disabled={claims.length === 0}>
                  Export CSV
                </button>
              </p>
              {view === 'graph' ? (
                <GraphCanvas graph={graph} focus={countries.map((c) => `country:${c}`)} onOpen={(n) => (location.hash = pageOf(n.id, n.label))} />
              ) : (
                <table className="mission">
                  <thead>
                    <tr>
                      <th>Claim</th>
                      <th>About</th>
                      <th>Story</th>
                      <th>Sources (publisher, reliability)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {claims.map((c) => (
                      <tr key={c.id}>
                        <td>
                          <span className="badge">{c.kind.toLowerCase().replace('_', ' ')}</span> <NodeLink id={c.id} label="Claim" name={c.text} />
                        </td>
                        <td>
                          <EntityList entities={c.about} />
                        </td>
                        <td>
                          <NodeLink id={c.story.id} label="Story" name={c.story.title} /> <span className="muted">{c.story.publishedAt}</span>
                        </td>
                        <td>
                          <CitationList citations={c.citations} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </Loaded>
      )}
    </section>
  );
}
