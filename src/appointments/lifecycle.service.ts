/**
 * Everything that changes an existing appointment: status changes (start, complete, no-show,
 * cancel), provider notes, reschedules and full updates. One transaction per command, the
 * appointment row locked first, history and notifications written in the same transaction.
 */
import type { Uses } from '../context.js';
import { selectEach } from '../db/sql.js';
import { inTransaction, lockCalendars } from '../db/transaction.js';
import type { AppointmentStatus } from '../db/types.js';
import { type Caller, isStaff } from '../http/auth.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../http/errors.js';
import * as repo from './appointments.repository.js';
import type { AppointmentPatch, AppointmentPut, CancelBody, RescheduleBody } from './appointments.schemas.js';
import { assertFuture, recordChange, recordReleasedHolds, requestedEnd, requestedTopicIds, viewOne } from './appointments.service.js';
import { partyQueries, place } from './placement.js';
import { isCanceled } from '../kernel/statuses.js';
import { type Actor, actorOf, checkTransition } from './status.js';

type NotifyEvent = NonNullable<Parameters<typeof recordChange>[2]['notify']>;

/** What the other side is told when an appointment reaches a status. */
const EVENT_OF_STATUS: Partial<Record<AppointmentStatus, NotifyEvent>> = {
  scheduled: 'paid',
  in_progress: 'started',
  completed: 'completed',
  no_show: 'no_show',
  user_canceled: 'canceled',
  provider_canceled: 'canceled',
  overdue: 'overdue',
  expired: 'expired',
};

function assertTransition(from: AppointmentStatus, to: AppointmentStatus, actor: Actor) {
  const verdict = checkTransition(from, to, actor);
  if (verdict === 'not_permitted') throw forbidden(`A ${actor} cannot set an appointment's status to ${to}`);
  if (verdict === 'invalid_transition') {
    throw new AppError(409, 'invalid_transition', `An appointment that is ${from} cannot become ${to}`, { extra: { current_status: from } });
  }
}

/** Patients may not cancel or move a visit inside the provider's (or topic's) cut-off; staff may. */
async function assertBeforeCutoff(ctx: Uses<'clock'>, trx: Parameters<typeof repo.patientCutoffMinutes>[0], actor: Actor, appointmentId: string, start: Date, code: string) {
  if (actor !== 'patient') return;
  const cutoff = await repo.patientCutoffMinutes(trx, appointmentId);
  if (cutoff > 0 && start.getTime() - ctx.clock.now().getTime() < cutoff * 60_000) {
    throw conflict(code, `Patients cannot change this appointment within ${cutoff} minutes of its start; please contact the clinic`, {
      cutoff_minutes: cutoff,
    });
  }
}

/**
 * Optimistic concurrency: `ifVersion` is the appointment's version the caller acts on (a manage link
 * signs one); if the appointment changed since, the command is refused with 409 `appointment_changed`.
 */
export interface IfVersion {
  ifVersion?: number;
}

/** Runs a command on an appointment the caller can see, with the row locked. */
async function withLockedAppointment<T>(
  ctx: Uses<'db'>,
  caller: Caller,
  appointmentId: string,
  work: (trx: Parameters<Parameters<typeof inTransaction>[1]>[0], current: repo.AppointmentRecord) => Promise<T>,
  { ifVersion }: IfVersion = {},
) {
  return inTransaction(ctx.db, async (trx) => {
    const current = await repo.lockVisibleAppointment(trx, caller, appointmentId);
    if (!current) throw notFound('Appointment');
    if (ifVersion !== undefined && current.version !== ifVersion) {
      throw new AppError(409, 'appointment_changed', 'The appointment changed in the meantime; look at it again', { extra: { version: current.version } });
    }
    return work(trx, current);
  });
}

