/**
 * The slot finder and its explainer: pure functions over instants, no I/O.
 *
 * {@link findSlots} lists what a patient may book; {@link explain} says why one start is refused. Both run
 * the same checks ({@link evaluate}) over the same prepared input, so a start is offered exactly when it
 * is explained as bookable; the property tests hold them to that.
 */
import { containedIn, type Interval, intersect, normalize, overlapsAny } from './intervals.js';
import { addDays, dayBounds, daysBetween, localDate, localMinuteReader, startOfDay } from './wall-clock.js';

const MINUTE_MS = 60_000;

/** Time an appointment may not overlap, with the reason reported when it does. */
export interface BlockedInterval extends Interval {
  reason: 'facility_closed' | 'time_off' | 'calendar_busy';
}

/** Everything known about one provider's (and facility's) time over the searched period. */
export interface SlotInput {
  /** Local time zone used for alignment (facility's, else provider's). */
  zone: string;
  /** Where the provider offers time (availability occurrences), or null = no availability defined (bookable any time). */
  availability: readonly Interval[] | null;
  /** Facility opening hours, or null when there is no facility / no hours restriction. */
  operatingHours: readonly Interval[] | null;
  /** Closures and time off: an appointment may not overlap them. */
  blocked: readonly BlockedInterval[];
  /** Existing appointments and holds of the provider (and of the facility if it has a single room). */
  busy: readonly Interval[];
}

/** How slots are cut and which starts are acceptable. Minutes are whole minutes; instants are epoch ms. */
export interface SlotRules {
  /** Length of an appointment. */
  durationMinutes: number;
  /** Candidate starts are `window.start + k * grid`, a window being a merged (availability ∩ operating hours) piece. */
  gridMinutes: number;
  /** When set, a start's local minute of the day must be a multiple of it (visits on the hour: 60). */
  alignMinutes?: number;
  /** Free time kept before and after every visit: a new one needs `before + after` from any busy time. */
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** Now plus the minimum notice; a start at exactly this instant is allowed. */
  earliestStart: number;
  /** Now plus the booking horizon; a start at exactly this instant is allowed. */
  latestStart: number;
}

/** Why a start cannot be booked, as stable snake_case codes. */
export type Refusal =
  | 'outside_operating_hours'
  | 'outside_availability'
  | 'facility_closed'
  | 'time_off'
  | 'calendar_busy'
  | 'conflict'
  | 'too_soon'
  | 'too_far_ahead'
  | 'off_grid';

/** The input with every list normalized once, so each check is a binary search. */
interface Prepared {
  zone: string;
  availability: Interval[] | null;
  operatingHours: Interval[] | null;
  /** Merged bookable windows, or null when neither list is set: then every local day is a window. */
  windows: Interval[] | null;
  closures: Interval[];
  timeOff: Interval[];
  /** Busy time from the provider's linked calendars: like time off, no buffers around it. */
  calendarBusy: Interval[];
  busy: Interval[];
  durationMs: number;
  gridMs: number;
  alignMinutes: number | undefined;
  /** Local minute of the day at an instant (for alignment). */
  minuteOfDay: (instant: number) => number;
  beforeMs: number;
  afterMs: number;
  earliestStart: number;
  latestStart: number;
}

function positiveWholeMinutes(name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive whole number of minutes`);
  return value * MINUTE_MS;
}

function nonNegativeWholeMinutes(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of minutes >= 0`);
  return value * MINUTE_MS;
}

