/**
 * The statements behind a placement (src/appointments/placement.ts): the parties it names, and the
 * lapsed holds it releases on the way. Run inside the command's transaction.
 */
import { sql, type Transaction } from 'kysely';
import { anyUuid, onlyIf } from '../db/sql.js';
import type { DB } from '../db/types.js';

/**
 * The provider and patient a placement names, with how to reach them (for the notifications that
 * follow), and its topics (no round trip when it names none).
 */
export function partyRowQueries(trx: Transaction<DB>, providerId: string, patientId: string, topicIds: string[]) {
  const contact = ['u.id as user_id', 'u.name', 'u.active', 'u.email', 'u.phone', 'u.notify_email', 'u.notify_sms'] as const;
  return {
    provider: trx
      .selectFrom('providers as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select(['p.id', 'p.timezone', 'p.default_minutes', 'p.requires_confirmation', ...contact])
      .where('p.id', '=', providerId),
    patient: trx
      .selectFrom('patients as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select(['p.id', 'p.timezone', ...contact])
      .where('p.id', '=', patientId),
    topics: onlyIf(topicIds.length > 0, trx.selectFrom('topics').selectAll().where('id', '=', anyUuid(topicIds))),
  };
}

/**
 * Lapsed holds never block anyone, even before the sweeper gets to them: the ones of these parties
 * (any time, not only in the way) are released inside the booking's own transaction.
 */
export function lapsedHoldsQuery(trx: Transaction<DB>, now: Date, parties: { providerId: string; patientId: string; facilityId: string | null }) {
  return trx
    .selectFrom('appointments')
    .select('id')
    .where(sql<boolean>`status IN ('pending_payment', 'offered')`)
    .where('hold_expires_at', '<=', now)
    .where((eb) =>
      eb.or([
        eb('provider_id', '=', parties.providerId),
        eb('patient_id', '=', parties.patientId),
        ...(parties.facilityId ? [eb('exclusive_facility_id', '=', parties.facilityId)] : []),
      ]),
    );
}

/** Marks lapsed holds expired; returns the ids it changed, for history and notifications. */
export async function releaseHolds(trx: Transaction<DB>, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .updateTable('appointments')
    .set({ status: 'expired', updated_at: sql<Date>`now()` })
    .where('id', '=', anyUuid(ids))
    .where('status', 'in', ['pending_payment', 'offered'])
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
