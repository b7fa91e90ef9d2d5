import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AppContext, Uses } from '../context.js';
import { selectEach } from '../db/sql.js';
import { inTransaction, lockCalendars } from '../db/transaction.js';
import type { ActorRole, DB } from '../db/types.js';
import type { Caller } from '../http/auth.js';
import { conflict, type FieldError, forbidden, invalid, notFound } from '../http/errors.js';
import { pagingOf } from '../http/pagination.js';
import { notificationsSentOf, recordAppointmentEvent } from '../notifications/events.js';
import { findPatient, findProvider } from '../people/people.repository.js';
import { findTopicByCode } from '../topics/topics.repository.js';
import * as repo from './appointments.repository.js';
import type { AppointmentCreate } from './appointments.schemas.js';
import { appointmentView } from './appointments.views.js';
import { partyQueries, type Placed, place } from './placement.js';

// ---- reading ---------------------------------------------------------------------------

/**
 * An appointment as the API shows it, read again inside the command's transaction. `now` is the
 * injected clock's time; a caller that does not pass it (payments) gets the system time for `is_upcoming`.
 */
export async function viewOne(db: AppContext['db'] | Transaction<DB>, caller: Caller, appointmentId: string, now: Date = new Date()) {
  return appointmentView((await repo.findVisibleAppointment(db, caller, appointmentId))!, now);
}

/** One appointment with its delivery log (seed 001's notifications_sent). */
export async function getAppointment(ctx: Uses<'db' | 'clock'>, caller: Caller, appointmentId: string) {
  const record = await repo.findVisibleAppointmentDetail(ctx.db, caller, appointmentId);
  if (!record) throw notFound('Appointment');
  return { ...appointmentView(record, ctx.clock.now()), notifications_sent: notificationsSentOf(record.notifications_sent) };
}

export type AppointmentList = Omit<repo.AppointmentPage, 'rows'> & { results: ReturnType<typeof appointmentView>[] };

/** A page of the appointments the caller may see; `cursor` (empty for the first page) pages by keyset. */
export async function listAppointments(ctx: Uses<'db' | 'clock'>, caller: Caller, query: repo.ListQuery & { cursor?: string }): Promise<AppointmentList> {
  const { keyset } = pagingOf(query, repo.appointmentOrder(query.ordering));
  const { rows, ...page } = await repo.listVisibleAppointments(ctx.db, caller, { ...query, keyset });
  const now = ctx.clock.now();
  return { ...page, results: rows.map((r) => appointmentView(r, now)) };
}

/**
 * Seed 001's by-provider / by-patient lists: an id that names no one is 404, as a malformed one is.
 * A patient asking about another patient gets the same empty list whether or not that id exists,
 * so the route cannot tell them which patient ids are real.
 */
export async function listAppointmentsOf(ctx: Uses<'db' | 'clock'>, caller: Caller, whose: { provider: string } | { patient: string }, query: repo.ListQuery & { cursor?: string }) {
  if ('provider' in whose) {
    if (!(await findProvider(ctx.db, whose.provider))) throw notFound('Provider');
    return listAppointments(ctx, caller, { ...query, provider: [whose.provider] });
  }
  const mayLookUp = caller.role !== 'patient' || caller.patientId === whose.patient;
  if (mayLookUp && !(await findPatient(ctx.db, whose.patient))) throw notFound('Patient');
  return listAppointments(ctx, caller, { ...query, patient: whose.patient });
}

export async function getHistory(ctx: Uses<'db'>, caller: Caller, appointmentId: string) {
  const record = await repo.findVisibleAppointment(ctx.db, caller, appointmentId);
  if (!record) throw notFound('Appointment');
  return repo.historyOf(ctx.db, appointmentId);
}

/**
 * Records a change: one history row and the notifications for it, in the caller's transaction,
 * so nothing is told about a change that rolls back and nothing is lost once it commits.
 */
