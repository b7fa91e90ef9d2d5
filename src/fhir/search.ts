/** FHIR search plumbing: parameter parsing (dates with prefixes, references), Bundles and OperationOutcome. */
import type { FastifyRequest } from 'fastify';
import { AppError, type Problem } from '../http/errors.js';
import type { Resource } from './resources.js';
import { CODE_SYSTEMS } from './resources.js';

/** A search the server cannot run: FHIR's 400, with the parameter named. */
export const badSearch = (parameter: string, message: string) =>
  new AppError(400, 'invalid_search', `${parameter}: ${message}`, { errors: [{ field: parameter, message }] });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every value of a query parameter, repeated (`a=1&a=2`) or comma-separated (`a=1,2`: FHIR's OR). */
export function valuesOf(raw: unknown): string[] {
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

/**
 * A reference parameter's ids of one type: `Practitioner/ID`, or a bare `ID` when the parameter names
 * the type already. A reference to another type is `other` (so `actor=Patient/x` is not a practitioner).
 */
export function referenceIds(parameter: string, raw: unknown, type: string, bareAllowed: boolean): string[] {
  const ids: string[] = [];
  for (const value of valuesOf(raw)) {
    const match = /^(?:(?:https?:\/\/[^?#]*\/)?([A-Za-z]+)\/)?([^/]+)$/.exec(value);
    if (!match) throw badSearch(parameter, `${value} is not a reference`);
    const [, resourceType, id] = match;
    if (resourceType === undefined && !bareAllowed) throw badSearch(parameter, `give the type, e.g. ${type}/${id}`);
    if ((resourceType ?? type) !== type) continue;
    if (!UUID.test(id!)) throw badSearch(parameter, `${id} is not an id this server issues`);
    ids.push(id!.toLowerCase());
  }
  return ids;
}

/** References of several types in one parameter (`actor`), grouped by type; unknown types are refused. */
export function actorIds(parameter: string, raw: unknown, types: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(types.map((t) => [t, []]));
  for (const value of valuesOf(raw)) {
    const type = /^(?:https?:\/\/[^?#]*\/)?([A-Za-z]+)\//.exec(value)?.[1];
    if (!type || !types.includes(type)) throw badSearch(parameter, `give a reference to one of: ${types.join(', ')} (e.g. ${types[0]}/ID)`);
    out[type]!.push(...referenceIds(parameter, value, type, false));
  }
  return out;
}

export interface DateRange {
  /** Inclusive lower bound (ms), if any. */
  from?: number;
  /** Exclusive upper bound (ms), if any. */
  to?: number;
}

/**
 * FHIR date search values (`ge2030-03-05`, `lt2030-03-05T10:00:00Z`, `2030-03`): each names a period
 * (its precision), and the prefix compares against it. Dates without a zone are read in UTC.
 * Several values are ANDed (`date=ge…&date=le…`), giving one range.
 */
export function dateRange(parameter: string, raw: unknown): DateRange {
  const range: DateRange = {};
  const values = Array.isArray(raw) ? raw.map(String) : raw === undefined ? [] : [String(raw)];
  for (const value of values) {
    const match = /^(eq|ne|gt|lt|ge|le|sa|eb|ap)?(\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?)$/.exec(value.trim());
    if (!match) throw badSearch(parameter, `${value} is not a FHIR date (e.g. ge2030-03-05 or le2030-03-05T17:00:00Z)`);
    const prefix = match[1] ?? 'eq';
    const period = periodOf(match[2]!);
    if (!period) throw badSearch(parameter, `${value} is not a real date`);
    const raise = (from: number) => (range.from = Math.max(range.from ?? -Infinity, from));
    const lower = (to: number) => (range.to = Math.min(range.to ?? Infinity, to));
    switch (prefix) {
      case 'eq':
        raise(period.start);
        lower(period.end);
        break;
      case 'ge':
        raise(period.start);
        break;
      case 'gt':
      case 'sa':
        raise(period.end);
        break;
      case 'le':
        lower(period.end);
        break;
      case 'lt':
      case 'eb':
        lower(period.start);
        break;
      default:
        throw badSearch(parameter, `the prefix ${prefix} is not supported (use eq, ge, gt, le, lt)`);
    }
  }
  return range;
}

/** The period a FHIR date value of some precision covers, as [start, end) in ms. */
function periodOf(text: string): { start: number; end: number } | undefined {
  const [date, time] = text.split('T');
  const [y, m, d] = date!.split('-').map(Number) as [number, number | undefined, number | undefined];
  // The years the REST API accepts too: beyond them a day's neighbours leave what dates can carry.
  if (y < 1900 || y > 9998) return undefined;
  if (time === undefined) {
    if (m !== undefined && (m < 1 || m > 12)) return undefined;
    const start = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
    const check = new Date(start);
    if (d !== undefined && check.getUTCDate() !== d) return undefined;
    const end = d !== undefined ? Date.UTC(y, m! - 1, d + 1) : m !== undefined ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
    return { start, end };
  }
  const hasSeconds = /T\d{2}:\d{2}:\d{2}/.test(text);
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}Z`;
  const start = Date.parse(hasSeconds ? zoned : zoned.replace(/T(\d{2}:\d{2})/, 'T$1:00'));
  if (!Number.isFinite(start)) return undefined;
  const precision = hasSeconds ? 1000 : 60_000;
  return { start, end: start + precision };
}

/** `_count` (page size, default 50, at most `max`) and `_offset` (where the page starts). */
export function paging(query: Record<string, unknown>, max = 200): { count: number; offset: number } {
  const number = (name: string, fallback: number, lo: number, hi: number) => {
    const raw = query[name];
    if (raw === undefined) return fallback;
    const n = Number(Array.isArray(raw) ? raw[0] : raw);
    if (!Number.isInteger(n) || n < lo || n > hi) throw badSearch(name, `must be a whole number from ${lo} to ${hi}`);
    return n;
  };
  return { count: number('_count', 50, 1, max), offset: number('_offset', 0, 0, 10_000_000) };
}

/** The server's FHIR base as the client reached it. */
export const fhirBase = (request: FastifyRequest) => `${request.protocol}://${request.host}/fhir/R4`;

/** A searchset Bundle with self/next/previous links that keep every other parameter. */
export function searchset(request: FastifyRequest, resources: Resource[], total: number | undefined, page: { count: number; offset: number }, more?: boolean): Resource {
  const base = fhirBase(request);
  const link = (offset: number) => {
    const url = new URL(request.url, base);
    url.searchParams.set('_count', String(page.count));
    url.searchParams.set('_offset', String(offset));
    return `${base.replace(/\/fhir\/R4$/, '')}${url.pathname}${url.search}`;
  };
  const hasNext = more ?? (total !== undefined && page.offset + resources.length < total);
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    ...(total !== undefined ? { total } : {}),
    link: [
      { relation: 'self', url: link(page.offset) },
      ...(hasNext ? [{ relation: 'next', url: link(page.offset + page.count) }] : []),
      ...(page.offset > 0 ? [{ relation: 'previous', url: link(Math.max(0, page.offset - page.count)) }] : []),
    ],
    entry: resources.map((resource) => ({
      ...(resource.id ? { fullUrl: `${base}/${resource.resourceType}/${resource.id}` } : {}),
      resource,
      search: { mode: 'match' },
    })),
  };
}

const ISSUE_CODES: Record<number, string> = {
  400: 'invalid',
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  405: 'not-supported',
  409: 'conflict',
  412: 'conflict',
  413: 'too-costly',
  415: 'not-supported',
  422: 'business-rule',
  429: 'throttled',
};

/**
 * The REST API's problem as an OperationOutcome: the same status and detail, its stable code as a
 * coding, and one issue per field error (with the field as the issue's expression).
 */
export function operationOutcome(p: Problem): Resource {
  const code = p.status >= 500 ? (p.status === 503 ? 'transient' : 'exception') : (ISSUE_CODES[p.status] ?? 'processing');
  const details = { coding: [{ system: CODE_SYSTEMS.problem, code: p.code }], text: p.detail };
  const fields = p.errors ?? [];
  return {
    resourceType: 'OperationOutcome',
    issue:
      fields.length > 0
        ? fields.map((e) => ({ severity: 'error', code, details, diagnostics: `${e.field} ${e.message}`, expression: [e.field] }))
        : [{ severity: 'error', code, details, diagnostics: p.detail }],
  };
}
