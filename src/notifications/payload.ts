import type { ManageLinkInfo } from '../manage-links/links.js';

/** Every event a notification can be about: the appointment events callers record, plus the worker's reminders. */
export const NOTIFICATION_EVENTS = [
  'created',
  'held',
  'paid',
  'rescheduled',
  'canceled',
  'started',
  'completed',
  'no_show',
  'expired',
  'overdue',
  'reminder',
  // Issue 15: requests that need approval, and waitlist offers.
  'requested',
  'approved',
  'declined',
  'offered',
  'offer_declined',
  'offer_lapsed',
] as const;

export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/** The name webhook subscribers see and subscribe to, e.g. `appointment.canceled`. */
export const webhookEventName = (event: NotificationEvent) => `appointment.${event}`;

/**
 * The appointment as it was when the event happened. Stored with each notification, so a message
 * delivered after a retry, or read in the feed next week, still describes what happened then.
 * Carries names, never email addresses or phone numbers: webhook subscribers see it too.
 */
export interface AppointmentSnapshot {
  id: string;
  status: string;
  start_time: string;
  end_time: string;
  /** The zone times are shown in: the facility's, else the provider's. */
  timezone: string;
  provider: { id: string; name: string };
  patient: { id: string; name: string };
  facility: { id: string; name: string; address: string[] } | null;
  mode: string | null;
  topics: string[];
  cancel_reason: string | null;
  hold_expires_at: string | null;
  price_amount: number | null;
  currency: string | null;
}

/** What one notification row carries; every row written for one event shares `event_id`. */
export interface NotificationPayload {
  event_id: string;
  event: NotificationEvent;
  occurred_at: string;
  /** iCalendar SEQUENCE: how many changes the appointment had before this one. */
  sequence: number;
  actor: { user_id: string | null; role: string };
  data: Record<string, unknown>;
  appointment: AppointmentSnapshot;
  /** What a person reads, rendered once so the feed, the email and the SMS say the same. Absent for webhooks. */
  message?: { title: string; body: string; /** The zone its times are written in (absent in rows written before it was recorded). */ timezone?: string };
  /** A patient's confirmation or reminder email: what its manage links sign (the links themselves are made at delivery). */
  manage?: ManageLinkInfo;
}
