/**
 * The waitlist (issue 15). Patients (or staff for them) wait for a provider, or any provider, in a
 * window of dates and times of day. The worker's sweep ({@link sweepWaitlist}, every minute, and
 * callable at once) finds time that came free (a cancellation, a lapsed hold, new hours, a move)
 * and offers it to the first waiting entry in order (priority, then join time): the offer is an
 * appointment in status `offered`, so the exclusion constraints hold the time for that one patient
 * and no slot is ever offered to two people. It lapses after WAITLIST_OFFER_MINUTES; a declined or
 * lapsed offer sends the entry back to the queue (never offered that start again) and the next
 * sweep offers the time to the next entry. Everything lives in rows, so a restart loses nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Uses } from '../context.js';
import { selectEach } from '../db/sql.js';
import { inTransaction, lockCalendars, whileLocked } from '../db/transaction.js';
import type { Caller } from '../http/auth.js';
import { isStaff } from '../http/auth.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../http/errors.js';
import { recordAppointmentEvent } from '../notifications/events.js';
import * as appointments from '../appointments/appointments.repository.js';
import { recordChange, recordReleasedHolds } from '../appointments/appointments.service.js';
import { partyQueries, place } from '../appointments/placement.js';
import { MAX_SEARCH_DAYS } from '../scheduling/slots.schemas.js';
import { resolveTopics, searchSlots } from '../scheduling/slots.service.js';
import { addDays, localDate, minuteOfLocalDay, parseClock } from '../scheduling/wall-clock.js';
import * as repo from './waitlist.repository.js';
import type { WaitlistCreate } from './waitlist.schemas.js';

function entryView(e: repo.EntryRecord) {
  const offered = e.status === 'offered' && e.offer_start !== null;
  return {
    id: e.id,
    patient: e.patient_id,
    provider: e.provider_id,
    topic: e.topic_id,
    topics: e.topic_ids,
    from: e.from_date,
    to: e.to_date,
    times_of_day: e.times_of_day,
    priority: e.priority,
    status: e.status,
    offer: offered
      ? { appointment: e.offer_appointment_id!, provider: e.offer_provider_id!, start_time: e.offer_start!.toISOString(), end_time: e.offer_end!.toISOString(), expires_at: e.offer_expires_at!.toISOString() }
      : null,
    appointment: e.status === 'booked' ? e.offer_appointment_id : null,
    joined_at: e.joined_at.toISOString(),
  };
}

export type EntryOut = ReturnType<typeof entryView>;

export async function joinWaitlist(ctx: Uses<'db' | 'clock'>, caller: Caller, input: WaitlistCreate): Promise<EntryOut> {
  if (caller.role === 'provider') throw forbidden('Patients join the waitlist, or staff for them');
  if (caller.role === 'patient' && input.patient && input.patient !== caller.patientId) throw forbidden('Patients can only join the waitlist for themselves');
  if (!isStaff(caller) && input.priority !== undefined) throw forbidden('Only staff and admins set a priority');
  const patientId = caller.role === 'patient' ? caller.patientId : input.patient;
  if (!patientId) throw invalid([{ field: 'patient', message: 'is required' }]);
  const topicIds = (input.topics ?? [input.topic!]).map((t) => t.toLowerCase());
  await resolveTopics(ctx.db, topicIds);
  if (input.topic) await resolveTopics(ctx.db, [input.topic], 'topic');
  const today = localDate(ctx.clock.now().getTime(), 'UTC');
  if (input.to < today) throw invalid([{ field: 'to', message: 'is in the past' }]);
  return inTransaction(ctx.db, async (trx) => {
    const id = await repo.insertEntry(trx, {
      patient_id: patientId,
      provider_id: input.provider ?? null,
      topic_id: input.topic ?? null,
      topic_ids: topicIds,
      from_date: input.from,
      to_date: input.to,
      times_of_day: input.times_of_day ?? [],
      priority: input.priority ?? 0,
      created_by_user_id: caller.userId,
      joined_at: ctx.clock.now(),
    });
    return entryView((await repo.findVisibleEntry(trx, { ...caller, role: 'admin' }, id))!);
  });
}

export async function listWaitlist(ctx: Uses<'db'>, caller: Caller) {
  return { results: (await repo.listVisibleEntries(ctx.db, caller, 500)).map(entryView) };
}

async function withEntry<T>(ctx: Uses<'db'>, caller: Caller, entryId: string, work: (trx: Parameters<Parameters<typeof inTransaction>[1]>[0], entry: repo.EntryRecord) => Promise<T>) {
  if (caller.role === 'provider') throw forbidden('Only the patient, or staff for them, answer a waitlist offer');
  return inTransaction(ctx.db, async (trx) => {
    const entry = await repo.lockVisibleEntry(trx, caller, entryId);
    if (!entry) throw notFound('Waitlist entry');
    return work(trx, entry);
  });
}

function expectLiveOffer(ctx: Uses<'clock'>, entry: repo.EntryRecord) {
  if (entry.status !== 'offered' || entry.offer_status !== 'offered') throw conflict('no_offer', `This waitlist entry is ${entry.status}, with no offer to answer`);
  if (entry.offer_expires_at!.getTime() <= ctx.clock.now().getTime()) throw conflict('offer_expired', 'The offer lapsed; the time went back to the waitlist');
}

/** Accepts the offer: the held time is booked (or, when priced, held HOLD_MINUTES for its payment). */
export function acceptOffer(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, entryId: string) {
  return withEntry(ctx, caller, entryId, async (trx, entry) => {
    expectLiveOffer(ctx, entry);
    const appointmentId = entry.offer_appointment_id!;
    const offer = (await appointments.lockVisibleAppointment(trx, { ...caller, role: 'admin' }, appointmentId))!;
    const priced = offer.price_amount !== null && offer.price_amount > 0;
    const to = priced ? ('pending_payment' as const) : ('scheduled' as const);
    const holdExpiresAt = priced ? new Date(ctx.clock.now().getTime() + ctx.config.HOLD_MINUTES * 60_000) : null;
    await appointments.updateAppointment(trx, appointmentId, { status: to, hold_expires_at: holdExpiresAt });
    await repo.updateEntry(trx, entry.id, { status: 'booked' });
    await recordChange(trx, ctx, {
      appointmentId,
      historyType: 'status_changed',
      notify: priced ? 'held' : 'created',
      actor: { userId: caller.userId, role: caller.role },
      changes: { status: { from: 'offered', to }, waitlist_entry: entry.id },
    });
    return entryView((await repo.findVisibleEntry(trx, { ...caller, role: 'admin' }, entry.id))!);
  });
}

