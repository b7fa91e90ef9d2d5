/**
 * Where and when an appointment goes: the checks shared by booking, rescheduling and full updates.
 * Runs inside the command's transaction, after the calendars involved are locked.
 */
import type { Transaction } from 'kysely';
import type { Uses } from '../context.js';
import { type RowsOf, selectEach } from '../db/sql.js';
import { lockCalendars } from '../db/transaction.js';
import type { AppointmentMode, DB, FacilityRow, TopicRow } from '../db/types.js';
import { type FieldError, invalid, type Side, slotTaken } from '../http/errors.js';
import { calendarsFrom, facilitiesOffering } from '../scheduling/calendar.js';
import { busyQueries, hoursQueries } from '../scheduling/calendar.repository.js';
import { assertBookable, bookingSpan } from '../scheduling/slots.service.js';
import * as repo from './appointments.repository.js';
import * as placementRepo from './placement.repository.js';

export interface PlacementRequest {
  providerId: string;
  patientId: string;
  /** May be empty: the length then comes from `end`, `keepMinutes` or the provider's default_minutes. */
  topicIds: string[];
  start: Date;
  /** Seed 001's end_time: sets the length of a visit without topics, and must agree with the topics' length otherwise. */
  end?: Date;
  /** A topic-less visit being moved keeps its length. */
  keepMinutes?: number;
  facilityId: string | null | undefined;
  mode: AppointmentMode | null | undefined;
  /** The appointment being moved: it never collides with itself. */
  excludeAppointmentId?: string;
}

export interface Placement {
  end: Date;
  topics: TopicRow[];
  facility: FacilityRow | undefined;
  mode: AppointmentMode | null;
  /** Set when the facility has a single room, so its exclusion constraint applies. */
  exclusiveFacilityId: string | null;
  price: { amount: number; currency: string } | null;
}

/** The topics' total price, when any topic has one; topics priced in different currencies cannot be combined. */
function priceOf(topics: TopicRow[]): Placement['price'] {
  const priced = topics.filter((t) => t.price !== null && t.currency !== null);
  if (priced.length === 0) return null;
  const currencies = new Set(priced.map((t) => t.currency));
  if (currencies.size > 1) throw invalid([{ field: 'topics', message: 'the topics are priced in different currencies' }]);
  return { amount: priced.reduce((sum, t) => sum + t.price!, 0), currency: priced[0]!.currency! };
}

/**
 * Reads the people, topics and facility a placement names, after the calendars are locked
 * (`selectEach(partyQueries(trx, req))`), for {@link place}. The provider and patient come
 * with how to reach them, for the notifications that follow; the provider's hours (with the
 * facility named, if any) say where a visit without a named place is, and are the calendar's too.
 */
export function partyQueries(trx: Transaction<DB>, req: PlacementRequest) {
  return {
    ...hoursQueries(trx, [req.providerId], req.facilityId ? [req.facilityId] : []),
    ...placementRepo.partyRowQueries(trx, req.providerId, req.patientId, req.topicIds),
  };
}

/** The facility a placement names, as {@link partyQueries} read it. */
export const namedFacility = (parties: Pick<PartyRows, 'facilities'>, facilityId: string | null | undefined): FacilityRow | undefined =>
  facilityId ? parties.facilities.find((f) => f.id === facilityId) : undefined;

export type PartyRows = RowsOf<ReturnType<typeof partyQueries>>;

export interface Placed extends Placement {
  /** Lapsed holds released on the way, for their history and notifications. */
  releasedHolds: string[];
  provider: PartyRows['provider'][number];
  patient: PartyRows['patient'][number];
}

/**
 * How long the visit is. A facility with a fixed length, or the topics, decide it, and a requested
 * end must agree; without either, the requested end, the length of the visit being moved, or the
 * provider's default visit length (seed 002) does.
 */
function lengthOf(req: PlacementRequest, topics: TopicRow[], facility: FacilityRow | undefined, defaultMinutes: number | null): number {
  const fixed = facility?.appointment_minutes ?? (topics.length > 0 ? topics.reduce((sum, t) => sum + t.duration, 0) : null);
  const asked = req.end ? Math.round((req.end.getTime() - req.start.getTime()) / 60_000) : null;
  if (fixed !== null) {
    if (asked !== null && asked !== fixed) {
      const why = facility?.appointment_minutes ? 'visits at this facility last' : 'the topics last';
      throw invalid([{ field: 'end_time', message: `must be ${fixed} minutes after start_time: ${why} ${fixed} minutes` }]);
    }
    return fixed;
  }
  const minutes = asked ?? req.keepMinutes ?? defaultMinutes;
  if (minutes === null) throw invalid([{ field: 'topics', message: 'needs at least one topic (or an end_time, or a provider with default_minutes)' }]);
  return minutes;
}

