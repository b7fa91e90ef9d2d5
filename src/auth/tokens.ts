import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Kysely } from 'kysely';
import type { DB } from '../db/types.js';

const ISSUER = 'carebook';
const SETTING_KEY = 'jwt_secret';

export interface TokenService {
  issue(userId: string): Promise<{ access_token: string; token_type: 'Bearer'; expires_in: number }>;
  /** Returns the user id, or undefined when the token is bad or expired. */
  verify(token: string): Promise<string | undefined>;
}

export function createTokenService(secret: string, ttlSeconds: number): TokenService {
  const key = new TextEncoder().encode(secret);
  // A token's signature never changes its verdict, only its expiry does: remember verified tokens
  // until they expire, so a busy client does not pay an HMAC per request. Bounded; cleared when full.
  const verified = new Map<string, { userId: string; expiresAt: number }>();
  return {
    async issue(userId) {
      const access_token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key);
      return { access_token, token_type: 'Bearer', expires_in: ttlSeconds };
    },
    async verify(token) {
      const known = verified.get(token);
      if (known) {
        if (known.expiresAt > Date.now()) return known.userId;
        verified.delete(token);
      }
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return undefined;
        if (verified.size >= 10_000) verified.clear();
        verified.set(token, { userId: payload.sub, expiresAt: payload.exp * 1000 });
        return payload.sub;
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * The signing secret: the configured one, else one generated on first start and kept in
 * the database, so tokens survive restarts and are shared by every instance.
 */
export async function resolveJwtSecret(db: Kysely<DB>, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insertInto('app_settings')
    .values({ key: SETTING_KEY, value: randomBytes(48).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', SETTING_KEY).executeTakeFirstOrThrow();
  return row.value;
}