/** Declines the offer: the time is freed for the next entry, and this one waits on (never offered that start again). */
export function declineOffer(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, entryId: string) {
  return withEntry(ctx, caller, entryId, async (trx, entry) => {
    expectLiveOffer(ctx, entry);
    await releaseOffer(trx, ctx, entry, { userId: caller.userId, role: caller.role }, 'declined');
    await repo.updateEntry(trx, entry.id, { status: 'waiting', offer_appointment_id: null, passStart: entry.offer_start! });
    return entryView((await repo.findVisibleEntry(trx, { ...caller, role: 'admin' }, entry.id))!);
  });
}

/** Leaves the waitlist; a pending offer is given up. */
export function leaveWaitlist(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, entryId: string) {
  return withEntry(ctx, caller, entryId, async (trx, entry) => {
    if (entry.status === 'booked' || entry.status === 'left' || entry.status === 'expired') throw conflict('not_waiting', `This waitlist entry is already ${entry.status}`);
    if (entry.status === 'offered' && entry.offer_status === 'offered') await releaseOffer(trx, ctx, entry, { userId: caller.userId, role: caller.role }, 'declined');
    await repo.updateEntry(trx, entry.id, { status: 'left' });
  });
}

type Trx = Parameters<Parameters<typeof inTransaction>[1]>[0];

