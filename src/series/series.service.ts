/**
 * Recurring series (issue 15): one booking command that books every occurrence of an RRULE, each an
 * ordinary appointment linked by `series_id`; reading a series; cancelling or moving one occurrence,
 * this and the following ones, or all of them. One transaction per command: a series that cannot be
 * booked whole (unless `skip_conflicts`) leaves nothing behind.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Uses } from '../context.js';
import { selectEach } from '../db/sql.js';
import { inTransaction, lockCalendars } from '../db/transaction.js';
import type { DB } from '../db/types.js';
import type { Caller } from '../http/auth.js';
import { isStaff } from '../http/auth.js';
import { AppError, forbidden, invalid, notFound } from '../http/errors.js';
import { recordAppointmentEvent } from '../notifications/events.js';
import * as repo from '../appointments/appointments.repository.js';
import type { AppointmentCreate } from '../appointments/appointments.schemas.js';
import {
  assertFuture,
  newBooking,
  recordChange,
  recordReleasedHolds,
  requestedEnd,
  requestedTopicIds,
  resolveParties,
} from '../appointments/appointments.service.js';
import { appointmentView } from '../appointments/appointments.views.js';
import { namedFacility, partyQueries, type PartyRows, type PlacementRequest, place } from '../appointments/placement.js';
import { actorOf, checkTransition } from '../appointments/status.js';
import { addDays, daysBetween, localDate, localToInstant, minuteOfLocalDay } from '../scheduling/wall-clock.js';
import { expandRecurrence, MAX_OCCURRENCES } from './recurrence.js';
import * as seriesRepo from './series.repository.js';
import type { SeriesCancel, SeriesMove } from './series.schemas.js';

export interface RefusedOccurrence {
  date: string;
  start_time: string;
  code: string;
  message: string;
  reasons?: { code: string; message: string }[];
}

/** Why one occurrence cannot be placed, from the error the booking rules gave; other errors are not about its date. */
function refusalOf(error: unknown, start: Date, zone: string): RefusedOccurrence {
  if (!(error instanceof AppError) || error.code === 'validation_failed' || error.status === 403 || error.status === 404) throw error;
  const reasons = error.extra?.reasons as RefusedOccurrence['reasons'] | undefined;
  return { date: localDate(start.getTime(), zone), start_time: start.toISOString(), code: error.code, message: error.message, ...(reasons ? { reasons } : {}) };
}

function refusedSeries(refused: RefusedOccurrence[], verb: string): AppError {
  const dates = refused.map((r) => r.date).join(', ');
  return new AppError(409, 'series_unavailable', `The series cannot be ${verb}: ${refused.length} occurrence(s) refused (${dates}); nothing was changed`, {
    extra: { refused, refused_dates: refused.map((r) => r.date) },
  });
}

/** The zone a series' wall-clock times are read in: the facility's, else the provider's. */
const zoneOf = (parties: PartyRows, facilityId: string | null | undefined) => namedFacility(parties, facilityId)?.timezone ?? parties.provider[0]?.timezone ?? 'UTC';

/**
 * Books a series: `start_time` is the first occurrence, the rule gives the rest (at most 52). Every
 * occurrence goes through the booking rules in one transaction; each one placed is visible to the
 * next, so a series never overlaps itself. A priced series booked by a patient is held as one (every
 * occurrence with the same hold expiry) and paid as one.
 */
export async function createSeries(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, input: AppointmentCreate & { recurrence: { rrule: string } }) {
  const { providerId, patientId } = resolveParties(caller, input);
  const first = new Date(input.start_time);
  assertFuture(ctx, first);
  const end = requestedEnd(first, input.end_time);
  const topicIds = (await requestedTopicIds(ctx.db, input)) ?? [];
  const base: PlacementRequest = { providerId, patientId, topicIds, start: first, end, facilityId: input.facility, mode: input.mode };

  return inTransaction(ctx.db, async (trx) => {
    await lockCalendars(trx, [`provider:${providerId}`, `patient:${patientId}`]);
    const parties = await selectEach(partyQueries(trx, base));
    const zone = zoneOf(parties, base.facilityId);
    const starts = expandRecurrence(input.recurrence.rrule, first, zone);
    const seriesId = randomUUID();
    await seriesRepo.insertSeries(trx, { id: seriesId, provider_id: providerId, patient_id: patientId, rrule: input.recurrence.rrule, timezone: zone, created_by_user_id: caller.userId });

    const refused: RefusedOccurrence[] = [];
    const booked: string[] = [];
    const now = ctx.clock.now();
    for (const start of starts) {
      const req = { ...base, start, end: end ? new Date(start.getTime() + (end.getTime() - first.getTime())) : undefined };
      let placed;
      try {
        if (start.getTime() <= now.getTime()) throw new AppError(422, 'too_soon', 'This occurrence is in the past');
        placed = await place(trx, ctx, req, parties);
      } catch (error) {
        refused.push(refusalOf(error, start, zone));
        continue;
      }
      await recordReleasedHolds(trx, ctx, placed.releasedHolds);
      const { values, changes, event } = newBooking(ctx, caller, input, placed, { occurrence: { start, seriesId } });
      await repo.insertAppointment(trx, values);
      await repo.insertAppointmentTopics(trx, values.id, placed.topics.map((t) => t.id));
      await repo.appendEvent(trx, { appointment_id: values.id, type: 'created', actor_user_id: caller.userId, actor_role: caller.role, changes });
      await recordAppointmentEvent(trx, ctx, { ...event, appointmentId: values.id, data: { series_id: seriesId } });
      booked.push(values.id);
    }
    if (booked.length === 0 || (refused.length > 0 && !input.skip_conflicts)) throw refusedSeries(refused, 'booked');

    const { rows } = await repo.listVisibleAppointments(trx, caller, { ...listAll, series: seriesId });
    const occurrences = rows.map((r) => appointmentView(r, now));
    return { ...occurrences[0]!, occurrences, skipped: refused };
  });
}

