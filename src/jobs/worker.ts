import PgBoss from 'pg-boss';
import { errorText } from '../log.js';
import { JOBS_SCHEMA } from './boss.js';
import { sweepExpiredHolds, sweepOverdue } from '../appointments/appointments.service.js';
import type { AppContext } from '../context.js';
import { CONCURRENCY, deliverJobs, giveUpDeliveries } from '../notifications/delivery.js';
import { DELIVERY_QUEUE, type DeliveryJob, REMINDER_QUEUE, UNDELIVERABLE_QUEUE } from '../notifications/queue.js';
import { runDueReminders } from '../notifications/reminders.js';
import { sweepExpiredRequests } from '../appointments/approval.service.js';
import { sweepWaitlist } from '../waitlist/waitlist.service.js';
import { syncCalendars } from '../calendars/sources.service.js';

export const OVERDUE_QUEUE = 'appointments-mark-overdue';
export const HOLD_EXPIRY_QUEUE = 'appointments-expire-holds';
export const REQUEST_EXPIRY_QUEUE = 'appointments-expire-requests';
export const WAITLIST_QUEUE = 'waitlist-offers';
export const CALENDAR_SYNC_QUEUE = 'calendars-sync';

export interface Worker {
  stop(): Promise<void>;
}

/** A lost connection to PostgreSQL: the server ended it (57P01–57P03), a connection error class (08), or the socket closed. */
const isConnectionLoss = (reason: unknown) => {
  const { code, message } = (reason ?? {}) as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && (/^57P0[123]$/.test(code) || code.startsWith('08'))) || (typeof message === 'string' && /Connection terminated/i.test(message));
};
let rejectionsWatched = false;

/**
 * pg-boss 10 does not wait for the completion of a finished job (in `work`, manager.js calls
 * `this.complete(...)` without `await`): a connection lost at that moment rejects with no one to
 * catch it, which would end the process. Such a rejection is logged (the job expires and runs again,
 * and the notification row's fence keeps it from being sent twice); any other still ends the process.
 */
function survivePgBossConnectionLoss(ctx: AppContext) {
  if (rejectionsWatched) return;
  rejectionsWatched = true;
  process.on('unhandledRejection', (reason) => {
    if (!isConnectionLoss(reason)) throw reason;
    ctx.log.error({ component: 'worker', error: errorText(reason) }, 'pg-boss lost its database connection while completing a job');
  });
}

/**
 * Starts pg-boss on the app's own database (its own pool) and registers the periodic jobs and the
 * notification delivery handlers. Several workers may run at once: pg-boss hands each job to one of
 * them (SKIP LOCKED).
 */
export async function startWorker(ctx: AppContext): Promise<Worker> {
  survivePgBossConnectionLoss(ctx);
  const { database } = ctx;
  const boss = new PgBoss({ connectionString: database.connectionString, schema: JOBS_SCHEMA, max: 4 });
  boss.on('error', (error) => ctx.log.error({ component: 'worker', error: error.message }, 'pg-boss error'));

  await boss.start();
  await boss.createQueue(OVERDUE_QUEUE);
  await boss.schedule(OVERDUE_QUEUE, ctx.config.OVERDUE_SWEEP_CRON);
  await boss.work(OVERDUE_QUEUE, async () => {
    await sweepOverdue(ctx);
  });
  // Tells patients their unpaid hold lapsed. Bookings and slot search never wait for it.
  await boss.createQueue(HOLD_EXPIRY_QUEUE);
  await boss.schedule(HOLD_EXPIRY_QUEUE, '* * * * *');
  await boss.work(HOLD_EXPIRY_QUEUE, async () => {
    await sweepExpiredHolds(ctx);
  });

  // Issue 15: unanswered requests are declined, and the waitlist's offers are made and lapsed, by the minute.
  await boss.createQueue(REQUEST_EXPIRY_QUEUE);
  await boss.schedule(REQUEST_EXPIRY_QUEUE, '* * * * *');
  await boss.work(REQUEST_EXPIRY_QUEUE, async () => {
    await sweepExpiredRequests(ctx);
  });
  await boss.createQueue(WAITLIST_QUEUE);
  await boss.schedule(WAITLIST_QUEUE, '* * * * *');
  await boss.work(WAITLIST_QUEUE, async () => {
    await sweepWaitlist(ctx);
  });
  // Linked calendars' busy time; a run that is still fetching when the next is due is not doubled
  // (each source is locked while it is imported).
  await boss.createQueue(CALENDAR_SYNC_QUEUE);
  await boss.schedule(CALENDAR_SYNC_QUEUE, ctx.config.CALENDAR_SYNC_CRON);
  await boss.work(CALENDAR_SYNC_QUEUE, async () => {
    await syncCalendars(ctx);
  });

  // Notifications: a job per delivery attempt, enqueued in the command's transaction (queues made
  // at start-up, see installJobs). Two polling loops, so one slow endpoint's batch does not hold up
  // the next notice; each polls every NOTIFY_POLL_MS (pg-boss's floor: half a second) when idle.
  const delivery = { pollingIntervalSeconds: Math.max(0.5, ctx.config.NOTIFY_POLL_MS / 1000), batchSize: CONCURRENCY / 2 };
  for (let loop = 0; loop < 2; loop++) {
    await boss.work<DeliveryJob>(DELIVERY_QUEUE, delivery, async (batch) => {
      await deliverJobs(ctx, batch, { boss });
    });
  }
  await boss.work<DeliveryJob>(UNDELIVERABLE_QUEUE, { includeMetadata: true }, (batch) => giveUpDeliveries(ctx, batch));
  // Due reminders become notifications (each exactly once, whichever worker sweeps), by the minute.
  await boss.schedule(REMINDER_QUEUE, '* * * * *');
  await boss.work(REMINDER_QUEUE, async () => {
    await runDueReminders(ctx);
  });

  return {
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
