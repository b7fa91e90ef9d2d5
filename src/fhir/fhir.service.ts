/**
 * The FHIR facade's reads and the IHE Scheduling operations. Every read goes through the service or
 * repository the REST API uses, with the caller, so the same callers see the same records.
 */
import { confirmHold, createAppointment, getAppointment, listAppointments } from '../appointments/appointments.service.js';
import type { AppointmentCreate } from '../appointments/appointments.schemas.js';
import type { Uses } from '../context.js';
import type { AppointmentStatus } from '../db/types.js';
import { findFacility, listFacilities } from '../facilities/facilities.repository.js';
import { type Caller, isStaff } from '../http/auth.js';
import { AppError, notFound } from '../http/errors.js';
import { getPatient, getProvider, listPatients, listProviders, patientsWithFullDetails, type ProviderWithFacilities } from '../people/people.service.js';
import { loadCalendars } from '../scheduling/calendar.js';
import type { SlotQuery } from '../scheduling/slots.schemas.js';
import { MAX_SEARCH_DAYS, MAX_SEARCH_PROVIDERS } from '../scheduling/slots.schemas.js';
import { resolveTopics, searchSlots } from '../scheduling/slots.service.js';
import { providerIdsAtFacility } from './fhir.repository.js';
import {
  appointmentResource,
  CODE_SYSTEMS,
  type ComputedSlot,
  locationResource,
  parseSlotId,
  patientResource,
  practitionerResource,
  proposedAppointment,
  type Resource,
  scheduleResource,
  slotResource,
} from './resources.js';
import { actorIds, badSearch, dateRange, referenceIds, valuesOf } from './search.js';
import { carebookStatusesOf, FHIR_STATUSES, type FhirAppointmentStatus } from './status.js';

export type Query = Record<string, unknown>;
export interface Page {
  count: number;
  offset: number;
}
export interface Found {
  resources: Resource[];
  total: number;
}


const DAY_MS = 86_400_000;
const single = (parameter: string, raw: unknown): string | undefined => {
  const values = valuesOf(raw);
  if (values.length > 1) throw badSearch(parameter, 'give one value');
  return values[0];
};
const booleanParam = (parameter: string, raw: unknown): boolean | undefined => {
  const value = single(parameter, raw);
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') throw badSearch(parameter, 'must be true or false');
  return value === 'true';
};

// ---- Practitioner and Schedule (providers) ---------------------------------------------

/** A provider as the REST API's GET /providers/{id} shows it: an inactive one only to staff. */
async function visibleProvider(ctx: Uses<'db'>, caller: Caller, id: string): Promise<ProviderWithFacilities> {
  const provider = await getProvider(ctx, id);
  if (!provider.active && !isStaff(caller)) throw notFound('Provider');
  return provider;
}

const showContact = (caller: Caller, providerId: string) => isStaff(caller) || caller.providerId === providerId;

export async function readPractitioner(ctx: Uses<'db'>, caller: Caller, id: string) {
  return practitionerResource(await visibleProvider(ctx, caller, id), showContact(caller, id));
}

/** Providers as GET /providers lists them (everyone but staff sees only active ones). */
async function providersPage(ctx: Uses<'db'>, caller: Caller, query: Query, page: Page) {
  const ids = referenceIds('_id', query._id, 'Practitioner', true);
  if (ids.length > 0) {
    const found = await Promise.all(ids.map((id) => visibleProvider(ctx, caller, id).catch(() => undefined)));
    const rows = found.filter((p): p is ProviderWithFacilities => p !== undefined);
    return { rows: rows.slice(page.offset, page.offset + page.count), count: rows.length };
  }
  const active = booleanParam('active', query.active);
  return listProviders(ctx, {
    search: single('name', query.name),
    active: isStaff(caller) ? active : active === false ? undefined : true,
    limit: page.count,
    offset: page.offset,
  }).then((r) => (!isStaff(caller) && active === false ? { rows: [], count: 0 } : r));
}

export async function searchPractitioners(ctx: Uses<'db'>, caller: Caller, query: Query, page: Page): Promise<Found> {
  const { rows, count } = await providersPage(ctx, caller, query, page);
  return { resources: rows.map((p) => practitionerResource(p, showContact(caller, p.id))), total: count };
}

export async function readSchedule(ctx: Uses<'db'>, caller: Caller, id: string) {
  return scheduleResource(await visibleProvider(ctx, caller, id));
}

