import type { FastifyRequest } from 'fastify';
import type { Cursor, KeyKind, KeysetOrder, Paging } from '../db/keyset.js';
import { isUuid } from '../kernel/ids.js';
import { invalid } from './errors.js';

export interface Page<T> {
  count: number;
  /** Set (true) when `count` stopped at the list's cap instead of counting every match. */
  count_capped?: boolean;
  next: string | null;
  previous: string | null;
  results: T[];
}

export type { Cursor } from '../db/keyset.js';

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.after ? 'a' : 'b', c.ordering, c.value, c.id])).toString('base64url');

/** The cursor text limit in the lists' query schemas: room for a 200-character name in any script. */
export const CURSOR_MAX = 2000;

/** An instant as the cursors carry it: UTC with microseconds, a real date (no 30 February, no 25:00). */
const isInstantKey = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(v)) return false;
  const ms = Date.parse(`${v.slice(0, 23)}Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString() === `${v.slice(0, 23)}Z`;
};
/** A bigint the database parses back without overflow. */
const isIntegerKey = (v: string) => /^\d{1,18}$/.test(v);
/** Text PostgreSQL stores: no NUL, well-formed UTF-16 (no lone surrogate). */
const isTextKey = (v: string) => v.length <= 1000 && !v.includes('\u0000') && v.isWellFormed();

const validValue: Record<KeyKind, (v: string) => boolean> = { timestamptz: isInstantKey, text: isTextKey, integer: isIntegerKey };

/**
 * The cursor a list handed out, or undefined when `text` is not one of that form. Every part is checked
 * here, so nothing malformed reaches the database (where it would be an error, not a 422).
 */
export function decodeCursor(text: string, form: { kind: KeyKind; idKind: 'uuid' | 'integer' }): Cursor | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 4 || !parsed.every((p) => typeof p === 'string')) return undefined;
    const [dir, ordering, value, id] = parsed as string[];
    if (dir !== 'a' && dir !== 'b') return undefined;
    if (!validValue[form.kind](value!) || !(form.idKind === 'uuid' ? isUuid(id!) : isIntegerKey(id!))) return undefined;
    return { after: dir === 'a', ordering: ordering!, value: value!, id: id! };
  } catch {
    return undefined;
  }
}

/**
 * How a request pages the list sorted by `order`: by keyset when it sent `cursor` (empty: the first
 * page), else by offset. A cursor this list did not hand out, or one from another of its orderings,
 * is a 422 naming `cursor`.
 */
export function pagingOf(query: { limit: number; offset: number; cursor?: string }, order: KeysetOrder): Paging {
  const { limit, offset, cursor } = query;
  if (cursor === undefined) return { limit, offset };
  if (cursor === '') return { limit, offset, keyset: 'first' };
  const keyset = decodeCursor(cursor, order);
  if (!keyset) throw invalid([{ field: 'cursor', message: 'is not a cursor this list handed out' }]);
  if (keyset.ordering !== order.name) {
    // Not echoed: the cursor's text is the client's to forge.
    throw invalid([{ field: 'cursor', message: 'belongs to another list or ordering; keep the ordering while following cursors, or start again with an empty cursor' }]);
  }
  return { limit, offset, keyset };
}

/**
 * A page of a list read by keyset (`?cursor=`; an empty cursor is the first page): `next` and
 * `previous` carry the cursors the list computed from the page's last and first rows.
 */
export function toKeysetPage<T>(
  request: FastifyRequest,
  page: { results: T[]; count: number; capped?: boolean; next: Cursor | null; previous: Cursor | null },
): Page<T> {
  const link = (cursor: Cursor | null) => {
    if (!cursor) return null;
    const url = new URL(request.url, 'http://carebook.invalid');
    url.searchParams.delete('offset');
    url.searchParams.set('cursor', encodeCursor(cursor));
    return `${url.pathname}${url.search}`;
  };
  return {
    count: page.count,
    ...(page.capped ? { count_capped: true } : {}),
    next: link(page.next),
    previous: link(page.previous),
    results: page.results,
  };
}

/**
 * Builds a `{count, next, previous, results}` page whose links keep every other query parameter.
 * `more` says whether rows follow the page, when the count alone cannot (a capped count).
 */
export function toPage<T>(request: FastifyRequest, results: T[], count: number, limit: number, offset: number, more?: boolean): Page<T> {
  const link = (newOffset: number) => {
    const url = new URL(request.url, 'http://carebook.invalid');
    url.searchParams.set('limit', String(limit));
    url.searchParams.set('offset', String(newOffset));
    return `${url.pathname}${url.search}`;
  };
  return {
    count,
    next: (more ?? offset + results.length < count) ? link(offset + limit) : null,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    results,
  };
}

/**
 * A list's page as the caller paged it: by keyset when they sent `cursor` (the links carry cursors),
 * else by offset (the links carry offsets, exactly as before cursors existed).
 */
export function listPage<T>(
  request: FastifyRequest,
  query: { limit: number; offset: number; cursor?: string },
  page: { results: T[]; count: number; capped?: boolean; more?: boolean; next: Cursor | null; previous: Cursor | null },
): Page<T> {
  if (query.cursor !== undefined) return toKeysetPage(request, page);
  return { ...toPage(request, page.results, page.count, query.limit, query.offset, page.more), ...(page.capped ? { count_capped: true } : {}) };
}
