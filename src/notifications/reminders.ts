import { sql, type Transaction } from 'kysely';
import type { AppContext } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import type { DB } from '../db/types.js';
import { fanOut } from './fanout.js';
import { loadNotice } from './snapshot.js';

/** Only a confirmed booking is worth a reminder: a hold may lapse, and everything else is over. */
const REMINDED_STATUSES = new Set(['scheduled']);
/** Statuses whose already-planned reminders stay: the visit is still on. */
const KEEP_PENDING_STATUSES = new Set(['scheduled', 'in_progress']);

const BATCH = 100;

/**
 * Makes an appointment's pending reminders match what it is now, inside the caller's transaction:
 * one per configured offset before the start while it is scheduled (never one already in the past,
 * never one that already went out for this start time), none once it is cancelled or otherwise
 * over, and a move of the start time retires the old ones and plans new ones.
 */
export async function syncReminders(
  trx: Transaction<DB>,
  ctx: Pick<AppContext, 'clock' | 'config'>,
  appointment: { id: string; status: string; start: Date },
): Promise<void> {
  const now = ctx.clock.now().getTime();
  const start = appointment.start.getTime();
  const existing = await trx
    .selectFrom('reminders')
    .select(['id', 'offset_minutes', 'remind_at', 'status'])
    .where('appointment_id', '=', appointment.id)
    .where('status', 'in', ['pending', 'sent'])
    .execute();

  const stillOn = KEEP_PENDING_STATUSES.has(appointment.status);
  const stale = existing.filter(
    (r) => r.status === 'pending' && (!stillOn || r.remind_at.getTime() !== start - r.offset_minutes * 60_000),
  );
  if (stale.length > 0) {
    await trx
      .updateTable('reminders')
      .set({ status: 'canceled' })
      .where('id', 'in', stale.map((r) => r.id))
      .where('status', '=', 'pending')
      .execute();
  }
  if (!REMINDED_STATUSES.has(appointment.status)) return;

  const staleIds = new Set(stale.map((r) => r.id));
  const planned = existing.filter((r) => !staleIds.has(r.id));
  const wanted = [...new Set(ctx.config.REMINDER_OFFSETS_MINUTES)]
    .map((offset) => ({ offset, at: start - offset * 60_000 }))
    .filter(({ offset, at }) => at > now && !planned.some((r) => r.offset_minutes === offset && r.remind_at.getTime() === at));
  if (wanted.length === 0) return;
  await trx
    .insertInto('reminders')
    .values(wanted.map(({ offset, at }) => ({ appointment_id: appointment.id, offset_minutes: offset, remind_at: new Date(at) })))
    // Two syncs of one appointment at once (should the caller not hold its row lock) still plan one each.
    // The predicate is a literal: PostgreSQL matches it against the partial index when planning, and a
    // parameter there stops matching once a prepared statement switches to its generic plan.
    .onConflict((oc) => oc.columns(['appointment_id', 'offset_minutes']).where('status', '=', sql.lit('pending')).doNothing())
    .execute();
}

/**
 * Turns due reminders into 'reminder' notifications, exactly once: each reminder is claimed with
 * SKIP LOCKED (another worker skips it) and marked sent in the same transaction that writes its
 * notifications, so they commit together or not at all. A reminder whose appointment is no longer
 * scheduled at that time, or has already begun, is retired instead. Returns how many went out.
 */
export async function runDueReminders(ctx: AppContext): Promise<number> {
  let sent = 0;
  for (;;) {
    const now = ctx.clock.now();
    const { claimed, delivered } = await inTransaction(ctx.db, async (trx) => {
      const due = await trx
        .selectFrom('reminders')
        .select(['id', 'appointment_id', 'offset_minutes', 'remind_at'])
        // A literal, like the due index's predicate, so a generic plan can still use that index.
        .where(sql<boolean>`status = 'pending'`)
        .where('remind_at', '<=', now)
        .orderBy('remind_at')
        .limit(BATCH)
        .forUpdate()
        .skipLocked()
        .execute();
      let delivered = 0;
      for (const reminder of due) {
        const notice = await loadNotice(trx, reminder.appointment_id);
        const live =
          notice !== undefined &&
          REMINDED_STATUSES.has(notice.snapshot.status) &&
          notice.start.getTime() === reminder.remind_at.getTime() + reminder.offset_minutes * 60_000 &&
          notice.start.getTime() > now.getTime();
        if (live) {
          await fanOut(trx, notice, {
            event: 'reminder',
            actor: { user_id: null, role: 'system' },
            data: { offset_minutes: reminder.offset_minutes },
            now,
          });
          delivered++;
        }
        await trx
          .updateTable('reminders')
          .set(live ? { status: 'sent', sent_at: now } : { status: 'canceled' })
          .where('id', '=', reminder.id)
          .execute();
      }
      return { claimed: due.length, delivered };
    });
    sent += delivered;
    if (claimed < BATCH) return sent;
  }
}
