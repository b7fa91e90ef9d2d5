import type { Transaction } from 'kysely';
import type PgBoss from 'pg-boss';
import type { Config } from '../config.js';
import type { DB } from '../db/types.js';
import { jobDb, jobs } from '../jobs/boss.js';

/** One job per delivery attempt of one notification; its data is the notification's id, nothing else. */
export const DELIVERY_QUEUE = 'notifications-deliver';
/** Delivery jobs that kept failing (the handler itself, not the channel): their notification is marked dead. */
export const UNDELIVERABLE_QUEUE = 'notifications-undeliverable';
/** The reminder sweep (a pg-boss schedule): due reminders become notifications. */
export const REMINDER_QUEUE = 'notifications-reminders';

export interface DeliveryJob {
  notification: string;
}

/**
 * The notification queues. A delivery's outcome (sent, failed with the next attempt at retry.ts's
 * backoff, dead after NOTIFY_MAX_ATTEMPTS) is the handler's to record on the row, which stays the
 * delivery log; pg-boss's own retries (with backoff) and dead letter are for a job whose handler
 * failed, say the database went away mid-claim.
 */
export function notificationQueues(config: Pick<Config, 'NOTIFY_MAX_ATTEMPTS'>): (PgBoss.Queue & { name: string })[] {
  return [
    { name: UNDELIVERABLE_QUEUE, retryLimit: 5, retryDelay: 60, retryBackoff: true },
    { name: DELIVERY_QUEUE, retryLimit: config.NOTIFY_MAX_ATTEMPTS, retryDelay: 30, retryBackoff: true, deadLetter: UNDELIVERABLE_QUEUE },
    { name: REMINDER_QUEUE },
  ];
}

/**
 * Enqueues a delivery job for each notification, in the command's own transaction: a change that
 * rolls back leaves no job, a committed one always has its job. One statement for the lot.
 */
export async function enqueueDeliveries(trx: Transaction<DB>, notifications: { id: string; startAfter?: Date }[]): Promise<void> {
  if (notifications.length === 0) return;
  await jobs.insert(
    notifications.map(({ id, startAfter }) => ({ name: DELIVERY_QUEUE, data: { notification: id } satisfies DeliveryJob, ...(startAfter ? { startAfter } : {}) })),
    { db: jobDb(trx) },
  );
}

/** One delivery job (due at `startAfter`, or now), in `trx`; returns the job's id. */
export async function enqueueDelivery(trx: Transaction<DB>, notification: string, startAfter?: Date): Promise<string> {
  const id = await jobs.send(DELIVERY_QUEUE, { notification } satisfies DeliveryJob, { db: jobDb(trx), ...(startAfter ? { startAfter } : {}) });
  if (!id) throw new Error(`the ${DELIVERY_QUEUE} queue does not exist: pg-boss was not installed at start-up`);
  return id;
}

/** Drops a delivery job that is no longer needed (its notification was settled), in `trx`. */
export async function dropDelivery(trx: Transaction<DB>, jobId: string): Promise<void> {
  await jobs.deleteJob(DELIVERY_QUEUE, jobId, { db: jobDb(trx) });
}
