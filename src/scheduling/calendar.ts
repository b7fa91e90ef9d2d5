/**
 * Loads what slot math needs for a set of providers over a span of time in one statement (no query
 * per provider, day or slot), and turns it into the pure {@link SlotInput}.
 */
import type { Kysely } from 'kysely';
import { type RowsOf, selectEach } from '../db/sql.js';
import type { AvailabilityRuleRow, DB, FacilityRow, ProviderRow, TopicRow } from '../db/types.js';
import type { SourceRowForHealth } from '../calendars/health.js';
import { busyQueries, hoursQueries } from './calendar.repository.js';
import { type Interval, intersect, normalize, subtract } from './intervals.js';
import type { BlockedInterval, SlotInput, SlotRules } from './slots.js';
import { addDays, dayBounds, expandDated, expandWeekly, localDate } from './wall-clock.js';

const DAY_MS = 86_400_000;

export type SchedulingProvider = Pick<
  ProviderRow,
  'id' | 'timezone' | 'slot_minutes' | 'min_notice_minutes' | 'max_days_ahead' | 'buffer_before_minutes' | 'buffer_after_minutes'
> & { active: boolean; calendar_broken_policy?: 'block' | 'warn' };

export interface ProviderCalendar {
  provider: SchedulingProvider;
  rules: AvailabilityRuleRow[];
  worksAt: Set<string>;
  timeOff: Interval[];
  busy: Interval[];
  /** Busy time imported from the provider's linked calendars (the last good fetch of each). */
  externalBusy: Interval[];
  /** The provider's linked calendars, for their health in answers. */
  sources: SourceRowForHealth[];
  /** A linked calendar is broken and the provider's policy says to block: nothing is offered or booked. */
  blockedBySource: boolean;
}

export interface Calendars {
  byProvider: Map<string, ProviderCalendar>;
  facilities: Map<string, FacilityRow>;
}

export interface CalendarOptions {
  /** Facilities to load besides those the providers' rules name. */
  extraFacilityIds?: string[];
  /** Left out of the busy time: an appointment being moved does not collide with itself. */
  excludeAppointmentId?: string;
  now: Date;
  /** Its bookings block every provider who would see patients there. */
  singleRoomFacilityId?: string | null;
}

/**
 * The selects behind {@link loadCalendars}, for callers that run more besides (booking does); read
 * the result with {@link calendarsFrom}.
 */
export function calendarQueries(db: Kysely<DB>, providerIds: string[], span: Interval, options: CalendarOptions) {
  return { ...hoursQueries(db, providerIds, options.extraFacilityIds), ...busyQueries(db, providerIds, span, options) };
}

/**
 * The facilities whose hours for this provider (rules bound to a facility, cut to its opening hours,
 * less its closures) contain the instant `at`: where a visit then takes place when none is named.
 */
export function facilitiesOffering(loaded: RowsOf<ReturnType<typeof hoursQueries>>, provider: Pick<SchedulingProvider, 'timezone'>, at: Date): FacilityRow[] {
  const calendar = { rules: loaded.rules, worksAt: new Set(loaded.links.map((l) => l.facility_id)) };
  const facilities = new Map(loaded.facilities.map((f) => [f.id, f]));
  const instant = at.getTime();
  const span = { start: instant, end: instant + 1 };
  const offering = new Map<string, FacilityRow>();
  for (const rule of usableRules(calendar, facilities)) {
    if (rule.facility_id === null || offering.has(rule.facility_id)) continue;
    if (ruleOccurrences(rule, provider, facilities, span).some((o) => o.start <= instant && instant < o.end)) {
      offering.set(rule.facility_id, facilities.get(rule.facility_id)!);
    }
  }
  return [...offering.values()];
}

/** A few indexed selects whatever the number of providers and days. */
export async function loadCalendars(db: Kysely<DB>, providerIds: string[], span: Interval, options: CalendarOptions): Promise<Calendars> {
  return calendarsFrom(await selectEach(calendarQueries(db, providerIds, span, options)));
}

/** Groups what {@link calendarQueries} loaded by provider. */
export function calendarsFrom(loaded: RowsOf<ReturnType<typeof calendarQueries>>): Calendars {
  const instants = (t: { start_time: Date; end_time: Date }): Interval => ({ start: t.start_time.getTime(), end: t.end_time.getTime() });
  const byProvider = new Map<string, ProviderCalendar>();
  for (const provider of loaded.providers) {
    byProvider.set(provider.id, { provider, rules: [], worksAt: new Set(), timeOff: [], busy: [], externalBusy: [], sources: [], blockedBySource: false });
  }
  for (const source of loaded.sources) {
    const calendar = byProvider.get(source.provider_id);
    if (!calendar) continue;
    calendar.sources.push(source);
    if (source.state === 'broken' && calendar.provider.calendar_broken_policy === 'block') calendar.blockedBySource = true;
  }
  for (const b of loaded.externalBusy) byProvider.get(b.provider_id)?.externalBusy.push(instants(b));
  for (const rule of loaded.rules) byProvider.get(rule.provider_id)?.rules.push(rule);
  for (const link of loaded.links) byProvider.get(link.provider_id)?.worksAt.add(link.facility_id);
  for (const t of loaded.timeOff) byProvider.get(t.provider_id)?.timeOff.push(instants(t));
  for (const b of loaded.busy) byProvider.get(b.provider_id)?.busy.push(instants(b));
  for (const b of loaded.roomBusy) for (const calendar of byProvider.values()) calendar.busy.push(instants(b));
  const facilities = new Map(loaded.facilities.map((f) => [f.id, f]));
  return { byProvider, facilities };
}