function prepare(input: SlotInput, rules: SlotRules): Prepared {
  if (Number.isNaN(rules.earliestStart) || Number.isNaN(rules.latestStart)) {
    throw new RangeError('earliestStart and latestStart must be instants');
  }
  const availability = input.availability === null ? null : normalize(input.availability);
  const operatingHours = input.operatingHours === null ? null : normalize(input.operatingHours);
  const windows =
    availability === null ? operatingHours : operatingHours === null ? availability : intersect(availability, operatingHours);
  return {
    zone: input.zone,
    availability,
    operatingHours,
    windows,
    closures: normalize(input.blocked.filter((b) => b.reason === 'facility_closed')),
    timeOff: normalize(input.blocked.filter((b) => b.reason === 'time_off')),
    calendarBusy: normalize(input.blocked.filter((b) => b.reason === 'calendar_busy')),
    busy: normalize(input.busy),
    durationMs: positiveWholeMinutes('durationMinutes', rules.durationMinutes),
    gridMs: positiveWholeMinutes('gridMinutes', rules.gridMinutes),
    alignMinutes:
      rules.alignMinutes === undefined ? undefined : positiveWholeMinutes('alignMinutes', rules.alignMinutes) / MINUTE_MS,
    minuteOfDay: localMinuteReader(input.zone),
    beforeMs: nonNegativeWholeMinutes('bufferBeforeMinutes', rules.bufferBeforeMinutes),
    afterMs: nonNegativeWholeMinutes('bufferAfterMinutes', rules.bufferAfterMinutes),
    earliestStart: rules.earliestStart,
    latestStart: rules.latestStart,
  };
}

/**
 * The window a slot lies in, if any. Without availability and opening hours every local day is a window
 * anchored at its midnight, and a slot only has to start in it: "bookable any time" includes a late slot
 * running past midnight, and no refusal code would describe refusing it.
 */
function windowOf(p: Prepared, slot: Interval): Interval | undefined {
  if (p.windows === null) return dayBounds(localDate(slot.start, p.zone), p.zone);
  return containedIn(p.windows, slot);
}

/**
 * Every refusal that applies to a start, in the order of {@link Refusal}. The finder passes `firstOnly`
 * (it only needs to know whether there is any) and the window it took the start from, which is the one
 * {@link windowOf} would find, to save looking it up again.
 */
function evaluate(p: Prepared, start: number, firstOnly: boolean, knownWindow?: Interval, knownAnchor?: number): Refusal[] {
  const reasons: Refusal[] = [];
  const slot = { start, end: start + p.durationMs };
  const refuse = (reason: Refusal) => {
    reasons.push(reason);
    return firstOnly;
  };
  if (p.operatingHours !== null && containedIn(p.operatingHours, slot) === undefined && refuse('outside_operating_hours')) return reasons;
  if (p.availability !== null && containedIn(p.availability, slot) === undefined && refuse('outside_availability')) return reasons;
  if (overlapsAny(p.closures, slot) && refuse('facility_closed')) return reasons;
  if (overlapsAny(p.timeOff, slot) && refuse('time_off')) return reasons;
  if (overlapsAny(p.calendarBusy, slot) && refuse('calendar_busy')) return reasons;
  // Every visit, existing or new, keeps `before` free ahead of it and `after` free behind it, so two
  // visits need before + after between them whichever comes first.
  const gap = p.beforeMs + p.afterMs;
  if (overlapsAny(p.busy, { start: start - gap, end: slot.end + gap }) && refuse('conflict')) return reasons;
  if (start < p.earliestStart && refuse('too_soon')) return reasons;
  if (start > p.latestStart && refuse('too_far_ahead')) return reasons;
  // Grid and alignment only mean something relative to the window the slot is in.
  const window = knownWindow ?? windowOf(p, slot);
  if (window !== undefined && !onGrid(p, knownAnchor ?? anchorOf(p, window, start), start)) refuse('off_grid');
  return reasons;
}

/**
 * Where the grid of a start is counted from: its window's start, unless the window already ran through
 * the whole previous local day (round-the-clock hours), in which case the grid restarts at local midnight.
 * A loaded span always covers the previous local day, so the answer never depends on how far back the
 * window was loaded, and search and booking agree; a night shift (22:00–02:00) keeps one continuous grid.
 */
function anchorOf(p: Prepared, window: Interval, start: number): number {
  return dayAnchor(p, window, localDate(start, p.zone));
}