export function changeAppointment(
  ctx: Uses<'db' | 'clock' | 'config'>,
  caller: Caller,
  appointmentId: string,
  change: { status?: AppointmentStatus; provider_notes?: string | null; reason?: string },
  options: IfVersion = {},
) {
  const actor = actorOf(caller.role);
  return withLockedAppointment(ctx, caller, appointmentId, async (trx, current) => {
    const changes: Parameters<typeof repo.updateAppointment>[2] = {};
    const diff: Record<string, unknown> = {};
    if (change.status !== undefined) {
      // Setting the status it already has is refused too: cancelling twice is a 409, not a no-op.
      assertTransition(current.status, change.status, actor);
      if (change.status === 'user_canceled') await assertBeforeCutoff(ctx, trx, actor, appointmentId, current.start_time, 'too_late_to_cancel');
      if (change.status === 'no_show' && ctx.clock.now() < current.start_time) {
        throw conflict('not_started_yet', 'A no-show can only be recorded once the appointment was due to start');
      }
      // Starting early lets a patient in when the provider is free; completing a visit months ahead is a mistake.
      const earliest = current.start_time.getTime() - ctx.config.START_LEAD_MINUTES * 60_000;
      if ((change.status === 'in_progress' || change.status === 'completed') && ctx.clock.now().getTime() < earliest) {
        throw conflict('not_started_yet', `An appointment can be ${change.status === 'completed' ? 'completed' : 'started'} at most ${ctx.config.START_LEAD_MINUTES} minutes before its start`, {
          earliest: new Date(earliest).toISOString(),
        });
      }
      changes.status = change.status;
      diff.status = { from: current.status, to: change.status };
      if (isCanceled(change.status)) {
        changes.canceled_by_user_id = caller.userId;
        changes.canceled_at = ctx.clock.now();
        changes.cancel_reason = change.reason ?? null;
        if (change.reason) diff.reason = change.reason;
        // The actor is who did it; this is on whose behalf, so staff cancelling for a patient is never read as the patient's own.
        diff.on_behalf_of = change.status === 'user_canceled' ? 'patient' : 'provider';
      }
      if (current.status === 'pending_payment') changes.hold_expires_at = null;
    }
    if (change.provider_notes !== undefined && change.provider_notes !== current.provider_notes) {
      changes.provider_notes = change.provider_notes;
      diff.provider_notes = { from: current.provider_notes, to: change.provider_notes };
    }

    if (Object.keys(changes).length > 0) {
      await repo.updateAppointment(trx, appointmentId, changes);
      const canceledBy = changes.status === 'user_canceled' ? 'patient' : changes.status === 'provider_canceled' ? 'provider' : undefined;
      await recordChange(trx, ctx, {
        appointmentId,
        historyType: changes.status ? (canceledBy ? 'canceled' : 'status_changed') : 'updated',
        notify: changes.status ? EVENT_OF_STATUS[changes.status] : undefined,
        actor: { userId: caller.userId, role: caller.role },
        changes: diff,
        data: canceledBy ? { canceled_by: canceledBy, reason: change.reason ?? null } : undefined,
      });
    }
    return viewOne(trx, caller, appointmentId, ctx.clock.now());
  }, options);
}

const PATIENT_PATCHABLE = new Set<AppointmentStatus>(['user_canceled']);
const PROVIDER_PATCHABLE = new Set<AppointmentStatus>(['provider_canceled', 'in_progress', 'completed', 'no_show']);

/**
 * Statuses no PATCH sets: a payment, an approval or an accepted waitlist offer puts a visit on the
 * calendar, through their own routes, and the system marks the rest.
 */
const NEVER_PATCHED = new Set<AppointmentStatus>(['pending_payment', 'scheduled', 'overdue', 'expired', 'requested', 'declined', 'offered']);

/** PATCH: patients may only cancel; providers may write notes and move the visit along; staff may do both. */
export function patchAppointment(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, appointmentId: string, input: AppointmentPatch) {
  if (caller.role === 'patient') {
    if (input.provider_notes !== undefined) throw forbidden('Patients cannot write provider notes');
    if (input.status === undefined || !PATIENT_PATCHABLE.has(input.status)) {
      throw forbidden('Patients can only change status to user_canceled');
    }
  }
  if (caller.role === 'provider' && input.status !== undefined && !PROVIDER_PATCHABLE.has(input.status)) {
    throw forbidden('Providers can set status to provider_canceled, in_progress, completed or no_show');
  }
  if (input.status !== undefined && NEVER_PATCHED.has(input.status)) {
    throw forbidden(`No one sets an appointment's status to ${input.status} this way: it comes from its payment, its approval, a waitlist offer or the system`);
  }
  if (input.cancel_reason !== undefined && !(input.status && isCanceled(input.status))) {
    throw invalid([{ field: 'cancel_reason', message: 'only goes with a cancel status' }]);
  }
  return changeAppointment(ctx, caller, appointmentId, { status: input.status, provider_notes: input.provider_notes, reason: input.cancel_reason });
}

