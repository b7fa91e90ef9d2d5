import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import PgBoss from 'pg-boss';
import { installedJobsFingerprint, recordJobsFingerprint } from './jobs.repository.js';
import type { DB } from '../db/types.js';

/** The PostgreSQL schema pg-boss keeps its queues and jobs in, on the app's own database. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * pg-boss's `db` option over Kysely: its statements run on `executor`, so a job sent with a
 * command's transaction commits or rolls back with that command. Kysely's own raw-query API, no
 * second client.
 */
export function jobDb(executor: Kysely<DB> | Transaction<DB>): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const result = await executor.executeQuery(CompiledQuery.raw(text, values));
      return { rows: [...result.rows] };
    },
  };
}

const notConnected: PgBoss.Db = {
  executeSql() {
    return Promise.reject(new Error('jobs are sent with a connection of their own: pass { db: jobDb(trx) }'));
  },
};

/**
 * Sends, fetches and settles jobs through the `db` each call is given (never started, so it opens no
 * pool of its own): what a command needs to enqueue inside its transaction. The worker runs its own
 * started pg-boss, with its own pool, to poll the queues.
 */
export const jobs = new PgBoss({ db: notConnected, schema: JOBS_SCHEMA });

/** Completes jobs through `db` (pg-boss's typings only take a `db` beside a single id). */
export function completeJobs(queue: string, ids: string[], db: PgBoss.Db): Promise<unknown> {
  const complete = jobs.complete as unknown as (name: string, ids: string[], data: null, options: PgBoss.ConnectionOptions) => Promise<unknown>;
  return complete.call(jobs, queue, ids, null, { db });
}

/**
 * What an install puts in place: pg-boss's own schema (its construction plans change with each
 * schema version) and the queues with their options.
 */
const fingerprintOf = (queues: (PgBoss.Queue & { name: string })[]) =>
  createHash('sha256').update(PgBoss.getConstructionPlans(JOBS_SCHEMA)).update(JSON.stringify(queues)).digest('hex');

/**
 * Creates pg-boss's schema (or brings it up to this pg-boss's version) and the queues in `queues`
 * (creating missing ones, updating the options of existing ones), over a short-lived connection of
 * its own. Runs at start-up, before any command can enqueue: a job for a queue that does not exist
 * is silently dropped by pg-boss. Several processes may run it at once. When the schema carries the
 * fingerprint of this very install, there is nothing to do: one query instead of pg-boss's start-up
 * (60–240 ms, most of a second start; `npm run bench` measures start-up).
 */
export async function installJobs(db: Kysely<DB>, connectionString: string, queues: (PgBoss.Queue & { name: string })[]): Promise<void> {
  const fingerprint = fingerprintOf(queues);
  if ((await installedJobsFingerprint(db, JOBS_SCHEMA)) === fingerprint) return;
  const boss = new PgBoss({ connectionString, schema: JOBS_SCHEMA, max: 1, supervise: false, schedule: false });
  let failure: unknown;
  boss.on('error', (error) => (failure ??= error));
  await boss.start();
  try {
    for (const queue of queues) {
      if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
      else await boss.createQueue(queue.name, queue);
    }
  } finally {
    await boss.stop({ graceful: false });
  }
  if (failure) throw failure;
  await recordJobsFingerprint(db, JOBS_SCHEMA, fingerprint);
}
