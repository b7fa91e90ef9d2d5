import { sql, type Transaction } from 'kysely';
import type { AppContext } from '../context.js';
import type { DB, NotificationRow } from '../db/types.js';
import { channelsFor } from './channels/index.js';
import type { DeliveryOutcome } from './channels/types.js';
import { errorText } from '../log.js';
import { FAILING_AFTER, retryDelayMs } from './retry.js';

/** How many messages one worker sends at once. */
const CONCURRENCY = 8;

// Status tests written as literals, matching the partial indexes' predicates: a bound parameter in
// their place would keep a prepared statement's generic plan from using those indexes.
const WAITING = sql<boolean>`status IN ('pending', 'failed')`;
const SENDING = sql<boolean>`status = 'sending'`;

/**
 * Claims up to `limit` notifications that are due: waiting ones whose time has come, and 'sending'
 * ones whose lease ran out (their worker died between claim and result). SKIP LOCKED lets several
 * workers claim side by side without waiting on or taking each other's rows; the claim commits
 * before anything is sent, so the lease is visible to every other worker while the send runs.
 */
async function claimDue(ctx: AppContext, now: Date, limit: number): Promise<NotificationRow[]> {
  const leaseEnd = new Date(now.getTime() + ctx.config.NOTIFY_LEASE_MS);
  const max = ctx.config.NOTIFY_MAX_ATTEMPTS;
  return ctx.db.transaction().execute(async (trx) => {
    // A message whose every attempt ended with its worker dying (one that crashes the sender, say)
    // stops here instead of taking workers down forever.
    await trx
      .updateTable('notifications')
      .set({ status: 'dead', locked_until: null, last_error: 'Every attempt was interrupted before it finished' })
      .where(
        'id',
        'in',
        trx
          .selectFrom('notifications')
          .select('id')
          .where(SENDING)
          .where('locked_until', '<=', now)
          .where('attempts', '>=', max)
          .forUpdate()
          .skipLocked(),
      )
      .execute();
    return trx
      .updateTable('notifications')
      .set({ status: 'sending', locked_until: leaseEnd, attempts: sql<number>`attempts + 1` })
      .where(
        'id',
        'in',
        trx
          .selectFrom('notifications')
          .select('id')
          .where((eb) =>
            eb.or([
              eb.and([WAITING, eb('next_attempt_at', '<=', now)]),
              eb.and([SENDING, eb('locked_until', '<=', now), eb('attempts', '<', max)]),
            ]),
          )
          .orderBy('next_attempt_at')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .execute();
  });
}

/**
 * Records the attempt's result. The update is fenced on the attempt number the claim took: should a
 * lease ever run out mid-send and another worker take the row, the slower worker's stale result does
 * not overwrite the newer attempt's.
 */
async function settle(ctx: AppContext, n: NotificationRow, outcome: DeliveryOutcome): Promise<void> {
  const now = ctx.clock.now();
  const { log } = channelsFor(ctx);
  const dead = !outcome.ok && (outcome.permanent || n.attempts >= ctx.config.NOTIFY_MAX_ATTEMPTS);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('notifications')
      .set(
        outcome.ok
          ? { status: 'sent', sent_at: now, locked_until: null, last_error: null }
          : dead
            ? { status: 'dead', locked_until: null, last_error: outcome.error ?? 'failed' }
            : {
                status: 'failed',
                locked_until: null,
                last_error: outcome.error ?? 'failed',
                next_attempt_at: new Date(now.getTime() + retryDelayMs(n.attempts)),
              },
      )
      .where('id', '=', n.id)
      .where('status', '=', 'sending')
      .where('attempts', '=', n.attempts)
      .execute();
    if (n.channel === 'webhook' && n.subscription_id) {
      const health = await recordWebhookAttempt(trx, n, outcome, now);
      if (health?.consecutive_failures === FAILING_AFTER) {
        log.warn({ subscription: n.subscription_id, consecutive_failures: FAILING_AFTER }, 'webhook subscription is failing');
      }
    }
  });
  if (outcome.ok) return;
  if (dead) log.warn({ notification: n.id, channel: n.channel, attempts: n.attempts, error: outcome.error }, 'notification dead-lettered');
  else log.info({ notification: n.id, channel: n.channel, attempts: n.attempts, error: outcome.error }, 'notification attempt failed; will retry');
}

/**
 * The delivery log and the subscription's health: every attempt is kept, and an endpoint that keeps
 * failing is flagged (and keeps getting retries), never switched off behind the admin's back.
 */
async function recordWebhookAttempt(
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

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * One delivery pass: claims up to `limit` due notifications, sends them outside any transaction,
 * and records each result (sent; or failed with the next attempt at an exponential backoff; or
 * dead after NOTIFY_MAX_ATTEMPTS). Returns how many it claimed, so a caller can loop while full.
 */
export async function deliverDue(ctx: AppContext, limit = 50): Promise<number> {
  const claimed = await claimDue(ctx, ctx.clock.now(), limit);
  const { log } = channelsFor(ctx);
  // While this worker lives, its claims stay its own (a slow SMTP server, a queue behind CONCURRENCY);
  // if it dies, the renewals stop and the short lease hands the rows to another worker soon.
  const unsettled = new Map(claimed.map((n) => [n.id, n.attempts]));
  const renewal = setInterval(() => {
    renewLeases(ctx, unsettled).catch((error) => log.error({ error: errorText(error) }, 'could not renew delivery leases'));
  }, ctx.config.NOTIFY_LEASE_MS / 3);
  renewal.unref();
  try {
    await deliverClaimed(ctx, claimed, unsettled);
  } finally {
    clearInterval(renewal);
  }
  return claimed.length;
}

/** Extends the lease of rows this worker still holds (fenced on the attempt, like `settle`). */
async function renewLeases(ctx: AppContext, unsettled: Map<string, number>): Promise<void> {
  const leaseEnd = new Date(ctx.clock.now().getTime() + ctx.config.NOTIFY_LEASE_MS);
  for (const [id, attempts] of unsettled) {
    await ctx.db
      .updateTable('notifications')
      .set({ locked_until: leaseEnd })
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .where('attempts', '=', attempts)
      .execute();
  }
}

async function deliverClaimed(ctx: AppContext, claimed: NotificationRow[], unsettled: Map<string, number>): Promise<void> {
  const { senders, log } = channelsFor(ctx);
  await eachLimited(claimed, CONCURRENCY, async (n) => {
    let outcome: DeliveryOutcome;
    try {
      outcome = n.channel === 'in_app' ? { ok: true, durationMs: 0 } : await senders[n.channel].send(n);
    } catch (error) {
      outcome = { ok: false, error: errorText(error), durationMs: 0 };
    }
    try {
      await settle(ctx, n, outcome);
    } catch (error) {
      // The lease expires and the row is tried again: a repeat, never a loss.
      log.error({ notification: n.id, error: errorText(error) }, 'could not record a delivery result');
    } finally {
      unsettled.delete(n.id);
    }
  });
}
