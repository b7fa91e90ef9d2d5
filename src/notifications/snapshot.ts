import type { Kysely } from 'kysely';
import { strictestCutoff } from '../appointments/appointments.repository.js';
import type { DB } from '../db/types.js';
import type { Party } from './messages.js';
import * as repo from './notifications.repository.js';
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

/** The subscriptions (from repo.subscriptionsQuery) that want `event`. */
export function subscribersOf(subscriptions: { id: string; url: string; events: string[] }[], event: NotificationEvent) {
  return subscriptions.filter((s) => s.events.includes('*') || s.events.includes(webhookEventName(event))).map(({ id, url }) => ({ id, url }));
}

/**
 * Everything one event's notifications need, in one statement: the appointment with both sides'
 * contact details, its topics, its change count, the subscriptions that want `event`, and its
 * reminders. Undefined when there is no such appointment.
 */
export async function loadNotice(db: Kysely<DB>, appointmentId: string, event: NotificationEvent): Promise<AppointmentNotice | undefined> {
  const row = await repo.noticeRow(db, appointmentId, event);
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
