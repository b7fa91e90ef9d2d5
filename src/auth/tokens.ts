import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'carebook';
/** A stream ticket's audience: it opens the notification stream and nothing else. */
const STREAM_AUDIENCE = 'carebook:stream';
/** Long enough to open a stream; short, because it travels in a URL. */
export const STREAM_TICKET_SECONDS = 60;

export interface TokenService {
  issue(userId: string): Promise<{ access_token: string; token_type: 'Bearer'; expires_in: number }>;
  /** The user id and when the token was issued (ms), or undefined when the token is bad or expired. */
  verify(token: string): Promise<Verified | undefined>;
  /**
   * A short-lived ticket for the notification stream, for clients that cannot send an Authorization
   * header there (a browser's EventSource): it goes in the URL, so it only opens the stream.
   */
  issueStreamTicket(userId: string): Promise<{ ticket: string; expires_in: number }>;
  /** The user id of a valid, unexpired stream ticket; access tokens are not tickets. */
  verifyStreamTicket(ticket: string): Promise<Verified | undefined>;
}

export interface Verified {
  userId: string;
  /** Milliseconds: a password change refuses tokens issued before it, even within the same second. */
  issuedAt: number;
}

/** `iat` counts whole seconds; this claim says the millisecond. */
const ISSUED_MS = 'iat_ms';
const issuedAtOf = (payload: { iat?: number; [ISSUED_MS]?: unknown }) =>
  typeof payload[ISSUED_MS] === 'number' ? payload[ISSUED_MS] : (payload.iat ?? 0) * 1000;

export function createTokenService(secret: string, ttlSeconds: number): TokenService {
  const key = new TextEncoder().encode(secret);
  // A token's signature never changes its verdict, only its expiry does: remember verified tokens
  // until they expire, so a busy client does not pay an HMAC per request. Bounded; cleared when full.
  const verified = new Map<string, Verified & { expiresAt: number }>();
  return {
    async issue(userId) {
      const access_token = await new SignJWT({ [ISSUED_MS]: Date.now() })
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
        if (known.expiresAt > Date.now()) return { userId: known.userId, issuedAt: known.issuedAt };
        verified.delete(token);
      }
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        // A stream ticket (it has an audience) is no access token.
        if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number' || payload.aud !== undefined) return undefined;
        if (verified.size >= 10_000) verified.clear();
        const issuedAt = issuedAtOf(payload);
        verified.set(token, { userId: payload.sub, issuedAt, expiresAt: payload.exp * 1000 });
        return { userId: payload.sub, issuedAt };
      } catch {
        return undefined;
      }
    },
    async issueStreamTicket(userId) {
      const ticket = await new SignJWT({ [ISSUED_MS]: Date.now() })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setAudience(STREAM_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${STREAM_TICKET_SECONDS}s`)
        .sign(key);
      return { ticket, expires_in: STREAM_TICKET_SECONDS };
    },
    async verifyStreamTicket(ticket) {
      try {
        const { payload } = await jwtVerify(ticket, key, { issuer: ISSUER, audience: STREAM_AUDIENCE, algorithms: ['HS256'] });
        return typeof payload.sub === 'string' ? { userId: payload.sub, issuedAt: issuedAtOf(payload) } : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
