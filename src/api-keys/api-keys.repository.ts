import { type Kysely, sql, type Transaction } from 'kysely';
import { type KeysetOrder, type Paging, readPage } from '../db/keyset.js';
import type { DB } from '../db/types.js';

const columns = ['k.id', 'k.name', 'k.key_prefix', 'k.scopes', 'k.created_by_user_id', 'k.expires_at', 'k.revoked_at', 'k.last_used_at', 'k.created_at'] as const;

export function insertApiKey(
  trx: Transaction<DB>,
  values: { name: string; key_hash: string; key_prefix: string; scopes: string[]; created_by_user_id: string; expires_at: Date | null },
) {
  return trx.insertInto('api_keys').values(values).returning(['id']).executeTakeFirstOrThrow();
}

export function findApiKey(db: Kysely<DB>, id: string) {
  return db.selectFrom('api_keys as k').select(columns).where('k.id', '=', id).executeTakeFirst();
}

export type ApiKeyRecord = Awaited<ReturnType<typeof findApiKey>> & {};

/** Newest first; keys made in the same instant in id order, as the list always showed them. */
export const apiKeyOrder: KeysetOrder = { name: 'api_keys', sort: 'k.created_at', kind: 'timestamptz', direction: 'desc', id: 'k.id', idKind: 'uuid', idDirection: 'asc' };

export async function listApiKeys(db: Kysely<DB>, paging: Paging) {
  const [page, total] = await Promise.all([
    readPage(db.selectFrom('api_keys as k').select(columns), apiKeyOrder, paging),
    db.selectFrom('api_keys').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ...page, count: Number(total.n) };
}

/** Revokes a key that is not revoked yet; undefined when there is no such key. */
export async function revokeApiKey(trx: Transaction<DB>, id: string, now: Date) {
  const row = await trx
    .updateTable('api_keys')
    .set({ revoked_at: sql<Date>`coalesce(revoked_at, ${now}::timestamptz)`, updated_at: now })
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** A usable key by its hash: not revoked, not expired, and created by a user who is still active. */
export function findUsableKey(db: Kysely<DB>, keyHash: string, now: Date) {
  return db
    .selectFrom('api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.created_by_user_id')
    .select(['k.id', 'k.name', 'k.scopes', 'k.created_by_user_id', 'k.last_used_at', 'u.email'])
    .where('k.key_hash', '=', keyHash)
    .where('k.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('k.expires_at', 'is', null), eb('k.expires_at', '>', now)]))
    .where('u.active', '=', true)
    .executeTakeFirst();
}

/** Records a use, at most once a minute per key (a busy integration would otherwise write on every call). */
export async function touchApiKey(db: Kysely<DB>, id: string, now: Date) {
  await db
    .updateTable('api_keys')
    .set({ last_used_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(now.getTime() - 60_000))]))
    .execute();
}
