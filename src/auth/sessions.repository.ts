import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/types.js';

export function insertRefreshToken(
  trx: Transaction<DB>,
  values: { user_id: string; family_id: string; token_hash: string; issued_at: Date; expires_at: Date },
) {
  return trx.insertInto('refresh_tokens').values(values).execute();
}

/** The token with this hash and its user's state, locked: two refreshes with one token cannot both win. */
export function findRefreshToken(trx: Transaction<DB>, tokenHash: string) {
  return trx
    .selectFrom('refresh_tokens as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.user_id', 'r.family_id', 'r.issued_at', 'r.expires_at', 'r.used_at', 'r.revoked_at', 'u.active', 'u.password_changed_at'])
    .where('r.token_hash', '=', tokenHash)
    .forUpdate('r')
    .executeTakeFirst();
}

export async function markUsed(trx: Transaction<DB>, id: string, now: Date) {
  await trx.updateTable('refresh_tokens').set({ used_at: now }).where('id', '=', id).execute();
}

export async function revokeFamily(trx: Transaction<DB>, familyId: string, now: Date) {
  await trx.updateTable('refresh_tokens').set({ revoked_at: sql<Date>`coalesce(revoked_at, ${now})` }).where('family_id', '=', familyId).execute();
}

export async function revokeAllOfUser(trx: Transaction<DB>, userId: string, now: Date) {
  await trx
    .updateTable('refresh_tokens')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
