import { Client, cacheExchange, fetchExchange } from '@urql/core';

/**
 * The credential sent with every request: `Authorization: Bearer <API key, token or API_WRITE_TOKEN>`
 * by default; the header name is configurable so a proxy's own scheme needs no new build.
 */
export interface AuthSettings {
  header: string;
  value: string;
}

const KEY = 'storygraph.auth';
const DEFAULTS: AuthSettings = { header: 'Authorization', value: '' };

export function loadAuth(): AuthSettings {
  try {
    return { ...DEFAULTS, ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<AuthSettings>) };
  } catch {
    return DEFAULTS;
  }
}

export function saveAuth(settings: AuthSettings): void {
  localStorage.setItem(KEY, JSON.stringify(settings));
}

/** Headers for every GraphQL request, read fresh each time so a saved token applies at once. */
export function authHeaders(): Record<string, string> {
  const { header, value } = loadAuth();
  return header.trim() && value.trim() ? { [header.trim()]: value.trim() } : {};
}

export const GRAPHQL_URL = '/graphql';

export const client = new Client({
  url: GRAPHQL_URL,
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: () => ({ headers: authHeaders() }),
  preferGetMethod: false,
});
