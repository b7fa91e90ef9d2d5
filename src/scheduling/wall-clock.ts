/**
 * Wall-clock time in IANA time zones, turned into instants (epoch milliseconds), DST-correct.
 *
 * Providers and facilities think in local dates and clock readings ("Mondays 09:00–17:00 in Berlin");
 * bookings are instants. Everything here converts between the two without ever asking for "now".
 *
 * Local dates are ISO strings `YYYY-MM-DD`; clock readings are `HH:MM` (24:00 allowed as an end).
 *
 * Ambiguous readings are resolved like Temporal's `compatible` disambiguation: a reading that happens
 * twice (the repeated hour when clocks fall back) is its earlier instant; a reading that never happens
 * (the skipped hour when clocks spring forward) is moved forward by the length of the gap. Luxon 3 does the
 * latter but, for `DateTime.fromObject`, picks the LATER instant in an overlap, so the resolution below
 * uses luxon only for a zone's UTC offset at an instant and does the wall-clock arithmetic itself.
 */
import { IANAZone } from 'luxon';
import { type Interval, normalize } from './intervals.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const MINUTES_PER_DAY = 1440;

/** Days of the week, Monday first (ISO 8601 order). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
/** A day of the week by its English name in lower case. */
export type Weekday = (typeof WEEKDAYS)[number];

/** A weekly recurring range of local clock time, e.g. Mondays 09:00–17:00. */
export interface WeeklyRule {
  weekday: Weekday;
  /** `HH:MM`, 00:00–23:59. */
  start: string;
  /** `HH:MM`, 00:00–24:00. At or before `start`, the range ends on the next local day (a night shift). */
  end: string;
  /** First local date the rule applies to (inclusive); unbounded when absent. */
  validFrom?: string;
  /** Last local date the rule applies to (inclusive); unbounded when absent. */
  validUntil?: string;
}

/** A one-off range of local clock time on one local date. `end` at or before `start` ends the next day. */
export interface DatedRange {
  date: string;
  start: string;
  end: string;
}

// ---- local dates ------------------------------------------------------------------------------------

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A local date as the epoch milliseconds of its midnight *read as if it were UTC*. That "wall" number is
 * what makes calendar arithmetic trivial: it ignores zones, so a day is always exactly 24 hours.
 */
