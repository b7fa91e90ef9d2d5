import type { AppointmentEventRow } from '../db/types.js';
import { iso, isoOrNull } from '../http/schemas.js';
import type { AppointmentRecord } from './appointments.repository.js';
import type { AppointmentOut } from './appointments.schemas.js';

/** Seed 001's is_upcoming: booked (a hold awaiting payment is not yet) and still to come. */
const isUpcoming = (a: AppointmentRecord, now: Date) => a.status === 'scheduled' && a.start_time.getTime() > now.getTime();

/** The API's view of an appointment at `now` (the injected clock's time: is_upcoming depends on it). */
export function appointmentView(a: AppointmentRecord, now: Date): AppointmentOut {
  const topics = a.topics ?? [];
  const canceledBy = a.status === 'user_canceled' ? 'patient' : a.status === 'provider_canceled' ? 'provider' : null;
  return {
    id: a.id,
    provider: a.provider_id,
    provider_name: a.provider_name,
    patient: a.patient_id,
    patient_name: a.patient_name,
    topics: topics.map((t) => t.id),
    topic_details: topics.map((t) => ({ id: t.id, name: t.name, duration: t.duration })),
    appointment_type: topics.find((t) => t.code)?.code ?? null,
    reason: a.reason,
    provider_notes: a.provider_notes,
    facility: a.facility_id,
    facility_name: a.facility_name,
    mode: a.mode,
    status: a.status,
    start_time: iso(a.start_time),
    end_time: iso(a.end_time),
    duration_minutes: Math.round((a.end_time.getTime() - a.start_time.getTime()) / 60_000),
    is_upcoming: isUpcoming(a, now),
    cancellation: canceledBy
      ? { by: canceledBy, by_user: a.canceled_by_user_id, by_role: a.canceled_by_role, at: isoOrNull(a.canceled_at), reason: a.cancel_reason }
      : null,
    created_by: a.created_by_user_id,
    hold_expires_at: isoOrNull(a.hold_expires_at),
    series_id: a.series_id,
    request_expires_at: isoOrNull(a.request_expires_at),
    price: a.price_amount !== null && a.currency !== null ? { amount: a.price_amount, currency: a.currency } : null,
    payment: { status: paymentStatus(a), payment_id: a.payment_id, paid_at: isoOrNull(a.paid_at) },
    created_at: iso(a.created_at),
    updated_at: iso(a.updated_at),
  };
}

/** Whether money is owed: nothing to pay, awaiting payment on a hold, paid, or a hold that lapsed unpaid. */
function paymentStatus(a: AppointmentRecord) {
  if (a.payment_id) return 'paid' as const;
  if (a.price_amount === null || a.price_amount === 0) return 'not_required' as const;
  if (a.status === 'pending_payment') return 'pending' as const;
  if (a.status === 'expired') return 'expired' as const;
  // Priced but booked straight to the calendar by staff: settled outside the hold flow.
  return 'unpaid' as const;
}

export function historyView(e: AppointmentEventRow) {
  return {
    id: e.id,
    type: e.type,
    actor: { user_id: e.actor_user_id, role: e.actor_role },
    changes: e.changes,
    created_at: iso(e.created_at),
  };
}
