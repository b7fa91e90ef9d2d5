import { type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import type { DB, NotificationRow, NotificationsTable } from '../db/types.js';
import type { DeliveryOutcome } from './channels/types.js';
import { FAILING_AFTER } from './retry.js';

/** Locks one notification for its delivery job's decision (claim, dead-letter or wait). */
export function lockNotification(trx: Transaction<DB>, id: string): Promise<NotificationRow | undefined> {
  return trx.selectFrom('notifications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Takes the attempt: 'sending', leased until `leaseEnd`, one more attempt counted. */
export function claimNotification(trx: Transaction<DB>, id: string, leaseEnd: Date): Promise<NotificationRow> {
  return trx
    .updateTable('notifications')
    .set({ status: 'sending', locked_until: leaseEnd, attempts: sql<number>`attempts + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Gives up on a notification that is not final yet ('dead', with why). */
export async function markNotificationDead(executor: Kysely<DB> | Transaction<DB>, id: string, error: string): Promise<void> {
  await executor
    .updateTable('notifications')
    .set({ status: 'dead', locked_until: null, last_error: error })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'failed', 'sending'])
    .execute();
}

/**
 * Records an attempt's result, fenced on the attempt number the claim took: should a lease run out
 * mid-send and another worker take the row, the slower worker's stale result does not overwrite
 * the newer attempt's. Returns whether it was still this attempt's to record.
 */
export async function settleNotification(trx: Transaction<DB>, n: NotificationRow, changes: Updateable<NotificationsTable>): Promise<boolean> {
  const result = await trx
    .updateTable('notifications')
    .set(changes)
    .where('id', '=', n.id)
    .where('status', '=', 'sending')
    .where('attempts', '=', n.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Extends the lease of a row this worker still holds (fenced on the attempt, like a settle). */
export async function renewLease(db: Kysely<DB>, id: string, attempts: number, leaseEnd: Date): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ locked_until: leaseEnd })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('attempts', '=', attempts)
    .execute();
}

/**
 * The delivery log and the subscription's health: every attempt is kept, and an endpoint that keeps
 * failing is flagged (and keeps getting retries), never switched off behind the admin's back.
 */
export async function recordWebhookAttempt(
  trx: Transaction<DB>,
  n: NotificationRow,
  outcome: DeliveryOutcome,
  now: Date,
): Promise<{ consecutive_failures: number } | undefined> {
  const subscription = await trx
    .updateTable('webhook_subscriptions')
    .set(
      outcome.ok
        ? { consecutive_failures: 0, failing: false, last_success_at: now }
        : {
            consecutive_failures: sql<number>`consecutive_failures + 1`,
            total_failures: sql<number>`total_failures + 1`,
            failing: sql<boolean>`consecutive_failures + 1 >= ${FAILING_AFTER}`,
            last_failure_at: now,
            last_error: outcome.error ?? 'failed',
          },
    )
    .where('id', '=', n.subscription_id!)
    .returning(['consecutive_failures'])
    .executeTakeFirst();
  const stillThere = await trx.selectFrom('notifications').select('id').where('id', '=', n.id).executeTakeFirst();
  // A subscription deleted mid-send took its notifications and log with it: nothing to record.
  if (!subscription || !stillThere) return undefined;
  await trx
    .insertInto('webhook_deliveries')
    .values({
      subscription_id: n.subscription_id!,
      notification_id: n.id,
      attempt: n.attempts,
      success: outcome.ok,
      status_code: outcome.statusCode ?? null,
      error: outcome.ok ? null : (outcome.error ?? 'failed'),
      duration_ms: outcome.durationMs,
      attempted_at: now,
    })
    .execute();
  return subscription;
}
