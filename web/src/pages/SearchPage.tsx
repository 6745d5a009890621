import { useState } from 'react';
import { useQuery } from 'urql';
import { Loaded } from '../components/common';
import { navigate, pageOf } from '../routing';

const SEARCH = `query Search($query: String!, $types: [SearchType!]) {
  search(query: $query, types: $types, first: 30) { id type title snippet score node { __typename } }
}`;

const TYPES = ['ENTITY', 'STORY', 'CLAIM', 'SOURCE'] as const;

interface Hit {
  id: string;
  type: string;
  title: string;
  snippet: string | null;
  score: number;
  node: { __typename: string };
}

/** Accent-insensitive full-text search (the service folds accents: "Lopez" finds "López"). */
export function SearchPage({ query, types }: { query: string; types: string }) {
  const [text, setText] = useState(query);
  const chosen = types ? types.split(',') : [];
  const [result] = useQuery<{ search: Hit[] }>({ query: SEARCH, variables: { query, types: chosen.length ? chosen : null }, pause: !query.trim() });
  const toggle = (t: string) => {
    const next = chosen.includes(t) ? chosen.filter((c) => c !== t) : [...chosen, t];
    navigate(['search'], { q: query, types: next.join(',') });
  };
  return (
    <section>
      <h1>Search</h1>
      <form
        className="row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(['search'], { q: text.trim(), types });
        }}
      >
        <input aria-label="Search text" className="grow" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. Lopez Obrador" autoFocus />
        <button type="submit">Search</button>
      </form>
      <fieldset className="row chips">
        <legend>Only</legend>
        {TYPES.map((t) => (
          <label key={t}>
            <input type="checkbox" checked={chosen.includes(t)} onChange={() => toggle(t)} /> {t.toLowerCase()}
          </label>
        ))}
      </fieldset>
      {query.trim() && (
        <Loaded result={result}>
          {(data) =>
            data.search.length === 0 ? (
              <p className="muted">No match for “{query}”.</p>
            ) : (
              <ol className="hits" aria-label="Search results">
                {data.search.map((hit) => (
                  <li key={hit.id}>
                    <span className={`badge kind-${hit.node.__typename.toLowerCase()}`}>
                      {hit.type === 'ENTITY' ? hit.node.__typename : hit.type.toLowerCase()}
                    </span>{' '}
                    <a href={pageOf(hit.id, hit.node.__typename)}>{hit.title}</a>
                    {hit.snippet && <p className="snippet">{hit.snippet}</p>}
                  </li>
                ))}
              </ol>
            )
          }
        </Loaded>
      )}
    </section>
  );
}
