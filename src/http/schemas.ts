import { z } from 'zod';
import { notFound } from './errors.js';
import { CURSOR_MAX } from './pagination.js';
import { isValidTimeZone } from '../time/zones.js';
import { isUuid } from '../kernel/ids.js';

/** C0 and C1 control characters (CR, LF, tab, NUL…), DEL, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * A one-line text field (a name, a reason, an address line): control characters are refused, since
 * they travel into plain-text email and SMS, where a CR/LF would forge lines (a fake `Bcc:`). Checked
 * before trimming, so a trailing newline is refused too.
 */
export const oneLine = () => z.string().refine((v) => !CONTROL.test(v), 'must be one line, without control characters').trim();

/** Opaque identifiers (UUIDs). A malformed one is a 404 for path params, a 422 in bodies. */
export const id = z.uuid({ message: 'must be a valid id' });

/** An ISO 8601 instant with an explicit offset (`Z` or `+05:30`). */
export const instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time with an offset, e.g. 2030-01-15T10:00:00Z' })
  .refine((v) => Number.isFinite(Date.parse(v)), 'is not a real date-time')
  // Year 9999 is refused too: an appointment's end, or the days around it that a booking's calendar
  // reads, would fall past the last date PostgreSQL and ISO 8601's four-digit years can carry.
  .refine((v) => {
    const year = new Date(Date.parse(v)).getUTCFullYear();
    return !Number.isFinite(year) || (year >= 1900 && year < 9999);
  }, 'must be between the years 1900 and 9998');

// No length limit here: the router caps parameters, and `pathId` answers any malformed id with 404.
export const idParams = z.object({ id: z.string() });

export const paginationQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

/**
 * Keyset paging, offered by every list beside `offset`: the cursors carry the sort value and id of a
 * page's edge row, so a deep page costs what the first does and rows added meanwhile shift nothing.
 */
export const cursorQuery = {
  cursor: z
    .string()
    .max(CURSOR_MAX)
    .optional()
    .describe('Keyset paging: send an empty `cursor=` for the first page, then follow `next`/`previous` (they carry opaque cursors); `offset` is ignored then. Deep pages cost what the first does. A cursor from another list or ordering is 422.'),
};

/** `limit`/`offset` and `cursor`: what a list of stored rows takes. */
export const listQuery = { ...paginationQuery, ...cursorQuery };

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    count: z.number().int(),
    count_capped: z.boolean().optional().describe('true when `count` stopped at the cap (10,000 for appointments) instead of counting every match'),
    next: z.string().nullable(),
    previous: z.string().nullable(),
    results: z.array(item),
  });

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
}).meta({ id: 'Problem' });

/** Accepts one value or a repeated query parameter, always yields an array. */
export const repeatable = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]), z.array(item).max(50).optional());

export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);


/** A path id that is not even well-formed names nothing: 404, like an unknown one. */
export function pathId(raw: string, what: string): string {
  if (!isUuid(raw)) throw notFound(what);
  return raw.toLowerCase();
}

export const timezone = z.string().max(64).refine(isValidTimeZone, 'must be an IANA time zone, e.g. Europe/Berlin');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'is not a real date');
