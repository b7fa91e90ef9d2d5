import type { AppContext } from '../context.js';
import { channelsFor } from './channels/index.js';
import { deliverDue } from './delivery.js';
import { errorText } from '../log.js';
import { runDueReminders } from './reminders.js';

const BATCH = 50;

export interface NotificationLoop {
  /** Stops polling and resolves once the pass in flight, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Polls every NOTIFY_POLL_MS: due reminders become notifications, then due notifications are sent,
 * batch after batch while batches come back full. Passes never overlap; a failing pass is logged
 * and the next one tries again. Several processes may each run a loop on one database.
 */
export function startNotificationLoop(ctx: AppContext, intervalMs = ctx.config.NOTIFY_POLL_MS): NotificationLoop {
  const { log } = channelsFor(ctx);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;

  const pass = async () => {
    try {
      await runDueReminders(ctx);
      while (!stopped && (await deliverDue(ctx, BATCH)) === BATCH);
    } catch (error) {
      log.error({ error: errorText(error) }, 'notification pass failed');
    }
  };
  const schedule = () => {
    timer = setTimeout(() => {
      inFlight = pass().finally(() => {
        inFlight = undefined;
        if (!stopped) schedule();
      });
    }, intervalMs);
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
