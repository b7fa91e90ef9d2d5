import type { Insertable, Transaction } from 'kysely';
import type { Uses } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import type { DB, RemindersTable } from '../db/types.js';
import { notificationRows, writeNotifications } from './fanout.js';
import * as repo from './notifications.repository.js';
import { type AppointmentNotice, loadNotice } from './snapshot.js';

/** Only a confirmed booking is worth a reminder: a hold may lapse, and everything else is over. */
const REMINDED_STATUSES = new Set(['scheduled']);
/** Statuses whose already-planned reminders stay: the visit is still on. */
const KEEP_PENDING_STATUSES = new Set(['scheduled', 'in_progress']);

const BATCH = 100;

/**
 * What an appointment's reminders should become now that it is as `notice` says: one per configured
 * offset before the start while it is scheduled (never one already in the past, never one that
 * already went out for this start time), none once it is cancelled or otherwise over; a move of the
 * start time retires the old ones and plans new ones. Pure: the caller cancels and inserts.
 */
export function planReminders(
  ctx: Uses<'clock' | 'config'>,
  notice: Pick<AppointmentNotice, 'snapshot' | 'start' | 'reminders'>,
): { cancel: string[]; insert: Insertable<RemindersTable>[] } {
  const now = ctx.clock.now().getTime();
  const start = notice.start.getTime();
  const { status, id } = notice.snapshot;
  const stillOn = KEEP_PENDING_STATUSES.has(status);
  const stale = notice.reminders.filter((r) => r.status === 'pending' && (!stillOn || r.remind_at.getTime() !== start - r.offset_minutes * 60_000));
  if (!REMINDED_STATUSES.has(status)) return { cancel: stale.map((r) => r.id), insert: [] };

  const planned = notice.reminders.filter((r) => !stale.includes(r));
  const wanted = [...new Set(ctx.config.REMINDER_OFFSETS_MINUTES)]
    .map((offset) => ({ offset, at: start - offset * 60_000 }))
    .filter(({ offset, at }) => at > now && !planned.some((r) => r.offset_minutes === offset && r.remind_at.getTime() === at));
  return {
    cancel: stale.map((r) => r.id),
    insert: wanted.map(({ offset, at }) => ({ appointment_id: id, offset_minutes: offset, remind_at: new Date(at) })),
  };
}

/** Retires pending reminders (a sent one stays as it was). */
export async function cancelReminders(trx: Transaction<DB>, ids: string[]) {
  if (ids.length === 0) return;
  await repo.cancelPendingReminders(trx, ids);
}

/**
 * Turns due reminders into 'reminder' notifications, exactly once: each reminder is claimed with
 * SKIP LOCKED (another worker skips it) and marked sent in the same transaction that writes its
 * notifications, so they commit together or not at all. A reminder whose appointment is no longer
 * scheduled at that time, or has already begun, is retired instead. Returns how many went out.
 */
export async function runDueReminders(ctx: Uses<'db' | 'clock'>): Promise<number> {
  let sent = 0;
  for (;;) {
    const now = ctx.clock.now();
    const { claimed, delivered } = await inTransaction(ctx.db, async (trx) => {
      const due = await repo.claimDueReminders(trx, now, BATCH);
      let delivered = 0;
      for (const reminder of due) {
        const notice = await loadNotice(trx, reminder.appointment_id, 'reminder');
        const live =
          notice !== undefined &&
          REMINDED_STATUSES.has(notice.snapshot.status) &&
          notice.start.getTime() === reminder.remind_at.getTime() + reminder.offset_minutes * 60_000 &&
          notice.start.getTime() > now.getTime();
        if (live) {
          const rows = notificationRows(notice, {
            event: 'reminder',
            actor: { user_id: null, role: 'system' },
            data: { offset_minutes: reminder.offset_minutes },
            now,
          });
          await writeNotifications(trx, rows);
          delivered++;
        }
        await repo.settleReminder(trx, reminder.id, live ? { status: 'sent', sent_at: now } : { status: 'canceled' });
      }
      return { claimed: due.length, delivered };
    });
    sent += delivered;
    if (claimed < BATCH) return sent;
  }
}
