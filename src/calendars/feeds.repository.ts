import type { Kysely } from 'kysely';
import type { DB } from '../db/types.js';

export async function findFeed(db: Kysely<DB>, userId: string) {
  return db.selectFrom('calendar_feeds').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Creates the user's feed or replaces its token (the old URL stops working in the same statement). */
export async function upsertFeed(db: Kysely<DB>, userId: string, tokenHash: string, now: Date) {
  return db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, token_hash: tokenHash, created_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: now }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteFeed(db: Kysely<DB>, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The active user a feed token belongs to, with their provider or patient profile. */
export async function feedOwner(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .leftJoin('providers as pr', 'pr.user_id', 'u.id')
    .leftJoin('patients as pa', 'pa.user_id', 'u.id')
    .select(['u.id as user_id', 'u.name', 'u.role', 'pr.id as provider_id', 'pa.id as patient_id'])
    .where('f.token_hash', '=', tokenHash)
    .where('u.active', '=', true)
    .executeTakeFirst();
}

/**
 * The owner's appointments from `from` on (holds left out: a slot that may lapse in minutes does
 * not belong in a calendar), with only the names and places the owner's own view shows.
 */
export async function feedAppointments(db: Kysely<DB>, side: { providerId: string } | { patientId: string }, from: Date, limit: number) {
  let query = db
    .selectFrom('appointments as a')
    .innerJoin('providers as pr', 'pr.id', 'a.provider_id')
    .innerJoin('users as pu', 'pu.id', 'pr.user_id')
    .innerJoin('patients as pa', 'pa.id', 'a.patient_id')
    .innerJoin('users as patu', 'patu.id', 'pa.user_id')
    .leftJoin('facilities as f', 'f.id', 'a.facility_id')
    .select([
      'a.id',
      'a.status',
      'a.start_time',
      'a.end_time',
      'a.announced_changes',
      'a.updated_at',
      'a.mode',
      'pu.name as provider_name',
      'patu.name as patient_name',
      'f.name as facility_name',
      'f.address as facility_address',
    ])
    .where('a.end_time', '>', from)
    .where('a.status', 'not in', ['pending_payment', 'expired']);
  query = 'providerId' in side ? query.where('a.provider_id', '=', side.providerId) : query.where('a.patient_id', '=', side.patientId);
  return query.orderBy('a.start_time').orderBy('a.id').limit(limit).execute();
}
