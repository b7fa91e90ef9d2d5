import { type Kysely, sql, type Transaction } from 'kysely';
import { NO_ID } from '../db/sql.js';
import type { DB, TimeOfDayWindow } from '../db/types.js';
import type { Caller } from '../http/auth.js';
import { isStaff } from '../http/auth.js';

function entryQuery(db: Kysely<DB>) {
  return db
    .selectFrom('waitlist_entries as w')
    .leftJoin('appointments as a', 'a.id', 'w.offer_appointment_id')
    .select([
      'w.id',
      'w.patient_id',
      'w.provider_id',
      'w.topic_id',
      'w.topic_ids',
      sql<string>`w.from_date::text`.as('from_date'),
      sql<string>`w.to_date::text`.as('to_date'),
      'w.times_of_day',
      'w.priority',
      'w.status',
      'w.offer_appointment_id',
      'w.passed_starts',
      'w.joined_at',
      'a.provider_id as offer_provider_id',
      'a.status as offer_status',
      'a.start_time as offer_start',
      'a.end_time as offer_end',
      'a.hold_expires_at as offer_expires_at',
    ]);
}

export type EntryRecord = Awaited<ReturnType<ReturnType<typeof entryQuery>['executeTakeFirstOrThrow']>>;

/** Whose entries a caller sees: staff all, a patient their own, a provider those naming them. */
function visibleTo<QB extends { where: (...args: any[]) => QB }>(q: QB, caller: Caller): QB {
  if (isStaff(caller)) return q;
  if (caller.role === 'provider') return q.where('w.provider_id', '=', caller.providerId ?? NO_ID);
  return q.where('w.patient_id', '=', caller.patientId ?? NO_ID);
}

export function listVisibleEntries(db: Kysely<DB>, caller: Caller, limit: number) {
  return visibleTo(entryQuery(db), caller).orderBy('w.joined_at', 'desc').orderBy('w.id').limit(limit).execute();
}

export function findVisibleEntry(db: Kysely<DB>, caller: Caller, entryId: string) {
  return visibleTo(entryQuery(db).where('w.id', '=', entryId), caller).executeTakeFirst();
}

/** Locks an entry the caller may see (patients their own, staff any) and returns it. */
export async function lockVisibleEntry(trx: Transaction<DB>, caller: Caller, entryId: string) {
  const owner = isStaff(caller) ? undefined : caller.patientId ?? NO_ID;
  let q = trx.selectFrom('waitlist_entries').select('id').where('id', '=', entryId);
  if (owner) q = q.where('patient_id', '=', owner);
  const row = await q.forUpdate().executeTakeFirst();
  return row ? findVisibleEntry(trx, { ...caller, role: 'admin' }, entryId) : undefined;
}

export async function insertEntry(
  trx: Transaction<DB>,
  values: {
    patient_id: string;
    provider_id: string | null;
    topic_id: string | null;
    topic_ids: string[];
    from_date: string;
    to_date: string;
    times_of_day: TimeOfDayWindow[];
    priority: number;
    created_by_user_id: string;
    joined_at: Date;
  },
) {
  const row = await trx
    .insertInto('waitlist_entries')
    .values({ ...values, times_of_day: JSON.stringify(values.times_of_day) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function updateEntry(
  trx: Transaction<DB>,
  entryId: string,
  changes: { status: 'waiting' | 'offered' | 'booked' | 'left' | 'expired'; offer_appointment_id?: string | null; passStart?: Date },
) {
  const { passStart, ...rest } = changes;
  return trx
    .updateTable('waitlist_entries')
    .set({
      ...rest,
      updated_at: sql<Date>`now()`,
      ...(passStart ? { passed_starts: sql<Date[]>`array_append(passed_starts, ${passStart}::timestamptz)` } : {}),
    })
    .where('id', '=', entryId)
    .execute();
}

/**
 * Offers whose time is no longer held for their entry: lapsed, or already released by a booking that
 * found them lapsed. Locked with SKIP LOCKED, so several workers sweep at once.
 */
export function lockStaleOffers(trx: Transaction<DB>, now: Date, limit: number) {
  return trx
    .selectFrom('waitlist_entries as w')
    .innerJoin('appointments as a', 'a.id', 'w.offer_appointment_id')
    .select(['w.id', 'w.offer_appointment_id', 'a.status', 'a.start_time'])
    .where('w.status', '=', 'offered')
    .where((eb) => eb.or([eb('a.status', '!=', 'offered'), eb('a.hold_expires_at', '<=', now)]))
    .limit(limit)
    .forUpdate('w')
    .skipLocked()
    .execute();
}

/** Waiting entries whose window has passed become `expired`. */
export function expireEntries(trx: Transaction<DB>, today: string) {
  return trx
    .updateTable('waitlist_entries')
    .set({ status: 'expired', updated_at: sql<Date>`now()` })
    .where('status', '=', 'waiting')
    .where('to_date', '<', today)
    .execute();
}

/** The queue: waiting entries, first by priority (higher first), then by who joined first. */
export function waitingEntries(db: Kysely<DB>, limit: number) {
  return db
    .selectFrom('waitlist_entries')
    .select(['id', 'patient_id', 'provider_id', 'topic_id', 'topic_ids', sql<string>`from_date::text`.as('from_date'), sql<string>`to_date::text`.as('to_date'), 'times_of_day', 'passed_starts', 'created_by_user_id'])
    .where('status', '=', 'waiting')
    .orderBy('priority', 'desc')
    .orderBy('joined_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Locks one waiting entry, skipping it if another transaction holds it. */
export function lockWaitingEntry(trx: Transaction<DB>, entryId: string) {
  return trx.selectFrom('waitlist_entries').select('id').where('id', '=', entryId).where('status', '=', 'waiting').forUpdate().skipLocked().executeTakeFirst();
}

/** Providers a topic-only entry may be offered: active ones who publish hours. */
export async function bookableProviders(db: Kysely<DB>): Promise<{ id: string; timezone: string }[]> {
  return db
    .selectFrom('providers as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.id', 'p.timezone'])
    .where('u.active', '=', true)
    .where((eb) => eb.exists(eb.selectFrom('availability_rules as r').select('r.id').whereRef('r.provider_id', '=', 'p.id')))
    .orderBy('p.id')
    .limit(50)
    .execute();
}

export function providerZones(db: Kysely<DB>, ids: string[]) {
  return db.selectFrom('providers').select(['id', 'timezone']).where('id', 'in', ids).execute();
}
