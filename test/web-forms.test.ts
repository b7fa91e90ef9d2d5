import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { codeDigits, codeRefusal, countryOptions, fieldErrors, localToday, retryAfterSeconds, waitWords } from '../web/src/lib/forms.js';

// The sign-up and code screens' logic (web/src/lib/forms.ts): pure functions, no browser needed.
describe('web app sign-up and code logic', () => {
  const labels = { email: 'Email', 'address.postal_code': 'Postal code', date_of_birth: 'Date of birth' };
  const refusal = (errors: unknown) => ({ status: 422, code: 'validation_failed', body: { errors } });

  it('puts each of a 422\'s field errors beside its input, in words after the input\'s label', () => {
    const { fields, other } = fieldErrors(
      refusal([
        { field: 'email', message: 'must be a valid email address' },
        { field: 'address.postal_code', message: 'must not be empty' },
      ]),
      labels,
    );
    expect(fields).toEqual({ email: 'Email must be a valid email address', 'address.postal_code': 'Postal code must not be empty' });
    expect(other).toEqual([]);
  });

  it('joins two messages about one field, and keeps messages no input shows (none is lost)', () => {
    const { fields, other } = fieldErrors(
      refusal([
        { field: 'date_of_birth', message: 'must be a date' },
        { field: 'date_of_birth', message: 'must not be in the future' },
        { field: 'address.planet', message: 'is not a known field' },
        { message: 'something about the whole body' },
        { field: 'email' },
      ]),
      labels,
    );
    expect(fields).toEqual({ date_of_birth: 'Date of birth must be a date; must not be in the future', email: 'Email is invalid' });
    expect(other).toEqual(['address.planet is not a known field', 'something about the whole body']);
  });

  it('finds no field errors in a refusal without them, a lost connection or nothing', () => {
    expect(fieldErrors({ status: 409, body: { code: 'slot_unavailable' } }, labels)).toEqual({ fields: {}, other: [] });
    expect(fieldErrors(new Error('offline'), labels)).toEqual({ fields: {}, other: [] });
    expect(fieldErrors(null, labels)).toEqual({ fields: {}, other: [] });
    expect(fieldErrors({ body: { errors: 'not a list' } }, labels)).toEqual({ fields: {}, other: [] });
  });

  it('reads how long a 429 asks to wait: Retry-After in seconds or as a date, then the body, then its words', () => {
    const now = Date.parse('2030-01-14T12:00:00Z');
    expect(retryAfterSeconds(new Headers({ 'retry-after': '42' }), {}, now)).toBe(42);
    expect(retryAfterSeconds(new Headers({ 'retry-after': 'Mon, 14 Jan 2030 12:01:30 GMT' }), {}, now)).toBe(90);
    expect(retryAfterSeconds(new Headers({ 'retry-after': '0' }), {}, now)).toBe(1);
    expect(retryAfterSeconds(new Headers(), { retry_after: 17 }, now)).toBe(17);
    expect(retryAfterSeconds(undefined, { detail: 'Too many attempts; try again in 1 minute' }, now)).toBe(60);
    expect(retryAfterSeconds(undefined, { detail: 'Too many failed sign-in attempts; try again in 25 seconds' }, now)).toBe(25);
    // Nothing says: the minute the server asks between codes.
    expect(retryAfterSeconds(new Headers({ 'retry-after': 'soon' }), {}, now)).toBe(60);
  });

  it('says a wait in seconds and minutes', () => {
    expect(waitWords(42)).toBe('42 s');
    expect(waitWords(41.2)).toBe('42 s');
    expect(waitWords(60)).toBe('60 s');
    expect(waitWords(120)).toBe('120 s');
    expect(waitWords(180)).toBe('3 min');
    expect(waitWords(210)).toBe('3 min 30 s');
    expect(waitWords(-3)).toBe('0 s');
  });

  it('tells a wrong code (with the tries left), an expired one and the fifth wrong try apart', () => {
    const sentAt = Date.parse('2030-01-14T12:00:00Z');
    const wrong = codeRefusal({ sentAt, wrongTries: 1 }, sentAt + 60_000);
    expect(wrong.exhausted).toBe(false);
    expect(wrong.message).toContain('4 tries left');
    expect(codeRefusal({ sentAt, wrongTries: 4 }, sentAt).message).toContain('1 try left');
    const fifth = codeRefusal({ sentAt, wrongTries: 5 }, sentAt);
    expect(fifth.exhausted).toBe(true);
    expect(fifth.message).toMatch(/5th wrong try.*no longer works.*new code/);
    const expired = codeRefusal({ sentAt, wrongTries: 1 }, sentAt + 10 * 60_000 + 1);
    expect(expired).toEqual({ exhausted: true, message: expect.stringMatching(/expired.*10 minutes/) });
    // A code this browser did not ask for (after a reload): no claim about expiry.
    expect(codeRefusal({ sentAt: null, wrongTries: 1 }, sentAt + 3_600_000).exhausted).toBe(false);
  });

  it('keeps the digits of a typed or pasted code, at most six', () => {
    expect(codeDigits('123 456')).toBe('123456');
    expect(codeDigits('123-4567')).toBe('123456');
    expect(codeDigits('abc')).toBe('');
  });

  it('offers exactly the countries the server accepts, named in the reader\'s language and sorted by name', () => {
    const options = countryOptions('en');
    expect(options.map((o) => o.code).sort()).toEqual(Object.keys(countries.getAlpha2Codes()).sort());
    expect(options.every((o) => countries.isValid(o.code))).toBe(true);
    expect(options.find((o) => o.code === 'DE')?.name).toBe('Germany');
    expect(options.find((o) => o.code === 'IN')?.name).toBe('India');
    const names = options.map((o) => o.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    expect(countryOptions('de').find((o) => o.code === 'DE')?.name).toBe('Deutschland');
  });

  it('gives today\'s date where the reader is', () => {
    expect(localToday(new Date(2030, 0, 4, 23, 30))).toBe('2030-01-04');
  });
});
