import type { Transaction } from 'kysely';
import type { AppContext } from '../context.js';
import { inTransaction, lockCalendars } from '../db/transaction.js';
import type { AppointmentStatus, DB } from '../db/types.js';
import { type Caller, isStaff } from '../http/auth.js';
import { AppError, conflict, type FieldError, forbidden, invalid, notFound } from '../http/errors.js';
import { findPatient, findProvider } from '../people/people.repository.js';
import { findTopics } from '../topics/topics.repository.js';
import { facilityIdsOfProviders, findFacility } from '../facilities/facilities.repository.js';
import { checkBookingRules } from '../scheduling/slots.service.js';
import * as repo from './appointments.repository.js';
import type { AppointmentCreate, AppointmentListQuery, AppointmentPatch, CancelBody } from './appointments.schemas.js';
import { appointmentView, groupTopics } from './appointments.views.js';
import { type Actor, actorOf, CANCELED_STATUSES, checkTransition } from './status.js';

// ---- reading ---------------------------------------------------------------------------

async function viewOne(db: AppContext['db'] | Transaction<DB>, record: repo.AppointmentRecord) {
  return appointmentView(record, await repo.topicsOf(db, [record.id]));
}

export async function getAppointment(ctx: AppContext, caller: Caller, appointmentId: string) {
  const record = await repo.findVisibleAppointment(ctx.db, caller, appointmentId);
  if (!record) throw notFound('Appointment');
  return viewOne(ctx.db, record);
}

export async function listAppointments(ctx: AppContext, caller: Caller, query: AppointmentListQuery) {
  const { rows, count } = await repo.listVisibleAppointments(ctx.db, caller, query);
  const topics = groupTopics(await repo.topicsOf(ctx.db, rows.map((r) => r.id)));
  return { results: rows.map((r) => appointmentView(r, topics.get(r.id) ?? [])), count };
}

export async function getHistory(ctx: AppContext, caller: Caller, appointmentId: string) {
  const record = await repo.findVisibleAppointment(ctx.db, caller, appointmentId);
  if (!record) throw notFound('Appointment');
  return repo.historyOf(ctx.db, appointmentId);
}

// ---- booking ---------------------------------------------------------------------------

/** Decides whose appointment this is from the caller's role; a caller never books for someone else's side. */
function resolveParties(caller: Caller, input: AppointmentCreate): { providerId: string; patientId: string } {
  const errors: FieldError[] = [];
  let providerId = input.provider;
  let patientId = input.patient;
  if (caller.role === 'patient') {
    if (patientId && patientId !== caller.patientId) throw forbidden('Patients can only book appointments for themselves');
    if (input.provider_notes != null) throw forbidden('Patients cannot write provider notes');
    patientId = caller.patientId ?? undefined;
  }
  if (caller.role === 'provider') {
    if (providerId && providerId !== caller.providerId) throw forbidden('Providers can only book appointments for themselves');
    providerId = caller.providerId ?? undefined;
  }
  if (!providerId) errors.push({ field: 'provider', message: 'is required' });
  if (!patientId) errors.push({ field: 'patient', message: 'is required' });
  if (errors.length > 0) throw invalid(errors);
  return { providerId: providerId!, patientId: patientId! };
}

function requestedTopicIds(input: AppointmentCreate): string[] {
  const raw = input.topics ?? (input.topic === undefined ? [] : Array.isArray(input.topic) ? input.topic : [input.topic]);
  const field = input.topics ? 'topics' : 'topic';
  if (raw.length === 0) throw invalid([{ field: 'topics', message: 'needs at least one topic' }]);
  const ids = raw.map((t) => t.toLowerCase());
  if (new Set(ids).size !== ids.length) throw invalid([{ field, message: 'lists the same topic twice' }]);
  return ids;
}

/** Explains a refused booking by the side that is busy, without revealing whose appointment is in the way. */
function slotTaken(sides: ('provider' | 'patient')[]) {
  const who = sides.length === 2 ? 'The provider and the patient are' : sides[0] === 'provider' ? 'The provider is' : 'The patient is';
  return conflict('slot_unavailable', `${who} already booked at that time`, { busy: sides });
}

function sideOfConstraint(error: unknown): ('provider' | 'patient')[] | undefined {
  const e = error as { code?: string; constraint?: string };
  if (e?.code !== '23P01') return undefined;
  if (e.constraint?.includes('patient')) return ['patient'];
  return ['provider'];
}

