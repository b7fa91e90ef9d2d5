import type { Kysely } from 'kysely';
import type { Uses } from '../context.js';
import type { DB, FacilityRow, TopicRow } from '../db/types.js';
import { AppError, conflict, type FieldError, invalid, notFound } from '../http/errors.js';
import { findFacility } from '../facilities/facilities.repository.js';
import { findTopics } from '../topics/topics.repository.js';
import { type Calendars, loadCalendars, type ProviderCalendar, slotInput, slotRules } from './calendar.js';
import { sourceHealth } from '../calendars/health.js';
import type { Interval } from './intervals.js';
import type { ExplainQuery, SlotQuery } from './slots.schemas.js';
import { explain, findSlots, type Refusal } from './slots.js';
import { addDays, localToInstant } from './wall-clock.js';


export const REFUSAL_MESSAGES: Record<Refusal, string> = {
  too_soon: 'The start is sooner than the minimum notice allows',
  too_far_ahead: 'The start is further ahead than bookings are open',
  facility_closed: 'The facility is closed that day',
  outside_operating_hours: 'The facility is not open for the whole appointment',
  time_off: 'The provider has time off then',
  calendar_busy: "The provider's linked calendar shows them busy then",
  outside_availability: 'The provider is not available for the whole appointment',
  off_grid: "The start is not on the provider's slot grid (or the required alignment)",
  conflict: 'The provider is already booked then (buffers included)',
};

/** The order in which a refusal becomes the problem's `code`: the most specific first. */
const PRECEDENCE: Refusal[] = ['too_soon', 'too_far_ahead', 'facility_closed', 'outside_operating_hours', 'time_off', 'calendar_busy', 'outside_availability', 'off_grid', 'conflict'];

const CALENDAR_UNAVAILABLE = "A linked calendar of the provider's cannot be read, and the provider's policy is to offer no time until it can";

/** The health of the providers' linked calendars, and a warning for each that is not `ok` (absent when none is linked). */
function calendarReport(ctx: Uses<'clock' | 'config'>, calendars: ProviderCalendar[]) {
  const now = ctx.clock.now().getTime();
  const health = calendars.flatMap((c) => c.sources.map((s) => sourceHealth(s, now, ctx.config.CALENDAR_STALE_MINUTES)));
  if (health.length === 0) return {};
  const blocking = new Set(calendars.filter((c) => c.blockedBySource).map((c) => c.provider.id));
  const warnings = health
    .filter((h) => h.status !== 'ok')
    .map((h) => ({
      code: h.status === 'broken' ? (blocking.has(h.provider) ? 'calendar_broken_blocking' : 'calendar_broken') : 'calendar_stale',
      provider: h.provider,
      calendar: h.id,
      message:
        h.status === 'broken'
          ? blocking.has(h.provider)
            ? `${CALENDAR_UNAVAILABLE} (${h.name}: ${h.error ?? 'unreadable'})`
            : `The linked calendar "${h.name}" cannot be read (${h.error ?? 'unreadable'}); its busy time is the last good copy, and times may have been booked there since`
          : `The linked calendar "${h.name}" has not been read recently; busy time added there since may be missing`,
    }));
  return { calendars: health, warnings };
}

type TopicRules = Pick<TopicRow, 'id' | 'duration' | 'min_notice_minutes' | 'max_days_ahead' | 'buffer_before_minutes' | 'buffer_after_minutes' | 'align_minutes' | 'active'>;

/** Loads and checks the topics named by a query or booking; returns them in request order. */
export async function resolveTopics(db: Kysely<DB>, topicIds: string[], field = 'topics'): Promise<TopicRow[]> {
  const rows = new Map((await findTopics(db, topicIds)).map((t) => [t.id, t]));
  const errors: FieldError[] = [];
  for (const topicId of topicIds) {
    const topic = rows.get(topicId);
    if (!topic) errors.push({ field, message: `topic ${topicId} does not exist` });
    else if (!topic.active) errors.push({ field, message: `topic ${topicId} is inactive` });
  }
  if (errors.length > 0) throw invalid(errors);
  return topicIds.map((t) => rows.get(t)!);
}

async function resolveFacility(db: Kysely<DB>, facilityId: string | undefined): Promise<FacilityRow | undefined> {
  if (!facilityId) return undefined;
  const facility = await findFacility(db, facilityId);
  if (!facility) throw invalid([{ field: 'facility', message: 'does not exist' }]);
  if (!facility.active) throw invalid([{ field: 'facility', message: 'is inactive' }]);
  return facility;
}

/**
 * Every reason a provider cannot be seen at [start, start + minutes). A provider without any
 * availability keeps seed 000's "bookable any time": any minute may start, but the facility's
 * hours, closures, time off, buffers, notice, horizon and alignment still apply.
 */
