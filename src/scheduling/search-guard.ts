import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Uses } from '../context.js';
import { callerOf } from '../http/auth.js';
import { AppError } from '../http/errors.js';
import type { App, Auth } from '../http/types.js';

const guards = new WeakMap<App, onRequestAsyncHookHandler[]>();

/**
 * The guard of the search routes (slots, explain, the schedule view): signed in with `schedule:read`,
 * then one budget per user over all of them, made once per app so every route counts against the
 * same one. Counted after the guard, so the key is the user (not an address that many users may
 * share, or one user may change).
 */
export function searchGuardOf(app: App, ctx: Uses<'config'>, auth: Auth): onRequestAsyncHookHandler[] {
  let guard = guards.get(app);
  if (!guard) {
    const limiter = app.createRateLimit({
      max: ctx.config.SEARCH_RATE_LIMIT_PER_MINUTE,
      timeWindow: 60_000,
      keyGenerator: (request: FastifyRequest) => `search:${callerOf(request).userId}`,
    });
    guard = [
      auth.require('schedule:read'),
      async (request: FastifyRequest, reply: FastifyReply) => {
        const verdict = await limiter(request);
        if (!verdict.isAllowed && verdict.isExceeded) {
          reply.header('retry-after', String(verdict.ttlInSeconds));
          throw new AppError(429, 'rate_limited', `Too many searches; try again in ${verdict.ttlInSeconds} s`);
        }
      },
    ];
    guards.set(app, guard);
  }
  return guard;
}
