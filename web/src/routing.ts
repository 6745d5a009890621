import { useEffect, useState } from 'react';
import { href, parseHash, Route } from './address';

export { href, pageOf, parseHash } from './address';
export type { Route } from './address';

/** A new history entry, so Back returns to the previous page or graph state. */
export function navigate(path: string[], params: Record<string, string | number | undefined | null> = {}): void {
  location.hash = href(path, params);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
