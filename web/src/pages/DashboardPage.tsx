import { useState } from 'react';
import { useQuery } from 'urql';
import { Bars, MonthlyColumns } from '../components/BarChart';
import { Loaded } from '../components/common';
import { href, navigate, pageOf } from '../routing';

const DASHBOARD = `query Dashboard($from: String!, $to: String!, $filter: AnalyticsFilter) {
  analytics(filter: $filter) {
    counts { stories claims sources countries agencies people organizations groups topics }
    countries: leaderboard(dimension: COUNTRY, first: 10) { id name claims stories }
    agencies: leaderboard(dimension: AGENCY, first: 10) { id name claims stories }
    people: leaderboard(dimension: PERSON, first: 10) { id name claims stories }
    publishers: leaderboard(dimension: PUBLISHER, first: 10) { id name claims stories }
    topics: leaderboard(dimension: TOPIC, first: 10) { id name claims stories }
    topSources(first: 10) { citations source { id title } }
    timeline(from: $from, to: $to) { month stories claims }
  }
}`;

interface Row {
  id: string;
  name: string;
  claims: number;
  stories: number;
}

interface Analytics {
  counts: Record<string, number>;
  countries: Row[];
  agencies: Row[];
  people: Row[];
  publishers: Row[];
  topics: Row[];
  topSources: { citations: number; source: { id: string; title: string } }[];
  timeline: { month: string; stories: number; claims: number }[];
}

const month = (d: Date) => d.toISOString().slice(0, 7);

/** The last two years by default; any range can be given in the address (from, to as YYYY-MM). */
function defaultRange(): { from: string; to: string } {
  const now = new Date();
  return { from: month(new Date(Date.UTC(now.getUTCFullYear() - 2, now.getUTCMonth() + 1, 1))), to: month(now) };
}

const BOARDS: [keyof Analytics, string, string][] = [
  ['countries', 'Countries', 'Country'],
  ['agencies', 'Agencies', 'Agency'],
  ['people', 'People', 'Person'],
  ['publishers', 'Publishers', 'Organization'],
];

/**
 * Counts, leaderboards and the monthly timeline. The address holds the month range (from, to as
 * YYYY-MM) and an optional scope: countries (ISO codes, claims must concern all) and a topic.
 */
export function DashboardPage({ params }: { params: URLSearchParams }) {
  const range = { ...defaultRange(), ...(params.get('from') ? { from: params.get('from')! } : {}), ...(params.get('to') ? { to: params.get('to')! } : {}) };
  const countries = (params.get('countries') ?? '').split(',').filter(Boolean);
  const topic = params.get('topic') ?? '';
  const filter = countries.length || topic ? { countries: countries.length ? countries : null, topic: topic || null } : null;
  const [result] = useQuery<{ analytics: Analytics }>({ query: DASHBOARD, variables: { ...range, filter } });
  const [form, setForm] = useState({ ...range, countries: countries.join(','), topic });
  return (
    <section>
      <h1>Dashboard</h1>
      <form
        className="row panel"
        aria-label="Dashboard scope"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(['dashboard'], { ...form, countries: form.countries.replace(/\s+/g, '').toUpperCase() });
        }}
      >
        <label>
          Countries <input value={form.countries} onChange={(e) => setForm({ ...form, countries: e.target.value })} placeholder="e.g. RU,MX" size={10} />
        </label>
        <label>
          Topic <input value={form.topic} onChange={(e) => setForm({ ...form, topic: e.target.value })} placeholder="any" />
        </label>
        <label>
          From <input type="month" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        </label>
        <label>
          To <input type="month" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        </label>
        <button type="submit">Apply</button>
      </form>
      <Loaded result={result}>
        {({ analytics: a }) => (
          <>
            <dl className="counts" aria-label="Counts">
              {Object.entries(a.counts)
                .filter(([k]) => k !== '__typename')
                .map(([k, v]) => (
                  <div key={k}>
                    <dt>{k}</dt>
                    <dd>{v}</dd>
                  </div>
                ))}
            </dl>
            <h2>
              Stories and claims per month{' '}
              <span className="muted">
                ({range.from} to {range.to})
              </span>
            </h2>
            <MonthlyColumns points={a.timeline} />
            <div className="boards">
              {BOARDS.map(([key, title, label]) => (
                <section key={key}>
                  <h2>{title}</h2>
                  <Bars
                    rows={(a[key] as Row[]).map((r) => ({ key: r.id, label: <a href={pageOf(r.id, label)}>{r.name}</a>, value: r.claims }))}
                    unit="claims"
                  />
                </section>
              ))}
              <section>
                <h2>Topics</h2>
                <Bars
                  rows={a.topics.map((r) => ({ key: r.id, label: <a href={href(['graph'], { focus: r.id })}>{r.name}</a>, value: r.claims }))}
                  unit="claims"
                />
              </section>
              <section>
                <h2>Most-cited sources</h2>
                <Bars
                  rows={a.topSources.map((r) => ({
                    key: r.source.id,
                    label: <a href={pageOf(r.source.id, 'Source')}>{r.source.title}</a>,
                    value: r.citations,
                  }))}
                  unit="citations"
                />
              </section>
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}