/** Schedules by `actor` (a Practitioner, or a Location: everyone who works there), else every provider's. */
export async function searchSchedules(ctx: Uses<'db'>, caller: Caller, query: Query, page: Page): Promise<Found> {
  if (query.actor === undefined) {
    const { rows, count } = await providersPage(ctx, caller, query, page);
    return { resources: rows.map(scheduleResource), total: count };
  }
  const actors = actorIds('actor', query.actor, ['Practitioner', 'Location']);
  const ids = new Set(actors.Practitioner);
  for (const facility of actors.Location!) for (const id of await providerIdsAtFacility(ctx.db, facility)) ids.add(id);
  const found = await Promise.all([...ids].sort().map((id) => visibleProvider(ctx, caller, id).catch(() => undefined)));
  const rows = found.filter((p): p is ProviderWithFacilities => p !== undefined);
  return { resources: rows.slice(page.offset, page.offset + page.count).map(scheduleResource), total: rows.length };
}

// ---- Patient ---------------------------------------------------------------------------

export async function readPatient(ctx: Uses<'db'>, caller: Caller, id: string) {
  const patient = await getPatient(ctx, caller, id);
  return patientResource(patient, (await patientsWithFullDetails(ctx, caller, [patient.id])).has(patient.id));
}

/** Patients as GET /patients lists them: a patient finds only themself. */
export async function searchPatients(ctx: Uses<'db'>, caller: Caller, query: Query, page: Page): Promise<Found> {
  const ids = referenceIds('_id', query._id, 'Patient', true);
  if (ids.length > 0) {
    const found = await Promise.all(ids.map((id) => readPatient(ctx, caller, id).catch(() => undefined)));
    const resources = found.filter((p): p is Resource => p !== undefined);
    return { resources: resources.slice(page.offset, page.offset + page.count), total: resources.length };
  }
  const { rows, count } = await listPatients(ctx, caller, { search: single('name', query.name), active: booleanParam('active', query.active), limit: page.count, offset: page.offset });
  const full = await patientsWithFullDetails(ctx, caller, rows.map((p) => p.id));
  return { resources: rows.map((p) => patientResource(p, full.has(p.id))), total: count };
}

// ---- Location (facilities) -------------------------------------------------------------

export async function readLocation(ctx: Uses<'db'>, id: string) {
  const facility = await findFacility(ctx.db, id);
  if (!facility) throw notFound('Location');
  return locationResource(facility);
}

export async function searchLocations(ctx: Uses<'db'>, query: Query, page: Page): Promise<Found> {
  const status = single('status', query.status);
  if (status !== undefined && status !== 'active' && status !== 'inactive') throw badSearch('status', 'must be active or inactive');
  const { rows, count } = await listFacilities(ctx.db, {
    search: single('name', query.name),
    active: status === undefined ? undefined : status === 'active',
    limit: page.count,
    offset: page.offset,
  });
  return { resources: rows.map(locationResource), total: count };
}

// ---- Slot (computed from the slot search and the busy time) ----------------------------

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function slotSearchLimits(caller: Caller, ctx: Uses<'config'>) {
  return isStaff(caller) ? ctx.config.SLOT_SEARCH_MAX_STARTS : ctx.config.SLOT_SEARCH_MAX_STARTS_NON_STAFF;
}

/**
 * A provider's free slots (the REST slot search, at the provider's default visit length) and busy
 * time (their occupying appointments, times only) within [from, to).
 */
async function slotsOf(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, provider: ProviderWithFacilities, from: number, to: number, wanted: Set<'free' | 'busy'>, minutes?: number) {
  const slots: ComputedSlot[] = [];
  if (wanted.has('free')) {
    const query: SlotQuery = {
      provider: [provider.id],
      from: isoDay(from),
      to: isoDay(to - 1),
      timezone: 'UTC',
      duration: minutes ?? provider.default_minutes ?? provider.slot_minutes,
      limit: 5000,
      offset: 0,
    };
    const { slots: free } = await searchSlots(ctx, query, slotSearchLimits(caller, ctx));
    for (const s of free) {
      const start = Date.parse(s.start_time);
      const end = Date.parse(s.end_time);
      if (start >= from && end <= to) slots.push({ providerId: provider.id, start, end, status: 'free' });
    }
  }
  if (wanted.has('busy')) {
    const { byProvider } = await loadCalendars(ctx.db, [provider.id], { start: from, end: to }, { now: ctx.clock.now() });
    for (const b of byProvider.get(provider.id)?.busy ?? []) {
      if (b.start < to && b.end > from) slots.push({ providerId: provider.id, start: b.start, end: b.end, status: 'busy' });
    }
  }
  const unique = new Map(slots.map((s) => [`${s.start}.${s.end}.${s.status}`, s]));
  return [...unique.values()].sort((a, b) => a.start - b.start || a.status.localeCompare(b.status));
}

