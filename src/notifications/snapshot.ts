import { type Kysely, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { strictestCutoff, topicCutoffOf } from '../appointments/appointments.repository.js';
import type { DB } from '../db/types.js';
import type { Party } from './messages.js';
import { type AppointmentSnapshot, type NotificationEvent, webhookEventName } from './payload.js';

/** One side of an appointment as the notifier sees it: where to reach them and what they allow. */
export interface Contact {
  user_id: string;
  name: string;
  email: string;
  phone: string | null;
  notify_email: boolean;
  notify_sms: boolean;
  /** The zone they read times in (a provider's own, a patient's if set); null: the visit's. */
  timezone: string | null;
}

export interface PlannedReminder {
  id: string;
  offset_minutes: number;
  remind_at: Date;
  status: 'pending' | 'sent';
}

export interface AppointmentNotice {
  snapshot: AppointmentSnapshot;
  /** The raw times, for reminder arithmetic. */
  start: Date;
  contacts: Record<Party, Contact>;
  /** iCalendar SEQUENCE for this event: how many changes came before it (a reminder repeats the current one). */
  sequence: number;
  /** Active webhook subscriptions that want this event, oldest first. */
  subscriptions: { id: string; url: string }[];
  /** The appointment's reminders that are planned or already went out. */
  reminders: PlannedReminder[];
  /** Its version now (bumped by every change): the one its manage links sign. */
  version: number;
  /** The patient cut-off in minutes before the start (the provider's or its topics', whichever is longer). */
  patientCutoffMinutes: number;
}

/** Active webhook subscriptions that want any of `events`, oldest first; {@link subscribersOf} picks one event's. */
export function subscriptionsQuery(db: Kysely<DB>, events: NotificationEvent[]) {
  return db
    .selectFrom('webhook_subscriptions')
    .select(['id', 'url', 'events'])
    .where('active', '=', true)
    .where(sql<boolean>`events && ${sql.val([...events.map(webhookEventName), '*'])}::text[]`)
    .orderBy('created_at');
}

/** The subscriptions (from {@link subscriptionsQuery}) that want `event`. */
export function subscribersOf(subscriptions: { id: string; url: string; events: string[] }[], event: NotificationEvent) {
  return subscriptions.filter((s) => s.events.includes('*') || s.events.includes(webhookEventName(event))).map(({ id, url }) => ({ id, url }));
}

/**
 * Everything one event's notifications need, in one statement: the appointment with both sides'
 * contact details, its topics, its change count, the subscriptions that want `event`, and its
 * reminders. Undefined when there is no such appointment.
 */
export async function loadNotice(db: Kysely<DB>, appointmentId: string, event: NotificationEvent): Promise<AppointmentNotice | undefined> {
  const row = await db
    .selectFrom('appointments as a')
    .innerJoin('providers as pr', 'pr.id', 'a.provider_id')
    .innerJoin('users as pu', 'pu.id', 'pr.user_id')
    .innerJoin('patients as pa', 'pa.id', 'a.patient_id')
    .innerJoin('users as qu', 'qu.id', 'pa.user_id')
    .leftJoin('facilities as f', 'f.id', 'a.facility_id')
    .select([
      'a.id',
      'a.status',
      'a.start_time',
      'a.end_time',
      'a.mode',
      'a.cancel_reason',
      'a.hold_expires_at',
      'a.price_amount',
      'a.currency',
      'a.provider_id',
      'a.patient_id',
      'pr.timezone as provider_timezone',
      'pu.id as provider_user_id',
      'pu.name as provider_name',
      'pu.email as provider_email',
      'pu.phone as provider_phone',
      'pu.notify_email as provider_notify_email',
      'pu.notify_sms as provider_notify_sms',
      'qu.id as patient_user_id',
      'qu.name as patient_name',
      'qu.email as patient_email',
      'qu.phone as patient_phone',
      'qu.notify_email as patient_notify_email',
      'qu.notify_sms as patient_notify_sms',
      'pa.timezone as patient_timezone',
      'f.id as facility_id',
      'f.name as facility_name',
      'f.address as facility_address',
      'f.timezone as facility_timezone',
      (eb) =>
        eb
          .selectFrom('appointment_topics as at')
          .innerJoin('topics as t', 't.id', 'at.topic_id')
          .select(sql<string[]>`coalesce(json_agg(t.name ORDER BY at.position), '[]'::json)`.as('names'))
          .whereRef('at.appointment_id', '=', 'a.id')
          .as('topic_names'),
      'a.announced_changes as changes',
      'a.version',
      'pr.patient_cancel_cutoff_minutes as provider_cutoff',
      (eb) => topicCutoffOf(eb).as('topic_cutoff'),
      jsonArrayFrom(subscriptionsQuery(db, [event])).as('subscriptions'),
      (eb) =>
        jsonArrayFrom(
          eb
            .selectFrom('reminders as r')
            .select(['r.id', 'r.offset_minutes', 'r.remind_at', 'r.status'])
            .whereRef('r.appointment_id', '=', 'a.id')
            .where('r.status', 'in', ['pending', 'sent']),
        ).as('reminders'),
    ])
    .where('a.id', '=', appointmentId)
    .executeTakeFirst();
  if (!row) return undefined;
  const changes = Number(row.changes ?? 0);

  const snapshot: AppointmentSnapshot = {
    id: row.id,
    status: row.status,
    start_time: row.start_time.toISOString(),
    end_time: row.end_time.toISOString(),
    timezone: row.facility_timezone ?? row.provider_timezone,
    provider: { id: row.provider_id, name: row.provider_name },
    patient: { id: row.patient_id, name: row.patient_name },
    facility: row.facility_id ? { id: row.facility_id, name: row.facility_name ?? '', address: row.facility_address ?? [] } : null,
    mode: row.mode,
    topics: row.topic_names ?? [],
    cancel_reason: row.cancel_reason,
    hold_expires_at: row.hold_expires_at ? row.hold_expires_at.toISOString() : null,
    price_amount: row.price_amount,
    currency: row.currency,
  };
  return {
    snapshot,
    start: row.start_time,
    sequence: event === 'reminder' ? Math.max(0, changes - 1) : changes,
    subscriptions: subscribersOf(row.subscriptions, event),
    version: row.version,
    patientCutoffMinutes: strictestCutoff(row.provider_cutoff, row.topic_cutoff),
    // Through JSON, so the instant arrives as a string.
    reminders: row.reminders.map((r) => ({ ...r, remind_at: new Date(r.remind_at), status: r.status as PlannedReminder['status'] })),
    contacts: {
      provider: {
        user_id: row.provider_user_id,
        name: row.provider_name,
        email: row.provider_email ?? '',
        phone: row.provider_phone,
        notify_email: row.provider_notify_email && row.provider_email !== null,
        notify_sms: row.provider_notify_sms,
        timezone: row.provider_timezone,
      },
      patient: {
        user_id: row.patient_user_id,
        name: row.patient_name,
        // A walk-in without an address (or an erased patient) gets no email.
        email: row.patient_email ?? '',
        phone: row.patient_phone,
        notify_email: row.patient_notify_email && row.patient_email !== null,
        notify_sms: row.patient_notify_sms,
        timezone: row.patient_timezone,
      },
    },
  };
}
