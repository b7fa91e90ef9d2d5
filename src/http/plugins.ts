import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../context.js';
import { createAuth } from './auth.js';
import { registerErrorHandling, strictBodies } from './errors.js';
import { registerOpenApi } from './openapi.js';
import type { Auth } from './types.js';
import { refuseLoneSurrogates } from './unicode.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's context: configuration, database, clock, logger, keys. */
    ctx: AppContext;
    /** Route guards (`onRequest: app.auth.require('staff')`). */
    auth: Auth;
  }
}

/**
 * The shared pieces every feature's routes rely on, as named plugins: a feature registered after
 * them declares them as dependencies, and Fastify refuses to start if one is missing.
 */

/** Problem+json for every error, strict JSON bodies (unknown keys refused), no lone surrogates. */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    registerErrorHandling(app);
    app.addHook('preValidation', refuseLoneSurrogates);
    // Before the OpenAPI plugin reads the routes, so the document shows what is enforced.
    app.addHook('onRoute', strictBodies);
    // Fastify parses text/plain by default; a body is JSON or it is refused (415), never a string to validate.
    app.removeContentTypeParser('text/plain');
  },
  { name: 'errors' },
);

/** The database and the rest of the context, and `/health`, which asks the database. */
export const contextPlugin = fp(
  async (app: FastifyInstance, { ctx }: { ctx: AppContext }) => {
    app.decorate('ctx', ctx);
    app.get('/health', { schema: { tags: ['health'], summary: 'Liveness and database reachability' } }, async (_request, reply) => {
      const ok = await ctx.database.ping();
      return reply.code(ok ? 200 : 503).send(ok ? { status: 'ok' } : { status: 'unavailable' });
    });
  },
  { name: 'db', dependencies: ['errors', 'openapi'] },
);

/** Who is calling: `request.caller`, and the guards routes declare in `onRequest`. */
export const authPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('caller', null);
    app.decorate('auth', createAuth(app.ctx));
  },
  { name: 'auth', dependencies: ['db'] },
);

/** Rate limits are per route (`app.createRateLimit`, `config.rateLimit`); none applies globally. */
export const rateLimitsPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: 'rate_limited',
        message: `Too many attempts; try again in ${context.after}`,
      }),
    });
  },
  { name: 'rate-limits', dependencies: ['errors'] },
);

/** `/openapi.json` and `/docs`, fed by the zod schemas of every route registered after it. */
export const openApiPlugin = fp(async (app: FastifyInstance) => registerOpenApi(app), { name: 'openapi', dependencies: ['errors'] });