export async function recordChange(
  trx: Transaction<DB>,
  ctx: Uses<'clock' | 'config'>,
  change: {
    appointmentId: string;
    historyType: string;
    notify?: Parameters<typeof recordAppointmentEvent>[2]['type'];
    actor: { userId: string | null; role: ActorRole };
    changes: Record<string, unknown>;
    data?: Record<string, unknown>;
  },
) {
  await repo.appendEvent(trx, {
    appointment_id: change.appointmentId,
    type: change.historyType,
    actor_user_id: change.actor.userId,
    actor_role: change.actor.role,
    changes: change.changes,
  });
  if (change.notify) {
    await recordAppointmentEvent(trx, ctx, { type: change.notify, appointmentId: change.appointmentId, actor: change.actor, data: change.data });
  }
}

/** History and notifications for holds that lapsed and were released during another command. */
export async function recordReleasedHolds(trx: Transaction<DB>, ctx: Uses<'clock' | 'config'>, ids: string[]) {
  for (const id of ids) {
    await recordChange(trx, ctx, {
      appointmentId: id,
      historyType: 'status_changed',
      notify: 'expired',
      actor: { userId: null, role: 'system' },
      changes: { status: { from: 'pending_payment', to: 'expired' } },
    });
  }
}

// ---- booking ---------------------------------------------------------------------------

