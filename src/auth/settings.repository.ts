import type { Kysely } from 'kysely';
import type { DB } from '../db/types.js';

/** A value an older version kept in `app_settings` (src/auth/keys.ts moves its secret out), if any. */
export async function findSetting(db: Kysely<DB>, key: string): Promise<string | undefined> {
  return (await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

export async function deleteSetting(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('app_settings').where('key', '=', key).execute();
}