function dateToWall(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (match === null) throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  d.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const wall = d.getTime();
  // The Date constructor rolls 2030-02-30 over into March; a round trip catches it.
  if (wallToDate(wall) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return wall;
}

function wallToDate(wall: number): string {
  const d = new Date(wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS));
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day of the week of a local date. */
export function weekdayOf(date: string): Weekday {
  // getUTCDay counts from Sunday = 0; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(dateToWall(date)).getUTCDay() + 6) % 7]!;
}

/** The local date `n` days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return wallToDate(dateToWall(date) + n * DAY_MS);
}

/** Calendar days from `from` to `to`: 0 for the same date, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToWall(to) - dateToWall(from)) / DAY_MS);
}

// ---- clock readings ---------------------------------------------------------------------------------

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an `HH:MM` reading, 0–1440 (`24:00` is the end of the day). Throws on junk. */
export function parseClock(clock: string): number {
  if (clock === '24:00') return MINUTES_PER_DAY;
  const match = CLOCK_PATTERN.exec(clock);
  if (match === null) throw new RangeError(`Not a clock time (HH:MM, 00:00–24:00): ${JSON.stringify(clock)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

// ---- zones ------------------------------------------------------------------------------------------

const zones = new Map<string, IANAZone>();

function zoneOf(name: string): IANAZone {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = IANAZone.create(name);
    // An unknown zone would silently yield NaN offsets and empty schedules; refuse it loudly instead.
    if (!zone.isValid) throw new RangeError(`Unknown time zone: ${JSON.stringify(name)}`);
    zones.set(name, zone);
  }
  return zone;
}

const offsetCache = new Map<string, number>();
const OFFSET_CACHE_LIMIT = 200_000;

/**
 * The zone's UTC offset at `instant`, in milliseconds (positive east of Greenwich). Memoized per zone
 * and minute: every offset change since 1970 falls on a whole minute, and asking Intl for an offset
 * (what luxon does) is by far the slowest step of a slot search.
 */
function offsetAt(zone: IANAZone, instant: number): number {
  const key = `${zone.name}|${Math.floor(instant / MINUTE_MS)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    if (offsetCache.size >= OFFSET_CACHE_LIMIT) offsetCache.clear();
    offset = zone.offset(instant) * MINUTE_MS;
    offsetCache.set(key, offset);
  }
  return offset;
}

/**
 * How to place a reading that falls into a spring-forward gap:
 * - `shift`: move it forward by the gap's length (02:30 → 03:30), the usual meaning of a single time;
 * - `clamp`: the instant the gap ends (02:30 → 03:00), the right meaning for the edge of a range, because
 *   the range then covers exactly the instants whose clock reading lies inside it.
 */
type GapPolicy = 'shift' | 'clamp';

/** The instant at which the clock reads `wall` (see {@link dateToWall}); earlier instant when it reads it twice. */
function wallToInstant(zone: IANAZone, wall: number, gap: GapPolicy): number {
  // No zone's offset exceeds ±14 h, so the offsets a day either side are the ones in force around `wall`
  // (zones change offset at most a few times a year).
  const before = offsetAt(zone, wall - DAY_MS);
  const after = offsetAt(zone, wall + DAY_MS);
  let best: number | undefined;
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wall - offset;
    // A reading exists under an offset only if the zone really uses that offset at the resulting instant.
    if (offsetAt(zone, instant) === offset && (best === undefined || instant < best)) best = instant;
  }
  if (best !== undefined) return best;

  // In a gap: before the transition the clock had not reached `wall`, after it the clock is past it.
  const shifted = wall - before;
  if (gap === 'shift') return shifted;
  let lo = wall - after; // still on the old offset
  let hi = shifted; // already on the new one
  if (!(lo < hi) || offsetAt(zone, lo) !== before) return shifted; // not a plain forward jump; keep it simple
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The instant at which the clock in `zone` reads `clock` on local `date`.
 *
 * - `24:00` is the next day's 00:00.
 * - In a spring-forward gap the reading is moved forward by the gap (02:30 on 2030-03-10 in New York is
 *   03:30 EDT).
 * - In a fall-back overlap the earlier instant wins (01:30 on 2030-11-03 in New York is 01:30 EDT).
 */
export function localToInstant(date: string, clock: string, zone: string): number {
  return wallToInstant(zoneOf(zone), dateToWall(date) + parseClock(clock) * MINUTE_MS, 'shift');
}

/** The local date in `zone` at `instant`. */
export function localDate(instant: number, zone: string): string {
  return wallToDate(instantToWall(instant, zone));
}

/**
 * The clock reading at `instant` as minutes since local midnight (0–1439), e.g. 570 for 09:30.
 * This is the reading on the wall, not elapsed time: on a spring-forward day 03:00 is 180, not 120.
 */
export function minuteOfLocalDay(instant: number, zone: string): number {
  return wallMinute(instantToWall(instant, zone));
}

/** How far a {@link localMinuteReader} trusts an offset seen at both ends of a stretch. */
const TRUSTED_STRETCH_MS = 6 * 3_600_000;

/**
 * {@link minuteOfLocalDay} for many instants of one zone, visited mostly in increasing order (a slot scan).
 * Asking the zone for its offset is the costly part, so the reader remembers a stretch of up to six hours
 * whose two ends have the same offset and answers from it. That relies on a zone never changing its offset
 * and back again within six hours; real changes are weeks or months apart.
 */
export function localMinuteReader(zone: string): (instant: number) => number {
  const z = zoneOf(zone);
  let from = Number.NaN;
  let to = Number.NaN;
  let offset = 0;
  return (instant) => {
    if (!Number.isFinite(instant)) throw new RangeError(`Not an instant: ${instant}`);
    if (!(instant >= from && instant <= to)) {
      if (instant > to && instant <= to + TRUSTED_STRETCH_MS && offsetAt(z, to + TRUSTED_STRETCH_MS) === offset) {
        // A scan moving on: the end of the last stretch is known, so one probe extends it.
        from = to;
        to += TRUSTED_STRETCH_MS;
      } else {
        offset = offsetAt(z, instant);
        from = instant;
        to = offsetAt(z, instant + TRUSTED_STRETCH_MS) === offset ? instant + TRUSTED_STRETCH_MS : instant;
      }
    }
    return wallMinute(instant + offset);
  };
}

function wallMinute(wall: number): number {
  return Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
}

function instantToWall(instant: number, zone: string): number {
  if (!Number.isFinite(instant)) throw new RangeError(`Not an instant: ${instant}`);
  return instant + offsetAt(zoneOf(zone), instant);
}

/**
 * The instants of one local day: from its first midnight to the next day's. 24 hours long on most days,
 * 23 or 25 hours on DST transition days.
 */
export function dayBounds(date: string, zone: string): Interval {
  return { start: startOfDay(date, zone), end: startOfDay(addDays(date, 1), zone) };
}

/** The first instant of a local day, i.e. `dayBounds(date, zone).start`. */
export function startOfDay(date: string, zone: string): number {
  // `clamp` so that in zones that skip midnight itself the day starts when the clock jumps, not an hour later.
  return wallToInstant(zoneOf(zone), dateToWall(date), 'clamp');
}

// ---- expansion --------------------------------------------------------------------------------------

interface ParsedRange {
  startMinute: number;
  endMinute: number;
}

function parseRange(start: string, end: string): ParsedRange {
  const startMinute = parseClock(start);
  // 24:00 is the end of a day; as a start it would silently mean the next day.
  if (startMinute === MINUTES_PER_DAY) throw new RangeError('A range cannot start at 24:00');
  let endMinute = parseClock(end);
  if (endMinute <= startMinute) endMinute += MINUTES_PER_DAY;
  return { startMinute, endMinute };
}

/**
 * The instants whose local reading lies in the range on `dayWall`.
 * Edges use the `clamp` gap policy: a range is a set of clock readings, so 01:00–02:30 on a spring-forward
 * night ends when the clock jumps at 02:00 (03:00 after the jump) rather than at 03:30, which would add
 * half an hour the provider never offered; a range wholly inside the gap comes out empty.
 */
function rangeOnDay(zone: IANAZone, dayWall: number, range: ParsedRange): Interval {
  return {
    start: wallToInstant(zone, dayWall + range.startMinute * MINUTE_MS, 'clamp'),
    end: wallToInstant(zone, dayWall + range.endMinute * MINUTE_MS, 'clamp'),
  };
}

/**
 * Every occurrence of the weekly `rules` whose local start date lies in `[from, to]` (inclusive) and in the
 * rule's own `validFrom..validUntil`, as normalized instants.
 *
 * A rule keeps its local clock times on DST days: 09:00–17:00 is 8 hours on most days, and 7 or 9 hours only
 * when the transition falls inside the range. A rule ending at or before its start runs past midnight and
 * ends on the next local day; such an occurrence is included by the date it starts on, so a night shift
 * that starts the day before `from` is not.
 */
export function expandWeekly(rules: readonly WeeklyRule[], zone: string, from: string, to: string): Interval[] {
  const z = zoneOf(zone);
  const first = dateToWall(from);
  const last = dateToWall(to);
  const parsed = rules.map((rule) => {
    if (!WEEKDAYS.includes(rule.weekday)) throw new RangeError(`Not a weekday: ${JSON.stringify(rule.weekday)}`);
    return {
      weekday: rule.weekday,
      range: parseRange(rule.start, rule.end),
      // Walls compare like dates, and validate the optional bounds up front.
      validFrom: rule.validFrom === undefined ? -Infinity : dateToWall(rule.validFrom),
      validUntil: rule.validUntil === undefined ? Infinity : dateToWall(rule.validUntil),
    };
  });
  const out: Interval[] = [];
  for (let day = first; day <= last; day += DAY_MS) {
    const weekday = WEEKDAYS[(new Date(day).getUTCDay() + 6) % 7]!;
    for (const rule of parsed) {
      if (rule.weekday !== weekday || day < rule.validFrom || day > rule.validUntil) continue;
      out.push(rangeOnDay(z, day, rule.range));
    }
  }
  return normalize(out);
}

/** One-off ranges on given local dates, as normalized instants; same clock rules as {@link expandWeekly}. */
export function expandDated(items: readonly DatedRange[], zone: string): Interval[] {
  const z = zoneOf(zone);
  return normalize(items.map((item) => rangeOnDay(z, dateToWall(item.date), parseRange(item.start, item.end))));
}
