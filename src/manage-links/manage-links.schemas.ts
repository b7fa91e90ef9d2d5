import { z } from 'zod';
import { id, instant, isoDate, oneLine } from '../http/schemas.js';
import { LINK_ACTIONS } from './tokens.js';

// The router caps parameters (200 characters); the service answers a token of any other shape with 404.
export const tokenParams = z.object({ token: z.string() });

const action = z.enum(LINK_ACTIONS);

/** The appointment as its patient sees it on a manage page: no notes, no other people's details. */
export const managedAppointmentOut = z
  .object({
    id,
    status: z.string(),
    start_time: z.string(),
    end_time: z.string(),
    duration_minutes: z.number().int(),
    /** The zone its times are shown in: the facility's, else the provider's. */
    timezone: z.string(),
    provider_name: z.string(),
    topics: z.array(z.string()),
    facility: z.object({ name: z.string(), address: z.array(z.string()) }).nullable(),
    mode: z.enum(['in_person', 'phone', 'video']).nullable(),
  })
  .meta({ id: 'ManagedAppointment' });

export const manageLinkOut = z
  .object({
    link: z.object({
      action,
      /** What the link can still do: `view` always, plus its one action. */
      allows: z.array(action),
      /** The link stops working then (cancel and reschedule: the patient cut-off; view: the appointment's end). */
      expires_at: z.string(),
    }),
    appointment: managedAppointmentOut,
  })
  .meta({ id: 'ManageLink' });

export const manageCancelBody = z.preprocess((v) => v ?? {}, z.object({ reason: oneLine().max(1000).optional() }).strict());
export const manageRescheduleBody = z.object({ start_time: instant }).strict();
export const manageSlotsQuery = z.object({ date: isoDate });

export const manageSlotsOut = z.object({
  date: z.string(),
  timezone: z.string(),
  results: z.array(z.object({ start_time: z.string(), end_time: z.string() })),
});

export type ManageCancelBody = z.infer<typeof manageCancelBody>;
