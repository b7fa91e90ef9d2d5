// Form values of the workspace and admin screens, kept free of React so the tests check them directly.

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const weekdayName = (d: string) => d.charAt(0).toUpperCase() + d.slice(1);

/**
 * A typed time of day as the API writes it (24-hour "HH:MM"), or null when it is not one.
 * Forgiving about how it is typed: "9" → "09:00", "930" → "09:30", "9.30" / "9h30" → "09:30".
 * "24:00" (the end of the day) only when `end` is set.
 */
export function normalizeClock(text: string, end = false): string | null {
  const match = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2] ?? '0');
  if (m > 59) return null;
  if (h === 24 && m === 0 && end) return '24:00';
  if (h > 23) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export const minutesOfClock = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export interface Range {
  open: string;
  close: string;
}
export type WeekHours = Record<Weekday, Range[]>;

/** The API's flat list of opening hours as ranges per weekday, each day's ranges in order. */
export function hoursByWeekday(list: { weekday: Weekday; open: string; close: string }[]): WeekHours {
  const week = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as Range[]])) as WeekHours;
  for (const h of list) week[h.weekday].push({ open: h.open, close: h.close });
  for (const d of WEEKDAYS) week[d].sort((a, b) => a.open.localeCompare(b.open));
  return week;
}

export function weekHoursList(week: WeekHours): { weekday: Weekday; open: string; close: string }[] {
  return WEEKDAYS.flatMap((weekday) => week[weekday].map((r) => ({ weekday, open: r.open, close: r.close })));
}

/** What is wrong with a week of ranges, in words (empty when the API would take it). */
export function weekHoursProblems(week: WeekHours): string[] {
  const problems: string[] = [];
  for (const d of WEEKDAYS) {
    const ranges = week[d].map((r) => ({ open: normalizeClock(r.open), close: normalizeClock(r.close, true) }));
    ranges.forEach((r, i) => {
      if (!r.open || !r.close) problems.push(`${weekdayName(d)}, range ${i + 1}: write both times as HH:MM (24-hour)`);
      else if (minutesOfClock(r.close) <= minutesOfClock(r.open)) problems.push(`${weekdayName(d)}, range ${i + 1}: closing must be after opening`);
    });
    const valid = ranges.filter((r): r is Range => Boolean(r.open && r.close)).sort((a, b) => a.open.localeCompare(b.open));
    for (let i = 1; i < valid.length; i++) {
      if (minutesOfClock(valid[i]!.open) < minutesOfClock(valid[i - 1]!.close)) problems.push(`${weekdayName(d)}: ${valid[i - 1]!.open}–${valid[i - 1]!.close} and ${valid[i]!.open}–${valid[i]!.close} overlap`);
    }
  }
  return problems;
}

/** "Mon 09:00–13:00, 14:00–18:00 · Tue closed …" for a list row. */
export function weekHoursSummary(week: WeekHours): string {
  const days = WEEKDAYS.filter((d) => week[d].length > 0);
  if (days.length === 0) return 'No opening hours (open any time)';
  return days.map((d) => `${weekdayName(d).slice(0, 3)} ${week[d].map((r) => `${r.open}–${r.close}`).join(', ')}`).join(' · ');
}

/** How many digits a currency's minor unit has (2 for EUR and INR, 0 for JPY). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** A price as typed ("500", "500.5", "1,200.00") in minor units, or null when it is not a price. */
export function priceToMinor(text: string, currency: string): number | null {
  const clean = text.trim().replace(/,/g, '');
  const digits = currencyDigits(currency);
  const match = /^(\d+)(?:\.(\d*))?$/.exec(clean);
  if (!match || (match[2] ?? '').length > digits) return null;
  const fraction = (match[2] ?? '').padEnd(digits, '0');
  return Number(match[1]) * 10 ** digits + (digits ? Number(fraction) : 0);
}

export function minorToPrice(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

/** A price for reading, e.g. "INR 500.00". */
export const priceLabel = (minor: number | null, currency: string | null) => (minor === null || !currency ? 'Free' : `${currency} ${minorToPrice(minor, currency)}`);

const clockOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A sensible range to add after `last`: an hour's break, then four hours (09:00–17:00 on an empty day). */
export function nextRange(last?: Range): Range {
  if (!last) return { open: '09:00', close: '17:00' };
  const end = normalizeClock(last.close, true);
  const start = Math.min((end ? minutesOfClock(end) : 17 * 60) + 60, 23 * 60);
  return { open: clockOf(start), close: clockOf(Math.min(start + 240, 24 * 60)) };
}