function dayAnchor(p: Prepared, window: Interval, day: string): number {
  return window.start > startOfDay(addDays(day, -1), p.zone) ? window.start : startOfDay(day, p.zone);
}

function onGrid(p: Prepared, anchor: number, start: number): boolean {
  if ((start - anchor) % p.gridMs !== 0) return false;
  if (p.alignMinutes === undefined) return true;
  // Alignment is about what the wall clock shows (on the hour), so it uses the local reading, not elapsed time.
  return start % MINUTE_MS === 0 && p.minuteOfDay(start) % p.alignMinutes === 0;
}

/**
 * Why `start` cannot be booked: every reason that applies, in the order of {@link Refusal}, or `[]` when it
 * can. `off_grid` is only judged for a slot inside a window, since a grid is anchored at its window's start.
 */
export function explain(input: SlotInput, rules: SlotRules, start: number): Refusal[] {
  if (!Number.isFinite(start)) throw new RangeError(`Not an instant: ${start}`);
  return evaluate(prepare(input, rules), start, false);
}

/**
 * The bookable slots whose start lies in `range` (half-open), in time order, each `durationMinutes` long:
 * exactly the grid starts in `range` that {@link explain} finds nothing against.
 *
 * Cost is O((windows + candidates) · log n) after one sort of each list: every check is a binary search,
 * so thousands of busy intervals do not multiply with the number of candidates.
 */
export function findSlots(input: SlotInput, rules: SlotRules, range: Interval): Interval[] {
  if (!Number.isFinite(range.start) || !Number.isFinite(range.end)) throw new RangeError('range must be finite instants');
  const p = prepare(input, rules);
  const slots: Interval[] = [];
  if (!(range.end > range.start)) return slots;

  // Candidates outside the notice/horizon bounds would be refused anyway; skipping them saves the checks.
  const lowest = Math.max(range.start, p.earliestStart);
  const latest = p.latestStart;

  /** Walks one grid from `anchor`: starts in [from, startsBefore) that are at most `lastStart`. */
  const walk = (window: Interval, anchor: number, from: number, startsBefore: number, lastStart: number) => {
    for (let k = Math.max(0, Math.ceil((Math.max(lowest, from) - anchor) / p.gridMs)); ; k++) {
      const start = anchor + k * p.gridMs;
      if (start >= range.end || start > latest || start >= startsBefore || start > lastStart) break;
      if (evaluate(p, start, true, window, anchor).length === 0) slots.push({ start, end: start + p.durationMs });
    }
  };
  /** `startOnly` windows (whole local days) need only hold the start. */
  const tryWindow = (window: Interval, startOnly: boolean) => {
    if (startOnly) {
      walk(window, window.start, window.start, window.end, window.end);
      return;
    }
    // Day by day, since the anchor may restart at a local midnight (see anchorOf).
    const lastStart = window.end - p.durationMs;
    let day = localDate(Math.max(window.start, lowest), p.zone);
    for (;;) {
      const dayStart = startOfDay(day, p.zone);
      const next = addDays(day, 1);
      const dayEnd = startOfDay(next, p.zone);
      if (dayStart >= window.end || dayStart >= range.end) break;
      walk(window, dayAnchor(p, window, day), Math.max(window.start, dayStart), Math.min(dayEnd, window.end), lastStart);
      day = next;
    }
  };

  if (p.windows === null) {
    const firstDay = localDate(range.start, p.zone);
    const days = daysBetween(firstDay, localDate(range.end - 1, p.zone));
    // Each day ends where the next begins, so one midnight per day is enough (resolving one is not cheap).
    let dayStart = startOfDay(firstDay, p.zone);
    for (let i = 0; i <= days; i++) {
      const dayEnd = startOfDay(addDays(firstDay, i + 1), p.zone);
      tryWindow({ start: dayStart, end: dayEnd }, true);
      dayStart = dayEnd;
    }
  } else {
    for (const window of p.windows) {
      if (window.end <= range.start || window.start >= range.end) continue;
      tryWindow(window, false);
    }
  }
  return slots;
}
