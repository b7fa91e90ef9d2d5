import { z } from 'zod';
import { id, listQuery } from '../http/schemas.js';
import { NOTIFICATION_EVENTS } from './payload.js';

const queryBoolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const feedQuery = z.object({
  /** Only notifications not yet marked read. */
  unread: queryBoolean.optional(),
  ...listQuery,
});
export type FeedQuery = z.infer<typeof feedQuery>;

export const feedItemOut = z.object({
  id,
  /** An appointment's event, or `calendar_source_broken` (staff: a provider's linked calendar cannot be read). */
  event: z.enum([...NOTIFICATION_EVENTS, 'calendar_source_broken']),
  title: z.string(),
  body: z.string(),
  appointment: id.nullable(),
  /** The appointment's start, so a client can show "tomorrow 10:00" without another call. */
  start_time: z.string().nullable(),
  read: z.boolean(),
  read_at: z.string().nullable(),
  created_at: z.string(),
}).meta({ id: 'FeedItem' });
export type FeedItemOut = z.infer<typeof feedItemOut>;

export const streamQuery = z.object({
  /** A stream ticket, for clients that cannot send an Authorization header (a browser's EventSource). */
  ticket: z.string().min(1).max(2048).optional(),
});

export const streamTicketOut = z.object({
  /** Open the stream with `?ticket=` within `expires_in` seconds; it opens the stream and nothing else. */
  ticket: z.string(),
  expires_in: z.number().int(),
}).meta({ id: 'StreamTicket' });

export const readAllOut = z.object({ updated: z.number().int() });

export const preferencesOut = z.object({
  notify_email: z.boolean(),
  notify_sms: z.boolean(),
  /** SMS goes only to a user with a phone number; this says whether there is one. */
  has_phone: z.boolean(),
}).meta({ id: 'NotificationPreferences' });

export const preferencesPatch = z
  .object({ notify_email: z.boolean(), notify_sms: z.boolean() })
  .partial()
  .strict()
  .refine((v) => v.notify_email !== undefined || v.notify_sms !== undefined, 'send notify_email, notify_sms or both');
export type PreferencesPatch = z.infer<typeof preferencesPatch>;
