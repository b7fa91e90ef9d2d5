import { z } from 'zod';

import { WEEKDAYS } from './wall-clock.js';

export const weekday = z.enum(WEEKDAYS);

/** Wall-clock time of day, 00:00–23:59. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM (00:00–23:59)');
/** An end time may also be 24:00, the end of the day. */
export const clockEnd = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time as HH:MM (00:00–24:00)');

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const minutes = (max: number) => z.number().int('must be whole minutes').min(1).max(max);
export const nonNegativeMinutes = (max: number) => z.number().int('must be whole minutes').min(0).max(max);

/** Refinement for a `from`–`to` range of local dates, inclusive, at most `maxDays` long. */
export function checkDateRange(maxDays: number) {
  return (q: { from: string; to: string }, ctx: z.RefinementCtx) => {
    if (q.to < q.from) ctx.addIssue({ code: 'custom', message: 'must not be before from', path: ['to'] });
    else if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 >= maxDays) {
      ctx.addIssue({ code: 'custom', message: `the range may span at most ${maxDays} days`, path: ['to'] });
    }
  };
}
