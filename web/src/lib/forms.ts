import countries from 'i18n-iso-countries';

/**
 * Pure helpers of the sign-up, code and password screens (no React, no network), so they can be
 * tested without a browser (test/web-forms.test.ts).
 */

type FieldError = { field?: unknown; message?: unknown };

/**
 * A 422's per-field `errors`, in words beside the inputs they are about. The server's message is the
 * rest of a sentence about the field ("must be at least 8 characters"), so each one is prefixed with the
 * input's visible label. Errors about a field no input shows (or with no field) are returned in `other`,
 * so none is lost.
 */
export function fieldErrors(error: unknown, labels: Record<string, string>): { fields: Record<string, string>; other: string[] } {
  const body = (error as { body?: { errors?: unknown } } | null)?.body;
  const list = Array.isArray(body?.errors) ? (body.errors as FieldError[]) : [];
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const e of list) {
    const field = typeof e.field === 'string' ? e.field : '';
    const message = typeof e.message === 'string' && e.message ? e.message : 'is invalid';
    const label = labels[field];
    if (label === undefined) {
      other.push(field ? `${field} ${message}` : message);
      continue;
    }
    const sentence = `${label} ${message}`;
    fields[field] = fields[field] ? `${fields[field]}; ${message}` : sentence;
  }
  return { fields, other };
}

/**
 * How many seconds a 429 asks the caller to wait: the Retry-After header (seconds or an HTTP date), else
 * the problem body's `retry_after`, else the "try again in N seconds / N minutes" of its message; at least 1.
 */
export function retryAfterSeconds(headers: Pick<Headers, 'get'> | undefined, body: unknown, now = Date.now()): number {
  const header = headers?.get('retry-after')?.trim();
  if (header) {
    if (/^\d+$/.test(header)) return Math.max(1, Number(header));
    const at = Date.parse(header);
    if (!Number.isNaN(at)) return Math.max(1, Math.ceil((at - now) / 1000));
  }
  const b = (body ?? {}) as { retry_after?: unknown; detail?: unknown };
  if (typeof b.retry_after === 'number' && b.retry_after > 0) return Math.ceil(b.retry_after);
  const words = typeof b.detail === 'string' ? /in (\d+)\s*(second|minute|hour)/i.exec(b.detail) : null;
  if (words) return Math.max(1, Number(words[1]) * ({ second: 1, minute: 60, hour: 3600 } as const)[words[2]!.toLowerCase() as 'second']);
  return 60;
}

/** "45 s", "90 s", "3 min 30 s": a wait a person reads (seconds up to two minutes, as a countdown ticks). */
export function waitWords(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s <= 120) return `${s} s`;
  const m = Math.floor(s / 60);
  return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
}

/** What the code screens know about the code they last asked for (counted on this browser). */
export interface CodeState {
  /** When this browser last asked for a code (ms); null when it does not know (a reload). */
  sentAt: number | null;
  /** Wrong entries of that code since. */
  wrongTries: number;
}

export const CODE_MINUTES = 10;
export const CODE_TRIES = 5;

/**
 * The words for a refused code (`invalid_code`). The server gives one answer for wrong, expired and
 * used-up codes (so nobody can probe an address); what this browser counted tells them apart.
 */
export function codeRefusal(state: CodeState, now = Date.now()): { message: string; exhausted: boolean } {
  if (state.wrongTries >= CODE_TRIES) {
    return { message: `That was the ${CODE_TRIES}th wrong try, so this code no longer works. Ask for a new code and enter that one.`, exhausted: true };
  }
  if (state.sentAt !== null && now - state.sentAt > CODE_MINUTES * 60_000) {
    return { message: `This code has expired (a code works for ${CODE_MINUTES} minutes). Ask for a new code.`, exhausted: true };
  }
  const left = CODE_TRIES - state.wrongTries;
  return {
    message: `That code is not right, or it has expired. Check the newest email from Carebook and try again (${left} ${left === 1 ? 'try' : 'tries'} left with this code).`,
    exhausted: false,
  };
}

/** Digits only, at most six: what a person typed or pasted ("123 456", "123-456") as a code. */
export const codeDigits = (typed: string) => typed.replace(/\D/g, '').slice(0, 6);

/**
 * The ISO 3166-1 alpha-2 codes the server accepts (the same list, i18n-iso-countries), named in the
 * reader's language by the browser and sorted by that name.
 */
export function countryOptions(locale?: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Today's date (YYYY-MM-DD) where the reader is: the latest date of birth the form offers. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
