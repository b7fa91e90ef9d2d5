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
 * as FHIR has no word for it. Proposed appointments are what `$find` offers (nothing is stored for
 * them yet; a future `requested` status would map here).
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
