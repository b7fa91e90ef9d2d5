import type { AppContext } from '../context.js';
import type { Caller } from '../http/auth.js';
import { invalid, unauthorized } from '../http/errors.js';
import { findUser, findUserByEmail, updateUser } from '../people/people.repository.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords.js';

/**
 * Exchanges email and password for a bearer token. Unknown email, wrong password and
 * inactive account all give the same 401, after the same amount of hashing work.
 */
export async function issueToken(ctx: AppContext, email: string, password: string) {
  const user = await findUserByEmail(ctx.db, email);
  const ok = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), password);
  if (!user || !ok || !user.active) throw unauthorized('Email or password is incorrect');
  return ctx.tokens.issue(user.id);
}

/**
 * Changes the caller's password, given the current one. Every token issued before (other devices,
 * a stolen one) stops working; the answer is a fresh token for this session.
 */
export async function changeOwnPassword(ctx: AppContext, caller: Caller, currentPassword: string, newPassword: string) {
  const user = await findUser(ctx.db, caller.userId);
  if (!user || !(await verifyPassword(user.password_hash, currentPassword))) {
    throw invalid([{ field: 'current_password', message: 'is not your current password' }]);
  }
  const password_hash = await hashPassword(newPassword);
  // Wall-clock time, as tokens are stamped with it (not the domain clock).
  await ctx.db.transaction().execute((trx) => updateUser(trx, user.id, { password_hash, password_changed_at: new Date() }));
  ctx.callers.forget(user.id);
  return ctx.tokens.issue(user.id);
}
