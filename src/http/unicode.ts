import type { FastifyRequest } from 'fastify';
import { invalid } from './errors.js';

/** A lone half of a UTF-16 surrogate pair (JSON's `\ud800` escape allows one) is not Unicode text. */
const wellFormed = (text: string) => text.isWellFormed();

/**
 * The path (`notes`, `schedule[2].start`) of a key or string in a parsed JSON body that holds a lone
 * surrogate, or undefined. Walks with its own stack: a body may nest deeper than the call stack.
 */
export function loneSurrogateAt(body: unknown): string | undefined {
  const pending: [unknown, string][] = [[body, '']];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (!wellFormed(value)) return path;
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => pending.push([item, `${path}[${i}]`]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        if (!wellFormed(key)) return at;
        pending.push([item, at]);
      }
    }
  }
  return undefined;
}

/**
 * Refuses a body with a lone surrogate (422) before any route sees it. PostgreSQL stores UTF-8, so
 * such text would otherwise be saved with U+FFFD in its place: changed without a word.
 */
export async function refuseLoneSurrogates(request: FastifyRequest) {
  const at = loneSurrogateAt(request.body);
  if (at !== undefined) throw invalid([{ field: at || 'body', message: 'is not valid Unicode text (a lone surrogate)' }]);
}
