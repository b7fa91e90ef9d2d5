import { randomUUID } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import type { DB, NotificationsTable, RemindersTable } from '../db/types.js';
import { manageLinkInfo } from '../manage-links/links.js';
import { type Party, renderMessage, zoneFor } from './messages.js';
import * as repo from './notifications.repository.js';
import type { NotificationEvent, NotificationPayload } from './payload.js';
import { enqueueDeliveries } from './queue.js';
import type { AppointmentNotice } from './snapshot.js';

/**
 * Who hears about each event. Both sides learn of bookings, moves, cancellations and reminders;
 * the patient of their own hold, its lapse and the visit's progress; the provider of payments
 * (seed 004: "notify the practitioner") and of a visit that has not started.
 */
export const AUDIENCES: Record<NotificationEvent, readonly Party[]> = {
  created: ['patient', 'provider'],
  held: ['patient'],
  paid: ['provider', 'patient'],
  rescheduled: ['patient', 'provider'],
  canceled: ['patient', 'provider'],
  started: ['patient'],
  completed: ['patient'],
  no_show: ['patient'],
  expired: ['patient'],
  overdue: ['provider'],
  reminder: ['patient', 'provider'],
  requested: ['patient', 'provider'],
  approved: ['patient', 'provider'],
  declined: ['patient', 'provider'],
  offered: ['patient', 'provider'],
  offer_declined: ['patient', 'provider'],
  offer_lapsed: ['patient', 'provider'],
};

export interface FanOutInput {
  event: NotificationEvent;
  actor: { user_id: string | null; role: string };
  data: Record<string, unknown>;
  now: Date;
}

/**
 * Every notification one event produces: for each person it concerns, an in-app entry (delivered by
 * being written) plus email and SMS as they allow, and one row per webhook subscription that wants
 * the event. Written by {@link writeNotifications} in the change's own transaction; the worker sends
 * the rest after commit, so a change that rolls back sends nothing, and a committed one is sent even
 * if this process dies right after.
 */
export function notificationRows(notice: AppointmentNotice, input: FanOutInput): Insertable<NotificationsTable>[] {
  const { snapshot, contacts } = notice;
  const base: Omit<NotificationPayload, 'message'> = {
    event_id: randomUUID(),
    event: input.event,
    occurred_at: input.now.toISOString(),
    sequence: notice.sequence,
    actor: input.actor,
    data: input.data,
    appointment: snapshot,
  };
  const rows: Insertable<NotificationsTable>[] = [];
  const row = (fields: Pick<Insertable<NotificationsTable>, 'audience' | 'channel' | 'recipient' | 'user_id' | 'subscription_id'>, payload: NotificationPayload) =>
    rows.push({
      ...fields,
      appointment_id: snapshot.id,
      event: input.event,
      payload: JSON.stringify(payload),
      next_attempt_at: input.now,
      created_at: input.now,
      // In-app notifications are delivered by being written.
      ...(fields.channel === 'in_app' ? { status: 'sent' as const, sent_at: input.now } : {}),
    });

  for (const party of AUDIENCES[input.event]) {
    const contact = contacts[party];
    const zone = zoneFor(snapshot, contact.timezone);
    const payload: NotificationPayload = { ...base, message: { ...renderMessage(input.event, snapshot, input.data, party, zone), timezone: zone } };
    const to = { audience: party, user_id: contact.user_id, subscription_id: null };
    row({ ...to, channel: 'in_app', recipient: contact.user_id }, payload);
    if (contact.notify_email) {
      const manage = party === 'patient' ? manageLinkInfo(input.event, { ...snapshot, start: notice.start, version: notice.version, patientCutoffMinutes: notice.patientCutoffMinutes }) : undefined;
      row({ ...to, channel: 'email', recipient: contact.email }, manage ? { ...payload, manage } : payload);
    }
    if (contact.notify_sms && contact.phone) row({ ...to, channel: 'sms', recipient: contact.phone }, payload);
  }

  for (const s of notice.subscriptions) {
    row({ audience: 'subscriber', channel: 'webhook', recipient: s.url, user_id: null, subscription_id: s.id }, base);
  }
  return rows;
}

/**
 * Writes an event's outbox rows and the reminders it plans (one statement, see repo.insertOutbox),
 * then, in one more, the delivery jobs of the rows still to send (pg-boss, in the same transaction: a
 * change that rolls back sends nothing, a committed one always has its jobs).
 */
export async function writeNotifications(trx: Transaction<DB>, rows: Insertable<NotificationsTable>[], reminders: Insertable<RemindersTable>[] = []) {
  if (rows.length === 0 && reminders.length === 0) return;
  const written = await repo.insertOutbox(trx, rows, reminders);
  await enqueueDeliveries(trx, written.filter((n) => n.status !== 'sent'));
}