async function releaseOffer(trx: Trx, ctx: Uses<'clock' | 'config'>, entry: { offer_appointment_id: string | null }, actor: { userId: string | null; role: 'admin' | 'staff' | 'provider' | 'patient' | 'system' }, to: 'declined' | 'expired') {
  const appointmentId = entry.offer_appointment_id!;
  await appointments.updateAppointment(trx, appointmentId, { status: to, hold_expires_at: null });
  await recordChange(trx, ctx, {
    appointmentId,
    historyType: 'status_changed',
    notify: to === 'declined' ? 'offer_declined' : 'offer_lapsed',
    actor,
    changes: { status: { from: 'offered', to } },
  });
}

const BATCH = 200;
/** Slots one entry tries before the sweep moves on (each try that loses a race costs a transaction). */
const TRIES_PER_ENTRY = 5;
const SWEEP_LOCK = 'carebook:waitlist-sweep';

/**
 * One pass of the waitlist: lapsed offers go back to the queue (their time freed), entries past their
 * window expire, then each waiting entry in order is offered the first free time that fits it.
 * Sweeps run one at a time (a session advisory lock; a second one waits its turn), so the queue's
 * order is kept between workers. Returns how many offers lapsed and how many were made.
 */
export async function sweepWaitlist(ctx: Uses<'db' | 'clock' | 'config'>): Promise<{ lapsed: number; offered: number }> {
  return whileLocked(ctx.db, SWEEP_LOCK, () => sweepOnce(ctx));
}

async function sweepOnce(ctx: Uses<'db' | 'clock' | 'config'>): Promise<{ lapsed: number; offered: number }> {
  const now = ctx.clock.now();
  let lapsed = 0;
  for (;;) {
    const n = await inTransaction(ctx.db, async (trx) => {
      const stale = await repo.lockStaleOffers(trx, now, BATCH);
      for (const s of stale) {
        if (s.status === 'offered') await releaseOffer(trx, ctx, s, { userId: null, role: 'system' }, 'expired');
        await repo.updateEntry(trx, s.id, { status: 'waiting', offer_appointment_id: null, passStart: s.start_time });
      }
      return stale.length;
    });
    lapsed += n;
    if (n < BATCH) break;
  }
  await inTransaction(ctx.db, (trx) => repo.expireEntries(trx, localDate(now.getTime(), 'UTC')));

  const queue = await repo.waitingEntries(ctx.db, 1000);
  const served = new Set<string>();
  let offered = 0;
  for (let k = 0; k < queue.length; k++) {
    if (served.has(queue[k]!.id)) continue;
    offered += await offerFor(ctx, queue, k, served);
  }
  return { lapsed, offered };
}

type Waiting = Awaited<ReturnType<typeof repo.waitingEntries>>[number];
type FreeSlot = { provider: string; facility: string | null; start_time: string; end_time: string };

const sameTopics = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();

/** Whether a free slot is one this entry waits for (its provider, window, times of day, and a start it never passed on). */
function wants(entry: Waiting, slot: FreeSlot, zone: string, now: Date): boolean {
  const start = Date.parse(slot.start_time);
  if (start <= now.getTime()) return false;
  if (entry.provider_id && entry.provider_id !== slot.provider) return false;
  if (entry.passed_starts.some((d) => new Date(d).getTime() === start)) return false;
  const day = localDate(start, zone);
  if (day < entry.from_date || day > entry.to_date) return false;
  if (entry.times_of_day.length === 0) return true;
  const startMinute = minuteOfLocalDay(start, zone);
  const minutes = (Date.parse(slot.end_time) - start) / 60_000;
  return entry.times_of_day.some((w) => startMinute >= parseClock(w.from) && startMinute + minutes <= parseClock(w.to));
}

/**
 * Finds free time that fits entry `k` and offers each slot to the first entry in the queue that wants
 * it: time that came free while the sweep was further down the queue still goes to whoever is first.
 * Returns how many offers it made (entry k's, and any made to entries before it).
 */
