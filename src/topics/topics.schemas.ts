import { z } from 'zod';
import { id, paginationQuery } from '../http/schemas.js';

const name = z.string().trim().min(1, 'is required').max(256, 'must be at most 256 characters');
/** Whole minutes; a day is the longest visit we accept. */
const duration = z.number().int('must be whole minutes').min(1, 'must be a positive number of minutes').max(1440, 'must be at most 1440 minutes');

/** Optional booking rules a topic adds; where the provider sets the same rule, the stricter one wins. */
const rules = {
  min_notice_minutes: z.number().int('must be whole minutes').min(0).max(525_600).nullable(),
  max_days_ahead: z.number().int().min(1).max(3650).nullable(),
  buffer_before_minutes: z.number().int('must be whole minutes').min(0).max(1440).nullable(),
  buffer_after_minutes: z.number().int('must be whole minutes').min(0).max(1440).nullable(),
  align_minutes: z.number().int('must be whole minutes').min(1).max(1440).nullable(),
};

export const topicCreate = z.object({ name, duration, ...z.object(rules).partial().shape }).strict();
export const topicUpdate = z.object({ name, duration, active: z.boolean(), ...rules }).partial().strict();
export const topicOut = z.object({
  id,
  name: z.string(),
  duration: z.number().int(),
  active: z.boolean(),
  min_notice_minutes: z.number().int().nullable(),
  max_days_ahead: z.number().int().nullable(),
  buffer_before_minutes: z.number().int().nullable(),
  buffer_after_minutes: z.number().int().nullable(),
  align_minutes: z.number().int().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export const topicListQuery = z.object({
  ...paginationQuery,
  search: z.string().trim().max(256).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export type TopicCreate = z.infer<typeof topicCreate>;
export type TopicUpdate = z.infer<typeof topicUpdate>;
export type TopicListQuery = z.infer<typeof topicListQuery>;
