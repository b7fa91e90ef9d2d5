import { z } from 'zod';
import { id, instant, paginationQuery, repeatable, oneLine } from '../http/schemas.js';
import { ALL_STATUSES } from './status.js';

export const status = z.enum(ALL_STATUSES);

const topicIds = z.array(id).min(1, 'needs at least one topic').max(20, 'at most 20 topics');

export const appointmentCreate = z
  .object({
    provider: id.optional(),
    patient: id.optional(),
    topics: topicIds.optional(),
    /** Seed 000 names the field `topic`; one id or a list. */
    topic: z.union([id, topicIds]).optional(),
    start_time: instant,
    provider_notes: z.string().max(10_000).nullable().optional(),
    /** Where the visit takes place; an in-person visit needs one the provider works at. */
    facility: id.nullable().optional(),
    mode: z.enum(['in_person', 'phone', 'video']).nullable().optional(),
  })
  .strict();

const topicsFields = {
  topics: topicIds.optional(),
  topic: z.union([id, topicIds]).optional(),
};

/** Moves an appointment; topics stay the same unless given. */
export const rescheduleBody = z.object({ start_time: instant, ...topicsFields }).strict();

/** Seed 001's full update: the whole appointment as it should be, under the same checks as a booking. */
export const appointmentPut = z
  .object({
    provider: id.optional(),
    patient: id.optional(),
    ...topicsFields,
    start_time: instant,
    provider_notes: z.string().max(10_000).nullable().optional(),
    facility: id.nullable().optional(),
    mode: z.enum(['in_person', 'phone', 'video']).nullable().optional(),
  })
  .strict()
  .refine((b) => b.topics !== undefined || b.topic !== undefined, { message: 'a full update names the topics', path: ['topics'] });

export const appointmentPatch = z
  .object({
    status: status.optional(),
    provider_notes: z.string().max(10_000).nullable().optional(),
    cancel_reason: oneLine().max(1000).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'send at least one field to change');

/** The body is optional: a bare POST cancels on the caller's own behalf. */
export const cancelBody = z.preprocess(
  (v) => v ?? {},
  z
    .object({
      reason: oneLine().max(1000).optional(),
      /** Staff and admins say whose cancellation this is. */
      on_behalf_of: z.enum(['patient', 'provider']).optional(),
    })
    .strict(),
);

export const ORDERINGS = ['start_time', '-start_time', 'created_at', '-created_at'] as const;

export const appointmentListQuery = z.object({
  ...paginationQuery,
  status: repeatable(status),
  provider: repeatable(id),
  patient: id.optional(),
  facility: id.optional(),
  topic: id.optional(),
  from: instant.optional(),
  to: instant.optional(),
  ordering: z.enum(ORDERINGS).default('start_time'),
  /** Matches patient and provider names (seed 001). */
  search: z.string().trim().min(1).max(200).optional(),
});

export const appointmentOut = z.object({
  id,
  provider: id,
  provider_name: z.string(),
  patient: id,
  patient_name: z.string(),
  topics: z.array(id),
  topic_details: z.array(z.object({ id, name: z.string(), duration: z.number().int() })),
  provider_notes: z.string().nullable(),
  facility: id.nullable(),
  mode: z.enum(['in_person', 'phone', 'video']).nullable(),
  status,
  start_time: z.string(),
  end_time: z.string(),
  duration_minutes: z.number().int(),
  cancellation: z
    .object({ by: z.enum(['patient', 'provider']), by_user: id.nullable(), at: z.string().nullable(), reason: z.string().nullable() })
    .nullable(),
  created_by: id.nullable(),
  hold_expires_at: z.string().nullable(),
  price: z.object({ amount: z.number().int(), currency: z.string() }).nullable(),
  payment: z.object({
    status: z.enum(['not_required', 'pending', 'paid', 'expired', 'unpaid']),
    payment_id: z.string().nullable(),
    paid_at: z.string().nullable(),
  }),
  created_at: z.string(),
  updated_at: z.string(),
});

/** The detail view adds the delivery log (seed 001's notifications_sent). */
export const appointmentDetailOut = appointmentOut.extend({
  notifications_sent: z.array(
    z.object({ channel: z.string(), recipient: z.string(), event: z.string(), status: z.string(), sent_at: z.string().nullable() }),
  ),
});

export const conflictsOut = z.object({
  has_conflicts: z.boolean(),
  conflicts: z.object({
    provider: z.array(z.object({ id: id.nullable(), start_time: z.string(), end_time: z.string() })),
    patient: z.array(z.object({ id: id.nullable(), start_time: z.string(), end_time: z.string() })),
    facility: z.array(z.object({ id: id.nullable(), start_time: z.string(), end_time: z.string() })),
  }),
});

export const historyOut = z.array(
  z.object({
    id: z.number().int(),
    type: z.string(),
    actor: z.object({ user_id: id.nullable(), role: z.string() }),
    changes: z.record(z.string(), z.unknown()),
    created_at: z.string(),
  }),
);

export type AppointmentCreate = z.infer<typeof appointmentCreate>;
export type AppointmentPatch = z.infer<typeof appointmentPatch>;
export type CancelBody = z.infer<typeof cancelBody>;
export type AppointmentListQuery = z.infer<typeof appointmentListQuery>;
export type AppointmentOut = z.infer<typeof appointmentOut>;
export type RescheduleBody = z.infer<typeof rescheduleBody>;
export type AppointmentPut = z.infer<typeof appointmentPut>;