async function offerFor(ctx: Uses<'db' | 'clock' | 'config'>, queue: Waiting[], k: number, served: Set<string>): Promise<number> {
  const entry = queue[k]!;
  const now = ctx.clock.now();
  const candidates = entry.provider_id ? await repo.providerZones(ctx.db, [entry.provider_id]) : await repo.bookableProviders(ctx.db);
  if (candidates.length === 0) return 0;
  const zones = new Map(candidates.map((c) => [c.id, c.timezone]));
  const today = localDate(now.getTime(), 'UTC');
  const from = entry.from_date > today ? entry.from_date : today;
  const lastDay = addDays(from, MAX_SEARCH_DAYS - 1);
  const to = entry.to_date < lastDay ? entry.to_date : lastDay;
  if (to < from) return 0;
  let found;
  try {
    found = await searchSlots(ctx, {
      provider: [...zones.keys()],
      from,
      to,
      date: undefined,
      facility: undefined,
      mode: undefined,
      timezone: undefined,
      limit: 500,
      offset: 0,
      duration: undefined,
      topics: entry.topic_ids,
    });
  } catch (error) {
    if (error instanceof AppError) return 0;
    throw error;
  }
  const fits = found.slots.filter((slot) => wants(entry, slot, zones.get(slot.provider) ?? 'UTC', now));

  let made = 0;
  let tries = 0;
  for (const slot of fits) {
    if (served.has(entry.id) || tries >= TRIES_PER_ENTRY) break;
    const zone = zones.get(slot.provider) ?? 'UTC';
    const recipient = queue.slice(0, k + 1).find((e) => !served.has(e.id) && sameTopics(e.topic_ids, entry.topic_ids) && wants(e, slot, zone, now)) ?? entry;
    tries++;
    if (await offerSlot(ctx, recipient, slot, now)) {
      served.add(recipient.id);
      made++;
    }
  }
  return made;
}

/** Holds one slot for one waiting entry; false when the entry moved on or the time was taken meanwhile. */
async function offerSlot(ctx: Uses<'db' | 'clock' | 'config'>, entry: Waiting, slot: FreeSlot, now: Date): Promise<boolean> {
  try {
    return await inTransaction(ctx.db, async (trx) => {
      const locked = await repo.lockWaitingEntry(trx, entry.id);
      if (!locked) return false;
      const placement = { providerId: slot.provider, patientId: entry.patient_id, topicIds: entry.topic_ids, start: new Date(slot.start_time), facilityId: slot.facility, mode: undefined };
      await lockCalendars(trx, [`provider:${slot.provider}`, `patient:${entry.patient_id}`]);
      const placed = await place(trx, ctx, placement, await selectEach(partyQueries(trx, placement)));
      await recordReleasedHolds(trx, ctx, placed.releasedHolds);
      const id = randomUUID();
      const expiresAt = new Date(now.getTime() + ctx.config.WAITLIST_OFFER_MINUTES * 60_000);
      await appointments.insertAppointment(trx, {
        id,
        provider_id: slot.provider,
        patient_id: entry.patient_id,
        start_time: placement.start,
        end_time: placed.end,
        provider_notes: null,
        created_by_user_id: entry.created_by_user_id!,
        facility_id: placed.facility?.id ?? null,
        mode: placed.mode,
        exclusive_facility_id: placed.exclusiveFacilityId,
        status: 'offered',
        hold_expires_at: expiresAt,
        price_amount: placed.price?.amount ?? null,
        currency: placed.price?.currency ?? null,
        reason: null,
      });
      await appointments.insertAppointmentTopics(trx, id, placed.topics.map((t) => t.id));
      await appointments.appendEvent(trx, {
        appointment_id: id,
        type: 'created',
        actor_user_id: null,
        actor_role: 'system',
        changes: { status: { from: null, to: 'offered' }, waitlist_entry: entry.id, hold_expires_at: expiresAt.toISOString() },
      });
      await repo.updateEntry(trx, entry.id, { status: 'offered', offer_appointment_id: id });
      await recordAppointmentEvent(trx, ctx, { type: 'offered', appointmentId: id, actor: { userId: null, role: 'system' }, data: { waitlist_entry: entry.id } });
      return true;
    });
  } catch (error) {
    // Taken meanwhile (a booking, a hold): the rules or the constraints said no.
    if (error instanceof AppError || (error as { code?: string })?.code === '23P01') return false;
    throw error;
  }
}