/** Local dates (in `zone`) to expand so that every occurrence touching `span` is included. */
function localDates(span: Interval, zone: string) {
  return { from: addDays(localDate(span.start, zone), -1), to: addDays(localDate(span.end, zone), 1) };
}

/** A facility's opening hours over the span, or null when it sets none (no restriction). */
export function openingHours(facility: FacilityRow, span: Interval): Interval[] | null {
  if (facility.operating_hours.length === 0) return null;
  const { from, to } = localDates(span, facility.timezone);
  return expandWeekly(
    facility.operating_hours.map((h) => ({ weekday: h.weekday, start: h.open, end: h.close })),
    facility.timezone,
    from,
    to,
  );
}

export function closures(facility: FacilityRow): Interval[] {
  return facility.closures.map((c) => dayBounds(c.date, facility.timezone));
}

/**
 * The instants one rule offers over the span: its occurrences in its zone (the facility's, else the
 * provider's), cut to the facility's opening hours and minus its closure days.
 */
export function ruleOccurrences(rule: AvailabilityRuleRow, provider: Pick<SchedulingProvider, 'timezone'>, facilities: Map<string, FacilityRow>, span: Interval): Interval[] {
  const facility = rule.facility_id ? facilities.get(rule.facility_id) : undefined;
  const zone = facility?.timezone ?? provider.timezone;
  const { from, to } = localDates(span, zone);
  let occurrences =
    rule.kind === 'weekly'
      ? expandWeekly(
          [{ weekday: rule.weekday!, start: rule.start_local, end: rule.end_local, validFrom: rule.valid_from ?? undefined, validUntil: rule.valid_until ?? undefined }],
          zone,
          from,
          to,
        )
      : expandDated([{ date: rule.date!, start: rule.start_local, end: rule.end_local }], zone);
  if (facility) {
    const hours = openingHours(facility, span);
    if (hours) occurrences = intersect(occurrences, hours);
    occurrences = subtract(occurrences, closures(facility));
  }
  return occurrences.filter((o) => o.end > span.start - DAY_MS && o.start < span.end + DAY_MS);
}

/** Hours at a facility count only while the facility is active and the provider still works there. */
function usableRules(calendar: Pick<ProviderCalendar, 'rules' | 'worksAt'>, facilities: Map<string, FacilityRow>) {
  return calendar.rules.filter((r) => r.facility_id === null || (facilities.get(r.facility_id)?.active === true && calendar.worksAt.has(r.facility_id)));
}

/**
 * The pure slot input for one provider, optionally at one facility. Rules at that facility and rules
 * without a place apply there (seed 002: a doctor is available at any of their locations); with no
 * facility named, every rule applies. A provider with no rules at all is bookable any time.
 */
export function slotInput(calendar: ProviderCalendar, facilities: Map<string, FacilityRow>, facility: FacilityRow | undefined, span: Interval): SlotInput {
  const { provider } = calendar;
  const usable = usableRules(calendar, facilities);
  const applicable = facility ? usable.filter((r) => r.facility_id === null || r.facility_id === facility.id) : usable;
  const availability =
    calendar.rules.length === 0 ? null : normalize(applicable.flatMap((rule) => ruleOccurrences(rule, provider, facilities, span)));
  const blocked: BlockedInterval[] = [
    ...(facility ? closures(facility).map((c) => ({ ...c, reason: 'facility_closed' as const })) : []),
    ...calendar.timeOff.map((t) => ({ ...t, reason: 'time_off' as const })),
    ...calendar.externalBusy.map((b) => ({ ...b, reason: 'calendar_busy' as const })),
  ];
  return {
    zone: facility?.timezone ?? provider.timezone,
    availability,
    operatingHours: facility ? openingHours(facility, span) : null,
    blocked,
    busy: calendar.busy,
  };
}

/**
 * Booking rules from the provider, the topics and the facility. Where several set the same rule,
 * the strictest wins: the longest notice and buffers, the shortest horizon. A facility with a fixed
 * appointment length sets the duration (seed 003's hospital: every visit is one hour).
 */
export function slotRules(
  provider: SchedulingProvider,
  topics: Pick<TopicRow, 'duration' | 'min_notice_minutes' | 'max_days_ahead' | 'buffer_before_minutes' | 'buffer_after_minutes' | 'align_minutes'>[],
  facility: FacilityRow | undefined,
  requestedMinutes: number,
  now: number,
): SlotRules {
  const max = (own: number, values: (number | null)[]) => Math.max(own, ...values.map((v) => v ?? 0));
  const horizons = [provider.max_days_ahead, ...topics.map((t) => t.max_days_ahead)].filter((d): d is number => d !== null);
  const aligns = [facility?.align_minutes ?? null, ...topics.map((t) => t.align_minutes)].filter((a): a is number => a !== null);
  return {
    durationMinutes: facility?.appointment_minutes ?? requestedMinutes,
    gridMinutes: provider.slot_minutes,
    alignMinutes: aligns.length > 0 ? Math.max(...aligns) : undefined,
    bufferBeforeMinutes: max(provider.buffer_before_minutes, topics.map((t) => t.buffer_before_minutes)),
    bufferAfterMinutes: max(provider.buffer_after_minutes, topics.map((t) => t.buffer_after_minutes)),
    earliestStart: now + max(provider.min_notice_minutes, topics.map((t) => t.min_notice_minutes)) * 60_000,
    latestStart: horizons.length > 0 ? now + Math.min(...horizons) * DAY_MS : Number.MAX_SAFE_INTEGER,
  };
}
