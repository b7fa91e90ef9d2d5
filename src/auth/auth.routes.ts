import { z } from 'zod';
import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { id } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { password } from '../people/people.schemas.js';
import { changeOwnPassword, issueToken } from './auth.service.js';
import { FailureThrottle } from './throttle.js';

const tokenRequest = z.object({ email: z.string().trim().max(320), password: z.string().max(200) });
export const tokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().describe('Seconds the access token lasts'),
  refresh_token: z.string().describe('Opaque; exchange it at POST /auth/refresh for a new pair (each works once) and end the session with POST /auth/logout'),
});
const meResponse = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role: z.enum(['admin', 'staff', 'provider', 'patient']),
  provider_id: id.nullable(),
  patient_id: id.nullable(),
});

export function registerAuthRoutes(app: App, ctx: AppContext, auth: Auth) {
  // Slows password guessing without refusing anyone for others' successes: a few failures per account
  // in a quarter of an hour (from any address), and a ceiling of failures per address per minute.
  const throttles = {
    account: new FailureThrottle(ctx.config.LOGIN_FAILURES_PER_ACCOUNT, ctx.config.LOGIN_FAILURE_WINDOW_MINUTES * 60_000),
    address: new FailureThrottle(ctx.config.LOGIN_RATE_LIMIT_PER_MINUTE, 60_000),
  };
  app.post('/auth/token', {
    schema: {
      tags: ['auth'],
      summary: 'Exchange email and password for a bearer token',
      body: tokenRequest,
      response: { 200: tokenResponse },
    },
    handler: (request) => issueToken(ctx, throttles, request.body.email, request.body.password, request.ip),
  });

  app.post('/me/password', {
    onRequest: auth.require(),
    // The current password is guessed here too: the same limit as signing in.
    config: { rateLimit: { max: ctx.config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'],
      summary: 'Change your password (needs the current one); every token issued before stops working',
      description: 'Answers a new access token for this session. A wrong `current_password` is 422 on that field.',
      security: [{ bearerAuth: [] }],
      body: z.object({ current_password: z.string().max(200), new_password: password }).strict(),
      response: { 200: tokenResponse },
    },
    handler: (request) => changeOwnPassword(ctx, callerOf(request), request.body.current_password, request.body.new_password),
  });

  app.get('/me', {
    onRequest: auth.require(),
    schema: { tags: ['auth'], summary: 'Who am I', security: [{ bearerAuth: [] }], response: { 200: meResponse } },
    handler: async (request) => {
      const caller = callerOf(request);
      return {
        id: caller.userId,
        email: caller.email,
        name: caller.name,
        role: caller.role,
        provider_id: caller.providerId,
        patient_id: caller.patientId,
      };
    },
  });
}
