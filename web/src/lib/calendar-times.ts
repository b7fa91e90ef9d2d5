// Time logic of the staff calendar's keyboard creation and forms, kept free of React so tests check it directly.
import { DateTime } from 'luxon';

interface Interval {
  start_time: string;
  end_time: string;
}

/**
 * A time typed by hand, as a 24-hour "HH:MM": "9" → "09:00", "930" and "9.30" → "09:30"; `allowMidnight`
 * accepts "24:00" (an end of day). Anything else ("9:3", "25:00") comes back as typed, for the form's own
 * check to refuse rather than a guess.
 */
export function normalizeTime(text: string, allowMidnight = false): string {
  const t = text.trim().replace(/[.h]/, ':');
  const m = /^(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (!m) return text.trim();
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (min > 59 || h > 24 || (h === 24 && (min > 0 || !allowMidnight))) return text.trim();
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** Whether `text` is a 24-hour "HH:MM" (or "24:00", an end of day, with `allowMidnight`). */
export const isTime = (text: string, allowMidnight = false) => /^([01]\d|2[0-3]):[0-5]\d$/.test(text) || (allowMidnight && text === '24:00');

/** The facility's opening ranges on a local date, as "08:00–13:00, 14:00–20:00" (empty when closed or unknown). */
export function openingsOn(date: string, openings: Interval[], zone: string): string {
  return openings
    .map((o) => ({ start: DateTime.fromISO(o.start_time, { zone }), end: DateTime.fromISO(o.end_time, { zone }) }))
    .filter((o) => o.start.toISODate() === date)
    .sort((a, b) => a.start.toMillis() - b.start.toMillis())
    .map((o) => `${o.start.toFormat('HH:mm')}–${o.end.hasSame(o.start, 'day') ? o.end.toFormat('HH:mm') : '24:00'}`)
    .join(', ');
}

/**
 * Where a new availability made from the toolbar starts on the day shown: today, the next `step`-minute
 * boundary from now (not before the day's opening); another day, its first opening; else 09:00.
 * Ends an hour later, within the day.
 */
export function nextSlot(day: Date, zone: string, openings: Interval[], now: Date, step = 15): { start: Date; end: Date } {
  const date = DateTime.fromJSDate(day, { zone }).startOf('day');
  const opensAt = openings
    .map((o) => DateTime.fromISO(o.start_time, { zone }))
    .filter((s) => s.hasSame(date, 'day'))
    .sort((a, b) => a.toMillis() - b.toMillis())[0];
  let start = opensAt ?? date.set({ hour: 9 });
  const current = DateTime.fromJSDate(now, { zone });
  if (current.hasSame(date, 'day')) {
    const minutes = current.hour * 60 + current.minute;
    const next = date.plus({ minutes: Math.ceil((minutes + (current.second || current.millisecond ? 1 : 0)) / step) * step });
    if (next > start) start = next;
  }
  const endOfDay = date.plus({ days: 1 });
  if (start >= endOfDay) start = endOfDay.minus({ minutes: step });
  const end = DateTime.min(start.plus({ hours: 1 }), endOfDay);
  return { start: start.toJSDate(), end: end.toJSDate() };
}

/**
 * The first `step`-minute boundary of an availability block at which the doctor is not already booked
 * (occupying appointments only), so "New appointment" from a block proposes a time that can be taken;
 * the block's start when every time is taken.
 */
export function firstFreeStart(block: { start: Date; end: Date }, busy: Interval[], step = 15): Date {
  const taken = busy.map((b) => [Date.parse(b.start_time), Date.parse(b.end_time)] as const);
  for (let t = block.start.getTime(); t + step * 60_000 <= block.end.getTime(); t += step * 60_000) {
    const until = t + step * 60_000;
    if (!taken.some(([s, e]) => s < until && e > t)) return new Date(t);
  }
  return block.start;
}
