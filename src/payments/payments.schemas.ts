import { z } from 'zod';
import { id, listQuery, oneLine } from '../http/schemas.js';

/** Seed 004's payment confirmation, sent by the gateway. */
export const paymentCreate = z
  .object({
    order_id: oneLine().min(1).max(200),
    payment_id: oneLine().min(1).max(200),
    amount: z.number().int('must be whole minor units (e.g. cents)').min(0).max(1_000_000_000),
    appointment_id: id,
  })
  .strict();

export const paymentOut = z.object({
  id,
  appointment_id: id,
  order_id: z.string(),
  payment_id: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  status: z.literal('succeeded'),
  created_at: z.string(),
}).meta({ id: 'Payment' });

export const paymentListQuery = z.object({ ...listQuery, appointment: id.optional() });

export type PaymentCreate = z.infer<typeof paymentCreate>;

export const checkoutOut = z.object({
  order_id: z.string(),
  appointment_id: id,
  amount: z.number().int(),
  currency: z.string(),
  gateway: z.string(),
  /** Where the patient pays (the gateway's page). */
  payment_url: z.string(),
}).meta({ id: 'Checkout' });
