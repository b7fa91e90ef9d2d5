/**
 * Carebook's typed client: openapi-fetch over the types generated from /openapi.json (schema.d.ts).
 * Paths, parameters, bodies and answers are checked by the compiler against the served document.
 *
 *   const api = createCarebookClient({ baseUrl: 'https://carebook.example.org', token });
 *   const { data, error } = await api.GET('/api/v1/appointments/{id}', { params: { path: { id } } });
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths };
export type CarebookClient = Client<paths>;

/** A client for one server; `token` (from POST /api/v1/auth/token) signs every request. */
export function createCarebookClient(options: ClientOptions & { token?: string }): CarebookClient {
  const { token, headers, ...rest } = options;
  return createClient<paths>({
    ...rest,
    headers: { ...(headers as Record<string, string> | undefined), ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}
