import { NodeLink } from './common';

/** A claim's citations as the story and mission pages read them. */
export interface CitationRow {
  quote: string | null;
  source: { id: string; title: string; publisher: { name: string } | null; reliability: { grade: string } | null };
}

/** Each cited source with its publisher, current reliability grade and the quote. */
export function CitationList({ citations }: { citations: CitationRow[] }) {
  return (
    <ul className="citations">
      {citations.map((cit) => (
        <li key={cit.source.id}>
          <NodeLink id={cit.source.id} label="Source" name={cit.source.title} />
          {cit.source.publisher && <span className="muted"> · {cit.source.publisher.name}</span>}
          {cit.source.reliability && <span className="grade"> {cit.source.reliability.grade}</span>}
          {cit.quote && <blockquote>“{cit.quote}”</blockquote>}
        </li>
      ))}
    </ul>
  );
}
