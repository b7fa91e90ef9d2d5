import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest, RawRequestDefaultExpression } from 'fastify';
import { z } from 'zod';
import type { AppContext, Uses } from '../context.js';
import { migrations } from '../db/migrations/index.js';
import type { App, Auth } from '../http/types.js';
import { bookingOutcome, type Metrics } from './metrics.js';
import { appliedMigrationNames } from './ops.repository.js';

/** An incoming X-Request-Id is kept when it is short and plain (it ends up in logs and headers); otherwise a new one is made. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** Fastify's `genReqId`: the caller's X-Request-Id when sane, else a UUID. */
export function requestIdOf(request: RawRequestDefaultExpression): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Hooks every request passes: its id echoed as X-Request-Id, and its count and latency by route
 * template (never the raw URL, which would make a series per id) and status.
 */
export function instrument(app: App, metrics: Metrics): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const labels = { method: request.method, route, status: String(reply.statusCode) };
    metrics.requests.inc(labels);
    metrics.latency.observe(labels, reply.elapsedTime / 1000);
    if (request.method === 'POST' && route === '/api/v1/appointments') metrics.bookings.inc({ outcome: bookingOutcome(reply.statusCode) });
  });
}

/** Migrations the code has that the database has not applied. */
async function pendingMigrations(ctx: Uses<'db'>): Promise<string[]> {
  const applied = new Set(await appliedMigrationNames(ctx.db));
  return Object.keys(migrations).filter((name) => !applied.has(name));
}

const readyOut = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({ database: z.enum(['ok', 'unreachable']), migrations: z.enum(['ok', 'pending', 'unknown']) }),
});

/** `/ready` and `/metrics`, at the root beside `/health` (where probes and scrapers look for them). */
export function registerOpsRoutes(app: App, ctx: AppContext, auth: Auth, metrics: Metrics): void {
  app.get(
    '/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: the database answers and every migration is applied (503 otherwise)',
        response: { 200: readyOut, 503: readyOut },
      },
    },
    async (_request, reply) => {
      const database = (await ctx.database.ping()) ? 'ok' : 'unreachable';
      let migrationState: 'ok' | 'pending' | 'unknown' = 'unknown';
      if (database === 'ok') {
        try {
          migrationState = (await pendingMigrations(ctx)).length === 0 ? 'ok' : 'pending';
        } catch {
          migrationState = 'unknown';
        }
      }
      const ready = database === 'ok' && migrationState === 'ok';
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks: { database, migrations: migrationState } });
    },
  );

  const requireAdmin = auth.require('admin');
  const expected = ctx.config.METRICS_TOKEN ? digest(ctx.config.METRICS_TOKEN) : undefined;
  /** A scraper sends METRICS_TOKEN as its bearer token; a person may use an admin's access token. */
  async function metricsGuard(request: FastifyRequest, reply: FastifyReply) {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (expected && match?.[1] && timingSafeEqual(digest(match[1]), expected)) return;
    await requireAdmin.call(app, request, reply);
  }

  app.get(
    '/metrics',
    {
      onRequest: metricsGuard,
      schema: {
        tags: ['health'],
        summary: 'Prometheus metrics (text exposition format); bearer METRICS_TOKEN or an admin token',
        security: [{ bearerAuth: [] }],
      },
    },
    async (_request, reply) => {
      const body = await metrics.registry.metrics();
      return reply.type(metrics.registry.contentType).send(body);
    },
  );
}
