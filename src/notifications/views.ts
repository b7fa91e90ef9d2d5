import { iso, isoOrNull } from '../http/schemas.js';
import type { FeedRow } from './notifications.repository.js';
import type { FeedItemOut } from './notifications.schemas.js';

/** One in-app notification as the feed and the stream show it. */
export function feedItemView(row: FeedRow): FeedItemOut {
  const payload = row.payload;
  return {
    id: row.id,
    event: payload.event,
    title: payload.message?.title ?? `Appointment ${payload.event}`,
    body: payload.message?.body ?? '',
    appointment: row.appointment_id,
    start_time: payload.appointment?.start_time ?? null,
    read: row.read_at !== null,
    read_at: isoOrNull(row.read_at),
    created_at: iso(row.created_at),
  };
}