function boundedRange(parameter: string, raw: unknown): { from: number; to: number } {
  const range = dateRange(parameter, raw);
  if (range.from === undefined || range.to === undefined || !Number.isFinite(range.from) || !Number.isFinite(range.to)) {
    throw badSearch(parameter, `give both ends, e.g. ${parameter}=ge2030-03-05&${parameter}=le2030-03-06`);
  }
  if (range.to <= range.from) throw badSearch(parameter, 'the range is empty');
  if (range.to - range.from > MAX_SEARCH_DAYS * DAY_MS) throw badSearch(parameter, `at most ${MAX_SEARCH_DAYS} days`);
  return { from: range.from, to: range.to };
}

export async function searchSlotResources(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, query: Query, page: Page): Promise<Found> {
  const schedules = referenceIds('schedule', query.schedule, 'Schedule', true);
  if (schedules.length !== 1) throw badSearch('schedule', 'name one schedule, e.g. schedule=Schedule/ID');
  const { from, to } = boundedRange(query.start !== undefined ? 'start' : 'date', query.start ?? query.date);
  const statuses = valuesOf(query.status);
  if (statuses.some((s) => s !== 'free' && s !== 'busy')) throw badSearch('status', 'must be free or busy');
  const wanted = new Set<'free' | 'busy'>(statuses.length > 0 ? (statuses as ('free' | 'busy')[]) : ['free', 'busy']);
  const provider = await visibleProvider(ctx, caller, schedules[0]!).catch(() => undefined);
  if (!provider) return { resources: [], total: 0 };
  const slots = await slotsOf(ctx, caller, provider, from, to, wanted);
  return { resources: slots.slice(page.offset, page.offset + page.count).map(slotResource), total: slots.length };
}

/** A slot by its id: computed again; one that no longer exists (or never did) is 404. */
export async function readSlot(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, id: string) {
  const wanted = parseSlotId(id);
  if (!wanted) throw notFound('Slot');
  const provider = await visibleProvider(ctx, caller, wanted.providerId).catch(() => undefined);
  if (!provider) throw notFound('Slot');
  const minutes = (wanted.end - wanted.start) / 60_000;
  const dayStart = Math.floor(wanted.start / DAY_MS) * DAY_MS;
  const slots = await slotsOf(ctx, caller, provider, dayStart, Math.max(dayStart + DAY_MS, wanted.end), new Set(['free', 'busy']), minutes);
  const slot = slots.find((s) => s.start === wanted.start && s.end === wanted.end);
  if (!slot) throw notFound('Slot');
  return slotResource(slot);
}

// ---- Appointment -----------------------------------------------------------------------

export async function readAppointment(ctx: Uses<'db' | 'clock'>, caller: Caller, id: string) {
  return appointmentResource(await getAppointment(ctx, caller, id));
}

/** Appointments as GET /appointments lists them for this caller, filtered by FHIR's parameters. */
export async function searchAppointments(ctx: Uses<'db' | 'clock'>, caller: Caller, query: Query, page: Page): Promise<Found> {
  const actors = actorIds('actor', query.actor, ['Practitioner', 'Patient', 'Location']);
  const providers = [...actors.Practitioner!, ...referenceIds('practitioner', query.practitioner, 'Practitioner', true)];
  const patients = [...actors.Patient!, ...referenceIds('patient', query.patient, 'Patient', true)];
  const locations = [...actors.Location!, ...referenceIds('location', query.location, 'Location', true)];
  if (new Set(patients).size > 1) throw badSearch('patient', 'name at most one patient');
  if (new Set(locations).size > 1) throw badSearch('location', 'name at most one location');
  if (providers.length > MAX_SEARCH_PROVIDERS) throw badSearch('practitioner', `at most ${MAX_SEARCH_PROVIDERS} practitioners`);

  const fhirStatuses = valuesOf(query.status);
  for (const s of fhirStatuses) if (!(FHIR_STATUSES as readonly string[]).includes(s)) throw badSearch('status', `${s} is not an appointment status`);
  const statuses = fhirStatuses.flatMap((s) => carebookStatusesOf(s as FhirAppointmentStatus));
  // A status Carebook never stores (proposed, waitlist…) matches nothing.
  if (fhirStatuses.length > 0 && statuses.length === 0) return { resources: [], total: 0 };

  const range = dateRange('date', query.date);
  const toIso = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? undefined : new Date(ms).toISOString());
  const list = await listAppointments(ctx, caller, {
    limit: page.count,
    offset: page.offset,
    status: statuses.length > 0 ? (statuses as AppointmentStatus[]) : undefined,
    provider: providers.length > 0 ? [...new Set(providers)] : undefined,
    patient: patients[0],
    facility: locations[0],
    from: toIso(range.from),
    to: toIso(range.to),
    ordering: 'start_time',
  });
  return { resources: list.results.map(appointmentResource), total: list.count };
}

