import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/types.js';
import type { Caller } from '../http/auth.js';
import { isStaff } from '../http/auth.js';
import { NO_ID } from '../db/sql.js';

export async function insertSeries(
  trx: Transaction<DB>,
  values: { id: string; provider_id: string; patient_id: string; rrule: string; timezone: string; created_by_user_id: string | null },
): Promise<void> {
  await trx.insertInto('appointment_series').values(values).execute();
}

/** A series the caller may see: staff any, a provider or patient only their own (someone else's is not found). */
export function findVisibleSeries(db: Kysely<DB>, caller: Caller, seriesId: string) {
  let q = db.selectFrom('appointment_series').selectAll().where('id', '=', seriesId);
  if (!isStaff(caller)) {
    q = caller.role === 'provider' ? q.where('provider_id', '=', caller.providerId ?? NO_ID) : q.where('patient_id', '=', caller.patientId ?? NO_ID);
  }
  return q.executeTakeFirst();
}

/** The occurrences of a series, locked for the rest of the transaction, in time order. */
export function lockOccurrences(trx: Transaction<DB>, seriesId: string) {
  return trx
    .selectFrom('appointments')
    .select(['id', 'status', 'start_time', 'end_time', 'facility_id', 'mode', 'hold_expires_at', 'price_amount', 'currency'])
    .where('series_id', '=', seriesId)
    .orderBy('start_time')
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** The zones a recurring slot search expands in: the facility's when one is named, else each provider's. */
export async function zonesOf(db: Kysely<DB>, providerIds: string[], facilityId: string | undefined) {
  const [providers, facility] = await Promise.all([
    providerIds.length > 0 ? db.selectFrom('providers').select(['id', 'timezone']).where('id', 'in', providerIds).execute() : Promise.resolve([]),
    facilityId ? db.selectFrom('facilities').select('timezone').where('id', '=', facilityId).executeTakeFirst() : Promise.resolve(undefined),
  ]);
  return { providers: new Map(providers.map((p) => [p.id, p.timezone])), facility: facility?.timezone };
}
