import { createHash, randomBytes } from 'node:crypto';
import type { Uses } from '../context.js';
import type { Caller } from '../http/auth.js';
import { notFound } from '../http/errors.js';
import { buildFeedIcs, type FeedEvent } from '../notifications/ics.js';
import * as repo from './feeds.repository.js';

/** How far back a feed reaches: last week's visits stay visible, older ones drop off. */
const PAST_DAYS = 7;
const MAX_EVENTS = 2000;
/** Tokens are 32 random bytes; anything else in the URL is not worth a database lookup. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function feedStatus(ctx: Uses<'db'>, caller: Caller) {
  const feed = await repo.findFeed(ctx.db, caller.userId);
  return { active: Boolean(feed), created_at: feed ? feed.created_at.toISOString() : null };
}

/**
 * Creates the caller's feed, or gives it a new token: the old URL stops working at once. The token
 * is shown once; only its hash is kept.
 */
export async function issueFeed(ctx: Uses<'db' | 'clock'>, caller: Caller, baseUrl: string) {
  const token = randomBytes(32).toString('base64url');
  const row = await repo.upsertFeed(ctx.db, caller.userId, hashFeedToken(token), ctx.clock.now());
  return { active: true, created_at: row.created_at.toISOString(), token, url: `${baseUrl}/ical/${token}.ics` };
}

export async function revokeFeed(ctx: Uses<'db'>, caller: Caller): Promise<void> {
  if (!(await repo.deleteFeed(ctx.db, caller.userId))) throw notFound('Calendar feed');
}

/** The calendar behind a feed token, or a 404 for a token that is unknown, revoked or replaced. */
export async function renderFeed(ctx: Uses<'db' | 'clock'>, token: string): Promise<string> {
  if (!TOKEN_SHAPE.test(token)) throw notFound('Calendar feed');
  const owner = await repo.feedOwner(ctx.db, hashFeedToken(token));
  if (!owner) throw notFound('Calendar feed');
  const from = new Date(ctx.clock.now().getTime() - PAST_DAYS * 86_400_000);
  const asProvider = Boolean(owner.provider_id);
  const side = owner.provider_id ? { providerId: owner.provider_id } : owner.patient_id ? { patientId: owner.patient_id } : undefined;
  // Staff and admins have no appointments of their own: their feed is an empty calendar.
  const rows = side ? await repo.feedAppointments(ctx.db, side, from, MAX_EVENTS) : [];
  const events: FeedEvent[] = rows.map((a) => ({
    id: a.id,
    sequence: a.announced_changes,
    stamp: a.updated_at,
    start: a.start_time,
    end: a.end_time,
    // Each side sees the other party's name, as in their own appointment list; never contact details or notes.
    summary: asProvider ? `Appointment: ${a.patient_name}` : `Appointment with ${a.provider_name}`,
    location: a.facility_name
      ? [a.facility_name, ...(a.facility_address ?? [])].join(', ')
      : a.mode === 'phone'
        ? 'Telephone'
        : a.mode === 'video'
          ? 'Video call'
          : null,
    cancelled: a.status === 'user_canceled' || a.status === 'provider_canceled',
  }));
  return buildFeedIcs(`Carebook: ${owner.name}`, events);
}