function refusalsFor(calendar: ProviderCalendar, facilities: Map<string, FacilityRow>, facility: FacilityRow | undefined, topics: TopicRules[], minutes: number, start: number, now: number) {
  const span = { start: start - 86_400_000, end: start + 86_400_000 + minutes * 60_000 };
  const rules = slotRules(calendar.provider, topics, facility, minutes, now);
  if (calendar.rules.length === 0) rules.gridMinutes = 1;
  const reasons = explain(slotInput(calendar, facilities, facility, span), rules, start);
  return { reasons: PRECEDENCE.filter((r) => reasons.includes(r)), durationMinutes: rules.durationMinutes };
}

/** The span a booking's calendar is loaded for: the day before the start through the day after. */
export const bookingSpan = (start: Date): Interval => ({ start: start.getTime() - 86_400_000, end: start.getTime() + 2 * 86_400_000 });

/**
 * The scheduling checks of a booking over its calendar (loaded for {@link bookingSpan} inside its
 * transaction): availability, opening hours, closures, time off, buffers, notice, horizon and grid.
 * The exclusion constraints still guard against overlaps under races.
 */
export function assertBookable(
  { byProvider, facilities }: Calendars,
  args: { providerId: string; facility: FacilityRow | undefined; topics: TopicRules[]; start: Date; minutes: number; now: Date },
): void {
  const calendar = byProvider.get(args.providerId);
  if (!calendar) throw invalid([{ field: 'provider', message: 'does not exist' }]);
  if (calendar.blockedBySource) throw conflict('calendar_unavailable', CALENDAR_UNAVAILABLE);
  const { reasons } = refusalsFor(calendar, facilities, args.facility, args.topics, args.minutes, args.start.getTime(), args.now.getTime());
  if (reasons.length === 1 && reasons[0] === 'conflict') {
    throw conflict('slot_unavailable', 'The provider is already booked at that time (buffers included)', { busy: ['provider'] });
  }
  if (reasons.length > 0) {
    const code = reasons[0]!;
    throw new AppError(422, code, REFUSAL_MESSAGES[code], {
      extra: { reasons: reasons.map((r) => ({ code: r, message: REFUSAL_MESSAGES[r] })) },
    });
  }
}

// ---- slot search -----------------------------------------------------------------------

export interface Slot {
  provider: string;
  facility: string | null;
  start_time: string;
  end_time: string;
}

/**
 * Free slots of one or more providers between two local dates. Dates are read in `timezone`, else
 * the facility's zone, else the provider's (one provider) or UTC. Loads everything in one statement,
 * then computes in memory.
 */
export async function searchSlots(
  ctx: Uses<'db' | 'clock' | 'config'>,
  query: SlotQuery,
  maxStarts = ctx.config.SLOT_SEARCH_MAX_STARTS,
): Promise<{ slots: Slot[]; count: number } & ReturnType<typeof calendarReport>> {
  const providerIds = [...new Set(query.provider!)];
  if (query.mode === 'in_person' && !query.facility) throw invalid([{ field: 'facility', message: 'an in-person visit needs a facility' }]);
  const facility = await resolveFacility(ctx.db, query.facility);
  const topics = query.topics ? await resolveTopics(ctx.db, query.topics) : [];
  const minutes = query.duration ?? topics.reduce((sum, t) => sum + t.duration, 0);

  // Load with a generous margin; the exact range is cut below once the zone is known.
  const roughSpan = { start: Date.parse(`${query.from}T00:00:00Z`) - 86_400_000, end: Date.parse(`${addDays(query.to!, 1)}T00:00:00Z`) + 86_400_000 };
  const { byProvider, facilities } = await loadCalendars(ctx.db, providerIds, roughSpan, {
    extraFacilityIds: facility ? [facility.id] : [],
    now: ctx.clock.now(),
    singleRoomFacilityId: facility?.single_occupancy ? facility.id : null,
  });
  const missing = providerIds.filter((p) => !byProvider.has(p));
  if (missing.length > 0) throw invalid(missing.map((p) => ({ field: 'provider', message: `provider ${p} does not exist` })));

  // Fine grids over long ranges for many providers would let one request burn seconds of CPU.
  const days = (Date.parse(query.to!) - Date.parse(query.from!)) / 86_400_000 + 1;
  const candidates = providerIds.reduce((sum, p) => sum + (days * 1440) / byProvider.get(p)!.provider.slot_minutes, 0);
  if (candidates > maxStarts) {
    throw new AppError(422, 'search_too_large', `This search would try ${Math.round(candidates)} start times; ask for fewer providers or days`, {
      errors: [{ field: 'to', message: 'narrow the date range or the providers' }],
    });
  }

  const now = ctx.clock.now().getTime();
  const found: { provider: string; total: number; slots: Interval[] }[] = [];
  for (const providerId of providerIds) {
    await nextTurn();
    const calendar = byProvider.get(providerId)!;
    if (!calendar.provider.active || calendar.blockedBySource) continue;
    if (facility && !calendar.worksAt.has(facility.id)) continue;
    const zone = query.timezone ?? facility?.timezone ?? (providerIds.length === 1 ? calendar.provider.timezone : 'UTC');
    const range: Interval = { start: localToInstant(query.from!, '00:00', zone), end: localToInstant(addDays(query.to!, 1), '00:00', zone) };
    const rules = slotRules(calendar.provider, topics, facility, minutes, now);
    const slots = findSlots(slotInput(calendar, facilities, facility, range), rules, range);
    if (slots.some((slot, i) => i > 0 && slot.start < slots[i - 1]!.start)) slots.sort((a, b) => a.start - b.start);
    // The page never needs more than its end from any one provider; the rest is dropped at once, so a
    // long search does not keep a million slots alive (and the collector does not pause to move them).
    found.push({ provider: providerId, total: slots.length, slots: slots.slice(0, query.offset + query.limit) });
  }
  const count = found.reduce((sum, f) => sum + f.total, 0);
  const page = mergeFirst(found, query.offset + query.limit)
    .slice(query.offset)
    .map(({ provider, slot }) => ({
      provider,
      facility: facility?.id ?? null,
      start_time: new Date(slot.start).toISOString(),
      end_time: new Date(slot.end).toISOString(),
    }));
  return { slots: page, count, ...calendarReport(ctx, providerIds.map((p) => byProvider.get(p)!)) };
}

