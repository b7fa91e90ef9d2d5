import type { Keys } from '../auth/keys.js';
import type { Config } from '../config.js';
import type { NotificationEvent, NotificationPayload } from '../notifications/payload.js';
import { signLink } from './tokens.js';

/** The emails that carry manage links: those confirming a booking (or its new time), and reminders. */
const LINKED_EVENTS = new Set<NotificationEvent>(['created', 'paid', 'approved', 'rescheduled', 'reminder']);

/** What a notification stores so its email can carry links when it is delivered: no token, only what the token signs. */
export interface ManageLinkInfo {
  version: number;
  /** The patient cut-off: cancel and reschedule links work until then (view links until the end). */
  act_until: string;
}

/**
 * The link information for the patient's email about `event`, or undefined when that email carries
 * none: only a confirmed visit (`scheduled`) can be managed, and only its confirmation and reminders
 * offer it.
 */
export function manageLinkInfo(
  event: NotificationEvent,
  appointment: { status: string; start: Date; version: number; patientCutoffMinutes: number },
): ManageLinkInfo | undefined {
  if (!LINKED_EVENTS.has(event) || appointment.status !== 'scheduled') return undefined;
  return {
    version: appointment.version,
    act_until: actUntil(appointment.start, appointment.patientCutoffMinutes).toISOString(),
  };
}

/** The end of what a patient may change: the same cut-off the patient's own cancel and reschedule obey. */
export const actUntil = (start: Date, cutoffMinutes: number) => new Date(start.getTime() - Math.max(0, cutoffMinutes) * 60_000);

export interface ManageLinks {
  view: string;
  cancel: string;
  reschedule: string;
  act_until: string;
}

/**
 * Where patients reach the web app: PUBLIC_URL, else the address the server listens on (a wildcard
 * address read as this machine). Emails are rendered by the worker, with no request to take it from.
 */
export function publicBase(config: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL.replace(/\/+$/, '');
  const host = ['0.0.0.0', '::', ''].includes(config.HOST) ? '127.0.0.1' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return `http://${host}:${config.PORT}`;
}

/** The three links of an email, signed at delivery; undefined when the notification carries none. */
export function manageLinksFor(keys: Keys, base: string, payload: NotificationPayload): ManageLinks | undefined {
  const info = payload.manage;
  if (!info) return undefined;
  const url = (action: 'view' | 'cancel' | 'reschedule') =>
    `${base}/m/${signLink(keys, { appointmentId: payload.appointment.id, action, version: info.version })}`;
  return { view: url('view'), cancel: url('cancel'), reschedule: url('reschedule'), act_until: info.act_until };
}
