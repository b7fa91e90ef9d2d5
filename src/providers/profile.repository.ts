import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../db/types.js';

/** Completed appointments per provider, for those that have any. */
export async function completedCounts(db: Kysely<DB>, providerIds: string[]): Promise<Map<string, number>> {
  if (providerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('appointments')
    .select(['provider_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('provider_id', 'in', providerIds)
    .where('status', '=', 'completed')
    .groupBy('provider_id')
    .execute();
  return new Map(rows.map((r) => [r.provider_id, Number(r.n)]));
}

export function sealedBankDetails(db: Kysely<DB>, providerIds: string[]) {
  if (providerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('providers')
    .select(['id', 'bank_details_sealed', 'bank_details_key_id'])
    .where('id', 'in', providerIds)
    .where('bank_details_sealed', 'is not', null)
    .execute();
}

export function setBankDetails(trx: Transaction<DB>, providerId: string, sealed: { sealed: string; keyId: string } | null) {
  return trx
    .updateTable('providers')
    .set({ bank_details_sealed: sealed?.sealed ?? null, bank_details_key_id: sealed?.keyId ?? null, updated_at: sql<Date>`now()` })
    .where('id', '=', providerId)
    .execute();
}

export function lockProviderBankDetails(trx: Transaction<DB>, providerId: string) {
  return trx.selectFrom('providers').select(['id', 'bank_details_sealed']).where('id', '=', providerId).forUpdate().executeTakeFirst();
}

export function setPicture(trx: Transaction<DB>, providerId: string, picture: { bytes: Buffer; type: string; etag: string } | null) {
  return trx
    .updateTable('providers')
    .set({ picture: picture?.bytes ?? null, picture_type: picture?.type ?? null, picture_etag: picture?.etag ?? null, updated_at: sql<Date>`now()` })
    .where('id', '=', providerId)
    .returning('id')
    .executeTakeFirst();
}

/** The picture of an active provider. */
export function findPicture(db: Kysely<DB>, providerId: string) {
  return db
    .selectFrom('providers as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.picture', 'p.picture_type', 'p.picture_etag', 'u.active'])
    .where('p.id', '=', providerId)
    .executeTakeFirst();
}
