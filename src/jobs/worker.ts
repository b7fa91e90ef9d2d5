import PgBoss from 'pg-boss';
import { sweepOverdue } from '../appointments/appointments.service.js';
import type { AppContext } from '../context.js';

export const OVERDUE_QUEUE = 'appointments-mark-overdue';

export interface Worker {
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the app's own database and registers the periodic jobs. Several
 * workers may run at once: pg-boss hands each job to one of them (SKIP LOCKED).
 */
export async function startWorker(ctx: AppContext): Promise<Worker> {
  const { database } = ctx;
  const boss = database.jobExecutor
    ? new PgBoss({ db: database.jobExecutor, schema: 'pgboss' })
    : new PgBoss({ connectionString: database.connectionString, schema: 'pgboss', max: 4 });
  boss.on('error', (error) => console.error('[worker] pg-boss error:', error.message));

  await boss.start();
  await boss.createQueue(OVERDUE_QUEUE);
  await boss.schedule(OVERDUE_QUEUE, ctx.config.OVERDUE_SWEEP_CRON);
  await boss.work(OVERDUE_QUEUE, async () => {
    await sweepOverdue(ctx);
  });

  return {
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
