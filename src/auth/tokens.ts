import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'carebook';
/** A stream ticket's audience: it opens the notification stream and nothing else. */
const STREAM_AUDIENCE = 'carebook:stream';
/** Long enough to open a stream; short, because it travels in a URL. */
export const STREAM_TICKET_SECONDS = 60;

export interface TokenService {
  issue(userId: string): Promise<{ access_token: string; token_type: 'Bearer'; expires_in: number }>;
  /** Returns the user id, or undefined when the token is bad or expired. */
  verify(token: string): Promise<string | undefined>;
  /**
   * A short-lived ticket for the notification stream, for clients that cannot send an Authorization
   * header there (a browser's EventSource): it goes in the URL, so it only opens the stream.
   */
  issueStreamTicket(userId: string): Promise<{ ticket: string; expires_in: number }>;
  /** The user id of a valid, unexpired stream ticket; access tokens are not tickets. */
  verifyStreamTicket(ticket: string): Promise<string | undefined>;
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
        // A stream ticket (it has an audience) is no access token.
        if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number' || payload.aud !== undefined) return undefined;
        if (verified.size >= 10_000) verified.clear();
        verified.set(token, { userId: payload.sub, expiresAt: payload.exp * 1000 });
        return payload.sub;
      } catch {
        return undefined;
      }
    },
    async issueStreamTicket(userId) {
      const ticket = await new SignJWT({})
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
        return typeof payload.sub === 'string' ? payload.sub : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
