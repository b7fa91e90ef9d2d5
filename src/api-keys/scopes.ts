/**
 * What an API key may be allowed to do. Each route declares the one it needs (`auth.require('appointments:read', ...)`);
 * a route that declares none (a user's own settings and feed, user accounts, webhooks, API keys,
 * the audit trail) is for signed-in users only.
 */
export const SCOPES = [
  'appointments:read',
  'appointments:write',
  'schedule:read',
  'schedule:write',
  'people:read',
  'people:write',
  'catalog:read',
  'catalog:write',
  'payments:read',
  'payments:write',
] as const;

export type Scope = (typeof SCOPES)[number];

export const isScope = (value: string): value is Scope => (SCOPES as readonly string[]).includes(value);