export async function createAppointment(ctx: AppContext, caller: Caller, input: AppointmentCreate) {
  const { providerId, patientId } = resolveParties(caller, input);
  const topicIds = requestedTopicIds(input);
  const start = new Date(input.start_time);
  if (start.getTime() <= ctx.clock.now().getTime()) {
    throw invalid([{ field: 'start_time', message: 'must be in the future' }]);
  }

  try {
    return await inTransaction(ctx.db, async (trx) => {
      await lockCalendars(trx, [`provider:${providerId}`, `patient:${patientId}`]);
      const [provider, patient, topics, facility, providerFacilities] = await Promise.all([
        findProvider(trx, providerId),
        findPatient(trx, patientId),
        findTopics(trx, topicIds),
        input.facility ? findFacility(trx, input.facility) : undefined,
        input.facility ? facilityIdsOfProviders(trx, [providerId]) : [],
      ]);
      const errors: FieldError[] = [];
      if (!provider) errors.push({ field: 'provider', message: 'does not exist' });
      else if (!provider.active) errors.push({ field: 'provider', message: 'is inactive and cannot be booked' });
      if (!patient) errors.push({ field: 'patient', message: 'does not exist' });
      else if (!patient.active) errors.push({ field: 'patient', message: 'is inactive' });
      const byId = new Map(topics.map((t) => [t.id, t]));
      for (const topicId of topicIds) {
        const topic = byId.get(topicId);
        if (!topic) errors.push({ field: 'topics', message: `topic ${topicId} does not exist` });
        else if (!topic.active) errors.push({ field: 'topics', message: `topic ${topicId} is inactive` });
      }
      if (input.facility) {
        if (!facility) errors.push({ field: 'facility', message: 'does not exist' });
        else if (!facility.active) errors.push({ field: 'facility', message: 'is inactive' });
        else if (!providerFacilities.some((l) => l.facility_id === facility.id)) {
          errors.push({ field: 'facility', message: 'is not one of the provider\'s facilities' });
        }
      }
      const mode = input.mode ?? (input.facility ? 'in_person' : null);
      if (mode === 'in_person' && !input.facility) errors.push({ field: 'facility', message: 'an in-person visit needs a facility' });
      if (errors.length > 0) throw invalid(errors);

      const orderedTopics = topicIds.map((t) => byId.get(t)!);
      const minutes = facility?.appointment_minutes ?? orderedTopics.reduce((sum, t) => sum + t.duration, 0);
      const end = new Date(start.getTime() + minutes * 60_000);

      // A friendly early answer; the exclusion constraints remain the guarantee under races.
      const overlaps = await repo.findOverlaps(trx, { providerId, patientId, start, end });
      if (overlaps.length > 0) {
        const sides = new Set<'provider' | 'patient'>();
        for (const o of overlaps) {
          if (o.provider_id === providerId) sides.add('provider');
          if (o.patient_id === patientId) sides.add('patient');
        }
        throw slotTaken([...sides]);
      }
      await checkBookingRules(trx, { providerId, facility, topics: orderedTopics, start, minutes, now: ctx.clock.now() });

      const { id } = await repo.insertAppointment(trx, {
        provider_id: providerId,
        patient_id: patientId,
        start_time: start,
        end_time: end,
        provider_notes: input.provider_notes ?? null,
        created_by_user_id: caller.userId,
        facility_id: facility?.id ?? null,
        mode,
      });
      await repo.insertAppointmentTopics(trx, id, topicIds);
      await repo.appendEvent(trx, {
        appointment_id: id,
        type: 'created',
        actor_user_id: caller.userId,
        actor_role: caller.role,
        changes: {
          status: { from: null, to: 'scheduled' },
          start_time: start.toISOString(),
          end_time: end.toISOString(),
          topics: topicIds,
          ...(facility ? { facility: facility.id } : {}),
          ...(mode ? { mode } : {}),
        },
      });
      return viewOne(trx, (await repo.findVisibleAppointment(trx, caller, id))!);
    });
  } catch (error) {
    const sides = sideOfConstraint(error);
    if (sides) throw slotTaken(sides);
    throw error;
  }
}

// ---- changing --------------------------------------------------------------------------

function assertTransition(from: AppointmentStatus, to: AppointmentStatus, actor: Actor) {
  const verdict = checkTransition(from, to, actor);
  if (verdict === 'not_permitted') throw forbidden(`A ${actor} cannot set an appointment's status to ${to}`);
  if (verdict === 'invalid_transition') {
    throw new AppError(409, 'invalid_transition', `An appointment that is ${from} cannot become ${to}`, undefined, { current_status: from });
  }
}

