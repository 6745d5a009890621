import { ReactNode } from 'react';

/** Horizontal bars for leaderboards: a label (link) per row, bar length proportional to the value. */
export function Bars({ rows, unit }: { rows: { key: string; label: ReactNode; value: number }[]; unit: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <table className="bars">
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>
              <span className="bar" style={{ width: `${(100 * r.value) / max}%` }} />
            </td>
            <td className="num">
              {r.value} <span className="muted">{unit}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Monthly columns (two series side by side) drawn in SVG, with every value in a title for screen readers and hover. */
export function MonthlyColumns({ points }: { points: { month: string; stories: number; claims: number }[] }) {
  const max = Math.max(1, ...points.map((p) => Math.max(p.stories, p.claims)));
  const w = 28;
  const h = 140;
  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${points.length * w + 10} ${h + 40}`} role="img" aria-label="Stories and claims per month">
        {points.map((p, i) => {
          const x = 5 + i * w;
          const sh = (h * p.stories) / max;
          const ch = (h * p.claims) / max;
          return (
            <g key={p.month}>
              <title>{`${p.month}: ${p.stories} stories, ${p.claims} claims`}</title>
              <rect x={x} y={h - sh} width={w / 2 - 2} height={sh} className="s-stories" />
              <rect x={x + w / 2 - 1} y={h - ch} width={w / 2 - 2} height={ch} className="s-claims" />
              {(i % 3 === 0 || points.length <= 12) && (
                <text x={x + w / 2} y={h + 14} textAnchor="middle" fontSize="9">
                  {p.month}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="swatch s-stories" /> stories <span className="swatch s-claims" /> claims
      </figcaption>
    </figure>
  );
}
