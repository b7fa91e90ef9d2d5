import type PgBoss from 'pg-boss';
import { isAccountMail, redactAccountMail } from '../accounts/account-mail.js';
import type { Uses } from '../context.js';
import type { NotificationRow } from '../db/types.js';
import { errorText } from '../log.js';
import { type ChannelContext, channelsFor } from './channels/index.js';
import type { DeliveryOutcome } from './channels/types.js';
import * as repo from './delivery.repository.js';
import { DELIVERY_QUEUE, type DeliveryJob, dropDelivery, enqueueDelivery } from './queue.js';
import { FAILING_AFTER, retryDelayMs } from './retry.js';

/** How many messages one batch of jobs sends at once. */
export const CONCURRENCY = 8;

const INTERRUPTED = 'Every attempt was interrupted before it finished';

/** What delivering takes: the database and clock, the retry settings, and the senders' parts. */
type DeliveryContext = ChannelContext & Uses<'clock'>;

interface Claim {
  row: NotificationRow;
  /** The job due when the lease runs out: it retries the row should this worker die mid-send. */
  watchdog: string;
}

/**
 * What one delivery job does with its notification, decided under the row's lock by the app's
 * clock. The row is the fence: pg-boss delivers a job at least once, and a notification may have
 * more than one job, so only a waiting row that is due (or a 'sending' one whose lease ran out) is
 * claimed, and every other outcome leaves the row with a job due when it can next be tried:
 * - pending/failed and due, or sending with its lease run out: claimed (attempt + 1, leased), with a
 *   job at the lease's end, in the claim's transaction;
 * - sending with its lease run out and no attempts left: dead (its worker kept dying mid-send);
 * - pending/failed not due yet: a job at `next_attempt_at`; sending and leased: a job at the lease's end;
 * - sent, dead or gone: nothing.
 */
async function claim(ctx: Uses<'db' | 'clock' | 'config'>, id: string): Promise<Claim | undefined> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const n = await repo.lockNotification(trx, id);
    if (!n || n.status === 'sent' || n.status === 'dead') return undefined;
    if (n.status !== 'sending' && n.next_attempt_at > now) {
      await enqueueDelivery(trx, id, n.next_attempt_at);
      return undefined;
    }
    if (n.status === 'sending' && n.locked_until && n.locked_until > now) {
      await enqueueDelivery(trx, id, n.locked_until);
      return undefined;
    }
    if (n.status === 'sending' && n.attempts >= ctx.config.NOTIFY_MAX_ATTEMPTS) {
      await repo.markNotificationDead(trx, id, INTERRUPTED);
      return undefined;
    }
    const leaseEnd = new Date(now.getTime() + ctx.config.NOTIFY_LEASE_MS);
    const row = await repo.claimNotification(trx, id, leaseEnd);
    return { row, watchdog: await enqueueDelivery(trx, id, leaseEnd) };
  });
}

/**
 * Records the attempt's result (fenced on the attempt, see repo.settleNotification): sent; or failed
 * with the next attempt at retry.ts's backoff and its job, in the same transaction; or dead after
 * NOTIFY_MAX_ATTEMPTS (or at once when retrying cannot help). The lease's job is no longer needed.
 */
async function settle(ctx: DeliveryContext, { row: n, watchdog }: Claim, outcome: DeliveryOutcome): Promise<void> {
  const now = ctx.clock.now();
  const { log } = channelsFor(ctx);
  const dead = !outcome.ok && (outcome.permanent || n.attempts >= ctx.config.NOTIFY_MAX_ATTEMPTS);
  const retryAt = new Date(now.getTime() + retryDelayMs(n.attempts));
  // An account email's code leaves the outbox once delivery is over (sent, or given up on).
  const redacted = (outcome.ok || dead) && isAccountMail(n.payload) ? { payload: JSON.stringify(redactAccountMail(n.payload)) } : {};
  await ctx.db.transaction().execute(async (trx) => {
    const ours = await repo.settleNotification(trx, n, {
      ...(outcome.ok
        ? { status: 'sent', sent_at: now, locked_until: null, last_error: null }
        : dead
          ? { status: 'dead', locked_until: null, last_error: outcome.error ?? 'failed' }
          : { status: 'failed', locked_until: null, last_error: outcome.error ?? 'failed', next_attempt_at: retryAt }),
      ...redacted,
    });
    if (ours && !outcome.ok && !dead) await enqueueDelivery(trx, n.id, retryAt);
    await dropDelivery(trx, watchdog);
    if (n.channel === 'webhook' && n.subscription_id) {
      const health = await repo.recordWebhookAttempt(trx, n, outcome, now);
      if (health?.consecutive_failures === FAILING_AFTER) {
        log.warn({ subscription: n.subscription_id, consecutive_failures: FAILING_AFTER }, 'webhook subscription is failing');
      }
    }
  });
  if (outcome.ok) return;
  if (dead) log.warn({ notification: n.id, channel: n.channel, attempts: n.attempts, error: outcome.error }, 'notification dead-lettered');
  else log.info({ notification: n.id, channel: n.channel, attempts: n.attempts, error: outcome.error }, 'notification attempt failed; will retry');
}