const listAll = { limit: MAX_OCCURRENCES * 2, offset: 0, ordering: 'start_time' as const, provider: undefined, status: undefined };

/** A series with its occurrences (every status, in time order). */
export async function getSeries(ctx: Uses<'db' | 'clock'>, caller: Caller, seriesId: string) {
  const series = await seriesRepo.findVisibleSeries(ctx.db, caller, seriesId);
  if (!series) throw notFound('Series');
  const { rows } = await repo.listVisibleAppointments(ctx.db, caller, { ...listAll, series: seriesId });
  const now = ctx.clock.now();
  return {
    id: series.id,
    rrule: series.rrule,
    timezone: series.timezone,
    provider: series.provider_id,
    patient: series.patient_id,
    created_at: series.created_at.toISOString(),
    occurrences: rows.map((r) => appointmentView(r, now)),
  };
}

type Occurrence = Awaited<ReturnType<typeof seriesRepo.lockOccurrences>>[number];

/** The occurrences a scoped change applies to: the named one, it and those after it, or every one. */
function inScope(occurrences: Occurrence[], scope: 'one' | 'following' | 'all', appointmentId: string | undefined): Occurrence[] {
  if (scope === 'all') return occurrences;
  const named = occurrences.find((o) => o.id === appointmentId);
  if (!named) throw invalid([{ field: 'appointment', message: scope === 'one' || appointmentId ? 'is not an occurrence of this series' : 'is required for this scope' }]);
  if (scope === 'one') return [named];
  return occurrences.filter((o) => o.start_time.getTime() > named.start_time.getTime() || o.id === named.id);
}

async function lockedSeries(trx: Transaction<DB>, caller: Caller, seriesId: string) {
  const series = await seriesRepo.findVisibleSeries(trx, caller, seriesId);
  if (!series) throw notFound('Series');
  await lockCalendars(trx, [`provider:${series.provider_id}`, `patient:${series.patient_id}`]);
  return { series, occurrences: await seriesRepo.lockOccurrences(trx, seriesId) };
}

/**
 * Cancels one occurrence, it and the following ones, or all of them, on the caller's side (staff say
 * on whose behalf). Occurrences already over (completed, canceled, ...) are left as they are; the
 * named one must be cancellable.
 */
export async function cancelSeries(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, seriesId: string, input: SeriesCancel) {
  const side = caller.role === 'patient' ? 'patient' : caller.role === 'provider' ? 'provider' : input.on_behalf_of;
  if (isStaff(caller) && !side) throw invalid([{ field: 'on_behalf_of', message: 'say whether the patient or the provider is cancelling' }]);
  if (!isStaff(caller) && input.on_behalf_of && input.on_behalf_of !== side) throw forbidden(`A ${caller.role} can only cancel on their own behalf`);
  const to = side === 'provider' ? 'provider_canceled' : 'user_canceled';
  const actor = actorOf(caller.role);
  return inTransaction(ctx.db, async (trx) => {
    const { occurrences } = await lockedSeries(trx, caller, seriesId);
    const targets = inScope(occurrences, input.scope, input.appointment);
    const named = targets.find((o) => o.id === input.appointment);
    if (named && checkTransition(named.status, to, actor) !== 'allowed') {
      throw new AppError(409, 'invalid_transition', `An appointment that is ${named.status} cannot become ${to}`, { extra: { current_status: named.status } });
    }
    const changed: string[] = [];
    for (const o of targets) {
      if (checkTransition(o.status, to, actor) !== 'allowed') continue;
      await repo.updateAppointment(trx, o.id, {
        status: to,
        canceled_by_user_id: caller.userId,
        canceled_at: ctx.clock.now(),
        cancel_reason: input.reason ?? null,
        ...(o.status === 'pending_payment' || o.status === 'offered' ? { hold_expires_at: null } : {}),
      });
      await recordChange(trx, ctx, {
        appointmentId: o.id,
        historyType: 'canceled',
        notify: 'canceled',
        actor: { userId: caller.userId, role: caller.role },
        changes: { status: { from: o.status, to }, on_behalf_of: side, scope: input.scope, ...(input.reason ? { reason: input.reason } : {}) },
        data: { canceled_by: side, reason: input.reason ?? null, series_id: seriesId },
      });
      changed.push(o.id);
    }
    return { series_id: seriesId, scope: input.scope, changed };
  });
}

