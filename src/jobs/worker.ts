import PgBoss from 'pg-boss';
import { sweepExpiredHolds, sweepOverdue } from '../appointments/appointments.service.js';
import type { AppContext } from '../context.js';
import { startNotificationLoop } from '../notifications/loop.js';

export const OVERDUE_QUEUE = 'appointments-mark-overdue';
export const HOLD_EXPIRY_QUEUE = 'appointments-expire-holds';

export interface Worker {
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the app's own database and registers the periodic jobs. Several
 * workers may run at once: pg-boss hands each job to one of them (SKIP LOCKED).
 */
export async function startWorker(ctx: AppContext): Promise<Worker> {
  const { database } = ctx;
  const boss = new PgBoss({ connectionString: database.connectionString, schema: 'pgboss', max: 4 });
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

  // Notifications poll on their own, every NOTIFY_POLL_MS: pg-boss schedules by the minute, which is
  // too slow for a cancellation notice, and the outbox rows already carry their own retry state.
  const notifications = startNotificationLoop(ctx);

  return {
    async stop() {
      await notifications.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
