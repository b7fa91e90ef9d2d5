/**
 * Expanding a series' RRULE into its occurrences: pure, no I/O. The rule is read in wall-clock time
 * in the series' zone (the facility's, else the provider's), so a weekly 09:00 stays 09:00 local on
 * both sides of a DST change; each local date and time is then turned into an instant.
 */
import * as rrulePackage from 'rrule';
import { invalid } from '../http/errors.js';
import { localDate, localToInstant, minuteOfLocalDay } from '../scheduling/wall-clock.js';

// rrule is CommonJS to Node (named exports through the default) and ESM to a bundler (named exports).
const RRule = ((rrulePackage as { RRule?: unknown }).RRule ?? (rrulePackage as unknown as { default: typeof rrulePackage }).default.RRule) as typeof rrulePackage.RRule;

/** The most occurrences one series may have. */
export const MAX_OCCURRENCES = 52;

const SUPPORTED_FREQ = new Set([RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY]);

const pad = (n: number) => String(n).padStart(2, '0');

/** `HH:MM` of a minute of the day. */
const clockOf = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/**
 * The start instants of a series whose first occurrence starts at `first`, in `zone`. The rule may
 * carry `RRULE:` and must bound itself (COUNT or UNTIL) within {@link MAX_OCCURRENCES}; UNTIL is read
 * as a local date and time in `zone`. DTSTART is `first` and may not be given.
 *
 * @throws a 422 naming `recurrence.rrule` for a rule that cannot be read, is unbounded, or is too long.
 */
export function expandRecurrence(rule: string, first: Date, zone: string): Date[] {
  const field = 'recurrence.rrule';
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (/DTSTART|\n/i.test(text)) throw invalid([{ field, message: 'give the rule alone (RRULE); the start_time is its first occurrence' }]);
  let options;
  try {
    options = RRule.parseString(text);
  } catch (error) {
    throw invalid([{ field, message: `is not an RRULE: ${(error as Error).message}` }]);
  }
  if (options.freq === undefined || !SUPPORTED_FREQ.has(options.freq)) throw invalid([{ field, message: 'FREQ must be DAILY, WEEKLY or MONTHLY' }]);
  if (options.count == null && options.until == null) throw invalid([{ field, message: `needs COUNT or UNTIL (at most ${MAX_OCCURRENCES} occurrences)` }]);
  if (options.count != null && options.count > MAX_OCCURRENCES) throw invalid([{ field, message: `at most ${MAX_OCCURRENCES} occurrences` }]);
  if (options.interval != null && (options.interval < 1 || options.interval > 52)) throw invalid([{ field, message: 'INTERVAL must be between 1 and 52' }]);
  if (options.byhour != null || options.byminute != null || options.bysecond != null) {
    throw invalid([{ field, message: 'the time of day comes from start_time; BYHOUR, BYMINUTE and BYSECOND are not supported' }]);
  }

  // rrule computes in "floating" time: the local wall clock written as if it were UTC.
  const clock = clockOf(minuteOfLocalDay(first.getTime(), zone));
  const firstDate = localDate(first.getTime(), zone);
  const floatingStart = new Date(`${firstDate}T${clock}:00Z`);
  const until = options.until ?? null;
  if (until && until.getTime() < floatingStart.getTime()) throw invalid([{ field, message: 'UNTIL is before start_time' }]);
  const expanded = new RRule({ ...options, dtstart: floatingStart, until, count: options.count ?? MAX_OCCURRENCES + 1 }).all((_, i) => i <= MAX_OCCURRENCES);
  if (expanded.length > MAX_OCCURRENCES) throw invalid([{ field, message: `gives more than ${MAX_OCCURRENCES} occurrences` }]);
  // The first occurrence is start_time itself, as RFC 5545 counts DTSTART even when the rule would not produce it.
  const dates = [firstDate, ...expanded.map((d) => d.toISOString().slice(0, 10)).filter((d) => d !== firstDate)].slice(0, options.count ?? MAX_OCCURRENCES);
  if (dates.length > MAX_OCCURRENCES) throw invalid([{ field, message: `gives more than ${MAX_OCCURRENCES} occurrences` }]);
  return dates.map((date) => new Date(localToInstant(date, clock, zone)));
}
