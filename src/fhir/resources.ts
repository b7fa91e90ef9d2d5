/**
 * Carebook records as FHIR R4 resources (JSON). Pure functions: what a caller may see is decided
 * before they are called, by the same services the REST API uses.
 */
import type { AppointmentOut } from '../appointments/appointments.schemas.js';
import type { FacilityRow, Weekday } from '../db/types.js';
import type { PatientRecord } from '../people/people.repository.js';
import type { ProviderWithFacilities } from '../people/people.service.js';
import { FHIR_STATUS, type FhirAppointmentStatus } from './status.js';

export type Resource = { resourceType: string; id?: string } & Record<string, unknown>;

/** Where Carebook's own codes live (topics as service types, problem codes in OperationOutcome). */
export const CODE_SYSTEMS = {
  topic: 'https://carebook.dev/fhir/CodeSystem/topic',
  problem: 'https://carebook.dev/fhir/CodeSystem/problem',
} as const;

const TIMEZONE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/timezone';

const meta = (updatedAt: Date | string) => ({ lastUpdated: typeof updatedAt === 'string' ? updatedAt : updatedAt.toISOString() });

function telecom(email: string | null, phone: string | null) {
  const points = [
    ...(email ? [{ system: 'email', value: email, use: 'work' }] : []),
    ...(phone ? [{ system: 'phone', value: phone }] : []),
  ];
  return points.length > 0 ? { telecom: points } : {};
}

/** A provider; contact details only for those the REST API shows them to (`showContact`). */
export function practitionerResource(p: ProviderWithFacilities, showContact: boolean): Resource {
  return {
    resourceType: 'Practitioner',
    id: p.id,
    meta: meta(p.updated_at),
    active: p.active,
    name: [{ text: p.name }],
    ...(showContact ? telecom(p.email, p.phone) : {}),
    ...(p.specialization ? { qualification: [{ code: { text: p.specialization } }] } : {}),
  };
}

/** A patient; without `full` (a provider who never saw them) only the name, as in the REST API. */
export function patientResource(p: PatientRecord, full: boolean): Resource {
  return {
    resourceType: 'Patient',
    id: p.id,
    meta: meta(p.updated_at),
    active: p.active,
    name: [{ text: p.name }],
    ...(full ? telecom(p.email, p.phone) : {}),
    ...(full && p.date_of_birth ? { birthDate: p.date_of_birth } : {}),
  };
}

const DAYS: Record<Weekday, string> = { monday: 'mon', tuesday: 'tue', wednesday: 'wed', thursday: 'thu', friday: 'fri', saturday: 'sat', sunday: 'sun' };
const fhirTime = (hhmm: string) => (hhmm === '24:00' ? '23:59:59' : `${hhmm.slice(0, 5)}:00`);

export function locationResource(f: FacilityRow): Resource {
  return {
    resourceType: 'Location',
    id: f.id,
    meta: meta(f.updated_at),
    extension: [{ url: TIMEZONE_EXTENSION, valueCode: f.timezone }],
    status: f.active ? 'active' : 'inactive',
    name: f.name,
    mode: 'instance',
    ...(f.address.length > 0 ? { address: { line: f.address, text: f.address.join(', ') } } : {}),
    ...(f.operating_hours.length > 0
      ? {
          hoursOfOperation: f.operating_hours.map((h) => ({
            daysOfWeek: [DAYS[h.weekday]],
            openingTime: fhirTime(h.open),
            closingTime: fhirTime(h.close),
          })),
        }
      : {}),
  };
}

/** One schedule per provider: the practitioner and every location they work at. */
export function scheduleResource(p: ProviderWithFacilities): Resource {
  return {
    resourceType: 'Schedule',
    id: p.id,
    meta: meta(p.updated_at),
    active: p.active,
    actor: [
      { reference: `Practitioner/${p.id}`, display: p.name },
      ...p.facilities.map((f, i) => ({ reference: `Location/${f}`, display: p.locations[i] })),
    ],
    comment: `Bookable time of ${p.name}`,
  };
}

export interface ComputedSlot {
  providerId: string;
  start: number;
  end: number;
  status: 'free' | 'busy';
}