/** Decides whose appointment this is from the caller's role; a caller never books for someone else's side. */
export function resolveParties(caller: Caller, input: AppointmentCreate): { providerId: string; patientId: string } {
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

type TopicsInput = { topics?: string[]; topic?: string | string[]; appointment_type?: string };

/**
 * The topics a request names, by id (`topics`, or seed 000's `topic`) or by code (seed 001's
 * `appointment_type`); undefined when it names none (a booking by length alone, or a move that keeps them).
 */
export async function requestedTopicIds(db: AppContext['db'] | Transaction<DB>, input: TopicsInput): Promise<string[] | undefined> {
  const byId = input.topics ?? (input.topic === undefined ? undefined : Array.isArray(input.topic) ? input.topic : [input.topic]);
  if (input.appointment_type !== undefined) {
    if (byId !== undefined) throw invalid([{ field: 'appointment_type', message: 'give either appointment_type or topics, not both' }]);
    const topic = await findTopicByCode(db, input.appointment_type);
    if (!topic) throw invalid([{ field: 'appointment_type', message: `no topic has the code ${input.appointment_type}` }]);
    return [topic.id];
  }
  if (byId === undefined) return undefined;
  const field = input.topics ? 'topics' : 'topic';
  if (byId.length === 0) throw invalid([{ field: 'topics', message: 'needs at least one topic' }]);
  const ids = byId.map((t) => t.toLowerCase());
  if (new Set(ids).size !== ids.length) throw invalid([{ field, message: 'lists the same topic twice' }]);
  return ids;
}

/** The shortest visit a requested end_time may make. */
const MIN_VISIT_MINUTES = 5;

/** Seed 001's end_time: after the start and at least five minutes long; its agreement with the topics is placement's check. */
export function requestedEnd(start: Date, endTime: string | undefined): Date | undefined {
  if (endTime === undefined) return undefined;
  const end = new Date(endTime);
  if (end.getTime() <= start.getTime()) throw invalid([{ field: 'end_time', message: 'must be after start_time' }]);
  if (end.getTime() - start.getTime() < MIN_VISIT_MINUTES * 60_000) throw invalid([{ field: 'end_time', message: `must be at least ${MIN_VISIT_MINUTES} minutes after start_time` }]);
  if ((end.getTime() - start.getTime()) % 60_000 !== 0) throw invalid([{ field: 'end_time', message: 'must be whole minutes after start_time' }]);
  return end;
}

export function assertFuture(ctx: Uses<'clock'>, start: Date) {
  if (start.getTime() <= ctx.clock.now().getTime()) throw invalid([{ field: 'start_time', message: 'must be in the future' }]);
}

/**
 * Books an appointment. A patient's booking of a priced visit starts as a hold (`pending_payment`)
 * that lapses after HOLD_MINUTES unless paid; staff, admins and providers book straight to `scheduled`.
 */
export async function createAppointment(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, input: AppointmentCreate, options: { hold?: boolean } = {}) {
  const { providerId, patientId } = resolveParties(caller, input);
  const start = new Date(input.start_time);
  assertFuture(ctx, start);
  const end = requestedEnd(start, input.end_time);
  const topicIds = (await requestedTopicIds(ctx.db, input)) ?? [];

  const placement = { providerId, patientId, topicIds, start, end, facilityId: input.facility, mode: input.mode };
  return inTransaction(ctx.db, async (trx) => {
    await lockCalendars(trx, [`provider:${providerId}`, `patient:${patientId}`]);
    const placed = await place(trx, ctx, placement, await selectEach(partyQueries(trx, placement)));
    await recordReleasedHolds(trx, ctx, placed.releasedHolds);

    const { values, changes, event } = newBooking(ctx, caller, input, placed, { hold: options.hold });
    await repo.insertAppointment(trx, values);
    await repo.insertAppointmentTopics(trx, values.id, placed.topics.map((t) => t.id));
    await repo.appendEvent(trx, { appointment_id: values.id, type: 'created', actor_user_id: caller.userId, actor_role: caller.role, changes });
    await recordAppointmentEvent(trx, ctx, { ...event, appointmentId: values.id });
    const record = await repo.findVisibleAppointment(trx, caller, values.id);
    return appointmentView(record!, ctx.clock.now());
  });
}

/**
 * A placed booking's row, its first history entry and the event it notifies: a patient's booking of
 * a priced visit is a hold until paid, any other is scheduled at once.
 */
export function newBooking(
  ctx: Uses<'clock' | 'config'>,
  caller: Caller,
  input: AppointmentCreate,
  placed: Placed,
  options: { occurrence?: { start: Date; seriesId: string }; hold?: boolean } = {},
) {
  const { occurrence } = options;
  // A patient's booking with a provider or topic that requires confirmation waits for approval;
  // a priced one is held for payment once approved. A hold may also be asked for (FHIR's $hold):
  // the time is kept for HOLD_MINUTES until confirmed.
  const requested = options.hold === undefined && caller.role === 'patient' && (placed.provider.requires_confirmation || placed.topics.some((t) => t.requires_confirmation));
  const hold = options.hold ?? (!requested && caller.role === 'patient' && placed.price !== null && placed.price.amount > 0);
  const holdExpiresAt = hold ? new Date(ctx.clock.now().getTime() + ctx.config.HOLD_MINUTES * 60_000) : null;
  const requestExpiresAt = requested ? new Date(ctx.clock.now().getTime() + ctx.config.REQUEST_EXPIRY_HOURS * 3_600_000) : null;
  const status = requested ? 'requested' : hold ? 'pending_payment' : 'scheduled';
  const values: repo.NewAppointment = {
    id: randomUUID(),
    provider_id: placed.provider.id,
    patient_id: placed.patient.id,
    start_time: occurrence?.start ?? new Date(input.start_time),
    end_time: placed.end,
    provider_notes: input.provider_notes ?? null,
    created_by_user_id: caller.userId,
    facility_id: placed.facility?.id ?? null,
    mode: placed.mode,
    exclusive_facility_id: placed.exclusiveFacilityId,
    status,
    hold_expires_at: holdExpiresAt,
    price_amount: placed.price?.amount ?? null,
    currency: placed.price?.currency ?? null,
    reason: input.reason ?? null,
    ...(occurrence ? { series_id: occurrence.seriesId } : {}),
    ...(requestExpiresAt ? { request_expires_at: requestExpiresAt } : {}),
  };
  const changes = {
    status: { from: null, to: status },
    start_time: values.start_time.toISOString(),
    end_time: placed.end.toISOString(),
    topics: placed.topics.map((t) => t.id),
    ...(values.reason ? { reason: values.reason } : {}),
    ...(placed.facility ? { facility: placed.facility.id } : {}),
    ...(placed.mode ? { mode: placed.mode } : {}),
    ...(holdExpiresAt ? { hold_expires_at: holdExpiresAt.toISOString() } : {}),
    ...(requestExpiresAt ? { request_expires_at: requestExpiresAt.toISOString() } : {}),
    ...(occurrence ? { series: occurrence.seriesId } : {}),
  };
  const type = requested ? ('requested' as const) : hold ? ('held' as const) : ('created' as const);
  const event = { type, actor: { userId: caller.userId, role: caller.role } };
  return { values, changes, event };
}

/**
 * Confirms a hold the caller may see (FHIR's $book of a held appointment): a hold of an unpriced visit
 * becomes scheduled; a priced one is confirmed only by its payment, and a lapsed one not at all.
 * A visit already scheduled is returned as it is, so a repeated confirmation is harmless.
 */
export async function confirmHold(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, appointmentId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const record = await repo.lockVisibleAppointment(trx, caller, appointmentId);
    if (!record) throw notFound('Appointment');
    const now = ctx.clock.now();
    if (record.status === 'scheduled') return appointmentView(record, now);
    if (record.status !== 'pending_payment') {
      throw conflict('invalid_transition', `An appointment that is ${record.status} cannot be booked`, { current_status: record.status });
    }
    if (record.hold_expires_at && record.hold_expires_at.getTime() <= now.getTime()) throw conflict('hold_expired', 'The hold has lapsed; find and hold a new time');
    if (record.price_amount !== null && record.price_amount > 0) {
      throw conflict('payment_required', 'This hold is confirmed by its payment (POST /api/v1/appointments/{id}/checkout)');
    }
    await repo.updateAppointment(trx, appointmentId, { status: 'scheduled', hold_expires_at: null });
    await recordChange(trx, ctx, {
      appointmentId,
      historyType: 'status_changed',
      notify: 'created',
      actor: { userId: caller.userId, role: caller.role },
      changes: { status: { from: 'pending_payment', to: 'scheduled' } },
    });
    return appointmentView((await repo.findVisibleAppointment(trx, caller, appointmentId))!, now);
  });
}

