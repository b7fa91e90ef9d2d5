import { type Kysely, sql, type Transaction } from 'kysely';
import { byName, listByName, type NamedListQuery } from '../db/named-list.js';
import type { DB } from '../db/types.js';
import type { FacilityCreate, FacilityUpdate } from './facilities.schemas.js';

const jsonColumns = <T extends { operating_hours?: unknown; closures?: unknown }>(input: T) => ({
  ...input,
  ...(input.operating_hours !== undefined ? { operating_hours: JSON.stringify(input.operating_hours) } : {}),
  ...(input.closures !== undefined ? { closures: JSON.stringify(input.closures) } : {}),
});

export const insertFacility = (db: Kysely<DB>, input: FacilityCreate) =>
  db.insertInto('facilities').values(jsonColumns(input) as never).returningAll().executeTakeFirstOrThrow();

export const updateFacility = (db: Kysely<DB>, facilityId: string, input: FacilityUpdate) =>
  db
    .updateTable('facilities')
    .set({ ...(jsonColumns(input) as object), updated_at: sql<Date>`now()` })
    .where('id', '=', facilityId)
    .returningAll()
    .executeTakeFirst();

export const findFacility = (db: Kysely<DB>, facilityId: string) =>
  db.selectFrom('facilities').selectAll().where('id', '=', facilityId).executeTakeFirst();

export function findFacilities(db: Kysely<DB>, facilityIds: string[]) {
  if (facilityIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('facilities').selectAll().where('id', 'in', facilityIds).execute();
}

export const listFacilities = (db: Kysely<DB>, query: NamedListQuery) => listByName(db, 'facilities', query);
export const facilityOrder = byName('facilities');

export function facilityIdsOfProviders(db: Kysely<DB>, providerIds: string[]) {
  if (providerIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('provider_facilities').selectAll().where('provider_id', 'in', providerIds).execute();
}

export async function setProviderFacilities(trx: Transaction<DB>, providerId: string, facilityIds: string[]) {
  await trx.deleteFrom('provider_facilities').where('provider_id', '=', providerId).execute();
  if (facilityIds.length > 0) {
    await trx
      .insertInto('provider_facilities')
      .values(facilityIds.map((facility_id) => ({ provider_id: providerId, facility_id })))
      .execute();
  }
}

/**
 * A facility a location string names (seed 002 gives a doctor's locations as address strings): one whose
 * name, or whose address lines joined with ", ", is that text, ignoring case. The oldest wins a tie.
 */
export function findFacilityByLocation(db: Kysely<DB>, location: string) {
  return db
    .selectFrom('facilities')
    .selectAll()
    .where((eb) => eb.or([eb(eb.fn('lower', ['name']), '=', location.toLowerCase()), eb(sql`lower(array_to_string(address, ', '))`, '=', location.toLowerCase())]))
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
}

/** How a facility reads as one of seed 002's location strings: its address, else its name. */
export const locationOf = (f: { name: string; address: string[] }) => (f.address.length > 0 ? f.address.join(', ') : f.name);
