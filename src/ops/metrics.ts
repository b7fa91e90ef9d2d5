import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Uses } from '../context.js';
import * as repo from './ops.repository.js';

/**
 * The app's Prometheus metrics, on a registry of its own (not prom-client's global one), so every app
 * built in one process (the tests build dozens) has its own counters. Gauges that describe the database
 * (outbox depth, delivery failures, job lag, pool use) are read when scraped, never kept in memory.
 */
export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  latency: Histogram<'method' | 'route' | 'status'>;
  bookings: Counter<'outcome'>;
}

/** What a booking's answer says about its outcome, for `carebook_bookings_total`. */
export function bookingOutcome(status: number): string {
  if (status === 201 || status === 200) return 'booked';
  if (status === 409) return 'conflict';
  if (status === 422) return 'refused';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 429) return 'rate_limited';
  return status >= 500 ? 'error' : 'invalid';
}

export function createMetrics(ctx: Uses<'db' | 'database' | 'config'>): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'carebook_process_' });
  const requests = new Counter({
    name: 'carebook_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'carebook_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const bookings = new Counter({
    name: 'carebook_bookings_total',
    help: 'Booking attempts (POST /api/v1/appointments), by outcome: booked, conflict, refused, invalid, unauthorized, rate_limited, error',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  for (const outcome of ['booked', 'conflict', 'refused']) bookings.inc({ outcome }, 0);

  new Gauge({
    name: 'carebook_outbox_depth',
    help: 'Notifications waiting to be delivered (pending or being sent), by channel',
    labelNames: ['channel'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await repo.outboxDepth(ctx.db)) this.set({ channel: r.channel }, r.n);
    },
  });
  new Gauge({
    name: 'carebook_notification_delivery_failures',
    help: 'Notifications whose delivery failed: `failed` (will be retried) and `dead` (gave up), by channel',
    labelNames: ['channel', 'status'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await repo.deliveryFailures(ctx.db)) this.set({ channel: r.channel, status: r.status }, r.n);
    },
  });
  new Gauge({
    name: 'carebook_webhook_failed_attempts',
    help: 'Webhook delivery attempts that failed, over all time',
    registers: [registry],
    async collect() {
      this.set(await repo.failedWebhookAttempts(ctx.db));
    },
  });
  new Gauge({
    name: 'carebook_job_queue_lag_seconds',
    help: 'Age of the oldest job that is due and not yet started, by pg-boss queue (absent while no worker has created the queues)',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      if (!(await repo.hasJobTable(ctx.db))) return;
      for (const r of await repo.jobQueueLag(ctx.db)) this.set({ queue: r.name }, Math.max(0, r.lag));
    },
  });
  new Gauge({
    name: 'carebook_db_pool_connections',
    help: "The API's database pool: connections `total`, `idle`, and requests `waiting` for one",
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = ctx.database.pool;
      if (!pool) return;
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
  new Gauge({
    name: 'carebook_db_pool_max',
    help: "The API's database pool size (DB_POOL_SIZE)",
    registers: [registry],
    collect() {
      this.set(ctx.config.DB_POOL_SIZE);
    },
  });
  return { registry, requests, latency, bookings };
}