// ---- IHE Scheduling: $find, $hold, $book -----------------------------------------------

/**
 * `$find` (IHE Scheduling, Find Potential Appointments): free times of the practitioners between
 * `start` and `end`, as proposed Appointments. The length is the `service-type` topics' (their ids),
 * else `minutes-duration`, else the one practitioner's default visit.
 */
export async function findAppointments(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, params: Query, page: Page): Promise<Found> {
  const providers = [...new Set(referenceIds('practitioner', params.practitioner, 'Practitioner', true))];
  if (providers.length === 0) throw badSearch('practitioner', 'name at least one practitioner');
  if (providers.length > MAX_SEARCH_PROVIDERS) throw badSearch('practitioner', `at most ${MAX_SEARCH_PROVIDERS} practitioners`);
  const location = referenceIds('location', params.location, 'Location', true);
  if (location.length > 1) throw badSearch('location', 'name at most one location');
  const patient = referenceIds('patient', params.patient, 'Patient', true);
  if (patient.length > 1) throw badSearch('patient', 'name at most one patient');
  const start = single('start', params.start);
  const end = single('end', params.end);
  if (!start || !end) throw badSearch(start ? 'end' : 'start', 'give start and end (dates or date-times)');
  const from = dateRange('start', `ge${start}`).from!;
  const to = dateRange('end', `le${end}`).to!;
  if (to <= from) throw badSearch('end', 'must be after start');
  if (to - from > MAX_SEARCH_DAYS * DAY_MS) throw badSearch('end', `at most ${MAX_SEARCH_DAYS} days after start`);

  const topicIds = valuesOf(params['service-type']).map((v) => v.replace(/^.*\|/, '').toLowerCase());
  const topics = topicIds.length > 0 ? await resolveTopics(ctx.db, topicIds, 'service-type') : [];
  const durationRaw = single('minutes-duration', params['minutes-duration']);
  let duration = durationRaw === undefined ? undefined : Number(durationRaw);
  if (duration !== undefined && (!Number.isInteger(duration) || duration < 1 || duration > 1440)) throw badSearch('minutes-duration', 'must be whole minutes from 1 to 1440');
  if (topics.length === 0 && duration === undefined) {
    if (providers.length > 1) throw badSearch('service-type', 'give service-type or minutes-duration when naming several practitioners');
    const provider = await visibleProvider(ctx, caller, providers[0]!);
    duration = provider.default_minutes ?? provider.slot_minutes;
  }

  const query: SlotQuery = {
    provider: providers,
    from: isoDay(from),
    to: isoDay(to - 1),
    timezone: 'UTC',
    facility: location[0],
    ...(topics.length > 0 ? { topics: topics.map((t) => t.id) } : { duration }),
    limit: 5000,
    offset: 0,
  };
  const { slots } = await searchSlots(ctx, query, slotSearchLimits(caller, ctx));
  const within = slots.filter((s) => Date.parse(s.start_time) >= from && Date.parse(s.end_time) <= to);
  const offered = within.slice(page.offset, page.offset + page.count).map((s) => proposedAppointment(s, { patientId: patient[0], topics }));
  return { resources: offered, total: within.length };
}

