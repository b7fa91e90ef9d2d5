import type { AppointmentStatus } from '../db/types.js';

/** FHIR R4 Appointment.status values (http://hl7.org/fhir/R4/valueset-appointmentstatus.html). */
export type FhirAppointmentStatus =
  | 'proposed'
  | 'pending'
  | 'booked'
  | 'arrived'
  | 'fulfilled'
  | 'cancelled'
  | 'noshow'
  | 'entered-in-error'
  | 'checked-in'
  | 'waitlist';

/**
 * The one table between Carebook's statuses and FHIR's. A hold (awaiting payment or confirmation)
 * is `pending`; an overdue visit is still `booked` (nobody has arrived); a lapsed hold is `cancelled`,
 * as FHIR has no word for it. A request awaiting the provider's approval is `pending` too (the patient
 * has accepted, the provider not yet); a waitlist offer the patient has not taken is `proposed`, like
 * what `$find` offers; a declined request is `cancelled`.
 */
export const FHIR_STATUS: Record<AppointmentStatus, FhirAppointmentStatus> = {
  pending_payment: 'pending',
  scheduled: 'booked',
  overdue: 'booked',
  in_progress: 'arrived',
  completed: 'fulfilled',
  no_show: 'noshow',
  user_canceled: 'cancelled',
  provider_canceled: 'cancelled',
  expired: 'cancelled',
  requested: 'pending',
  offered: 'proposed',
  declined: 'cancelled',
};

export const FHIR_STATUSES: readonly FhirAppointmentStatus[] = [
  'proposed',
  'pending',
  'booked',
  'arrived',
  'fulfilled',
  'cancelled',
  'noshow',
  'entered-in-error',
  'checked-in',
  'waitlist',
];

/** The Carebook statuses a FHIR status search matches (none for the values Carebook never stores). */
export function carebookStatusesOf(status: FhirAppointmentStatus): AppointmentStatus[] {
  return (Object.keys(FHIR_STATUS) as AppointmentStatus[]).filter((s) => FHIR_STATUS[s] === status);
}
