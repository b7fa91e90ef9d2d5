/**
 * Busy time from an iCalendar file: pure (text in, intervals out), with ical.js doing the parsing and
 * the recurrence expansion (RRULE, RDATE, EXDATE, overridden occurrences). Wall-clock times in a named
 * zone are turned into instants with luxon, so a weekly 09:00 in Europe/Berlin stays 09:00 local on
 * both sides of a DST change; zones only the file defines (VTIMEZONE with a non-IANA name, as Outlook
 * writes) use the file's own definition.
 */
import ICAL from 'ical.js';
import { DateTime, IANAZone } from 'luxon';
import type { Interval } from '../scheduling/intervals.js';

export class CalendarParseError extends Error {}

export interface BusyOptions {
  /** Only time overlapping [from, to) is kept. */
  from: number;
  to: number;
  /** Where floating times and all-day events are read (the provider's zone). */
  zone: string;
  /** At most this many intervals (a runaway rule must not fill the database). */
  maxIntervals: number;
}

/** Occurrences one recurring event may be walked through before its window, however old its start. */
const MAX_STEPS_PER_EVENT = 100_000;

type Time = InstanceType<typeof ICAL.Time>;

function instantOf(time: Time, tzid: string | undefined, zone: string): number {
  const parts = { year: time.year, month: time.month, day: time.day, hour: time.isDate ? 0 : time.hour, minute: time.isDate ? 0 : time.minute, second: time.isDate ? 0 : time.second };
  if (time.isDate) return DateTime.fromObject(parts, { zone }).toMillis();
  if (time.zone?.tzid === 'UTC' || time.zone === ICAL.Timezone.utcTimezone) return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  if (tzid && IANAZone.isValidZone(tzid)) return DateTime.fromObject(parts, { zone: tzid }).toMillis();
  if (tzid && time.zone && time.zone !== ICAL.Timezone.localTimezone) return time.toJSDate().getTime();
  return DateTime.fromObject(parts, { zone }).toMillis();
}

const tzidOf = (component: InstanceType<typeof ICAL.Component>, name: string): string | undefined => {
  const value = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
};

/** Whether an event (or one overridden occurrence) takes time: not cancelled, not marked free. */
function occupies(component: InstanceType<typeof ICAL.Component>): boolean {
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  const transparency = String(component.getFirstPropertyValue('transp') ?? '').toUpperCase();
  return status !== 'CANCELLED' && transparency !== 'TRANSPARENT';
}

/** The busy intervals of an ICS file over a window, merged per event and sorted; throws CalendarParseError on a file that is not iCalendar. */
export function busyIntervals(text: string, options: BusyOptions): Interval[] {
  let root: InstanceType<typeof ICAL.Component>;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch {
    throw new CalendarParseError('The file is not a valid iCalendar file');
  }
  if (root.name !== 'vcalendar') throw new CalendarParseError('The file is not an iCalendar (VCALENDAR) file');
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    const tzid = vtimezone.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string' && !IANAZone.isValidZone(tzid) && !ICAL.TimezoneService.has(tzid)) ICAL.TimezoneService.register(vtimezone);
  }

  // An overridden occurrence is its own VEVENT with the master's UID and a RECURRENCE-ID.
  const masters = new Map<string, InstanceType<typeof ICAL.Component>>();
  const exceptions = new Map<string, InstanceType<typeof ICAL.Component>[]>();
  const loose: InstanceType<typeof ICAL.Component>[] = [];
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const uid = vevent.getFirstPropertyValue('uid');
    if (typeof uid !== 'string') {
      loose.push(vevent);
    } else if (vevent.hasProperty('recurrence-id')) {
      exceptions.set(uid, [...(exceptions.get(uid) ?? []), vevent]);
    } else {
      masters.set(uid, vevent);
    }
  }
  for (const [uid, list] of exceptions) if (!masters.has(uid)) loose.push(...list);

  const out: Interval[] = [];
  const keep = (start: number, end: number) => {
    if (!(end > start) || end <= options.from || start >= options.to) return;
    if (out.length >= options.maxIntervals) throw new CalendarParseError(`The calendar has more than ${options.maxIntervals} busy periods in the imported window`);
    out.push({ start, end });
  };

  const single = (vevent: InstanceType<typeof ICAL.Component>) => {
    if (!occupies(vevent) || !vevent.hasProperty('dtstart')) return;
    const event = new ICAL.Event(vevent);
    const startTz = tzidOf(vevent, 'dtstart');
    const start = instantOf(event.startDate, startTz, options.zone);
    const end = vevent.hasProperty('dtend') || vevent.hasProperty('duration') ? instantOf(event.endDate, tzidOf(vevent, 'dtend') ?? startTz, options.zone) : start + (event.startDate.isDate ? 86_400_000 : 0);
    keep(start, end);
  };

  for (const vevent of loose) single(vevent);
  for (const [uid, master] of masters) {
    if (!master.hasProperty('dtstart')) continue;
    const event = new ICAL.Event(master, { strictExceptions: false, exceptions: exceptions.get(uid) ?? [] });
    if (!event.isRecurring()) {
      single(master);
      continue;
    }
    const iterator = event.iterator();
    for (let step = 0; step < MAX_STEPS_PER_EVENT; step++) {
      const next = iterator.next();
      if (!next) break;
      const details = event.getOccurrenceDetails(next);
      const item = details.item.component;
      const startTz = tzidOf(item, 'dtstart');
      const start = instantOf(details.startDate, startTz, options.zone);
      if (start >= options.to) break;
      if (!occupies(item)) continue;
      keep(start, instantOf(details.endDate, tzidOf(item, 'dtend') ?? startTz, options.zone));
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
