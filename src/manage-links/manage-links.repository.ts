import { type Kysely, sql, type Transaction } from 'kysely';
import { strictestCutoff, topicCutoffOf } from '../appointments/appointments.repository.js';
import type { DB } from '../db/types.js';

/**
 * The appointment a manage link names, with what its page shows (the patient's own view: no provider
 * notes) and what its rules need (version, cut-off, the patient's user to act as).
 */
export async function findLinkedAppointment(db: Kysely<DB>, appointmentId: string) {
  const row = await db
    .selectFrom('appointments as a')
    .innerJoin('providers as pr', 'pr.id', 'a.provider_id')
    .innerJoin('users as pu', 'pu.id', 'pr.user_id')
    .innerJoin('patients as pa', 'pa.id', 'a.patient_id')
    .leftJoin('facilities as f', 'f.id', 'a.facility_id')
    .select((eb) => [
      'a.id',
      'a.status',
      'a.start_time',
      'a.end_time',
      'a.version',
      'a.mode',
      'a.facility_id',
      'a.provider_id',
      'a.price_amount',
      'a.currency',
      'pa.user_id as patient_user_id',
      'pu.name as provider_name',
      'f.name as facility_name',
      'f.address as facility_address',
      sql<string>`coalesce(f.timezone, pr.timezone)`.as('timezone'),
      'pr.patient_cancel_cutoff_minutes as provider_cutoff',
      topicCutoffOf(eb).as('topic_cutoff'),
      eb
        .selectFrom('appointment_topics as at')
        .innerJoin('topics as t', 't.id', 'at.topic_id')
        .select(sql<{ id: string; name: string }[]>`coalesce(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY at.position), '[]'::json)`.as('list'))
        .whereRef('at.appointment_id', '=', 'a.id')
        .as('topics'),
    ])
    .where('a.id', '=', appointmentId)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...row, cutoffMinutes: strictestCutoff(row.provider_cutoff, row.topic_cutoff), topics: row.topics ?? [] };
}

export type LinkedAppointment = NonNullable<Awaited<ReturnType<typeof findLinkedAppointment>>>;

/** When a link was used, if it was. */
export async function findUse(db: Kysely<DB>, tokenHash: string) {
  return db.selectFrom('manage_link_uses').select(['used_at']).where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Records a link's use; false when it was already used (the primary key decides between two at once). */
export async function claimUse(
  trx: Transaction<DB>,
  use: { token_hash: string; appointment_id: string; action: 'cancel' | 'reschedule'; version: number; used_at: Date },
): Promise<boolean> {
  const claimed = await trx.insertInto('manage_link_uses').values(use).onConflict((oc) => oc.column('token_hash').doNothing()).returning('token_hash').executeTakeFirst();
  return claimed !== undefined;
}

/** Gives a use back: the action it was for was refused, so the link may be tried again. */
export async function releaseUse(db: Kysely<DB>, tokenHash: string) {
  await db.deleteFrom('manage_link_uses').where('token_hash', '=', tokenHash).execute();
}
