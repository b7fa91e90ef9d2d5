import { z } from 'zod';
import { id, paginationQuery } from '../http/schemas.js';

const name = z.string().trim().min(1, 'is required').max(256, 'must be at most 256 characters');
/** Whole minutes; a day is the longest visit we accept. */
const duration = z.number().int('must be whole minutes').min(1, 'must be a positive number of minutes').max(1440, 'must be at most 1440 minutes');

export const topicCreate = z.object({ name, duration });
export const topicUpdate = z.object({ name, duration, active: z.boolean() }).partial().strict();
export const topicOut = z.object({
  id,
  name: z.string(),
  duration: z.number().int(),
  active: z.boolean(),
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
