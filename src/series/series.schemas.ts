import { z } from 'zod';
import { appointmentOut, refusedOccurrence } from '../appointments/appointments.schemas.js';
import { id, instant, oneLine } from '../http/schemas.js';

export const scope = z.enum(['one', 'following', 'all']).describe('`one`: the named occurrence; `following`: it and every later one; `all`: every occurrence');

export const seriesCancel = z
  .object({
    scope,
    /** The occurrence (an appointment id of the series); required unless `scope` is `all`. */
    appointment: id.optional(),
    reason: oneLine().max(1000).optional(),
    on_behalf_of: z.enum(['patient', 'provider']).optional(),
  })
  .strict();

export const seriesMove = z
  .object({
    scope,
    appointment: id.optional(),
    /** Where the named occurrence (the first, for `all`) goes; the others move by the same local date and time change. */
    start_time: instant,
  })
  .strict();

export const seriesOut = z.object({
  id,
  rrule: z.string(),
  timezone: z.string(),
  provider: id,
  patient: id,
  created_at: z.string(),
  occurrences: z.array(appointmentOut),
});

export const seriesCancelOut = z.object({ series_id: id, scope, changed: z.array(id) });

export { refusedOccurrence };
export type SeriesCancel = z.infer<typeof seriesCancel>;
export type SeriesMove = z.infer<typeof seriesMove>;