const MOVABLE = new Set(['pending_payment', 'scheduled', 'overdue', 'requested']);

/**
 * Moves one occurrence, it and the following ones, or all of them: the named occurrence (`appointment`,
 * or the first for `all`) goes to `start_time`, and each other one in scope moves by as many days and
 * to the same local time of day, so a weekly Tuesday 09:00 moved to Wednesday 10:00 is every Wednesday
 * at 10:00 local, on both sides of a DST change. All or nothing:
 * if any occurrence cannot move, none does and the answer lists each refused date.
 */
export async function moveSeries(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, seriesId: string, input: SeriesMove) {
  const start = new Date(input.start_time);
  assertFuture(ctx, start);
  return inTransaction(ctx.db, async (trx) => {
    const { series, occurrences } = await lockedSeries(trx, caller, seriesId);
    const live = occurrences.filter((o) => MOVABLE.has(o.status));
    const targets = inScope(live, input.scope, input.appointment);
    if (targets.length === 0) throw new AppError(409, 'invalid_transition', 'No occurrence of this series can be moved');
    const anchor = targets.find((o) => o.id === input.appointment) ?? targets[0]!;
    const zone = series.timezone;
    const dayShift = daysBetween(localDate(anchor.start_time.getTime(), zone), localDate(start.getTime(), zone));
    const minute = minuteOfLocalDay(start.getTime(), zone);
    const clock = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    const moves = targets.map((o) => ({ o, to: new Date(localToInstant(addDays(localDate(o.start_time.getTime(), zone), dayShift), clock, zone)) }));
    // Later ones first when moving later (earlier ones first when moving earlier): no occurrence lands on one not yet moved.
    if (start.getTime() > anchor.start_time.getTime()) moves.reverse();

    const refused: RefusedOccurrence[] = [];
    const now = ctx.clock.now();
    for (const { o, to } of moves) {
      const topicIds = await repo.topicIdsOf(trx, o.id);
      const keepMinutes = Math.round((o.end_time.getTime() - o.start_time.getTime()) / 60_000);
      const req: PlacementRequest = {
        providerId: series.provider_id,
        patientId: series.patient_id,
        topicIds,
        start: to,
        keepMinutes,
        facilityId: o.facility_id,
        mode: o.mode,
        excludeAppointmentId: o.id,
      };
      let placed;
      try {
        if (to.getTime() <= now.getTime()) throw new AppError(422, 'too_soon', 'This occurrence would be in the past');
        placed = await place(trx, ctx, req, await selectEach(partyQueries(trx, req)));
      } catch (error) {
        refused.push(refusalOf(error, to, zone));
        continue;
      }
      await recordReleasedHolds(trx, ctx, placed.releasedHolds);
      await repo.updateAppointment(trx, o.id, {
        start_time: to,
        end_time: placed.end,
        facility_id: placed.facility?.id ?? null,
        mode: placed.mode,
        exclusive_facility_id: placed.exclusiveFacilityId,
        ...(o.status === 'overdue' ? { status: 'scheduled' as const } : {}),
      });
      await recordChange(trx, ctx, {
        appointmentId: o.id,
        historyType: 'rescheduled',
        notify: 'rescheduled',
        actor: { userId: caller.userId, role: caller.role },
        changes: { start_time: { from: o.start_time.toISOString(), to: to.toISOString() }, end_time: { from: o.end_time.toISOString(), to: placed.end.toISOString() }, scope: input.scope },
        data: { previous_start_time: o.start_time.toISOString(), previous_end_time: o.end_time.toISOString(), series_id: seriesId },
      });
    }
    if (refused.length > 0) throw refusedSeries(refused.sort((a, b) => a.start_time.localeCompare(b.start_time)), 'moved');
    return getSeriesIn(trx, ctx, caller, seriesId);
  });
}

async function getSeriesIn(trx: Transaction<DB>, ctx: Uses<'clock'>, caller: Caller, seriesId: string) {
  const series = (await seriesRepo.findVisibleSeries(trx, caller, seriesId))!;
  const { rows } = await repo.listVisibleAppointments(trx, caller, { ...listAll, series: seriesId });
  const now = ctx.clock.now();
  return {
    id: series.id,
    rrule: series.rrule,
    timezone: series.timezone,
    provider: series.provider_id,
    patient: series.patient_id,
    created_at: series.created_at.toISOString(),
    occurrences: rows.map((r) => appointmentView(r, now)),
  };
}

