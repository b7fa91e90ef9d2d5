import { z } from 'zod';
import { isValidTimeZone } from '../time/zones.js';
import { id, paginationQuery } from '../http/schemas.js';

export const email = z
  .email({ message: 'must be a valid email address' })
  .max(320)
  .transform((v) => v.trim().toLowerCase());
export const password = z.string().min(8, 'must be at least 8 characters').max(200);
export const personName = z.string().trim().min(1, 'is required').max(200);
export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,30}$/, 'must be a phone number, e.g. +14155550100')
  .nullable();
export const timezone = z.string().max(64).refine(isValidTimeZone, 'must be an IANA time zone, e.g. Europe/Berlin');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'is not a real date');

export const userSummary = z.object({ id, email: z.string(), name: z.string(), phone: z.string().nullable() });

export const providerCreate = z.object({
  email,
  name: personName,
  password,
  phone: phone.optional(),
  specialization: z.string().trim().max(200).nullable().optional(),
  timezone: timezone.default('UTC'),
});
export const providerUpdate = z
  .object({
    name: personName,
    phone,
    password,
    specialization: z.string().trim().max(200).nullable(),
    timezone,
    active: z.boolean(),
  })
  .partial()
  .strict();

export const providerOut = z.object({
  id,
  name: z.string(),
  specialization: z.string().nullable(),
  timezone: z.string(),
  active: z.boolean(),
  /** Contact details: shown to staff, admins and the provider themself. */
  user: userSummary.optional(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const patientCreate = z.object({
  email,
  name: personName,
  password,
  phone: phone.optional(),
  date_of_birth: isoDate.nullable().optional(),
});
export const patientUpdate = z
  .object({ name: personName, phone, password, date_of_birth: isoDate.nullable(), active: z.boolean() })
  .partial()
  .strict();

export const patientOut = z.object({
  id,
  name: z.string(),
  date_of_birth: z.string().nullable(),
  active: z.boolean(),
  user: userSummary,
  created_at: z.string(),
  updated_at: z.string(),
});

export const staffRole = z.enum(['admin', 'staff']);
export const userCreate = z.object({ email, name: personName, password, role: staffRole, phone: phone.optional() });
export const userUpdate = z
  .object({ name: personName, phone, password, active: z.boolean() })
  .partial()
  .strict();
export const userOut = z.object({
  id,
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  role: z.enum(['admin', 'staff', 'provider', 'patient']),
  active: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const peopleListQuery = z.object({
  ...paginationQuery,
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
