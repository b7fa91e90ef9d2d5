import type { Transaction } from 'kysely';
import type { Uses } from '../context.js';
import type { DB } from '../db/types.js';
import { notificationRows, writeNotifications } from './fanout.js';
import * as repo from './notifications.repository.js';
import { cancelReminders, planReminders } from './reminders.js';
import { type AppointmentNotice, loadNotice } from './snapshot.js';

export type AppointmentEventType =
  | 'created'
  | 'held'
  | 'paid'
  | 'rescheduled'
  | 'canceled'
  | 'started'
  | 'completed'
  | 'no_show'
  | 'expired'
  | 'overdue'
  | 'requested'
  | 'approved'
  | 'declined'
  | 'offered'
  | 'offer_declined'
  | 'offer_lapsed';

export interface AppointmentEvent {
  type: AppointmentEventType;
  appointmentId: string;
  actor: { userId: string | null; role: 'admin' | 'staff' | 'provider' | 'patient' | 'system' };
  /** e.g. { canceled_by: 'patient' | 'provider', reason?, previous_start_time?, previous_end_time? } */
  data?: Record<string, unknown>;
}

/**
 * Inside the caller's transaction: writes the notifications (outbox rows) for every recipient and
 * channel, and (re)syncs the appointment's reminders. Call it after the change is written, in the
 * same transaction, so the notifications describe the appointment as changed and share its fate.
 *
 * @throws when the appointment does not exist (a programming error: the caller just changed it).
 */
export async function recordAppointmentEvent(trx: Transaction<DB>, ctx: Uses<'clock' | 'config'>, event: AppointmentEvent): Promise<void> {
  const notice = await loadNotice(trx, event.appointmentId, event.type);
  if (!notice) throw new Error(`recordAppointmentEvent: appointment ${event.appointmentId} does not exist`);
  const { notifications, reminders } = eventOutbox(ctx, notice, event);
  await cancelReminders(trx, reminders.cancel);
  await writeNotifications(trx, notifications, reminders.insert);
  // The next change is announced with the next iCalendar SEQUENCE (an event that told no one is no change).
  if (notifications.length > 0) {
    await repo.countAnnouncedChange(trx, event.appointmentId);
  }
}

/**
 * What one event writes, given the appointment as it now is: the outbox rows for every recipient
 * and channel, and the reminders to cancel and to plan. Pure; {@link recordAppointmentEvent}
 * writes them, and a booking writes them in the statement that inserts the appointment.
 */
export function eventOutbox(ctx: Uses<'clock' | 'config'>, notice: AppointmentNotice, event: Omit<AppointmentEvent, 'appointmentId'>) {
  const notifications = notificationRows(notice, {
    event: event.type,
    actor: { user_id: event.actor.userId, role: event.actor.role },
    data: event.data ?? {},
    now: ctx.clock.now(),
  });
  return { notifications, reminders: planReminders(ctx, notice) };
}

export interface NotificationSent {
  channel: string;
  recipient: string;
  event: string;
  status: string;
  sent_at: string | null;
}

/** JSON renders timestamps as `+00:00`; the API speaks `Z` (for repo.notificationsSentColumn's). */
export function notificationsSentOf(column: NotificationSent[]): NotificationSent[] {
  return column.map((n) => ({ ...n, sent_at: n.sent_at === null ? null : new Date(n.sent_at).toISOString() }));
}
