import type { Insertable, Kysely, Transaction } from 'kysely';
import type { AvailabilityRuleRow, AvailabilityRulesTable, DB } from '../db/types.js';

export type NewRule = Insertable<AvailabilityRulesTable>;

export const insertRules = (trx: Kysely<DB>, rules: NewRule[]) =>
  rules.length === 0 ? Promise.resolve([] as AvailabilityRuleRow[]) : trx.insertInto('availability_rules').values(rules).returningAll().execute();

export const rulesOfProviders = (db: Kysely<DB>, providerIds: string[]) =>
  providerIds.length === 0
    ? Promise.resolve([] as AvailabilityRuleRow[])
    : db.selectFrom('availability_rules').selectAll().where('provider_id', 'in', providerIds).orderBy('created_at').orderBy('id').execute();

export const deleteRule = (db: Kysely<DB>, providerId: string, ruleId: string) =>
  db.deleteFrom('availability_rules').where('provider_id', '=', providerId).where('id', '=', ruleId).executeTakeFirst();

export const deleteWeeklyRules = (trx: Transaction<DB>, providerId: string) =>
  trx.deleteFrom('availability_rules').where('provider_id', '=', providerId).where('kind', '=', 'weekly').execute();

export const insertTimeOff = (db: Kysely<DB>, row: { provider_id: string; start_time: Date; end_time: Date; reason: string | null; created_by_user_id: string }) =>
  db.insertInto('time_off').values(row).returningAll().executeTakeFirstOrThrow();

export const deleteTimeOff = (db: Kysely<DB>, providerId: string, timeOffId: string) =>
  db.deleteFrom('time_off').where('provider_id', '=', providerId).where('id', '=', timeOffId).executeTakeFirst();

/** Time off of these providers that overlaps [from, to); all of it when no range is given. */
export function timeOffOfProviders(db: Kysely<DB>, providerIds: string[], range?: { from: Date; to: Date }) {
  if (providerIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('time_off').selectAll().where('provider_id', 'in', providerIds);
  if (range) q = q.where('start_time', '<', range.to).where('end_time', '>', range.from);
  return q.orderBy('start_time').execute();
}

/** Up to `limit` providers who have hours: anywhere, or at `facilityId` (rules there or without a place). */
export async function providersWithHours(db: Kysely<DB>, facilityId: string | undefined, limit: number): Promise<string[]> {
  let q = db.selectFrom('availability_rules').select('provider_id').distinct();
  if (facilityId) q = q.where((eb) => eb.or([eb('facility_id', '=', facilityId), eb('facility_id', 'is', null)]));
  return (await q.limit(limit).execute()).map((r) => r.provider_id);
}