// ---- the worker's side -----------------------------------------------------------------

const SWEEP_BATCH = 500;

/** One sweep, in batches: each batch's status change, history and notifications commit together. */
async function sweep(ctx: Uses<'db' | 'clock' | 'config'>, from: 'scheduled' | 'pending_payment', to: 'overdue' | 'expired', dueColumn: 'start_time' | 'hold_expires_at', dueBy: Date) {
  let total = 0;
  for (;;) {
    const ids = await inTransaction(ctx.db, async (trx) => {
      const swept = await repo.sweepDue(trx, { from, to, dueColumn, dueBy, batchSize: SWEEP_BATCH });
      for (const id of swept) {
        await recordChange(trx, ctx, {
          appointmentId: id,
          historyType: 'status_changed',
          notify: to,
          actor: { userId: null, role: 'system' },
          changes: { status: { from, to } },
        });
      }
      return swept;
    });
    total += ids.length;
    if (ids.length < SWEEP_BATCH) return total;
  }
}

/** Marks every appointment still `scheduled` after start + grace as `overdue`; returns how many. */
export function sweepOverdue(ctx: Uses<'db' | 'clock' | 'config'>): Promise<number> {
  // Strictly after the grace period: at exactly start + grace the visit is not yet overdue.
  const dueBy = new Date(ctx.clock.now().getTime() - ctx.config.OVERDUE_GRACE_MINUTES * 60_000 - 1);
  return sweep(ctx, 'scheduled', 'overdue', 'start_time', dueBy);
}

/**
 * Lapses unpaid holds and tells their patients. Correctness never waits for this: bookings release
 * lapsed holds in their own transaction and slot search treats them as free.
 */
export function sweepExpiredHolds(ctx: Uses<'db' | 'clock' | 'config'>): Promise<number> {
  return sweep(ctx, 'pending_payment', 'expired', 'hold_expires_at', ctx.clock.now());
}