/** Cancels on the caller's side; staff and admins must say on whose behalf. */
export function cancelAppointment(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, appointmentId: string, input: CancelBody, options: IfVersion = {}) {
  let side = caller.role === 'patient' ? 'patient' : caller.role === 'provider' ? 'provider' : input.on_behalf_of;
  if (isStaff(caller) && !side) {
    throw invalid([{ field: 'on_behalf_of', message: 'say whether the patient or the provider is cancelling' }]);
  }
  if (!isStaff(caller) && input.on_behalf_of && input.on_behalf_of !== side) {
    throw forbidden(`A ${caller.role} can only cancel on their own behalf`);
  }
  side ??= 'patient';
  return changeAppointment(ctx, caller, appointmentId, { status: side === 'patient' ? 'user_canceled' : 'provider_canceled', reason: input.reason }, options);
}

/**
 * Moves an appointment (and, for a full update, changes its topics, place, notes or parties) in one
 * transaction: the old time is freed and the new one taken under the same checks as a booking.
 */
export function rescheduleAppointment(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, appointmentId: string, input: RescheduleBody | AppointmentPut, full: boolean, options: IfVersion = {}) {
  const actor = actorOf(caller.role);
  const start = new Date(input.start_time);
  assertFuture(ctx, start);
  const put = full ? (input as AppointmentPut) : undefined;
  if (put?.provider_notes !== undefined && caller.role === 'patient') throw forbidden('Patients cannot write provider notes');

  return withLockedAppointment(ctx, caller, appointmentId, async (trx, current) => {
    if (!['pending_payment', 'scheduled', 'overdue'].includes(current.status)) {
      throw new AppError(409, 'invalid_transition', `An appointment that is ${current.status} cannot be moved`, { extra: { current_status: current.status } });
    }
    if (current.status === 'pending_payment' && current.hold_expires_at! <= ctx.clock.now()) {
      throw conflict('hold_expired', 'The hold on this time lapsed before payment; book again');
    }
    await assertBeforeCutoff(ctx, trx, actor, appointmentId, current.start_time, 'too_late_to_reschedule');
    const providerId = put?.provider ?? current.provider_id;
    const patientId = put?.patient ?? current.patient_id;
    if (!isStaff(caller) && (providerId !== current.provider_id || patientId !== current.patient_id)) {
      throw forbidden('Only staff and admins can move an appointment to another provider or patient');
    }
    const currentTopics = await repo.topicIdsOf(trx, appointmentId);
    const end = requestedEnd(start, put?.end_time);
    // A full update that gives only an end_time is a visit by length alone.
    const topicIds = (await requestedTopicIds(trx, input)) ?? (put?.end_time !== undefined ? [] : currentTopics);
    const facilityId = put ? (put.facility ?? null) : current.facility_id;
    const mode = put ? (put.mode ?? null) : current.mode;
    const keepMinutes = Math.round((current.end_time.getTime() - current.start_time.getTime()) / 60_000);

    const placement = { providerId, patientId, topicIds, start, end, keepMinutes, facilityId, mode, excludeAppointmentId: appointmentId };
    const calendars = [`provider:${providerId}`, `patient:${patientId}`, `provider:${current.provider_id}`, `patient:${current.patient_id}`];
    await lockCalendars(trx, calendars);
    const placed = await place(trx, ctx, placement, await selectEach(partyQueries(trx, placement)));
    await recordReleasedHolds(trx, ctx, placed.releasedHolds);

    const stillHeld = current.status === 'pending_payment';
    // A confirmed visit keeps its price when a patient moves it: new topics that cost more would skip
    // the payment, and ones that cost less would leave money paid for what is no longer booked.
    const samePrice = (placed.price?.amount ?? null) === current.price_amount && (placed.price?.currency ?? null) === current.currency;
    if (!stillHeld && caller.role === 'patient' && !samePrice) {
      throw conflict('price_changed', 'These topics change what the visit costs; cancel it and book the new topics instead', {
        price: current.price_amount === null ? null : { amount: current.price_amount, currency: current.currency },
        new_price: placed.price,
      });
    }
    await repo.updateAppointment(trx, appointmentId, {
      provider_id: providerId,
      patient_id: patientId,
      start_time: start,
      end_time: placed.end,
      facility_id: placed.facility?.id ?? null,
      mode: placed.mode,
      exclusive_facility_id: placed.exclusiveFacilityId,
      // A missed visit that is moved is back on the calendar.
      ...(current.status === 'overdue' ? { status: 'scheduled' as const } : {}),
      // An unpaid hold is priced again for what it now is; a paid visit keeps what was paid.
      ...(stillHeld ? { price_amount: placed.price?.amount ?? null, currency: placed.price?.currency ?? null } : {}),
      ...(put?.provider_notes !== undefined ? { provider_notes: put.provider_notes } : {}),
      ...(put?.reason !== undefined ? { reason: put.reason } : {}),
    });
    if (topicIds.join() !== currentTopics.join()) await repo.replaceAppointmentTopics(trx, appointmentId, topicIds);

    await recordChange(trx, ctx, {
      appointmentId,
      historyType: 'rescheduled',
      notify: 'rescheduled',
      actor: { userId: caller.userId, role: caller.role },
      changes: {
        start_time: { from: current.start_time.toISOString(), to: start.toISOString() },
        end_time: { from: current.end_time.toISOString(), to: placed.end.toISOString() },
        ...(topicIds.join() !== currentTopics.join() ? { topics: { from: currentTopics, to: topicIds } } : {}),
        ...(providerId !== current.provider_id ? { provider: { from: current.provider_id, to: providerId } } : {}),
        ...(patientId !== current.patient_id ? { patient: { from: current.patient_id, to: patientId } } : {}),
        ...((placed.facility?.id ?? null) !== current.facility_id ? { facility: { from: current.facility_id, to: placed.facility?.id ?? null } } : {}),
        ...(current.status === 'overdue' ? { status: { from: 'overdue', to: 'scheduled' } } : {}),
      },
      data: { previous_start_time: current.start_time.toISOString(), previous_end_time: current.end_time.toISOString() },
    });
    return viewOne(trx, caller, appointmentId, ctx.clock.now());
  }, options);
}

