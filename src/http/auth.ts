import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler, RouteOptions } from 'fastify';
import { findUsableKey, touchApiKey } from '../api-keys/api-keys.repository.js';
import { isScope, type Scope } from '../api-keys/scopes.js';
import type { AuditActor } from '../db/audit-context.js';
import type { Verified } from '../auth/tokens.js';
import type { Uses } from '../context.js';
import type { Role } from '../db/types.js';
import { findActiveCaller } from '../auth/callers.repository.js';
import { AppError, forbidden, unauthorized } from './errors.js';
import { isUuid } from '../kernel/ids.js';

/** The authenticated user behind a request, with their provider or patient profile id. */
export interface Caller {
  userId: string;
  role: Role;
  email: string;
  name: string;
  providerId: string | null;
  patientId: string | null;
  /** Tokens issued before this instant are refused (a password change ends every earlier session). */
  passwordChangedAt?: Date | null;
  /** False for a self-registered account whose email code has not been entered (absent: verified). */
  emailVerified?: boolean;
  /**
   * Set when an API key is calling: a trusted service, acting as staff within its scopes. `userId`
   * is then the admin who created the key (the records it creates name them).
   */
  apiKey?: { id: string; name: string; scopes: Scope[] };
}

/** Who the audit trail names: the API key when one is calling, else the user. */
export const auditActorOf = (caller: Caller | null | undefined): AuditActor | undefined =>
  caller ? (caller.apiKey ? { type: 'api_key', id: caller.apiKey.id } : { type: 'user', id: caller.userId }) : undefined;

/** API keys are `cb_` and 43 base64url characters (32 random bytes). */
export const API_KEY_PATTERN = /^cb_[A-Za-z0-9_-]{43}$/;
export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

export const isStaff = (caller: Caller) => caller.role === 'admin' || caller.role === 'staff';


/**
 * Route guards, used as `onRequest` hooks: they run before the body is parsed or validated, so an
 * anonymous request is 401 and a wrong role 403 whatever it sends. Every check reads the user
 * again, so a deactivated user's token stops working at once rather than when it expires.
 */
export function createAuth(ctx: Uses<'db' | 'clock' | 'tokens' | 'callers'>) {
  async function authenticate(request: FastifyRequest): Promise<Caller> {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    const apiKey = request.headers['x-api-key'];
    if (typeof apiKey === 'string' && !match) return signInWithKey(request, apiKey.trim());
    if (!match?.[1]) throw unauthorized('Send an access token (Authorization: Bearer <token>) or an API key (X-API-Key: cb_...)');
    if (match[1].startsWith('cb_')) return signInWithKey(request, match[1]);
    return signIn(request, await ctx.tokens.verify(match[1]), 'The access token is invalid, expired, or its user is inactive');
  }

  /** A key is looked up by its hash on every call, so a revoked or expired key stops at once. */
  async function signInWithKey(request: FastifyRequest, key: string): Promise<Caller> {
    const refusal = 'The API key is invalid, expired or revoked';
    if (!API_KEY_PATTERN.test(key)) throw unauthorized(refusal);
    const now = ctx.clock.now();
    const row = await findUsableKey(ctx.db, hashApiKey(key), now);
    if (!row) throw unauthorized(refusal);
    await touchApiKey(ctx.db, row.id, now);
    const caller: Caller = {
      userId: row.created_by_user_id,
      role: 'staff',
      email: row.email ?? '',
      name: row.name,
      providerId: null,
      patientId: null,
      apiKey: { id: row.id, name: row.name, scopes: row.scopes.filter(isScope) },
    };
    request.caller = caller;
    return caller;
  }

  async function signIn(request: FastifyRequest, token: Verified | undefined, refusal: string): Promise<Caller> {
    const userId = token?.userId;
    const caller = userId && isUuid(userId) ? await ctx.callers.get(userId, () => findActiveCaller(ctx.db, userId)) : undefined;
    if (!caller || (caller.passwordChangedAt && token!.issuedAt < caller.passwordChangedAt.getTime())) throw unauthorized(refusal);
    request.caller = caller;
    return caller;
  }

  /** The notification stream's guard: an access token in the header, or a stream ticket as `?ticket=`. */
  function requireForStream(): onRequestAsyncHookHandler {
    return async function guard(request: FastifyRequest, _reply: FastifyReply) {
      const ticket = (request.query as { ticket?: unknown } | undefined)?.ticket;
      if (typeof ticket !== 'string') {
        const caller = await authenticate(request);
        // A user's own feed: no API key reads it.
        if (caller.apiKey) throw new AppError(403, 'insufficient_scope', 'This action is for signed-in users, not API keys', { extra: { required_scope: null } });
        return;
      }
      await signIn(request, await ctx.tokens.verifyStreamTicket(ticket), 'The stream ticket is invalid, expired, or its user is inactive');
    };
  }

  /**
   * Requires a signed-in caller, optionally with one of the given roles. A scope among the arguments
   * (`'appointments:read'`) is what an API key needs to call the route; a route that names none is
   * for users only, and every key gets 403 `insufficient_scope` there.
   */
  function require(...needs: Array<Role | Scope>): onRequestAsyncHookHandler & { scope?: Scope } {
    const roles = needs.filter((n): n is Role => !n.includes(':'));
    const scope = needs.find((n): n is Scope => n.includes(':'));
    const guard = async function guard(request: FastifyRequest, _reply: FastifyReply) {
      const caller = await authenticate(request);
      if (caller.apiKey && (!scope || !caller.apiKey.scopes.includes(scope))) {
        throw new AppError(403, 'insufficient_scope', scope ? `This API key needs the scope ${scope}` : 'This action is for signed-in users, not API keys', {
          extra: { required_scope: scope ?? null },
        });
      }
      if (roles.length > 0 && !roles.includes(caller.role)) {
        throw forbidden(`This action needs one of these roles: ${roles.join(', ')}`);
      }
    };
    return Object.assign(guard, { scope });
  }

  return { require, requireForStream };
}

/** The caller of a route guarded by `require`. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw unauthorized();
  return request.caller;
}

/**
 * An `onRoute` hook: a route whose guard names a scope says so in the OpenAPI document, as
 * `x-api-key-scope` on the operation (clients and the authorization matrix read it there).
 */
export function documentScopes(route: RouteOptions) {
  const hooks = [route.onRequest].flat().filter(Boolean) as Array<{ scope?: Scope }>;
  const scope = hooks.find((hook) => hook.scope)?.scope;
  if (!scope || !route.schema) return;
  const schema = route.schema as Record<string, unknown>;
  schema['x-api-key-scope'] = scope;
  // An API key may call it too: the document lists the key scheme beside the bearer token.
  // (Once: a GET's HEAD twin shares its schema.)
  const security = schema.security;
  if (Array.isArray(security) && !security.some((s) => 'apiKey' in s)) schema.security = [...security, { apiKey: [] }];
}
