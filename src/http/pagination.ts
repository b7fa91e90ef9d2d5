import type { FastifyRequest } from 'fastify';

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** Builds a `{count, next, previous, results}` page whose links keep every other query parameter. */
export function toPage<T>(request: FastifyRequest, results: T[], count: number, limit: number, offset: number): Page<T> {
  const link = (newOffset: number) => {
    const url = new URL(request.url, 'http://carebook.invalid');
    url.searchParams.set('limit', String(limit));
    url.searchParams.set('offset', String(newOffset));
    return `${url.pathname}${url.search}`;
  };
  return {
    count,
    next: offset + results.length < count ? link(offset + limit) : null,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    results,
  };
}