/**
 * The first `n` slots of all providers in time order (ties by provider id), from lists that are each
 * in time order: only the page is merged and formatted, never every free slot of a long search.
 */
function mergeFirst(lists: { provider: string; slots: Interval[] }[], n: number): { provider: string; slot: Interval }[] {
  const ordered = [...lists].sort((a, b) => a.provider.localeCompare(b.provider));
  const next = ordered.map(() => 0);
  const out: { provider: string; slot: Interval }[] = [];
  while (out.length < n) {
    let best = -1;
    for (let i = 0; i < ordered.length; i++) {
      const slot = ordered[i]!.slots[next[i]!];
      if (slot && (best < 0 || slot.start < ordered[best]!.slots[next[best]!]!.start)) best = i;
    }
    if (best < 0) break;
    out.push({ provider: ordered[best]!.provider, slot: ordered[best]!.slots[next[best]!]! });
    next[best]!++;
  }
  return out;
}

/** Where the next chunk of slot math may run: chunks of every search queue here, one per turn of the event loop. */
let lane: Promise<void> = Promise.resolve();

/**
 * Waits for a turn to compute. One chunk (one provider's slots) runs per turn of the event loop,
 * across all searches in the process, with I/O in between: a long search slows itself down, not the
 * health check or the booking that arrives meanwhile. (Separate setImmediate calls would let every
 * waiting search run a chunk in the same turn.)
 */
function nextTurn(): Promise<void> {
  const turn = lane.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  lane = turn;
  return turn;
}

/** Whether a provider can be booked at a time and, if not, every reason. */
export async function explainStart(ctx: Uses<'db' | 'clock' | 'config'>, providerId: string, query: ExplainQuery) {
  const facility = await resolveFacility(ctx.db, query.facility);
  const topics = query.topics ? await resolveTopics(ctx.db, query.topics) : [];
  const minutes = query.duration ?? topics.reduce((sum, t) => sum + t.duration, 0);
  const start = Date.parse(query.start_time);
  const { byProvider, facilities } = await loadCalendars(ctx.db, [providerId], bookingSpan(new Date(start)), {
    extraFacilityIds: facility ? [facility.id] : [],
    now: ctx.clock.now(),
    singleRoomFacilityId: facility?.single_occupancy ? facility.id : null,
  });
  const calendar = byProvider.get(providerId);
  if (!calendar) throw notFound('Provider');
  const { reasons, durationMinutes } = refusalsFor(calendar, facilities, facility, topics, minutes, start, ctx.clock.now().getTime());
  const extra: { code: string; message: string }[] = [];
  if (!calendar.provider.active) extra.push({ code: 'provider_inactive', message: 'The provider is inactive and cannot be booked' });
  if (facility && !calendar.worksAt.has(facility.id)) extra.push({ code: 'not_at_facility', message: 'The provider does not work at this facility' });
  if (calendar.blockedBySource) extra.push({ code: 'calendar_unavailable', message: CALENDAR_UNAVAILABLE });
  const all = [...extra, ...reasons.map((r) => ({ code: r, message: REFUSAL_MESSAGES[r] }))];
  return {
    bookable: all.length === 0,
    provider: providerId,
    facility: facility?.id ?? null,
    start_time: new Date(start).toISOString(),
    end_time: new Date(start + durationMinutes * 60_000).toISOString(),
    reasons: all,
    ...calendarReport(ctx, [calendar]),
  };
}
