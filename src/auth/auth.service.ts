import type { AppContext } from '../context.js';
import { unauthorized } from '../http/errors.js';
import { findUserByEmail } from '../people/people.repository.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';

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