/** Seed 001 shows first and last names; a person here has one name, whose last word is taken as the last name. */
function splitName(name: string): [string, string] {
  const cut = name.trim().lastIndexOf(' ');
  return cut < 0 ? [name.trim(), ''] : [name.trim().slice(0, cut), name.trim().slice(cut + 1)];
}

/**
 * Seed 001's conflict check: what overlaps this appointment's time on the provider's, the patient's
 * and the (single-room) facility's calendars. Appointments the caller may not see appear only as times.
 */
export async function checkConflicts(ctx: Uses<'db' | 'clock'>, caller: Caller, appointmentId: string) {
  const current = await repo.findVisibleAppointment(ctx.db, caller, appointmentId);
  if (!current) throw notFound('Appointment');
  const overlaps = await repo.findOverlaps(ctx.db, {
    providerId: current.provider_id,
    patientId: current.patient_id,
    facilityId: current.exclusive_facility_id,
    start: current.start_time,
    end: current.end_time,
    excludeId: appointmentId,
    now: ctx.clock.now(),
  });
  const visible = new Map(
    (await Promise.all(overlaps.map((o) => repo.findVisibleAppointment(ctx.db, caller, o.id)))).filter((r) => r !== undefined).map((r) => [r.id, r]),
  );
  const describe = (o: (typeof overlaps)[number]) => {
    const times = { start_time: o.start_time.toISOString(), end_time: o.end_time.toISOString() };
    const seen = visible.get(o.id);
    if (!seen) return { id: null, ...times };
    const [patientFirst, patientLast] = splitName(seen.patient_name);
    const [providerFirst, providerLast] = splitName(seen.provider_name);
    return {
      id: o.id,
      ...times,
      patient__first_name: patientFirst,
      patient__last_name: patientLast,
      provider__first_name: providerFirst,
      provider__last_name: providerLast,
    };
  };
  const conflicts = {
    provider: overlaps.filter((o) => o.provider_id === current.provider_id).map(describe),
    patient: overlaps.filter((o) => o.patient_id === current.patient_id).map(describe),
    facility: current.exclusive_facility_id ? overlaps.filter((o) => o.exclusive_facility_id === current.exclusive_facility_id).map(describe) : [],
  };
  return { has_conflicts: overlaps.length > 0, conflicts };
}
