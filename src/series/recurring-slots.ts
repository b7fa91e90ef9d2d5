/**
 * Slot search for a series (issue 15): "every Tuesday at this time for six weeks" answers only the
 * starts that are free on every occurrence. The occurrences are expanded as a booked series would be
 * (wall-clock in the facility's, else the provider's zone) and checked against the same slot search,
 * one search per distinct occurrence date.
 */
import type { Uses } from '../context.js';
import { AppError } from '../http/errors.js';
import type { SlotQuery } from '../scheduling/slots.schemas.js';
import { type Slot, searchSlots } from '../scheduling/slots.service.js';
import { localDate } from '../scheduling/wall-clock.js';
import { expandRecurrence } from './recurrence.js';
import { zonesOf } from './series.repository.js';

/** Occurrence dates one recurring search may check (each is a day's slot search). */
const MAX_DATES = 400;

export async function searchRecurringSlots(ctx: Uses<'db' | 'clock' | 'config'>, query: SlotQuery & { recurrence: string }, maxStarts: number): Promise<{ slots: Slot[]; count: number }> {
  const base = await searchSlots(ctx, { ...query, limit: 5000, offset: 0 }, maxStarts);
  const zones = await zonesOf(ctx.db, [...new Set(base.slots.map((s) => s.provider))], query.facility);
  const zoneOf = (provider: string) => zones.facility ?? zones.providers.get(provider) ?? 'UTC';
  const series = base.slots.map((slot) => {
    const zone = zoneOf(slot.provider);
    const starts = expandRecurrence(query.recurrence, new Date(slot.start_time), zone).slice(1);
    return { slot, zone, starts };
  });

  const dates = new Set<string>();
  for (const s of series) for (const start of s.starts) dates.add(localDate(start.getTime(), s.zone));
  if (dates.size > MAX_DATES) {
    throw new AppError(422, 'search_too_large', `This recurring search would check ${dates.size} dates; ask for fewer days or occurrences`, {
      errors: [{ field: 'to', message: 'narrow the date range' }],
    });
  }
  const free = new Set<string>();
  const keyOf = (provider: string, start: string) => `${provider}@${new Date(start).toISOString()}`;
  for (const date of [...dates].sort()) {
    // Each date read in the zone its occurrences were expanded in: one zone when a facility is named or one provider searched.
    const day = await searchSlots(ctx, { ...query, from: date, to: date, date, timezone: zones.facility ?? query.timezone, limit: 5000, offset: 0 }, maxStarts);
    for (const s of day.slots) free.add(keyOf(s.provider, s.start_time));
  }
  const matching = series.filter((s) => s.starts.every((start) => free.has(keyOf(s.slot.provider, start.toISOString())))).map((s) => s.slot);
  return { slots: matching.slice(query.offset, query.offset + query.limit), count: matching.length };
}
