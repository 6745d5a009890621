import { useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNote } from './common';

const GRADE_SOURCE = `mutation GradeSource($input: GradeSourceInput!) {
  gradeSource(input: $input) { id grade meaning gradedBy gradedAt source { id reliability { id grade meaning gradedBy gradedAt } } }
}`;

const GRADE_CITATION = `mutation GradeCitation($input: GradeCitationInput!) {
  gradeCitation(input: $input) { id grade meaning gradedBy gradedAt claim { id } }
}`;

const LINK_CLAIMS = `mutation LinkClaims($input: LinkClaimsInput!) {
  linkClaims(input: $input) { stance reason from { id } to { id } }
}`;

export const RELIABILITY: [string, string][] = [
  ['A', 'Completely reliable'],
  ['B', 'Usually reliable'],
  ['C', 'Fairly reliable'],
  ['D', 'Not usually reliable'],
  ['E', 'Unreliable'],
  ['F', 'Reliability cannot be judged'],
];

export const CREDIBILITY: [number, string][] = [
  [1, 'Confirmed by other sources'],
  [2, 'Probably true'],
  [3, 'Possibly true'],
  [4, 'Doubtful'],
  [5, 'Improbable'],
  [6, 'Truth cannot be judged'],
];

/** Grades are recorded as given by the request's identity (the Access credential); a refusal shows its code. */
export function GradeSourceForm({ sourceId, onDone }: { sourceId: string; onDone?: () => void }) {
  const [grade, setGrade] = useState('B');
  const [note, setNote] = useState('');
  const [result, run] = useMutation(GRADE_SOURCE);
  return (
    <form
      className="panel row"
      aria-label="Grade this source"
      onSubmit={async (e) => {
        e.preventDefault();
        const done = await run({
          input: { sourceId, reliability: grade, note: note || null },
        });
        if (!done.error) onDone?.();
      }}
    >
      <label>
        Reliability
        <select value={grade} onChange={(e) => setGrade(e.target.value)}>
          {RELIABILITY.map(([g, meaning]) => (
            <option key={g} value={g}>
              {g} – {meaning}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" disabled={result.fetching}>
        Grade source
      </button>
      <ErrorNote error={result.error} />
    </form>
  );
}

export function GradeCitationForm({ claimId, sourceId }: { claimId: string; sourceId: string }) {
  const [grade, setGrade] = useState(2);
  const [result, run] = useMutation(GRADE_CITATION);
  return (
    <form
      className="row inline-form"
      aria-label="Grade this citation"
      onSubmit={(e) => {
        e.preventDefault();
        void run({ input: { claimId, sourceId, credibility: grade } }, { additionalTypenames: ['Provenance', 'Citation', 'Assessment'] });
      }}
    >
      <select aria-label="Credibility" value={grade} onChange={(e) => setGrade(Number(e.target.value))}>
        {CREDIBILITY.map(([g, meaning]) => (
          <option key={g} value={g}>
            {g} – {meaning}
          </option>
        ))}
      </select>
      <button type="submit" disabled={result.fetching}>
        Grade citation
      </button>
      <ErrorNote error={result.error} />
    </form>
  );
}

export function LinkClaimForm({ fromClaimId }: { fromClaimId: string }) {
  const [toClaimId, setTo] = useState('');
  const [stance, setStance] = useState('SUPPORTS');
  const [reason, setReason] = useState('');
  const [result, run] = useMutation(LINK_CLAIMS);
  return (
    <form
      className="panel row"
      aria-label="Link this claim to another"
      onSubmit={(e) => {
        e.preventDefault();
        void run({ input: { fromClaimId, toClaimId: toClaimId.trim(), stance, reason } });
      }}
    >
      <label>
        This claim
        <select value={stance} onChange={(e) => setStance(e.target.value)}>
          <option>SUPPORTS</option>
          <option>CONTRADICTS</option>
          <option>REPEATS</option>
        </select>
      </label>
      <label>
        Claim id <input required value={toClaimId} onChange={(e) => setTo(e.target.value)} placeholder="claim:…" />
      </label>
      <label>
        Reason <input required value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" disabled={result.fetching}>
        Link
      </button>
      {result.data && <span role="status">Linked.</span>}
      <ErrorNote error={result.error} />
    </form>
  );
}
