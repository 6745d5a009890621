import { CombinedError } from '@urql/core';
import { ReactNode } from 'react';
import { pageOf } from '../routing';

/** GraphQL errors as the service words them (code and, for bad input, the field and reason). */
export function ErrorNote({ error }: { error: CombinedError | undefined }) {
  if (!error) return null;
  const messages = error.graphQLErrors.length
    ? error.graphQLErrors.map((e) => {
        const fields = (e.extensions?.fields as { field: string; reason: string }[] | undefined) ?? [];
        return `${String(e.extensions?.code ?? 'ERROR')}: ${e.message}${fields.map((f) => ` (${f.field}: ${f.reason})`).join('')}`;
      })
    : [error.message];
  const signIn = error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return (
    <div role="alert" className="error">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
      {signIn && <p>Give an API key under Access (top right).</p>}
    </div>
  );
}

/** Loading, error or the content: every page reads the same way while a query is in flight. */
export function Loaded<T>({ result, children }: { result: { fetching: boolean; data?: T; error?: CombinedError }; children: (data: T) => ReactNode }) {
  if (result.error) return <ErrorNote error={result.error} />;
  if (!result.data) return <p className="muted">{result.fetching ? 'Loading…' : 'Nothing found.'}</p>;
  return <>{children(result.data)}</>;
}

export function NodeLink({ id, label, name }: { id: string; label: string; name: string }) {
  return (
    <a href={pageOf(id, label)} className={`node-link kind-${label.toLowerCase()}`}>
      {name}
    </a>
  );
}

/** An entity as the API returns it (the interface, its __typename is the graph label). */
export interface EntityRef {
  __typename?: string;
  id: string;
  name: string;
}

export const EntityLink = ({ entity }: { entity: EntityRef }) => <NodeLink id={entity.id} label={entity.__typename ?? 'Entity'} name={entity.name} />;

export function EntityList({ entities }: { entities: EntityRef[] }) {
  if (entities.length === 0) return <span className="muted">none</span>;
  return (
    <>
      {entities.map((e, i) => (
        <span key={e.id}>
          {i > 0 && ', '}
          <EntityLink entity={e} />
        </span>
      ))}
    </>
  );
}
