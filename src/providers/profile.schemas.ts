import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';

/** A practitioner's phone, stored in E.164 (`+14155550100`); written in international form, spaces and dashes allowed. */
export const e164Phone = z
  .string()
  .trim()
  .max(40)
  .transform((value, ctx) => {
    const parsed = parsePhoneNumberFromString(value);
    if (!parsed?.isValid()) {
      ctx.addIssue({ code: 'custom', message: 'must be a valid phone number in international form, e.g. +14155550100' });
      return z.NEVER;
    }
    return parsed.number;
  })
  .nullable();

/** Bank details for paying a practitioner (Indian formats, as seed 004 asks). */
export const bankDetailsIn = z
  .object({
    pan: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{5}[0-9]{4}[A-Z]$/, 'must be a PAN: five letters, four digits and a letter (AAAAA9999A)'),
    account_number: z
      .string()
      .trim()
      .regex(/^[0-9]{9,18}$/, 'must be 9 to 18 digits'),
    ifsc: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{4}0[A-Z0-9]{6}$/, 'must be an IFSC: four letters, a zero and six letters or digits (AAAA0XXXXXX)'),
  })
  .strict();

export const bankDetailsOut = z
  .object({
    pan: z.string(),
    account_number: z.string(),
    ifsc: z.string(),
    /** True when every character but the last four is replaced by `*` (reveal with POST /providers/{id}/bank-details/reveal). */
    masked: z.boolean(),
  })
  .describe('Shown only to the practitioner themself and to admins; masked except the last four characters.');

export const IS_AVAILABLE_DESCRIPTION =
  'Whether the practitioner can see someone right now: "now" is the server\'s clock at the moment this response was made. ' +
  'True when they are active, inside one of their availability windows (a practitioner with no availability at all is bookable any time, as in the slot search), ' +
  'and neither on time off nor in an appointment or unexpired hold.';

export type BankDetails = z.infer<typeof bankDetailsIn>;
