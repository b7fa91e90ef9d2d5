import { z } from 'zod';
import { id, instant, listQuery, oneLine, repeatable } from '../http/schemas.js';
import { topicCode } from '../topics/topics.schemas.js';
import { ALL_STATUSES } from '../kernel/statuses.js';

export const status = z.enum(ALL_STATUSES);

const topicIds = z.array(id).min(1, 'needs at least one topic').max(20, 'at most 20 topics');

const topicsFields = {
  topics: topicIds.optional(),
  /** Seed 000 names the field `topic`; one id or a list. */
  topic: z.union([id, topicIds]).optional(),
  /** Seed 001: the topic by its stable code (`consultation`), instead of by id. */
  appointment_type: topicCode.optional(),
};

/** Seed 001's fields of a booking as its clients send them. */
const visitFields = {
  /** Why the patient comes, in their words; returned, and matched by `search`. */
  reason: z.string().trim().max(2000).nullable().optional(),
  /** Without topics it sets the length; with topics it must be the end they give. */
  end_time: instant.optional(),
};

export const appointmentCreate = z
  .object({
    provider: id.optional(),
    patient: id.optional(),
    ...topicsFields,
    start_time: instant,
    provider_notes: z.string().max(10_000).nullable().optional(),
    /** Where the visit takes place; an in-person visit needs one the provider works at. */
    facility: id.nullable().optional(),
    mode: z.enum(['in_person', 'phone', 'video']).nullable().optional(),
    ...visitFields,
    /** Issue 15: books a series, one occurrence per date of the rule (wall-clock times in the facility's, else the provider's zone). */
    recurrence: z
      .object({ rrule: z.string().trim().min(1).max(500).describe('An RFC 5545 RRULE, e.g. `FREQ=WEEKLY;BYDAY=TU;COUNT=6` (at most 52 occurrences)') })
      .strict()
      .optional(),
    /** With `recurrence`: book the occurrences that are free and list the refused ones, instead of booking none. */
    skip_conflicts: z.boolean().optional(),
  })
  .strict();

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
    ...visitFields,
  })
  .strict()
  .refine((b) => b.topics !== undefined || b.topic !== undefined || b.appointment_type !== undefined || b.end_time !== undefined, {
    message: 'a full update names the topics (or appointment_type, or end_time)',
    path: ['topics'],
  });

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

/** DELETE takes no body; staff and admins may say on whose behalf in the query (the patient's, unless told). */
export const cancelQuery = z.object({
  reason: z.string().trim().max(1000).optional(),
  on_behalf_of: z.enum(['patient', 'provider']).optional(),
});

export const ORDERINGS = ['start_time', '-start_time', 'created_at', '-created_at'] as const;

/** Seed 001 filters on `cancelled`, one word for both sides' cancellations. */
export const CANCELLED_ALIASES = ['cancelled', 'canceled'] as const;

export const appointmentListQuery = z.object({
  ...listQuery,
  status: repeatable(z.enum([...ALL_STATUSES, ...CANCELLED_ALIASES])),
  provider: repeatable(id),
  patient: id.optional(),
  facility: id.optional(),
  topic: id.optional(),
  /** A topic's code (seed 001). */
  appointment_type: topicCode.optional(),
  from: instant.optional(),
  to: instant.optional(),
  ordering: z.enum(ORDERINGS).default('start_time'),
  /** Matches patient and provider names, the reason, and a patient's id (seed 001). */
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
  /** Seed 001: the code of the first topic that has one. */
  appointment_type: z.string().nullable(),
  reason: z.string().nullable(),
  provider_notes: z.string().nullable(),
  facility: id.nullable(),
  facility_name: z.string().nullable(),
  mode: z.enum(['in_person', 'phone', 'video']).nullable(),
  status,
  start_time: z.string(),
  end_time: z.string(),
  duration_minutes: z.number().int(),
  /** Seed 001: scheduled (a hold awaiting payment is not yet) and still to come. */
  is_upcoming: z.boolean(),
  cancellation: z
    .object({
      /** On whose behalf: the side that called it off. */
      by: z.enum(['patient', 'provider']),
      /** Who did it, and in what role (staff cancelling for a patient is `by: patient`, `by_role: staff`). */
      by_user: id.nullable(),
      by_role: z.enum(['admin', 'staff', 'provider', 'patient']).nullable(),
      at: z.string().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
  created_by: id.nullable(),
  hold_expires_at: z.string().nullable(),
  /** The recurring series this occurrence belongs to (issue 15). */
  series_id: id.nullable(),
  /** A request awaiting approval is declined automatically then. */
  request_expires_at: z.string().nullable(),
  price: z.object({ amount: z.number().int(), currency: z.string() }).nullable(),
  payment: z.object({
    status: z.enum(['not_required', 'pending', 'paid', 'expired', 'unpaid']),
    payment_id: z.string().nullable(),
    paid_at: z.string().nullable(),
  }),
  created_at: z.string(),
  updated_at: z.string(),
}).meta({ id: 'Appointment' });

/** A refused (or, with `skip_conflicts`, skipped) occurrence of a series: its local date and why. */
export const refusedOccurrence = z.object({
  date: z.string(),
  start_time: z.string(),
  code: z.string(),
  message: z.string(),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })).optional(),
});

/** A booking's answer; a series' answer is its first occurrence, with every occurrence and what was skipped. */
export const appointmentCreatedOut = appointmentOut.extend({
  occurrences: z.array(appointmentOut).optional(),
  skipped: z.array(refusedOccurrence).optional(),
});

/** The detail view adds the delivery log (seed 001's notifications_sent). */
export const appointmentDetailOut = appointmentOut.extend({
  notifications_sent: z.array(
    z.object({ channel: z.string(), recipient: z.string(), event: z.string(), status: z.string(), sent_at: z.string().nullable() }),
  ),
}).meta({ id: 'AppointmentDetail' });

/** Seed 001's shape: the parties' names ride along where the caller may see that appointment (else only its times). */
const conflictEntry = z.object({
  id: id.nullable(),
  start_time: z.string(),
  end_time: z.string(),
  patient__first_name: z.string().optional(),
  patient__last_name: z.string().optional(),
  provider__first_name: z.string().optional(),
  provider__last_name: z.string().optional(),
});
export const conflictsOut = z.object({
  has_conflicts: z.boolean(),
  conflicts: z.object({ provider: z.array(conflictEntry), patient: z.array(conflictEntry), facility: z.array(conflictEntry) }),
}).meta({ id: 'Conflicts' });

export const historyOut = z.array(
  z.object({
    id: z.number().int(),
    type: z.string(),
    actor: z.object({ user_id: id.nullable(), role: z.string() }),
    changes: z.record(z.string(), z.unknown()),
    created_at: z.string(),
  }),
).meta({ id: 'AppointmentHistory' });

export type AppointmentCreate = z.infer<typeof appointmentCreate>;
export type AppointmentPatch = z.infer<typeof appointmentPatch>;
export type CancelBody = z.infer<typeof cancelBody>;
export type AppointmentListQuery = z.infer<typeof appointmentListQuery>;
export type AppointmentOut = z.infer<typeof appointmentOut>;
export type RescheduleBody = z.infer<typeof rescheduleBody>;
export type AppointmentPut = z.infer<typeof appointmentPut>;
