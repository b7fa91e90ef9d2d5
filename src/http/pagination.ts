import type { FastifyRequest } from 'fastify';

export interface Page<T> {
  count: number;
  /** Set (true) when `count` stopped at the list's cap instead of counting every match. */
  count_capped?: boolean;
  next: string | null;
  previous: string | null;
  results: T[];
}

/**
 * A keyset position in a list: the sort value and id of a row, and whether the page wanted comes
 * after it or before it. Opaque to clients (base64url JSON), so its form may change.
 */
export interface Cursor {
  after: boolean;
  ordering: string;
  value: string;
  id: string;
}

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.after ? 'a' : 'b', c.ordering, c.value, c.id])).toString('base64url');

/** The cursor a list handed out, or undefined when `text` is not one. */
export function decodeCursor(text: string): Cursor | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 4 || !parsed.every((p) => typeof p === 'string')) return undefined;
    const [dir, ordering, value, id] = parsed as string[];
    // The value is PostgreSQL's text of a timestamptz (microseconds kept); the database parses it back.
    if ((dir !== 'a' && dir !== 'b') || !/^[0-9 :.TZ+-]{10,40}$/.test(value!) || !/^[0-9a-f-]{36}$/.test(id!)) return undefined;
    return { after: dir === 'a', ordering: ordering!, value: value!, id: id! };
  } catch {
    return undefined;
  }
}

/**
 * A page of a list read by keyset (`?cursor=`; an empty cursor is the first page): `next` and
 * `previous` carry the cursors the list computed from the page's last and first rows.
 */
export function toKeysetPage<T>(
  request: FastifyRequest,
  page: { results: T[]; count: number; capped: boolean; next: Cursor | null; previous: Cursor | null },
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
