import { ReactNode } from 'react';
import { useQuery } from 'urql';

const VIEWER = `query Viewer { viewer { id name role } }`;

const ROLES = ['reader', 'analyst', 'editor', 'admin'];

export interface ViewerData {
  id: string;
  name: string;
  role: string;
}

/** Who the service takes this browser to be (from the Access credential); null while unknown or refused. */
export function useViewer(): ViewerData | null {
  const [result] = useQuery<{ viewer: ViewerData }>({ query: VIEWER });
  return result.data?.viewer ?? null;
}

export function Viewer() {
  const viewer = useViewer();
  return viewer ? (
    <strong data-testid="viewer">
      {viewer.name} ({viewer.role})
    </strong>
  ) : (
    <strong>nobody (no valid credential)</strong>
  );
}

/**
 * Shows a write form only to a role that may use it; others see why not and where to sign in,
 * or nothing when `quiet` (a form repeated down a page says it once elsewhere).
 */
export function RequiresRole({ role, what, quiet, children }: { role: string; what: string; quiet?: boolean; children: ReactNode }) {
  const viewer = useViewer();
  if (viewer && ROLES.indexOf(viewer.role) >= ROLES.indexOf(role)) return <>{children}</>;
  if (quiet) return null;
  return (
    <p className="muted" role="note">
      {what} needs the {role} role; you are {viewer ? `${viewer.name} (${viewer.role})` : 'not signed in'}. Give an API key under Access.
    </p>
  );
}
