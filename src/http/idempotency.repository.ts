import type { Insertable, Kysely } from 'kysely';
import type { DB, IdempotencyKeysTable } from '../db/types.js';

type KeyOf = { owner: string; route: string; key: string };

/** The answer kept under a caller's key for a route, if any. */
export function findKept(db: Kysely<DB>, { owner, route, key }: KeyOf) {
  return db.selectFrom('idempotency_keys').selectAll().where('owner', '=', owner).where('route', '=', route).where('key', '=', key).executeTakeFirst();
}

export async function forget(db: Kysely<DB>, { owner, route, key }: KeyOf): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('owner', '=', owner).where('route', '=', route).where('key', '=', key).execute();
}

/** Keeps a first answer; a second answer under the same key (a race) leaves the first in place. */
export async function keep(db: Kysely<DB>, row: Insertable<IdempotencyKeysTable>): Promise<void> {
  await db.insertInto('idempotency_keys').values(row).onConflict((oc) => oc.columns(['owner', 'route', 'key']).doNothing()).execute();
}
