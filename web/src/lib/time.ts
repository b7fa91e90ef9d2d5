// Time logic of the screens, kept free of React so the tests check it directly.
import { DateTime } from 'luxon';

/**
 * How a time zone is named on screen: its IANA name and its offset on that date, e.g.
 * "Asia/Kolkata (GMT+5:30)" or "Europe/Berlin (GMT+2)" in summer and "(GMT+1)" in winter.
 */
export function zoneLabel(zone: string, at: Date): string {
  const dt = DateTime.fromJSDate(at, { zone });
  if (!dt.isValid) return zone;
  const minutes = dt.offset;
  const sign = minutes < 0 ? '-' : '+';
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  const offset = minutes === 0 ? 'GMT' : `GMT${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
  return `${zone} (${offset})`;
}

/** A time of day in a zone, e.g. "09:30". */
export function clock(iso: string | Date, zone: string): string {
  const dt = typeof iso === 'string' ? DateTime.fromISO(iso, { zone }) : DateTime.fromJSDate(iso, { zone });
  return dt.toFormat('HH:mm');
}

/** A date and time in a zone, e.g. "Mon 14 Jan 2030, 09:30". */
export function dateTime(iso: string | Date, zone: string): string {
  const dt = typeof iso === 'string' ? DateTime.fromISO(iso, { zone }) : DateTime.fromJSDate(iso, { zone });
  return dt.toFormat('ccc d LLL yyyy, HH:mm');
}

export type DayPart = 'morning' | 'afternoon' | 'evening';

export interface SlotGroup<S> {
  /** The local date, YYYY-MM-DD. */
  date: string;
  /** e.g. "Monday 14 January". */
  label: string;
  parts: { part: DayPart; slots: S[] }[];
}

const partOf = (hour: number): DayPart => (hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening');

/**
 * Free slots grouped by local date, then by morning (before 12:00), afternoon (12:00–17:00) and
 * evening, in the zone the visitor reads them in; slots keep their order, and empty parts are left out.
 */
export function groupSlots<S extends { start_time: string }>(slots: S[], zone: string): SlotGroup<S>[] {
  const sorted = [...slots].sort((a, b) => Date.parse(a.start_time) - Date.parse(b.start_time));
  const groups: SlotGroup<S>[] = [];
  for (const slot of sorted) {
    const dt = DateTime.fromISO(slot.start_time, { zone });
    const date = dt.toISODate()!;
    let group = groups.at(-1);
    if (!group || group.date !== date) {
      group = { date, label: dt.toFormat('cccc d LLLL'), parts: [] };
      groups.push(group);
    }
    const part = partOf(dt.hour);
    let bucket = group.parts.find((p) => p.part === part);
    if (!bucket) {
      bucket = { part, slots: [] };
      group.parts.push(bucket);
    }
    bucket.slots.push(slot);
  }
  return groups;
}

/** "14:59" for a hold's remaining time (minutes:seconds), never negative. */
export function countdown(until: string, now: number): string {
  const left = Math.max(0, Math.floor((Date.parse(until) - now) / 1000));
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
}

/**
 * The hours the calendar draws for the days shown: from the earliest opening to the latest closing
 * (as times of day in the facility's zone), or 08:00–18:00 when the facility gives no hours.
 */
export function visibleHours(openings: { start_time: string; end_time: string }[], zone: string): { min: number; max: number } {
  if (openings.length === 0) return { min: 8 * 60, max: 18 * 60 };
  let min = 24 * 60;
  let max = 0;
  for (const o of openings) {
    const start = DateTime.fromISO(o.start_time, { zone });
    const end = DateTime.fromISO(o.end_time, { zone });
    min = Math.min(min, start.hour * 60 + start.minute);
    const endMinutes = end.hasSame(start, 'day') ? end.hour * 60 + end.minute : 24 * 60;
    max = Math.max(max, endMinutes);
  }
  return { min, max: Math.max(max, min + 60) };
}

const icsStamp = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
const icsText = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** An iCalendar file (RFC 5545) of one appointment, for the "Add to calendar" download. */
export function appointmentIcs(a: { id: string; start_time: string; end_time: string; title: string; location?: string | null; now: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Carebook//Web app//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${a.id}@carebook`,
    `DTSTAMP:${icsStamp(a.now)}`,
    `DTSTART:${icsStamp(a.start_time)}`,
    `DTEND:${icsStamp(a.end_time)}`,
    `SUMMARY:${icsText(a.title)}`,
    ...(a.location ? [`LOCATION:${icsText(a.location)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
