import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { id, isoDate, oneLine } from '../http/schemas.js';
import { email, password, personName } from '../people/people.schemas.js';

/** ISO 3166-1 alpha-2 (`DE`, `in`: compared in capitals), checked against the standard's list. */
export const countryCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => /^[A-Z]{2}$/.test(v) && countries.isValid(v), 'must be an ISO 3166-1 alpha-2 country code, e.g. DE or IN');

const line = (max: number) => oneLine().min(1, 'must not be empty').max(max);

export const address = z
  .object({
    line1: line(200),
    line2: oneLine().max(200).nullable().optional(),
    postal_code: line(20),
    city: line(100),
    state: line(100),
    country: countryCode,
  })
  .strict();

export const GENDERS = ['female', 'male', 'non_binary', 'other', 'prefer_not_to_say'] as const;
export const gender = z.enum(GENDERS);

/** Not before 1900; "not in the future" is checked against the server's clock by the service. */
export const dateOfBirth = isoDate.refine((v) => v >= '1900-01-01', 'must not be before 1900-01-01');

/** `visitor` and `patient` make the same kind of account (a patient's); the type records how they described themself. */
export const signupType = z.enum(['patient', 'visitor']);

export const registerBody = z
  .object({
    email,
    password,
    name: personName,
    address,
    nationality: countryCode,
    gender,
    date_of_birth: dateOfBirth,
    type: signupType,
  })
  .strict();

/** Emails in enumeration-safe bodies are taken as typed (trimmed, any case), never validated: a bad one is just unknown. */
const anyEmail = z.string().trim().min(1).max(320);
const code = z.string().trim().regex(/^\d{6}$/, 'must be the 6-digit code from the email');

export const emailBody = z.object({ email: anyEmail }).strict();
export const verifyBody = z.object({ email: anyEmail, code }).strict();
export const resetBody = z.object({ email: anyEmail, code, new_password: password }).strict();
export const claimBody = z.object({ email: anyEmail, code, password }).strict();
export const inviteBody = z.object({ email }).strict();

export const acceptedOut = z.object({ detail: z.string() });
export const verifiedOut = z.object({ email_verified: z.literal(true) });
export const inviteOut = z.object({ patient_id: id, email: z.string(), expires_in_minutes: z.number().int() });

/** Output shapes carry no transforms (a response is encoded, and a transform cannot run backwards). */
const addressOut = z.object({
  line1: z.string(),
  line2: z.string().nullable().optional(),
  postal_code: z.string(),
  city: z.string(),
  state: z.string(),
  country: z.string(),
});

export const profileOut = z.object({
  patient_id: id,
  email: z.string().nullable(),
  email_verified: z.boolean(),
  /** How they registered; null for a record staff created. */
  type: signupType.nullable(),
  name: z.string(),
  address: addressOut.nullable(),
  nationality: z.string().nullable(),
  gender: gender.nullable(),
  date_of_birth: z.string().nullable(),
});

export const profilePatch = z
  .object({ name: personName, address: address.nullable(), nationality: countryCode.nullable(), gender: gender.nullable(), date_of_birth: dateOfBirth.nullable() })
  .partial()
  .strict();

const exportAppointment = z.object({
  id,
  status: z.string(),
  start_time: z.string(),
  end_time: z.string(),
  mode: z.string().nullable(),
  facility_id: id.nullable(),
  reason: z.string().nullable(),
  cancel_reason: z.string().nullable(),
  canceled_at: z.string().nullable(),
  price_amount: z.number().nullable(),
  currency: z.string().nullable(),
  provider: z.object({ id, name: z.string() }),
  patient: z.object({ id, name: z.string() }),
  created_at: z.string(),
});

export const exportOut = z.object({
  exported_at: z.string(),
  account: z.object({
    id,
    email: z.string().nullable(),
    name: z.string(),
    phone: z.string().nullable(),
    role: z.string(),
    active: z.boolean(),
    email_verified: z.boolean(),
    notify_email: z.boolean(),
    notify_sms: z.boolean(),
    created_at: z.string(),
    updated_at: z.string(),
  }),
  /** The patient record (null for a provider or staff account). */
  profile: profileOut.extend({ timezone: z.string().nullable(), created_at: z.string() }).nullable(),
  appointments: z.array(exportAppointment),
  notifications: z.array(
    z.object({
      id,
      appointment_id: id.nullable(),
      event: z.string(),
      channel: z.string(),
      recipient: z.string(),
      status: z.string(),
      /** What it said; an account email's code is never included. */
      message: z.object({ title: z.string(), body: z.string() }).nullable(),
      created_at: z.string(),
      sent_at: z.string().nullable(),
      read_at: z.string().nullable(),
    }),
  ),
  payments: z.array(
    z.object({ id, appointment_id: id, order_id: z.string(), payment_id: z.string(), amount: z.number(), currency: z.string(), status: z.string(), created_at: z.string() }),
  ),
});

export type RegisterBody = z.infer<typeof registerBody>;
export type ProfilePatch = z.infer<typeof profilePatch>;
