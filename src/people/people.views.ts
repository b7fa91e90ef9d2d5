import type { Caller } from '../http/auth.js';
import { isStaff } from '../http/auth.js';
import { iso } from '../http/schemas.js';
import type { UserRow } from '../db/types.js';
import type { PatientRecord, ProviderRecord } from './people.repository.js';
import { pictureUrl, type ProfileExtras } from '../providers/profile.service.js';

const API_PREFIX = '/api/v1';

/**
 * Staff, admins and the provider themself see contact details, the join date and the completed
 * count; everyone else the public profile (name, picture, specialization, is_available, and the
 * booking rules and places a booking needs). Bank details: admins and the provider only (`extras`).
 */
export function providerView(p: ProviderRecord & { facilities: string[]; locations: string[] }, viewer: Caller, extras?: ProfileExtras) {
  const showContact = isStaff(viewer) || viewer.providerId === p.id;
  return {
    id: p.id,
    name: p.name,
    specialization: p.specialization,
    timezone: p.timezone,
    active: p.active,
    facilities: p.facilities,
    locations: p.locations,
    default_minutes: p.default_minutes,
    requires_confirmation: p.requires_confirmation,
    slot_minutes: p.slot_minutes,
    min_notice_minutes: p.min_notice_minutes,
    max_days_ahead: p.max_days_ahead,
    buffer_before_minutes: p.buffer_before_minutes,
    buffer_after_minutes: p.buffer_after_minutes,
    patient_cancel_cutoff_minutes: p.patient_cancel_cutoff_minutes,
    picture: pictureUrl(API_PREFIX, p.id, p.picture_etag),
    is_available: extras?.is_available ?? false,
    ...(showContact ? { date_joined: iso(p.created_at), appointments_completed: extras?.appointments_completed ?? 0 } : {}),
    ...(extras?.bank_details !== undefined ? { bank_details: extras.bank_details } : {}),
    ...(showContact ? { user: { id: p.user_id, email: p.email, name: p.name, phone: p.phone } } : {}),
    created_at: iso(p.created_at),
    updated_at: iso(p.updated_at),
  };
}

/**
 * A patient's record. Without `full` (a provider who never had an appointment with them) only what
 * booking needs: id and name, no contact details or date of birth.
 */
export function patientView(p: PatientRecord, full = true) {
  if (!full) return { id: p.id, name: p.name, active: p.active, created_at: iso(p.created_at), updated_at: iso(p.updated_at) };
  return {
    id: p.id,
    name: p.name,
    date_of_birth: p.date_of_birth,
    timezone: p.timezone,
    active: p.active,
    user: { id: p.user_id, email: p.email, name: p.name, phone: p.phone },
    created_at: iso(p.created_at),
    updated_at: iso(p.updated_at),
  };
}

export function userView(u: UserRow) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    phone: u.phone,
    role: u.role,
    active: u.active,
    created_at: iso(u.created_at),
    updated_at: iso(u.updated_at),
  };
}