async function send(ctx: ChannelContext, n: NotificationRow): Promise<DeliveryOutcome> {
  try {
    return n.channel === 'in_app' ? { ok: true, durationMs: 0 } : await channelsFor(ctx).senders[n.channel].send(n);
  } catch (error) {
    return { ok: false, error: errorText(error), durationMs: 0 };
  }
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** The pg-boss that fetched a batch, and the connection to settle its jobs on (its own pool when absent). */
export interface JobSource {
  boss: PgBoss;
  db?: PgBoss.Db;
}

/**
 * Handles a batch of delivery jobs, at most CONCURRENCY at a time: claim (see {@link claim}), send
 * outside any transaction, settle. While this worker lives its claims stay its own (the leases are
 * renewed every NOTIFY_LEASE_MS / 3); if it dies, the lease's job hands the row to another worker.
 * A job whose handling failed before an attempt could start is failed: pg-boss retries it with
 * backoff, then hands it to the dead letter queue. Returns how many notifications it claimed.
 */
export async function deliverJobs(ctx: DeliveryContext, batch: PgBoss.Job<DeliveryJob>[], source: JobSource): Promise<number> {
  const { log } = channelsFor(ctx);
  const unsettled = new Map<string, number>();
  const renewal = setInterval(() => {
    const leaseEnd = new Date(ctx.clock.now().getTime() + ctx.config.NOTIFY_LEASE_MS);
    (async () => {
      for (const [id, attempts] of unsettled) await repo.renewLease(ctx.db, id, attempts, leaseEnd);
    })().catch((error) => log.error({ error: errorText(error) }, 'could not renew delivery leases'));
  }, ctx.config.NOTIFY_LEASE_MS / 3);
  renewal.unref();

  let claimed = 0;
  const failed: { job: string; error: string }[] = [];
  try {
    await eachLimited(batch, CONCURRENCY, async (job) => {
      let taken: Claim | undefined;
      try {
        taken = await claim(ctx, job.data.notification);
      } catch (error) {
        failed.push({ job: job.id, error: errorText(error) });
        return;
      }
      if (!taken) return;
      claimed++;
      unsettled.set(taken.row.id, taken.row.attempts);
      try {
        await settle(ctx, taken, await send(ctx, taken.row));
      } catch (error) {
        // The lease's job tries the row again once the lease runs out: a repeat, never a loss.
        log.error({ notification: taken.row.id, error: errorText(error) }, 'could not record a delivery result');
      } finally {
        unsettled.delete(taken.row.id);
      }
    });
  } finally {
    clearInterval(renewal);
  }
  for (const { job, error } of failed) await source.boss.fail(DELIVERY_QUEUE, job, { message: error }, { db: source.db });
  return claimed;
}

/**
 * Delivery jobs that pg-boss gave up on (their handler failed every retry; fetched with metadata,
 * for the last error): each notification is marked dead, unless it was settled meanwhile or another
 * worker holds it right now. A replay (webhooks) queues it again once the cause is fixed.
 */
export async function giveUpDeliveries(ctx: DeliveryContext, batch: PgBoss.JobWithMetadata<DeliveryJob>[]): Promise<void> {
  const now = ctx.clock.now();
  for (const job of batch) {
    const cause = (job.output as { message?: string } | null)?.message;
    const error = `Its delivery kept failing before an attempt could start${cause ? `: ${cause}` : ''}`;
    const id = job.data.notification;
    await ctx.db.transaction().execute(async (trx) => {
      const n = await repo.lockNotification(trx, id);
      if (!n || n.status === 'sent' || n.status === 'dead') return;
      if (n.status === 'sending' && n.locked_until && n.locked_until > now) return;
      await repo.markNotificationDead(trx, id, error);
      channelsFor(ctx).log.warn({ notification: id, error }, 'notification dead-lettered: its delivery job kept failing');
    });
  }
}
