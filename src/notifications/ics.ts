import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { NotificationEvent, NotificationPayload } from './payload.js';

/**
 * Which iTIP method an event's calendar attachment carries, if any: REQUEST adds or updates the
 * event in the reader's calendar (same UID, higher SEQUENCE), CANCEL removes it. Holds get
 * none: a slot that may lapse in minutes does not belong in a calendar yet.
 */
export function calendarMethodFor(event: NotificationEvent): 'REQUEST' | 'CANCEL' | undefined {
  switch (event) {
    case 'created':
    case 'rescheduled':
    case 'paid':
    case 'reminder':
    case 'approved':
      return 'REQUEST';
    case 'canceled':
    case 'expired':
    case 'declined':
      return 'CANCEL';
    default:
      return undefined;
  }
}

/** The address inside "Name <address>", or the string itself. */
export function mailAddress(from: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1]!.trim() || match[2]!, email: match[2]!.trim() } : { name: from.trim(), email: from.trim() };
}

/**
 * An RFC 5545 calendar with the appointment as one event. The UID is the appointment id, so every
 * update and the cancellation land on the same calendar entry.
 */
export function buildIcs(
  payload: NotificationPayload,
  method: 'REQUEST' | 'CANCEL',
  organizer: { name: string; email: string },
  attendee: { name: string; email: string },
): string {
  const a = payload.appointment;
  const calendar = ical({
    prodId: { company: 'Carebook', product: 'Carebook', language: 'EN' },
    method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  const location = a.facility ? [a.facility.name, ...a.facility.address].join(', ') : a.mode === 'phone' ? 'Telephone' : a.mode === 'video' ? 'Video call' : null;
  calendar.createEvent({
    id: a.id,
    sequence: payload.sequence,
    stamp: new Date(payload.occurred_at),
    start: new Date(a.start_time),
    end: new Date(a.end_time),
    summary: `Appointment: ${a.patient.name} with ${a.provider.name}`,
    description: payload.message?.body ?? null,
    location,
    status: method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer,
    attendees: [
      { name: attendee.name, email: attendee.email, role: ICalAttendeeRole.REQ, status: method === 'CANCEL' ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED },
    ],
  });
  return calendar.toString();
}

/** One appointment as a subscribed feed shows it (already cut to what the feed's owner may see). */
export interface FeedEvent {
  id: string;
  /** The appointment's announced changes: it grows with every change, so calendar apps take the newer copy. */
  sequence: number;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location: string | null;
  cancelled: boolean;
}

/**
 * A subscribable RFC 5545 calendar (no METHOD: it is published, not an invitation). UIDs are the
 * appointment ids, the same as in the emailed invitations, so both land on one entry; times are UTC.
 */
export function buildFeedIcs(name: string, events: FeedEvent[]): string {
  const calendar = ical({ prodId: { company: 'Carebook', product: 'Carebook', language: 'EN' }, name, ttl: 15 * 60 });
  for (const e of events) {
    calendar.createEvent({
      id: e.id,
      sequence: e.sequence,
      stamp: e.stamp,
      start: e.start,
      end: e.end,
      summary: e.summary,
      location: e.location,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
