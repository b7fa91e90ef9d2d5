import { DateTime } from 'luxon';
import type { AppointmentSnapshot, NotificationEvent, NotificationPayload } from './payload.js';

export type Party = 'patient' | 'provider';

/** "Tuesday 5 March 2030, 10:00 (Europe/Berlin)": local to where the visit happens, with the zone named. */
export function formatWhen(iso: string, zone: string): string {
  const local = DateTime.fromISO(iso, { zone });
  const when = (local.isValid ? local : DateTime.fromISO(iso, { zone: 'UTC' })).toFormat('cccc d LLLL yyyy, HH:mm');
  return `${when} (${local.isValid ? zone : 'UTC'})`;
}

function describeDuration(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? '24 hours' : `${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return `${minutes} minutes`;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** Who cancelled: what the caller said, else what the status records. */
export function canceledBy(a: AppointmentSnapshot, data: Record<string, unknown>): Party | undefined {
  const said = data.canceled_by;
  if (said === 'patient' || said === 'provider') return said;
  if (a.status === 'user_canceled') return 'patient';
  if (a.status === 'provider_canceled') return 'provider';
  return undefined;
}

/**
 * The zone a reader's message is written in. An in-person visit's time is where it happens (the
 * facility's clock is the one to be there by); otherwise the reader's own, else the visit's.
 */
export function zoneFor(a: AppointmentSnapshot, readerZone: string | null): string {
  const inPerson = a.facility !== null && (a.mode ?? 'in_person') === 'in_person';
  return inPerson ? a.timezone : (readerZone ?? a.timezone);
}

/**
 * The title and body one side of the appointment reads for an event, with its times in `zone`.
 * Written from the reader's point of view: the patient hears about "Dr. Lee", the provider about the patient.
 */
export function renderMessage(
  event: NotificationEvent,
  a: AppointmentSnapshot,
  data: Record<string, unknown>,
  to: Party,
  zone: string = a.timezone,
): { title: string; body: string } {
  const when = formatWhen(a.start_time, zone);
  const other = to === 'patient' ? a.provider.name : a.patient.name;
  const withOther = to === 'patient' ? `with ${a.provider.name}` : `with ${a.patient.name}`;
  const reason = str(data.reason) ?? a.cancel_reason ?? undefined;
  switch (event) {
    case 'created':
      return to === 'patient'
        ? { title: 'Appointment booked', body: `Your appointment with ${other} is booked for ${when}.` }
        : { title: 'New appointment', body: `${other} has an appointment with you on ${when}.` };
    case 'held': {
      const until = a.hold_expires_at ? ` until ${formatWhen(a.hold_expires_at, zone)}` : '';
      return { title: 'Complete your payment', body: `${when} ${withOther} is held for you${until}. Pay to confirm it; unpaid, the time is released.` };
    }
    case 'paid':
      return to === 'patient'
        ? { title: 'Payment received', body: `Your payment is received and your appointment with ${other} on ${when} is confirmed.` }
        : { title: 'Appointment paid', body: `${other} has paid: the appointment on ${when} is confirmed.` };
    case 'rescheduled': {
      const before = str(data.previous_start_time);
      const from = before ? ` from ${formatWhen(before, zone)}` : '';
      return { title: 'Appointment moved', body: `Your appointment ${withOther} has moved${from} to ${when}.` };
    }
    case 'canceled': {
      const by = canceledBy(a, data);
      const because = reason ? ` Reason: ${reason}` : '';
      const body =
        by !== undefined && by !== to
          ? `${other} canceled your appointment on ${when}.${because}`
          : `Your appointment ${withOther} on ${when} was canceled${by === to ? ' at your request' : ''}.${because}`;
      return { title: 'Appointment canceled', body };
    }
    case 'started':
      return { title: 'Appointment started', body: `Your appointment with ${other} has started.` };
    case 'completed':
      return { title: 'Appointment completed', body: `Your appointment with ${other} on ${when} is complete. Thank you.` };
    case 'no_show':
      return { title: 'Missed appointment', body: `You were marked as not attending your appointment with ${other} on ${when}.` };
    case 'expired':
      return { title: 'Hold released', body: `The hold on ${when} ${withOther} lapsed without payment, and the time was released.` };
    case 'overdue':
      return { title: 'Appointment overdue', body: `The appointment with ${other} on ${when} has not started yet.` };
    case 'requested':
      return to === 'patient'
        ? { title: 'Request sent', body: `Your request for ${when} ${withOther} is waiting for the provider's approval; the time is kept for you meanwhile.` }
        : { title: 'Appointment request', body: `${other} asks for an appointment with you on ${when}. Approve or decline it.` };
    case 'approved':
      return to === 'patient'
        ? { title: 'Request approved', body: `Your appointment ${withOther} on ${when} is approved${a.status === 'pending_payment' ? '; pay to confirm it' : ''}.` }
        : { title: 'Request approved', body: `The appointment ${withOther} on ${when} is approved.` };
    case 'declined': {
      const because = reason ? ` Reason: ${reason}` : '';
      const expired = data.expired === true ? ' It was not answered in time.' : '';
      return { title: 'Request declined', body: `The request for ${when} ${withOther} was declined.${expired}${because}` };
    }
    case 'offered': {
      const until = a.hold_expires_at ? ` until ${formatWhen(a.hold_expires_at, zone)}` : '';
      return to === 'patient'
        ? { title: 'A time came free', body: `${when} ${withOther} is free and held for you${until}. Accept it to book it, or decline it.` }
        : { title: 'Waitlist offer', body: `${when} was offered to ${other} from the waitlist.` };
    }
    case 'offer_declined':
      return { title: 'Offer declined', body: `The offer of ${when} ${withOther} was declined; the time goes to the next person waiting.` };
    case 'offer_lapsed':
      return { title: 'Offer lapsed', body: `The offer of ${when} ${withOther} was not accepted in time; the time goes to the next person waiting.` };
    case 'reminder': {
      const offset = typeof data.offset_minutes === 'number' ? ` in ${describeDuration(data.offset_minutes)}` : '';
      return { title: 'Appointment reminder', body: `Reminder: your appointment ${withOther} is${offset}, on ${when}.` };
    }
  }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function details(a: AppointmentSnapshot, zone: string): [string, string][] {
  const rows: [string, string][] = [
    ['When', `${formatWhen(a.start_time, zone)} – ${DateTime.fromISO(a.end_time, { zone }).toFormat('HH:mm')}`],
    ['Provider', a.provider.name],
    ['Patient', a.patient.name],
  ];
  if (a.topics.length > 0) rows.push(['About', a.topics.join(', ')]);
  if (a.facility) rows.push(['Where', [a.facility.name, ...a.facility.address].join(', ')]);
  else if (a.mode) rows.push(['How', a.mode === 'phone' ? 'By telephone' : a.mode === 'video' ? 'By video' : 'In person']);
  rows.push(['Reference', a.id]);
  return rows;
}