async function changeAppointment(
  ctx: AppContext,
  caller: Caller,
  appointmentId: string,
  change: { status?: AppointmentStatus; provider_notes?: string | null; reason?: string },
) {
  const actor = actorOf(caller.role);
  try {
    return await inTransaction(ctx.db, async (trx) => {
      const current = await repo.lockVisibleAppointment(trx, caller, appointmentId);
      if (!current) throw notFound('Appointment');

      const changes: Parameters<typeof repo.updateAppointment>[2] = {};
      const diff: Record<string, unknown> = {};
      if (change.status !== undefined && change.status !== current.status) {
        assertTransition(current.status, change.status, actor);
        changes.status = change.status;
        diff.status = { from: current.status, to: change.status };
        if ((CANCELED_STATUSES as readonly string[]).includes(change.status)) {
          changes.canceled_by_user_id = caller.userId;
          changes.canceled_at = ctx.clock.now();
          changes.cancel_reason = change.reason ?? null;
          if (change.reason) diff.reason = change.reason;
        }
      } else if (change.status !== undefined) {
        assertTransition(current.status, change.status, actor);
      }
      if (change.provider_notes !== undefined && change.provider_notes !== current.provider_notes) {
        changes.provider_notes = change.provider_notes;
        diff.provider_notes = { from: current.provider_notes, to: change.provider_notes };
      }

      if (Object.keys(changes).length > 0) {
        await repo.updateAppointment(trx, appointmentId, changes);
        await repo.appendEvent(trx, {
          appointment_id: appointmentId,
          type: changes.status ? (changes.canceled_at ? 'canceled' : 'status_changed') : 'updated',
          actor_user_id: caller.userId,
          actor_role: caller.role,
          changes: diff,
        });
      }
      return viewOne(trx, (await repo.findVisibleAppointment(trx, caller, appointmentId))!);
    });
  } catch (error) {
    // Reviving an overdue visit can collide with a booking made since.
    const sides = sideOfConstraint(error);
    if (sides) throw slotTaken(sides);
    throw error;
  }
}

const PATIENT_PATCHABLE = new Set<AppointmentStatus>(['user_canceled']);
const PROVIDER_PATCHABLE = new Set<AppointmentStatus>(['provider_canceled', 'in_progress', 'completed']);

/** PATCH: patients may only cancel; providers may write notes and move the visit along; staff may do both. */
export function patchAppointment(ctx: AppContext, caller: Caller, appointmentId: string, input: AppointmentPatch) {
  if (caller.role === 'patient') {
    if (input.provider_notes !== undefined) throw forbidden('Patients cannot write provider notes');
    if (input.status === undefined || !PATIENT_PATCHABLE.has(input.status)) {
      throw forbidden('Patients can only change status to user_canceled');
    }
  }
  if (caller.role === 'provider' && input.status !== undefined && !PROVIDER_PATCHABLE.has(input.status)) {
    throw forbidden('Providers can set status to provider_canceled, in_progress or completed');
  }
  if (input.cancel_reason !== undefined && !(input.status && (CANCELED_STATUSES as readonly string[]).includes(input.status))) {
    throw invalid([{ field: 'cancel_reason', message: 'only goes with a cancel status' }]);
  }
  return changeAppointment(ctx, caller, appointmentId, {
    status: input.status,
    provider_notes: input.provider_notes,
    reason: input.cancel_reason,
  });
}

/** Cancels on the caller's side; staff and admins must say on whose behalf. */
export function cancelAppointment(ctx: AppContext, caller: Caller, appointmentId: string, input: CancelBody) {
  let side = caller.role === 'patient' ? 'patient' : caller.role === 'provider' ? 'provider' : input.on_behalf_of;
  if (isStaff(caller) && !side) {
    throw invalid([{ field: 'on_behalf_of', message: 'say whether the patient or the provider is cancelling' }]);
  }
  if (!isStaff(caller) && input.on_behalf_of && input.on_behalf_of !== side) {
    throw forbidden(`A ${caller.role} can only cancel on their own behalf`);
  }
  side ??= 'patient';
  return changeAppointment(ctx, caller, appointmentId, {
    status: side === 'patient' ? 'user_canceled' : 'provider_canceled',
    reason: input.reason,
  });
}

// ---- the worker's side -----------------------------------------------------------------

/** Marks every appointment still `scheduled` after start + grace as `overdue`; returns how many. */
export async function sweepOverdue(ctx: AppContext): Promise<number> {
  const cutoff = new Date(ctx.clock.now().getTime() - ctx.config.OVERDUE_GRACE_MINUTES * 60_000);
  let total = 0;
  for (;;) {
    const marked = await ctx.db.transaction().execute((trx) => repo.markOverdue(trx, cutoff, 500));
    total += marked;
    if (marked < 500) return total;
  }
}
