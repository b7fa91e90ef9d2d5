import { type Kysely, sql } from 'kysely';
import { type KeysetOrder, type Paging, readPage } from '../db/keyset.js';
import type { DB } from '../db/types.js';

/**
 * In-app rows, as a literal so that the feed's partial indexes stay usable by a prepared statement's
 * generic plan (a bound parameter would hide them).
 */
const IN_APP = sql<boolean>`channel = 'in_app'`;

/** The caller's in-app notifications; a user id in the query is the ownership check. */
function feed(db: Kysely<DB>, userId: string) {
  return db.selectFrom('notifications').where('user_id', '=', userId).where(IN_APP);
}

const FEED_COLUMNS = ['id', 'seq', 'event', 'appointment_id', 'payload', 'read_at', 'created_at'] as const;

export type FeedRow = NonNullable<Awaited<ReturnType<typeof findFeedItem>>>;

/** Newest first: `seq` is unique and grows with each row, so the id never has to break a tie. */
export const feedOrder: KeysetOrder = { name: 'notifications', sort: 'seq', kind: 'integer', direction: 'desc', id: 'id', idKind: 'uuid' };

export async function listFeed(db: Kysely<DB>, userId: string, query: Paging & { unread?: boolean }) {
  let q = feed(db, userId);
  if (query.unread) q = q.where('read_at', 'is', null);
  const [page, total] = await Promise.all([readPage(q.select(FEED_COLUMNS), feedOrder, query), q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()]);
  return { ...page, count: Number(total.n) };
}

export function findFeedItem(db: Kysely<DB>, userId: string, notificationId: string) {
  return feed(db, userId).select(FEED_COLUMNS).where('id', '=', notificationId).executeTakeFirst();
}

/** Marks one read (keeping the first read time); undefined when it is not the caller's. */
export function markRead(db: Kysely<DB>, userId: string, notificationId: string, now: Date) {
  return db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, ${now})` })
    .where('id', '=', notificationId)
    .where('user_id', '=', userId)
    .where(IN_APP)
    .returning(FEED_COLUMNS)
    .executeTakeFirst();
}

export async function markAllRead(db: Kysely<DB>, userId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', userId)
    .where(IN_APP)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The caller's newest feed cursor: a stream opened now starts after it. */
export async function latestSeq(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await feed(db, userId).select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** The feed entry with cursor `seq`, as a list of zero or one. */
export function feedAt(db: Kysely<DB>, userId: string, seq: number) {
  return feed(db, userId).select(FEED_COLUMNS).where('seq', '=', seq).execute();
}

/** Feed entries with a cursor above `afterSeq`, oldest first. */
export function feedAfter(db: Kysely<DB>, userId: string, afterSeq: number, limit: number) {
  return feed(db, userId).select(FEED_COLUMNS).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export function getPreferences(db: Kysely<DB>, userId: string) {
  return db.selectFrom('users').select(['notify_email', 'notify_sms', 'phone']).where('id', '=', userId).executeTakeFirstOrThrow();
}

export function updatePreferences(db: Kysely<DB>, userId: string, changes: { notify_email?: boolean; notify_sms?: boolean }) {
  return db
    .updateTable('users')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', userId)
    .returning(['notify_email', 'notify_sms', 'phone'])
    .executeTakeFirstOrThrow();
}
