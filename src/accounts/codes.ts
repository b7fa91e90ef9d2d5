import { createHmac, hkdfSync, randomInt, timingSafeEqual } from 'node:crypto';
import type { Keys } from '../auth/keys.js';
import type { AccountCodePurpose } from '../db/types.js';

/** How long an emailed code works. */
export const CODE_TTL_MINUTES = 10;
/** Wrong entries a code survives; the fifth kills it (a new one must be sent). */
export const CODE_MAX_ATTEMPTS = 5;
/** Codes one account can be sent: at most one a minute, and five an hour (per purpose). */
export const CODE_MIN_INTERVAL_MS = 60_000;
export const CODES_PER_HOUR = 5;

/** A six-digit one-time code, uniformly drawn. */
export const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

export interface CodeHasher {
  hash(userId: string, purpose: AccountCodePurpose, code: string): string;
  matches(stored: string, userId: string, purpose: AccountCodePurpose, code: string): boolean;
}

const hashers = new WeakMap<Keys, CodeHasher>();

/**
 * Codes are stored as an HMAC under a server key (from the key file or the environment, never the
 * database): a million possible codes would fall to a plain hash at once, and the key keeps a copy
 * of the table useless. Bound to the account and purpose, so a code can only ever open what it was sent for.
 */
export function codeHasherFor(keys: Keys): CodeHasher {
  let hasher = hashers.get(keys);
  if (!hasher) {
    const key = Buffer.from(hkdfSync('sha256', keys.encryptionKey, 'carebook', 'account-codes', 32));
    const hash = (userId: string, purpose: AccountCodePurpose, code: string) =>
      createHmac('sha256', key).update(`${purpose}:${userId}:${code}`).digest('base64url');
    hasher = {
      hash,
      matches(stored, userId, purpose, code) {
        const a = Buffer.from(hash(userId, purpose, code));
        const b = Buffer.from(stored);
        return a.length === b.length && timingSafeEqual(a, b);
      },
    };
    hashers.set(keys, hasher);
  }
  return hasher;
}