/**
 * Slots are computed, not stored: the id says whose, when and how long, so a slot read by id is
 * computed again (and may have become busy since).
 */
export const slotId = (s: Pick<ComputedSlot, 'providerId' | 'start' | 'end'>) =>
  `${s.providerId}.${(s.start / 60_000).toString(36)}.${((s.end - s.start) / 60_000).toString(36)}`;

export function parseSlotId(id: string): { providerId: string; start: number; end: number } | undefined {
  const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([0-9a-z]{1,10})\.([0-9a-z]{1,4})$/.exec(id);
  if (!match) return undefined;
  const start = parseInt(match[2]!, 36) * 60_000;
  const minutes = parseInt(match[3]!, 36);
  if (start < Date.UTC(1900, 0, 1) || start >= Date.UTC(9999, 0, 1) || minutes < 1 || minutes > 1440) return undefined;
  return { providerId: match[1]!, start, end: start + minutes * 60_000 };
}

export function slotResource(s: ComputedSlot): Resource {
  return {
    resourceType: 'Slot',
    id: slotId(s),
    schedule: { reference: `Schedule/${s.providerId}` },
    status: s.status,
    start: new Date(s.start).toISOString(),
    end: new Date(s.end).toISOString(),
  };
}

function participantStatus(status: FhirAppointmentStatus) {
  if (status === 'cancelled') return 'declined';
  if (status === 'pending' || status === 'proposed') return 'tentative';
  return 'accepted';
}

function serviceType(topics: { id: string; name: string }[]) {
  return topics.length > 0 ? { serviceType: topics.map((t) => ({ coding: [{ system: CODE_SYSTEMS.topic, code: t.id, display: t.name }], text: t.name })) } : {};
}

/** An appointment as the REST API shows it to this caller, in FHIR's words. */
export function appointmentResource(a: AppointmentOut): Resource {
  const status = FHIR_STATUS[a.status];
  const who = participantStatus(status);
  return {
    resourceType: 'Appointment',
    id: a.id,
    meta: meta(a.updated_at),
    status,
    ...(a.cancellation?.reason ? { cancelationReason: { text: a.cancellation.reason } } : status === 'cancelled' && a.status === 'expired' ? { cancelationReason: { text: 'The hold lapsed unconfirmed' } } : {}),
    ...serviceType(a.topic_details),
    ...(a.reason ? { description: a.reason } : {}),
    start: a.start_time,
    end: a.end_time,
    minutesDuration: a.duration_minutes,
    created: a.created_at,
    participant: [
      { actor: { reference: `Practitioner/${a.provider}`, display: a.provider_name }, required: 'required', status: who },
      { actor: { reference: `Patient/${a.patient}`, display: a.patient_name }, required: 'required', status: who },
      ...(a.facility ? [{ actor: { reference: `Location/${a.facility}`, display: a.facility_name ?? undefined }, required: 'required', status: who }] : []),
    ],
  };
}

/** What `$find` offers: a time that could be booked, not yet stored (no id). */
export function proposedAppointment(
  slot: { provider: string; facility: string | null; start_time: string; end_time: string },
  extra: { patientId?: string; topics: { id: string; name: string }[] },
): Resource {
  return {
    resourceType: 'Appointment',
    status: 'proposed',
    ...serviceType(extra.topics),
    start: slot.start_time,
    end: slot.end_time,
    minutesDuration: Math.round((Date.parse(slot.end_time) - Date.parse(slot.start_time)) / 60_000),
    slot: [{ reference: `Slot/${slotId({ providerId: slot.provider, start: Date.parse(slot.start_time), end: Date.parse(slot.end_time) })}` }],
    participant: [
      { actor: { reference: `Practitioner/${slot.provider}` }, required: 'required', status: 'needs-action' },
      ...(extra.patientId ? [{ actor: { reference: `Patient/${extra.patientId}` }, required: 'required', status: 'needs-action' }] : []),
      ...(slot.facility ? [{ actor: { reference: `Location/${slot.facility}` }, required: 'required', status: 'needs-action' }] : []),
    ],
  };
}
