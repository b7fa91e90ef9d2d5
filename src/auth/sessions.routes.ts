import { z } from 'zod';
import type { AppContext } from '../context.js';
import type { App, Auth } from '../http/types.js';
import { tokenResponse } from './auth.routes.js';
import { endSession, refreshSession } from './sessions.service.js';

const refreshBody = z.object({ refresh_token: z.string().min(1).max(200) });

/** Sessions that last: refresh-token rotation and sign-out. Neither needs an access token (it may have expired). */
export function registerSessionRoutes(app: App, ctx: AppContext, _auth: Auth) {
  const limit = { rateLimit: { max: ctx.config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } };
  app.post('/auth/refresh', {
    config: limit,
    schema: {
      tags: ['auth'],
      summary: 'Exchange a refresh token for a new access token and refresh token',
      description:
        'Each refresh token works once. Presenting one that was already used is 401 `refresh_token_reused` and signs out every session that descends from the same sign-in. ' +
        'An expired or revoked token, one issued before a password change, or a deactivated account is 401 `unauthorized`.',
      body: refreshBody,
      response: { 200: tokenResponse },
    },
    handler: (request) => refreshSession(ctx, request.body.refresh_token),
  });

  app.post('/auth/logout', {
    config: limit,
    schema: {
      tags: ['auth'],
      summary: 'Sign out: the refresh token and every token rotated from it stop working',
      description: 'Always 204, whether or not the token was known. The access token lasts until it expires (JWT_TTL_SECONDS); drop it.',
      body: refreshBody,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await endSession(ctx, request.body.refresh_token);
      return reply.code(204).send(null);
    },
  });
}
