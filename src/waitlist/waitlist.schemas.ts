import { z } from 'zod';
import { id, isoDate } from '../http/schemas.js';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:MM');

export const timeOfDay = z
  .object({ from: clock, to: clock })
  .strict()
  .refine((w) => w.from < w.to, { message: 'from must be before to', path: ['to'] });

export const waitlistCreate = z
  .object({
    /** Staff and admins join for a patient; a patient joins for themself. */
    patient: id.optional(),
    /** One provider, or (with `topic`) any provider who publishes hours. */
    provider: id.optional(),
    topic: id.optional(),
    /** What the visit is for; its length comes from them. Defaults to `[topic]`. */
    topics: z.array(id).min(1).max(20).optional(),
    from: isoDate,
    to: isoDate,
    /** Local times of day the patient can come, in the provider's zone; empty or absent: any time. */
    times_of_day: z.array(timeOfDay).max(10).optional(),
    /** Higher first; only staff and admins set it (default 0). */
    priority: z.number().int().min(-1000).max(1000).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (!b.provider && !b.topic) ctx.addIssue({ code: 'custom', message: 'name a provider, or a topic for any provider', path: ['provider'] });
    if (!b.topics && !b.topic) ctx.addIssue({ code: 'custom', message: 'name the topics of the visit', path: ['topics'] });
    if (b.to < b.from) ctx.addIssue({ code: 'custom', message: 'must not be before from', path: ['to'] });
  });

export const waitlistStatus = z.enum(['waiting', 'offered', 'booked', 'left', 'expired']);

export const waitlistOut = z.object({
  id,
  patient: id,
  provider: id.nullable(),
  topic: id.nullable(),
  topics: z.array(id),
  from: z.string(),
  to: z.string(),
  times_of_day: z.array(z.object({ from: z.string(), to: z.string() })),
  priority: z.number().int(),
  status: waitlistStatus,
  /** The time held for this entry while `status` is `offered`. */
  offer: z.object({ appointment: id, provider: id, start_time: z.string(), end_time: z.string(), expires_at: z.string() }).nullable(),
  /** The appointment an accepted offer became. */
  appointment: id.nullable(),
  joined_at: z.string(),
});

export const waitlistList = z.object({ results: z.array(waitlistOut) });

export type WaitlistCreate = z.infer<typeof waitlistCreate>;
