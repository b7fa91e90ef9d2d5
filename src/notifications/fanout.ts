import { randomUUID } from 'node:crypto';
import { sql, type Insertable, type Transaction } from 'kysely';
import type { DB, NotificationsTable } from '../db/types.js';
import { type Party, renderMessage } from './messages.js';
import { type NotificationEvent, type NotificationPayload, webhookEventName } from './payload.js';
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
};

export interface FanOutInput {
  event: NotificationEvent;
  actor: { user_id: string | null; role: string };
  data: Record<string, unknown>;
  now: Date;
}

/**
 * iCalendar SEQUENCE for a new event: how many changes were recorded before it. A reminder
 * changes nothing, so it repeats the current number instead of taking a new one.
 */
async function nextSequence(trx: Transaction<DB>, appointmentId: string, event: NotificationEvent): Promise<number> {
  const row = await trx
    .selectFrom('notifications')
    .select(sql<number>`count(DISTINCT payload->>'event_id')::int`.as('n'))
    .where('appointment_id', '=', appointmentId)
    .where('event', '<>', 'reminder')
    .executeTakeFirstOrThrow();
  const changes = Number(row.n);
  return event === 'reminder' ? Math.max(0, changes - 1) : changes;
}

/**
 * Writes every notification one event produces, inside the caller's transaction: for each person
 * it concerns, an in-app entry (delivered by being written) plus email and SMS as they allow, and one
 * row per webhook subscription that wants the event. The worker sends the rest after commit, so a
 * change that rolls back sends nothing, and a committed one is sent even if this process dies now.
 */
export async function fanOut(trx: Transaction<DB>, notice: AppointmentNotice, input: FanOutInput): Promise<number> {
  const { snapshot, contacts } = notice;
  const base: Omit<NotificationPayload, 'message'> = {
    event_id: randomUUID(),
    event: input.event,
    occurred_at: input.now.toISOString(),
    sequence: await nextSequence(trx, snapshot.id, input.event),
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
    const payload: NotificationPayload = { ...base, message: renderMessage(input.event, snapshot, input.data, party) };
    const to = { audience: party, user_id: contact.user_id, subscription_id: null };
    row({ ...to, channel: 'in_app', recipient: contact.user_id }, payload);
    if (contact.notify_email) row({ ...to, channel: 'email', recipient: contact.email }, payload);
    if (contact.notify_sms && contact.phone) row({ ...to, channel: 'sms', recipient: contact.phone }, payload);
  }

  const subscriptions = await trx
    .selectFrom('webhook_subscriptions')
    .select(['id', 'url'])
    .where('active', '=', true)
    .where(sql<boolean>`events && ${sql.val([webhookEventName(input.event), '*'])}::text[]`)
    .orderBy('created_at')
    .execute();
  for (const s of subscriptions) {
    row({ audience: 'subscriber', channel: 'webhook', recipient: s.url, user_id: null, subscription_id: s.id }, base);
  }

  await trx.insertInto('notifications').values(rows).execute();
  return rows.length;
}