/**
 * Validates a placement from its parties (read by {@link partyQueries}) and checks its time: one
 * statement when nothing is in the way, the calendar with whatever overlaps (after locking a
 * single-room facility). Lapsed holds in the parties' calendars are released on the way.
 */
export async function place(trx: Transaction<DB>, ctx: Uses<'clock'>, req: PlacementRequest, parties: PartyRows): Promise<Placed> {
  const [provider, patient] = [parties.provider[0], parties.patient[0]];
  const topics: TopicRow[] = parties.topics;
  let facility = namedFacility(parties, req.facilityId);
  const errors: FieldError[] = [];
  if (!provider) errors.push({ field: 'provider', message: 'does not exist' });
  else if (!provider.active) errors.push({ field: 'provider', message: 'is inactive and cannot be booked' });
  if (!patient) errors.push({ field: 'patient', message: 'does not exist' });
  else if (!patient.active) errors.push({ field: 'patient', message: 'is inactive' });
  const byId = new Map(topics.map((t) => [t.id, t]));
  for (const topicId of req.topicIds) {
    const topic = byId.get(topicId);
    if (!topic) errors.push({ field: 'topics', message: `topic ${topicId} does not exist` });
    else if (!topic.active) errors.push({ field: 'topics', message: `topic ${topicId} is inactive` });
  }
  if (req.facilityId) {
    if (!facility) errors.push({ field: 'facility', message: 'does not exist' });
    else if (!facility.active) errors.push({ field: 'facility', message: 'is inactive' });
    else if (!parties.links.some((l) => l.facility_id === facility!.id)) errors.push({ field: 'facility', message: "is not one of the provider's facilities" });
  }
  if (errors.length > 0) throw invalid(errors);

  // Seed 003: a visit in hours bound to a facility is at that facility, so its length and alignment
  // apply and its schedule shows the visit; in the hours of two facilities, the caller must choose.
  // The provider's hours say where a visit without a named place is; a phone or video visit has none.
  if (!req.facilityId && provider && (req.mode ?? 'in_person') === 'in_person') {
    const offering = facilitiesOffering(parties, provider, req.start);
    if (offering.length > 1) {
      const names = offering.map((f) => f.name).join(', ');
      throw invalid([{ field: 'facility', message: `is needed: this time is in the provider's hours at several facilities (${names})` }]);
    }
    facility = offering[0];
  }
  const mode = req.mode ?? (facility ? 'in_person' : null);
  if (mode === 'in_person' && !facility) throw invalid([{ field: 'facility', message: 'an in-person visit needs a facility' }]);

  const ordered = req.topicIds.map((t) => byId.get(t)!);
  const price = priceOf(ordered);
  const exclusiveFacilityId = facility?.single_occupancy ? facility.id : null;
  if (exclusiveFacilityId) await lockCalendars(trx, [`facility:${exclusiveFacilityId}`]);

  const minutes = lengthOf(req, ordered, facility, provider!.default_minutes);
  const end = new Date(req.start.getTime() + minutes * 60_000);
  const now = ctx.clock.now();
  const calendarsOf = { providerId: req.providerId, patientId: req.patientId, facilityId: exclusiveFacilityId };
  const loaded = await selectEach({
    ...busyQueries(trx, [req.providerId], bookingSpan(req.start), {
      excludeAppointmentId: req.excludeAppointmentId,
      now,
      singleRoomFacilityId: exclusiveFacilityId,
    }),
    lapsedHolds: placementRepo.lapsedHoldsQuery(trx, now, calendarsOf),
    // A friendly early answer; the exclusion constraints remain the guarantee under races.
    overlaps: repo.overlapsQuery(trx, { ...calendarsOf, start: req.start, end, excludeId: req.excludeAppointmentId, now }),
  });
  const releasedHolds = await placementRepo.releaseHolds(trx, loaded.lapsedHolds.map((h) => h.id));

  if (loaded.overlaps.length > 0) {
    const sides = new Set<Side>();
    for (const o of loaded.overlaps) {
      if (o.provider_id === req.providerId) sides.add('provider');
      if (o.patient_id === req.patientId) sides.add('patient');
      if (exclusiveFacilityId && o.exclusive_facility_id === exclusiveFacilityId) sides.add('facility');
    }
    throw slotTaken([...sides]);
  }
  const { rules, links, facilities } = parties;
  assertBookable(calendarsFrom({ ...loaded, rules, links, facilities }), { providerId: req.providerId, facility, topics: ordered, start: req.start, minutes, now });
  return { end, topics: ordered, facility, mode, exclusiveFacilityId, price, releasedHolds, provider: provider!, patient: patient! };
}
