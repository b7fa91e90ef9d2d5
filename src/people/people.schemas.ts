import { z } from 'zod';
import { id, isoDate, listQuery, timezone, oneLine } from '../http/schemas.js';
import { weeklyScheduleIn } from '../scheduling/availability.schemas.js';
import { bankDetailsIn, bankDetailsOut, e164Phone, IS_AVAILABLE_DESCRIPTION } from '../providers/profile.schemas.js';

export const email = z
  .email({ message: 'must be a valid email address' })
  .max(320)
  .transform((v) => v.trim().toLowerCase());
export const password = z.string().min(8, 'must be at least 8 characters').max(200);
export const personName = oneLine().min(1, 'is required').max(200);
export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,30}$/, 'must be a phone number, e.g. +14155550100')
  .nullable();
/** `email` is null for a walk-in patient who has not claimed an account (and after erasure). */
export const userSummary = z.object({ id, email: z.string().nullable(), name: z.string(), phone: z.string().nullable() });

/** Booking rules a provider sets for themself (seed 004: the slot period; notice, horizon, buffers). */
const providerRules = {
  slot_minutes: z.number().int('must be whole minutes').min(1).max(1440),
  min_notice_minutes: z.number().int('must be whole minutes').min(0).max(525_600),
  max_days_ahead: z.number().int().min(1).max(3650).nullable(),
  buffer_before_minutes: z.number().int('must be whole minutes').min(0).max(1440),
  buffer_after_minutes: z.number().int('must be whole minutes').min(0).max(1440),
  /** Patients cannot cancel or reschedule closer than this to the start (0: any time). */
  patient_cancel_cutoff_minutes: z.number().int('must be whole minutes').min(0).max(525_600),
  /** Seed 002: how long a booking that names no topic lasts (its visits are 15 minutes). */
  default_minutes: z.number().int('must be whole minutes').min(1).max(1440).nullable(),
  /** Issue 15: a patient's booking starts as `requested` until the provider approves it. */
  requires_confirmation: z.boolean(),
};

const providerPlaces = {
  /** Facilities the provider works at (seed 002's locations). */
  facilities: z.array(id).max(50),
  /** Seed 002's locations as address strings: each matches a facility by name or address, or becomes a new one. */
  locations: z.array(z.string().trim().min(1, 'must not be empty').max(200)).max(50),
  /** Seed 002's one-call set-up: the weekly hours, replacing any weekly rules. */
  schedule: weeklyScheduleIn,
};

export const providerCreate = z
  .object({
    email,
    name: personName,
    password,
    /** E.164 (libphonenumber-js); other people's phones keep the looser check. */
    phone: e164Phone.optional(),
    specialization: oneLine().max(200).nullable().optional(),
    timezone: timezone.default('UTC'),
    /** Sealed at rest; admins and the practitioner themself set it. */
    bank_details: bankDetailsIn.nullable().optional(),
    ...z.object(providerRules).partial().shape,
    ...z.object(providerPlaces).partial().shape,
  })
  .strict();
export const providerUpdate = z
  .object({
    name: personName,
    phone: e164Phone,
    password,
    /** Needed to change one's own password. */
    current_password: z.string().max(200),
    specialization: oneLine().max(200).nullable(),
    /** Only admins and the practitioner themself; null removes them. */
    bank_details: bankDetailsIn.nullable(),
    timezone,
    active: z.boolean(),
    ...providerRules,
    ...providerPlaces,
  })
  .partial()
  .strict();

export const providerOut = z.object({
  id,
  name: z.string(),
  specialization: z.string().nullable(),
  timezone: z.string(),
  active: z.boolean(),
  facilities: z.array(id),
  locations: z.array(z.string()),
  default_minutes: z.number().int().nullable(),
  requires_confirmation: z.boolean(),
  slot_minutes: z.number().int(),
  min_notice_minutes: z.number().int(),
  max_days_ahead: z.number().int().nullable(),
  buffer_before_minutes: z.number().int(),
  buffer_after_minutes: z.number().int(),
  patient_cancel_cutoff_minutes: z.number().int(),
  /** Where the picture is served (a URL that changes with the picture), or null. Public. */
  picture: z.string().nullable(),
  is_available: z.boolean().describe(IS_AVAILABLE_DESCRIPTION),
  /** When the practitioner joined (their profile was created). Staff, admins and the practitioner. */
  date_joined: z.string().optional(),
  /** Appointments of theirs that were completed. Staff, admins and the practitioner. */
  appointments_completed: z.number().int().optional(),
  /** Admins and the practitioner themself only, masked; null when none are set. */
  bank_details: bankDetailsOut.nullable().optional(),
  /** Contact details: shown to staff, admins and the provider themself. */
  user: userSummary.optional(),
  created_at: z.string(),
  updated_at: z.string(),
}).meta({ id: 'Provider' });

/**
 * Without `email` and `password`: a walk-in (seed 003: a child, someone at the desk), bookable like any
 * patient, who cannot sign in until invited to claim an account (`POST /patients/{id}/invite`).
 * An `email` alone records the address without an account; a `password` needs an `email`.
 */
export const patientCreate = z.object({
  email: email.optional(),
  name: personName,
  password: password.optional(),
  phone: phone.optional(),
  date_of_birth: isoDate.nullable().optional(),
  /** The zone their messages are written in (an in-person visit's time stays in the facility's); null: the visit's own zone. */
  timezone: timezone.nullable().optional(),
}).strict();
export const patientUpdate = z
  .object({ name: personName, phone, password, current_password: z.string().max(200), date_of_birth: isoDate.nullable(), timezone: timezone.nullable(), active: z.boolean() })
  .partial()
  .strict();

export const patientOut = z.object({
  id,
  name: z.string(),
  /** Left out, with `timezone` and `user`, for a provider who has never had an appointment with the patient. */
  date_of_birth: z.string().nullable().optional(),
  timezone: z.string().nullable().optional(),
  active: z.boolean(),
  user: userSummary.optional(),
  created_at: z.string(),
  updated_at: z.string(),
}).meta({ id: 'Patient' });

export const staffRole = z.enum(['admin', 'staff']);
export const userCreate = z.object({ email, name: personName, password, role: staffRole, phone: phone.optional() }).strict();
export const userUpdate = z
  .object({
    name: personName,
    phone,
    password,
    current_password: z.string().max(200),
    active: z.boolean(),
    /** A patient's account only: the zone their messages are written in (as on PATCH /patients/{id}). */
    timezone: timezone.nullable(),
  })
  .partial()
  .strict();
export const userOut = z.object({
  id,
  email: z.string().nullable(),
  name: z.string(),
  phone: z.string().nullable(),
  role: z.enum(['admin', 'staff', 'provider', 'patient']),
  active: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
}).meta({ id: 'User' });

export const peopleListQuery = z.object({
  ...listQuery,
  search: z.string().trim().max(200).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export type ProviderCreate = z.infer<typeof providerCreate>;
export type ProviderUpdate = z.infer<typeof providerUpdate>;
export type PatientCreate = z.infer<typeof patientCreate>;
export type PatientUpdate = z.infer<typeof patientUpdate>;
export type UserCreate = z.infer<typeof userCreate>;
export type UserUpdate = z.infer<typeof userUpdate>;
export type PeopleListQuery = z.infer<typeof peopleListQuery>;
