import type { Kysely } from 'kysely';
import type { DB } from '../db/types.js';

/** The providers who work at a facility (the Schedules whose actor is that Location), in id order. */
export async function providerIdsAtFacility(db: Kysely<DB>, facilityId: string): Promise<string[]> {
  const rows = await db.selectFrom('provider_facilities').select('provider_id').where('facility_id', '=', facilityId).orderBy('provider_id').execute();
  return rows.map((r) => r.provider_id);
}