/** The links a patient's email offers (issue 14), made when it is sent. */
export interface EmailLinks {
  view: string;
  cancel: string;
  reschedule: string;
  /** Cancel and reschedule work until then. */
  act_until: string;
}

function linkLines(links: EmailLinks, zone: string): { intro: string; items: [string, string][]; note: string } {
  return {
    intro: 'Manage this appointment without signing in:',
    items: [
      ['View it', links.view],
      ['Cancel it', links.cancel],
      ['Move it to another time', links.reschedule],
    ],
    note: `Cancelling or moving online is possible until ${formatWhen(links.act_until, zone)}; after that, please contact the clinic. Each link works once, and only until the appointment next changes.`,
  };
}

/** The email: subject, plain text, and the same as simple HTML; `links` adds the manage links. */
export function renderEmail(payload: NotificationPayload, links?: EmailLinks): { subject: string; text: string; html: string } {
  const message = payload.message ?? { title: `Appointment ${payload.event}`, body: '' };
  const zone = message.timezone ?? payload.appointment.timezone;
  const rows = details(payload.appointment, zone);
  const manage = links ? linkLines(links, zone) : undefined;
  const text = [
    message.body,
    '',
    ...rows.map(([k, v]) => `${k}: ${v}`),
    ...(manage ? ['', manage.intro, ...manage.items.map(([label, url]) => `  ${label}: ${url}`), manage.note] : []),
    '',
    '— Carebook',
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif">',
    `<p>${escapeHtml(message.body)}</p>`,
    '<table>',
    ...rows.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`),
    '</table>',
    ...(manage
      ? [
          `<p>${escapeHtml(manage.intro)}</p>`,
          '<ul>',
          ...manage.items.map(([label, url]) => `<li><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></li>`),
          '</ul>',
          `<p>${escapeHtml(manage.note)}</p>`,
        ]
      : []),
    '<p style="color:#666">Carebook</p>',
    '</body></html>',
  ].join('\n');
  return { subject: `${message.title}: ${formatWhen(payload.appointment.start_time, zone)}`, text, html };
}

/** One short SMS: the body alone, which already names the other side and the time. */
export function renderSms(payload: NotificationPayload): string {
  return `Carebook: ${payload.message?.body ?? `appointment ${payload.event}`}`;
}
