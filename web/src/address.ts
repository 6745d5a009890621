/** Page addresses as hash routes: pure functions, no browser needed (tested in tests/unit/web). */

/** A page address: `#/entity/country%3AMX?tab=claims` is path ['entity', 'country:MX'] with params. */
export interface Route {
  path: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [pathPart, query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { path: pathPart.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

/** Every page and graph state is a hash address, so it can be bookmarked and shared. */
export function href(path: string[], params: Record<string, string | number | undefined | null> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  const qs = query.toString();
  return `#/${path.map(encodeURIComponent).join('/')}${qs ? `?${qs}` : ''}`;
}

/** The page of any node, by its graph label (Story, Claim, Source, Country, ...). */
export function pageOf(id: string, label: string): string {
  switch (label) {
    case 'Story':
      return href(['story', id]);
    case 'Claim':
      return href(['claim', id]);
    case 'Source':
      return href(['source', id]);
    case 'Topic':
      return href(['graph'], { focus: id });
    default:
      return href(['entity', id]);
  }
}
