import { z } from 'zod';
import { id, listQuery, oneLine } from '../http/schemas.js';

const name = oneLine().min(1, 'is required').max(256, 'must be at most 256 characters');
/** Whole minutes; a day is the longest visit we accept. */
const duration = z.number().int('must be whole minutes').min(1, 'must be a positive number of minutes').max(1440, 'must be at most 1440 minutes');

/** Seed 001's `appointment_type`: a stable code clients book by (`consultation`), unique across topics. */
export const topicCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lower-case letters, digits, "-" or "_" (at most 64), e.g. consultation');

/** Optional booking rules a topic adds; where the provider sets the same rule, the stricter one wins. */
const rules = {
  min_notice_minutes: z.number().int('must be whole minutes').min(0).max(525_600).nullable(),
  max_days_ahead: z.number().int().min(1).max(3650).nullable(),
  buffer_before_minutes: z.number().int('must be whole minutes').min(0).max(1440).nullable(),
  buffer_after_minutes: z.number().int('must be whole minutes').min(0).max(1440).nullable(),
  align_minutes: z.number().int('must be whole minutes').min(1).max(1440).nullable(),
  /** Minor units (cents, paise); a priced topic makes a patient's booking a hold until paid. */
  price: z.number().int('must be whole minor units, e.g. cents').min(0).max(1_000_000_000).nullable(),
  /** ISO 4217, e.g. INR, EUR, USD. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR').nullable(),
  /** Patients cannot cancel or reschedule closer than this to the start. */
  patient_cancel_cutoff_minutes: z.number().int('must be whole minutes').min(0).max(525_600).nullable(),
  code: topicCode.nullable(),
  /** Issue 15: a patient's booking of this topic starts as `requested` until the provider approves it. */
  requires_confirmation: z.boolean(),
};

/** A price needs its currency and a currency its price. */
export function priceCurrencyErrors(t: { price?: number | null; currency?: string | null }) {
  const hasPrice = (t.price ?? null) !== null;
  const hasCurrency = (t.currency ?? null) !== null;
  if (hasPrice === hasCurrency) return [];
  return [{ field: hasPrice ? 'currency' : 'price', message: 'price and currency go together' }];
}

const priceWithCurrency = (t: { price?: number | null; currency?: string | null }, ctx: z.RefinementCtx) => {
  for (const e of priceCurrencyErrors(t)) ctx.addIssue({ code: 'custom', message: e.message, path: [e.field] });
};

export const topicCreate = z.object({ name, duration, ...z.object(rules).partial().shape }).strict().superRefine(priceWithCurrency);
/** A PATCH may change the price alone; the route checks price and currency against the stored topic. */
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
  price: z.number().int().nullable(),
  currency: z.string().nullable(),
  patient_cancel_cutoff_minutes: z.number().int().nullable(),
  code: z.string().nullable(),
  requires_confirmation: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
}).meta({ id: 'Topic' });
export const topicListQuery = z.object({
  ...listQuery,
  search: z.string().trim().max(256).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export type TopicCreate = z.infer<typeof topicCreate>;
export type TopicUpdate = z.infer<typeof topicUpdate>;
export type TopicListQuery = z.infer<typeof topicListQuery>;
