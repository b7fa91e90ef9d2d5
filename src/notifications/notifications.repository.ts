import { type Expression, type Insertable, type Kysely, type OnConflictBuilder, sql, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { topicCutoffOf } from '../appointments/appointments.repository.js';
import { type KeysetOrder, type Paging, readPage } from '../db/keyset.js';
import { anyUuid } from '../db/sql.js';
import type { DB, NotificationStatus, NotificationsTable, RemindersTable } from '../db/types.js';
import type { NotificationSent } from './events.js';
import { type NotificationEvent, webhookEventName } from './payload.js';

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

/** Active webhook subscriptions that want any of `events`, oldest first; snapshot.ts's subscribersOf picks one event's. */
export function subscriptionsQuery(db: Kysely<DB>, events: NotificationEvent[]) {
  return db
    .selectFrom('webhook_subscriptions')
    .select(['id', 'url', 'events'])
    .where('active', '=', true)
    .where(sql<boolean>`events && ${sql.val([...events.map(webhookEventName), '*'])}::text[]`)
    .orderBy('created_at');
}

/**
 * The row behind one event's notice (src/notifications/snapshot.ts's loadNotice), in one statement:
 * the appointment with both sides' contact details, its topics, its change count, the subscriptions
 * that want `event`, and its reminders.
 */
export function noticeRow(db: Kysely<DB>, appointmentId: string, event: NotificationEvent) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('providers as pr', 'pr.id', 'a.provider_id')
    .innerJoin('users as pu', 'pu.id', 'pr.user_id')
    .innerJoin('patients as pa', 'pa.id', 'a.patient_id')
    .innerJoin('users as qu', 'qu.id', 'pa.user_id')
    .leftJoin('facilities as f', 'f.id', 'a.facility_id')
    .select([
      'a.id',
      'a.status',
      'a.start_time',
      'a.end_time',
      'a.mode',
      'a.cancel_reason',
      'a.hold_expires_at',
      'a.price_amount',
      'a.currency',
      'a.provider_id',
      'a.patient_id',
      'pr.timezone as provider_timezone',
      'pu.id as provider_user_id',
      'pu.name as provider_name',
      'pu.email as provider_email',
      'pu.phone as provider_phone',
      'pu.notify_email as provider_notify_email',
      'pu.notify_sms as provider_notify_sms',
      'qu.id as patient_user_id',
      'qu.name as patient_name',
      'qu.email as patient_email',
      'qu.phone as patient_phone',
      'qu.notify_email as patient_notify_email',
      'qu.notify_sms as patient_notify_sms',
      'pa.timezone as patient_timezone',
      'f.id as facility_id',
      'f.name as facility_name',
      'f.address as facility_address',
      'f.timezone as facility_timezone',
      (eb) =>
        eb
          .selectFrom('appointment_topics as at')
          .innerJoin('topics as t', 't.id', 'at.topic_id')
          .select(sql<string[]>`coalesce(json_agg(t.name ORDER BY at.position), '[]'::json)`.as('names'))
          .whereRef('at.appointment_id', '=', 'a.id')
          .as('topic_names'),
      'a.announced_changes as changes',
      'a.version',
      'pr.patient_cancel_cutoff_minutes as provider_cutoff',
      (eb) => topicCutoffOf(eb).as('topic_cutoff'),
      jsonArrayFrom(subscriptionsQuery(db, [event])).as('subscriptions'),
      (eb) =>
        jsonArrayFrom(
          eb
            .selectFrom('reminders as r')
            .select(['r.id', 'r.offset_minutes', 'r.remind_at', 'r.status'])
            .whereRef('r.appointment_id', '=', 'a.id')
            .where('r.status', 'in', ['pending', 'sent']),
        ).as('reminders'),
    ])
    .where('a.id', '=', appointmentId)
    .executeTakeFirst();
}

/**
 * One statement for an event's outbox rows and the reminders it plans (the caller skips it when
 * there are neither); returns the rows written, for their delivery jobs. The predicate is a literal:
 * PostgreSQL matches it against the partial unique index when planning, and a parameter there stops
 * matching once a prepared statement switches to its generic plan. Two syncs of one appointment at
 * once (should the caller not hold its row lock) still plan one reminder each.
 */
export async function insertOutbox(
  trx: Transaction<DB>,
  rows: Insertable<NotificationsTable>[],
  reminders: Insertable<RemindersTable>[],
): Promise<{ id: string; status: NotificationStatus }[]> {
  return reminders.length === 0
    ? await trx.insertInto('notifications').values(rows).returning(['id', 'status']).execute()
    : rows.length === 0
      ? (await trx.insertInto('reminders').values(reminders).onConflict(pendingReminder).execute(), [])
      : await trx
          .with('planned', (db) => db.insertInto('reminders').values(reminders).onConflict(pendingReminder).returning('id'))
          .insertInto('notifications')
          .values(rows)
          .returning(['id', 'status'])
          .execute();
}

const pendingReminder = (oc: OnConflictBuilder<DB, 'reminders'>) =>
  oc.columns(['appointment_id', 'offset_minutes']).where('status', '=', sql.lit('pending')).doNothing();

/** The next change is announced with the next iCalendar SEQUENCE. */
export async function countAnnouncedChange(trx: Transaction<DB>, appointmentId: string): Promise<void> {
  await trx.updateTable('appointments').set((eb) => ({ announced_changes: eb('announced_changes', '+', 1) })).where('id', '=', appointmentId).execute();
}

/**
 * For the appointment detail, as a column of the appointment's own query (one round trip):
 * [{channel, recipient, event, status, sent_at}] (seed 001's notifications_sent), oldest first.
 * `recipient` names the side (patient or provider), not the address: either side may read the
 * detail, and neither needs the other's email or phone. Webhook deliveries are the integration's
 * business and are listed under the subscription instead. Read it with events.ts's notificationsSentOf.
 */
export function notificationsSentColumn(appointmentId: Expression<string>) {
  return sql<NotificationSent[]>`(
    SELECT coalesce(json_agg(json_build_object('channel', n.channel, 'recipient', n.audience, 'event', n.event,
                                               'status', n.status, 'sent_at', n.sent_at) ORDER BY n.seq), '[]'::json)
    FROM notifications n WHERE n.appointment_id = ${appointmentId} AND n.channel <> 'webhook')`;
}

/** Retires pending reminders (a sent one stays as it was). */
export async function cancelPendingReminders(trx: Transaction<DB>, ids: string[]): Promise<void> {
  await trx.updateTable('reminders').set({ status: 'canceled' }).where('id', '=', anyUuid(ids)).where('status', '=', 'pending').execute();
}

/** Up to `limit` pending reminders due by `now`, soonest first, locked (SKIP LOCKED: another worker skips them). */
export function claimDueReminders(trx: Transaction<DB>, now: Date, limit: number) {
  return trx
    .selectFrom('reminders')
    .select(['id', 'appointment_id', 'offset_minutes', 'remind_at'])
    // A literal, like the due index's predicate, so a generic plan can still use that index.
    .where(sql<boolean>`status = 'pending'`)
    .where('remind_at', '<=', now)
    .orderBy('remind_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** A claimed reminder's end: sent (with its notifications), or retired. */
export async function settleReminder(trx: Transaction<DB>, id: string, outcome: { status: 'sent'; sent_at: Date } | { status: 'canceled' }): Promise<void> {
  await trx.updateTable('reminders').set(outcome).where('id', '=', id).execute();
}
