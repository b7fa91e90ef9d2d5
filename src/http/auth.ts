import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Kysely } from 'kysely';
import type { Verified } from '../auth/tokens.js';
import type { AppContext } from '../context.js';
import type { DB, Role } from '../db/types.js';
import { forbidden, unauthorized } from './errors.js';
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
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

export const isStaff = (caller: Caller) => caller.role === 'admin' || caller.role === 'staff';

/** Loads an active user with their profile ids; inactive users are treated as unknown. */
export async function findActiveCaller(db: Kysely<DB>, userId: string): Promise<Caller | undefined> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('providers as pr', 'pr.user_id', 'u.id')
    .leftJoin('patients as pa', 'pa.user_id', 'u.id')
    .select(['u.id', 'u.role', 'u.email', 'u.name', 'u.password_changed_at', 'pr.id as provider_id', 'pa.id as patient_id'])
    .where('u.id', '=', userId)
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    userId: row.id,
    role: row.role,
    email: row.email,
    name: row.name,
    providerId: row.provider_id,
    patientId: row.patient_id,
    passwordChangedAt: row.password_changed_at,
  };
}


/**
 * Route guards, used as `onRequest` hooks: they run before the body is parsed or validated, so an
 * anonymous request is 401 and a wrong role 403 whatever it sends. Every check reads the user
 * again, so a deactivated user's token stops working at once rather than when it expires.
 */
export function createAuth(ctx: AppContext) {
  async function authenticate(request: FastifyRequest): Promise<Caller> {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) throw unauthorized('Send an access token: Authorization: Bearer <token>');
    return signIn(request, await ctx.tokens.verify(match[1]), 'The access token is invalid, expired, or its user is inactive');
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
        await authenticate(request);
        return;
      }
      await signIn(request, await ctx.tokens.verifyStreamTicket(ticket), 'The stream ticket is invalid, expired, or its user is inactive');
    };
  }

  /** Requires a signed-in caller, optionally with one of the given roles. */
  function require(...roles: Role[]): onRequestAsyncHookHandler {
    return async function guard(request: FastifyRequest, _reply: FastifyReply) {
      const caller = await authenticate(request);
      if (roles.length > 0 && !roles.includes(caller.role)) {
        throw forbidden(`This action needs one of these roles: ${roles.join(', ')}`);
      }
    };
  }

  return { require, requireForStream };
}

/** The caller of a route guarded by `require`. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw unauthorized();
  return request.caller;
}