/** The Appointment a `$hold` or `$book` carries (Parameters `appointment-resource`), as a booking. */
function bookingOf(resource: Record<string, unknown>): AppointmentCreate {
  const problems: { field: string; message: string }[] = [];
  if (resource.resourceType !== 'Appointment') throw invalidResource('appointment-resource', 'must be an Appointment');
  const participants = Array.isArray(resource.participant) ? (resource.participant as { actor?: { reference?: unknown } }[]) : [];
  const refs = participants.map((p) => (typeof p?.actor?.reference === 'string' ? p.actor.reference : '')).filter(Boolean);
  const pick = (type: string) => {
    const ids = refs.filter((r) => r.startsWith(`${type}/`)).map((r) => r.slice(type.length + 1).toLowerCase());
    if (ids.length > 1) problems.push({ field: 'participant', message: `names more than one ${type}` });
    return ids[0];
  };
  const provider = pick('Practitioner');
  const patient = pick('Patient');
  const facility = pick('Location');
  const list = (value: unknown): Record<string, unknown>[] =>
    Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
  const topics = list(resource.serviceType)
    .flatMap((s) => list(s.coding))
    .filter((c) => c.system === CODE_SYSTEMS.topic && typeof c.code === 'string')
    .map((c) => String(c.code).toLowerCase());
  const start = resource.start;
  if (!isInstant(start)) problems.push({ field: 'start', message: 'must be an instant with a zone between the years 1900 and 9998, e.g. 2030-03-05T10:00:00Z' });
  const end = resource.end;
  if (end !== undefined && !isInstant(end)) problems.push({ field: 'end', message: 'must be an instant with a zone' });
  if (topics.some((t) => !UUID.test(t))) problems.push({ field: 'serviceType', message: 'names a topic id this server never issued' });
  if (resource.description !== undefined && (typeof resource.description !== 'string' || resource.description.length > 2000)) {
    problems.push({ field: 'description', message: 'must be text of at most 2000 characters' });
  }
  if (problems.length > 0) throw new AppError(400, 'invalid_resource', 'The Appointment cannot be booked as given', { errors: problems });
  for (const value of [provider, patient, facility]) {
    if (value !== undefined && !UUID.test(value)) throw invalidResource('participant', `${value.slice(0, 64)} is not an id this server issues`);
  }
  return {
    ...(provider ? { provider } : {}),
    ...(patient ? { patient } : {}),
    ...(facility ? { facility } : {}),
    ...(topics.length > 0 ? { topics } : {}),
    start_time: new Date(Date.parse(String(start))).toISOString(),
    ...(typeof end === 'string' && topics.length === 0 ? { end_time: new Date(Date.parse(end)).toISOString() } : {}),
    ...(typeof resource.description === 'string' ? { reason: resource.description } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An ISO 8601 instant with a zone, in the years the REST API accepts. */
function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return false;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= Date.UTC(1900, 0, 1) && ms < Date.UTC(9999, 0, 1);
}

const invalidResource = (field: string, message: string) => new AppError(400, 'invalid_resource', `${field} ${message}`, { errors: [{ field, message }] });

/**
 * The Appointment an operation's Parameters name: `appointment-resource` (an Appointment), or IHE's
 * `appointment-reference` (`Appointment/ID`, of a stored appointment such as a hold), read as
 * `{resourceType: 'Appointment', id}`.
 */
export function appointmentParameter(parameters: { parameter?: { name?: unknown; resource?: unknown; valueReference?: unknown }[] }): Record<string, unknown> {
  const entries = parameters.parameter ?? [];
  const reference = entries.find((p) => p?.name === 'appointment-reference');
  if (reference) {
    const text = (reference.valueReference as { reference?: unknown } | undefined)?.reference;
    const id = typeof text === 'string' ? /^(?:.*\/)?Appointment\/([^/]+)$/.exec(text)?.[1] : undefined;
    if (!id) throw invalidResource('appointment-reference', 'must be a valueReference to Appointment/ID');
    return { resourceType: 'Appointment', id, referenced: true };
  }
  const entry = entries.find((p) => p?.name === 'appointment-resource');
  if (!entry || typeof entry.resource !== 'object' || entry.resource === null) throw invalidResource('appointment-resource', 'is required (an Appointment), or appointment-reference');
  return entry.resource as Record<string, unknown>;
}

/** `$hold`: the same booking as POST /appointments, kept as a hold (pending) for HOLD_MINUTES. */
export async function holdAppointment(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, resource: Record<string, unknown>) {
  if (resource.id !== undefined) {
    // $find's proposals are not stored, so there is nothing to refer to: the proposal itself is sent.
    throw invalidResource(resource.referenced ? 'appointment-reference' : 'appointment-resource', 'a hold is made from a proposed Appointment as $find returns it (appointment-resource, without an id)');
  }
  return appointmentResource(await createAppointment(ctx, caller, bookingOf(resource), { hold: true }));
}

/**
 * `$book`: a held appointment (its id) is confirmed; a proposed one (no id) is booked as POST
 * /appointments books it (a patient's priced visit is a hold until paid, shown as pending).
 */
export async function bookAppointment(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, resource: Record<string, unknown>) {
  if (resource.resourceType !== 'Appointment') throw invalidResource('appointment-resource', 'must be an Appointment');
  const id = resource.id;
  if (id !== undefined) {
    if (typeof id !== 'string' || !UUID.test(id)) throw notFound('Appointment');
    return appointmentResource(await confirmHold(ctx, caller, id.toLowerCase()));
  }
  return appointmentResource(await createAppointment(ctx, caller, bookingOf(resource)));
}
