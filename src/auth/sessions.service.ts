import { inTransaction } from '../db/transaction.js';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Uses } from '../context.js';
import type { DB } from '../db/types.js';
import { AppError } from '../http/errors.js';
import * as repo from './sessions.repository.js';

/** What signing in answers: the access token as before, plus a refresh token. */
export interface Session {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
}

const PREFIX = 'cbr_';
/** 256 random bits: a plain SHA-256 is enough to store it (nothing to guess, unlike a password). */
const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

const refused = (code = 'unauthorized', message = 'The refresh token is invalid, expired or revoked; sign in again') =>
  new AppError(401, code, message);

/**
 * Writes a refresh token in the caller's transaction (a new family unless one is given) and signs an
 * access token. The refresh token's expiry follows the domain clock; `issued_at` is wall-clock time,
 * like an access token's, because it is compared with the password change that may end it.
 */
export async function openSession(ctx: Uses<'clock' | 'config' | 'tokens'>, trx: Transaction<DB>, userId: string, familyId: string = randomUUID()): Promise<Session> {
  const refresh_token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const expires_at = new Date(ctx.clock.now().getTime() + ctx.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  await repo.insertRefreshToken(trx, { user_id: userId, family_id: familyId, token_hash: hashOf(refresh_token), issued_at: new Date(), expires_at });
  return { ...(await ctx.tokens.issue(userId)), refresh_token };
}

/** A fresh session in its own transaction (sign-in). */
export function issueSession(ctx: Uses<'db' | 'clock' | 'config' | 'tokens'>, userId: string): Promise<Session> {
  return inTransaction(ctx.db, (trx) => openSession(ctx, trx, userId));
}

/**
 * Exchanges a refresh token for a new pair (rotation): the old one is spent. A spent token that comes
 * back means two parties hold it (one of them stole it), so its whole family is revoked and both must
 * sign in again. A password change or reset ends every refresh token issued before it.
 */
export async function refreshSession(ctx: Uses<'db' | 'clock' | 'config' | 'tokens'>, token: string): Promise<Session> {
  const now = ctx.clock.now();
  const outcome = await inTransaction(ctx.db, async (trx) => {
    const row = token.startsWith(PREFIX) ? await repo.findRefreshToken(trx, hashOf(token)) : undefined;
    if (!row || row.revoked_at) return { refused: refused() };
    if (row.used_at) {
      await repo.revokeFamily(trx, row.family_id, now);
      return { refused: refused('refresh_token_reused', 'This refresh token was already used: every session it started is now signed out; sign in again') };
    }
    const passwordChanged = row.password_changed_at && row.issued_at.getTime() < row.password_changed_at.getTime();
    if (row.expires_at <= now || !row.active || passwordChanged) {
      await repo.revokeFamily(trx, row.family_id, now);
      return { refused: refused() };
    }
    await repo.markUsed(trx, row.id, now);
    return { session: await openSession(ctx, trx, row.user_id, row.family_id) };
  });
  // Thrown after the commit, so a reuse's revocation sticks.
  if (outcome.refused) throw outcome.refused;
  return outcome.session!;
}

/** Ends the session the refresh token belongs to (its whole family). Unknown tokens change nothing. */
export async function endSession(ctx: Uses<'db' | 'clock'>, token: string): Promise<void> {
  if (!token.startsWith(PREFIX)) return;
  await inTransaction(ctx.db, async (trx) => {
    const row = await repo.findRefreshToken(trx, hashOf(token));
    if (row) await repo.revokeFamily(trx, row.family_id, ctx.clock.now());
  });
}

export { revokeAllOfUser as revokeSessionsOf } from './sessions.repository.js';
