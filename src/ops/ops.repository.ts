/**
 * What the operations endpoints read: the migrations applied (for `/ready`), and the gauges
 * `/metrics` reads from the database when scraped (src/ops/metrics.ts).
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/types.js';

/** The names of the migrations the database has applied. */
export async function appliedMigrationNames(db: Kysely<DB>): Promise<string[]> {
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** Notifications waiting to be delivered (pending or being sent), by channel. */
export async function outboxDepth(db: Kysely<DB>) {
  const rows = await sql<{ channel: string; n: number }>`SELECT channel, count(*)::int AS n FROM notifications
        WHERE status IN ('pending', 'sending') GROUP BY channel`.execute(db);
  return rows.rows;
}

/** Notifications whose delivery failed (`failed` or `dead`), by channel and status. */
export async function deliveryFailures(db: Kysely<DB>) {
  const rows = await sql<{ channel: string; status: string; n: number }>`SELECT channel, status, count(*)::int AS n FROM notifications
        WHERE status IN ('failed', 'dead') GROUP BY channel, status`.execute(db);
  return rows.rows;
}

/** Webhook delivery attempts that failed, over all time. */
export async function failedWebhookAttempts(db: Kysely<DB>): Promise<number> {
  const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM webhook_deliveries WHERE NOT success`.execute(db);
  return row.rows[0]?.n ?? 0;
}

/** Whether pg-boss's job table exists (not until a worker has created the queues). */
export async function hasJobTable(db: Kysely<DB>): Promise<boolean> {
  const exists = await sql<{ t: string | null }>`SELECT to_regclass('pgboss.job')::text AS t`.execute(db);
  return Boolean(exists.rows[0]?.t);
}

/** Per pg-boss queue, the age in seconds of the oldest job that is due and not yet started. */
export async function jobQueueLag(db: Kysely<DB>) {
  const rows = await sql<{ name: string; lag: number }>`SELECT name, coalesce(extract(epoch FROM max(now() - start_after)), 0)::float8 AS lag
        FROM pgboss.job WHERE state IN ('created', 'retry') AND start_after <= now() GROUP BY name`.execute(db);
  return rows.rows;
}
