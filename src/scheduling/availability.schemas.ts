import { z } from 'zod';
import { id, instant, isoDate, oneLine } from '../http/schemas.js';
import { clockEnd, clockTime, weekday } from './schemas.js';

/**
 * One availability rule: weekly (`weekday`) or for one date (`date`). Times are wall-clock in the
 * facility's time zone, or the provider's own when there is no facility. An `end` at or before
 * `start` runs past midnight into the next day (a night shift 22:00–06:00).
 */
export const availabilityIn = z
  .object({
    weekday: weekday.optional(),
    date: isoDate.optional(),
    start: clockTime,
    end: clockEnd,
    facility: id.nullable().optional(),
    valid_from: isoDate.nullable().optional(),
    valid_until: isoDate.nullable().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.weekday === undefined) === (r.date === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give either weekday (a weekly rule) or date (one day)', path: ['weekday'] });
    }
    if (r.date !== undefined && (r.valid_from || r.valid_until)) {
      ctx.addIssue({ code: 'custom', message: 'valid_from/valid_until only apply to weekly rules', path: ['valid_from'] });
    }
    if (r.start === r.end) {
      ctx.addIssue({ code: 'custom', message: 'end must differ from start', path: ['end'] });
    }
    if (r.valid_from && r.valid_until && r.valid_until < r.valid_from) {
      ctx.addIssue({ code: 'custom', message: 'must not be before valid_from', path: ['valid_until'] });
    }
  });

/** Seed 002's inline weekly schedule on provider create/update: replaces every weekly rule. */
export const weeklyScheduleIn = z
  .array(
    z
      .object({
        weekday,
        start: clockTime,
        end: clockEnd,
        facility: id.nullable().optional(),
        valid_from: isoDate.nullable().optional(),
        valid_until: isoDate.nullable().optional(),
      })
      .strict(),
  )
  .max(100);

export const availabilityOut = z.object({
  id,
  provider: id,
  kind: z.enum(['weekly', 'dated']),
  weekday: weekday.nullable(),
  date: z.string().nullable(),
  start: z.string(),
  end: z.string(),
  facility: id.nullable(),
  valid_from: z.string().nullable(),
  valid_until: z.string().nullable(),
  created_at: z.string(),
}).meta({ id: 'Availability' });

export const timeOffIn = z
  .object({ start_time: instant, end_time: instant, reason: oneLine().max(500).nullable().optional() })
  .strict()
  .refine((t) => Date.parse(t.end_time) > Date.parse(t.start_time), { message: 'must be after start_time', path: ['end_time'] })
  .refine((t) => Date.parse(t.end_time) - Date.parse(t.start_time) <= 366 * 86_400_000, {
    message: 'time off may last at most 366 days per entry',
    path: ['end_time'],
  });

export const timeOffOut = z.object({
  id,
  provider: id,
  start_time: z.string(),
  end_time: z.string(),
  reason: z.string().nullable(),
  created_at: z.string(),
}).meta({ id: 'TimeOff' });

export const subResourceParams = z.object({ id: z.string(), itemId: z.string() });

export type AvailabilityIn = z.infer<typeof availabilityIn>;
export type WeeklyScheduleIn = z.infer<typeof weeklyScheduleIn>;
export type TimeOffIn = z.infer<typeof timeOffIn>;
