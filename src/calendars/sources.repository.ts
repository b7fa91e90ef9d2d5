import { type Kysely, sql, type Transaction } from 'kysely';
import { anyUuid } from '../db/sql.js';
import type { CalendarSourceRow, DB } from '../db/types.js';
import type { Interval } from '../scheduling/intervals.js';

export async function listSources(db: Kysely<DB>, providerId: string): Promise<CalendarSourceRow[]> {
  return db.selectFrom('calendar_sources').selectAll().where('provider_id', '=', providerId).orderBy('created_at').orderBy('id').execute();
}

export async function findSource(db: Kysely<DB>, providerId: string, id: string): Promise<CalendarSourceRow | undefined> {
  return db.selectFrom('calendar_sources').selectAll().where('provider_id', '=', providerId).where('id', '=', id).executeTakeFirst();
}

export async function insertSource(
  trx: Transaction<DB>,
  row: { id: string; provider_id: string; name: string; url_encrypted: string; url_host: string; created_by_user_id: string; now: Date },
): Promise<CalendarSourceRow> {
  const { now, ...values } = row;
  return trx.insertInto('calendar_sources').values({ ...values, created_at: now, updated_at: now }).returningAll().executeTakeFirstOrThrow();
}

export async function renameSource(db: Kysely<DB>, providerId: string, id: string, name: string, now: Date) {
  return db
    .updateTable('calendar_sources')
    .set({ name, updated_at: now })
    .where('provider_id', '=', providerId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteSource(db: Kysely<DB>, providerId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('calendar_sources').where('provider_id', '=', providerId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Every source with the zone its floating times are read in, for the sync job. */
export async function sourcesToSync(db: Kysely<DB>, ids?: string[]) {
  let query = db
    .selectFrom('calendar_sources as s')
    .innerJoin('providers as p', 'p.id', 's.provider_id')
    .selectAll('s')
    .select('p.timezone');
  if (ids) query = query.where('s.id', '=', anyUuid(ids));
  return query.orderBy('s.last_attempt_at', (o) => o.nullsFirst()).execute();
}

/** Locks a source's row for its sync, so two workers never import it at once (the second skips it). */
export async function lockSource(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('calendar_sources').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
}

/** Replaces a source's busy time with a fresh import. */
export async function replaceBusy(trx: Transaction<DB>, source: { id: string; provider_id: string }, intervals: Interval[]): Promise<void> {
  await trx.deleteFrom('calendar_busy').where('source_id', '=', source.id).execute();
  for (let i = 0; i < intervals.length; i += 1000) {
    const chunk = intervals.slice(i, i + 1000);
    await sql`INSERT INTO calendar_busy (source_id, provider_id, start_time, end_time)
      SELECT ${source.id}::uuid, ${source.provider_id}::uuid, s, e
      FROM unnest(${chunk.map((c) => new Date(c.start).toISOString())}::timestamptz[], ${chunk.map((c) => new Date(c.end).toISOString())}::timestamptz[]) AS t (s, e)`.execute(trx);
  }
}

export async function markFetched(
  trx: Transaction<DB>,
  id: string,
  fields: { now: Date; etag?: string | null; lastModified?: string | null; busyCount?: number },
): Promise<void> {
  await trx
    .updateTable('calendar_sources')
    .set({
      state: 'ok',
      last_attempt_at: fields.now,
      last_success_at: fields.now,
      last_error: null,
      consecutive_failures: 0,
      updated_at: fields.now,
      ...(fields.etag !== undefined ? { etag: fields.etag, last_modified: fields.lastModified ?? null } : {}),
      ...(fields.busyCount !== undefined ? { busy_count: fields.busyCount } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function markBroken(trx: Transaction<DB>, id: string, error: string, now: Date): Promise<void> {
  await trx
    .updateTable('calendar_sources')
    .set((eb) => ({ state: 'broken', last_attempt_at: now, last_error: error, consecutive_failures: eb('consecutive_failures', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .execute();
}

export async function getPolicy(db: Kysely<DB>, providerId: string): Promise<'block' | 'warn'> {
  const row = await db.selectFrom('providers').select('calendar_broken_policy').where('id', '=', providerId).executeTakeFirstOrThrow();
  return row.calendar_broken_policy;
}

export async function setPolicy(db: Kysely<DB>, providerId: string, policy: 'block' | 'warn') {
  return db.updateTable('providers').set({ calendar_broken_policy: policy }).where('id', '=', providerId).returning('calendar_broken_policy').executeTakeFirst();
}

/** Active staff and admins: who hears that a linked calendar broke. */
export async function staffUserIds(trx: Transaction<DB>): Promise<string[]> {
  const rows = await trx.selectFrom('users').select('id').where('role', 'in', ['staff', 'admin']).where('active', '=', true).execute();
  return rows.map((r) => r.id);
}

export async function countSources(trx: Transaction<DB>, providerId: string): Promise<number> {
  const row = await trx.selectFrom('calendar_sources').select((eb) => eb.fn.countAll<number>().as('n')).where('provider_id', '=', providerId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function providerNameAndPolicy(trx: Transaction<DB>, providerId: string) {
  return trx
    .selectFrom('providers as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.name', 'p.calendar_broken_policy'])
    .where('p.id', '=', providerId)
    .executeTakeFirst();
}

/** The same item in each staff member's in-app feed, delivered at once (the feed is its delivery). */
export async function insertStaffFeedItems(trx: Transaction<DB>, staffUserIds: string[], event: string, payload: string, now: Date) {
  await trx
    .insertInto('notifications')
    .values(
      staffUserIds.map((userId) => ({
        appointment_id: null,
        user_id: userId,
        audience: 'staff' as const,
        event,
        channel: 'in_app' as const,
        recipient: userId,
        payload,
        status: 'sent' as const,
        sent_at: now,
        next_attempt_at: now,
        created_at: now,
      })),
    )
    .execute();
}
