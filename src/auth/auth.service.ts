import type { Uses } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import type { Caller } from '../http/auth.js';
import { AppError, invalid, unauthorized } from '../http/errors.js';
import { findUser, findUserByEmail, updateUser } from '../people/people.repository.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import { issueSession, openSession, revokeSessionsOf } from './sessions.service.js';
import type { FailureThrottle } from './throttle.js';

export interface SignInThrottles {
  /** Failed attempts per account (by the email as typed, whether or not it exists: no enumeration). */
  account: FailureThrottle;
  /** A generous ceiling of failed attempts per client address. */
  address: FailureThrottle;
}

const tooMany = (seconds: number) =>
  new AppError(429, 'rate_limited', `Too many failed sign-in attempts; try again in ${seconds} seconds`, { extra: { retry_after: seconds } });

/**
 * Exchanges email and password for a bearer token. Unknown email, wrong password and
 * inactive account all give the same 401, after the same amount of hashing work.
 * Failures are throttled per account and per address; a success clears the account's count.
 */
export async function issueToken(ctx: Uses<'db' | 'clock' | 'config' | 'tokens'>, throttles: SignInThrottles, email: string, password: string, address: string) {
  const account = email.trim().toLowerCase();
  const now = ctx.clock.now().getTime();
  const wait = Math.max(throttles.account.retryAfter(account, now), throttles.address.retryAfter(address, now));
  if (wait > 0) throw tooMany(wait);

  const user = await findUserByEmail(ctx.db, email);
  const ok = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), password);
  if (!user || !ok || !user.active) {
    throttles.account.fail(account, now);
    throttles.address.fail(address, now);
    throw unauthorized('Email or password is incorrect');
  }
  throttles.account.clear(account);
  return issueSession(ctx, user.id);
}

/**
 * Changes the caller's password, given the current one. Every token issued before (other devices,
 * a stolen one), access or refresh, stops working; the answer is a fresh session.
 */
export async function changeOwnPassword(ctx: Uses<'db' | 'clock' | 'config' | 'tokens' | 'callers'>, caller: Caller, currentPassword: string, newPassword: string) {
  const user = await findUser(ctx.db, caller.userId);
  if (!user || !(await verifyPassword(user.password_hash, currentPassword))) {
    throw invalid([{ field: 'current_password', message: 'is not your current password' }]);
  }
  const password_hash = await hashPassword(newPassword);
  // Wall-clock time, as tokens are stamped with it (not the domain clock).
  const session = await inTransaction(ctx.db, async (trx) => {
    await updateUser(trx, user.id, { password_hash, password_changed_at: new Date() });
    await revokeSessionsOf(trx, user.id, ctx.clock.now());
    return openSession(ctx, trx, user.id);
  });
  ctx.callers.forget(user.id);
  return session;
}
