import { z } from 'zod';
import { id, instant, isoDate, repeatable, timezone } from '../http/schemas.js';
import { checkDateRange } from './schemas.js';

export const MAX_SEARCH_DAYS = 62;
export const MAX_SEARCH_PROVIDERS = 50;

export const mode = z.enum(['in_person', 'phone', 'video']);

/** `topics=a,b` or `topics=a&topics=b`. */
const idList = z.preprocess(
  (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).filter(Boolean)),
  z.array(id).min(1).max(20).optional(),
);

/** What the visit needs: a length in minutes, or the topics that give it. */
const lengthQuery = {
  duration: z.coerce.number().int('must be whole minutes').min(1).max(1440).optional(),
  topics: idList,
};

export const slotQuery = z
  .object({
    provider: repeatable(id),
    from: isoDate.optional(),
    to: isoDate.optional(),
    date: isoDate.optional(),
    facility: id.optional(),
    mode: mode.optional(),
    timezone: timezone.optional(),
    limit: z.coerce.number().int().min(1).max(5000).default(1000),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    ...lengthQuery,
  })
  .transform((q) => ({ ...q, from: q.from ?? q.date, to: q.to ?? q.date ?? q.from }))
  .superRefine((q, ctx) => {
    if (!q.provider || q.provider.length === 0) ctx.addIssue({ code: 'custom', message: 'name at least one provider', path: ['provider'] });
    else if (q.provider.length > MAX_SEARCH_PROVIDERS) ctx.addIssue({ code: 'custom', message: `at most ${MAX_SEARCH_PROVIDERS} providers per search`, path: ['provider'] });
    if (!q.from || !q.to) ctx.addIssue({ code: 'custom', message: 'give from and to (YYYY-MM-DD), or date', path: ['from'] });
    else checkDateRange(MAX_SEARCH_DAYS)({ from: q.from, to: q.to }, ctx);
    if ((q.duration === undefined) === (q.topics === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give either duration (minutes) or topics', path: ['duration'] });
    }
  });

export const slotOut = z.object({ provider: id, facility: id.nullable(), start_time: z.string(), end_time: z.string() }).meta({ id: 'Slot' });

export const explainQuery = z
  .object({ start_time: instant, facility: id.optional(), ...lengthQuery })
  .strict()
  .refine((q) => (q.duration === undefined) !== (q.topics === undefined), { message: 'give either duration (minutes) or topics', path: ['duration'] });

export const explainOut = z.object({
  bookable: z.boolean(),
  provider: id,
  facility: id.nullable(),
  start_time: z.string(),
  end_time: z.string(),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
}).meta({ id: 'SlotExplanation' });

export const scheduleQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    provider: repeatable(id),
    facility: id.optional(),
    timezone: timezone.optional(),
  })
  .superRefine(checkDateRange(MAX_SEARCH_DAYS));

export type SlotQuery = z.infer<typeof slotQuery>;
export type ExplainQuery = z.infer<typeof explainQuery>;
export type ScheduleQuery = z.infer<typeof scheduleQuery>;
