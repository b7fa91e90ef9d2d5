import { type Kysely, sql, type Transaction } from 'kysely';
import { type KeysetOrder, type Paging, readPage } from '../db/keyset.js';
import type { DB } from '../db/types.js';

const SUBSCRIPTION_COLUMNS = [
  'id',
  'url',
  'events',
  'description',
  'active',
  'failing',
  'consecutive_failures',
  'total_failures',
  'last_success_at',
  'last_failure_at',
  'last_error',
  'created_at',
  'updated_at',
] as const;

export type SubscriptionRecord = NonNullable<Awaited<ReturnType<typeof findSubscription>>>;

export function insertSubscription(
  db: Kysely<DB>,
  values: { id: string; url: string; events: string[]; description: string | null; secret_encrypted: string; created_by_user_id: string },
) {
  return db.insertInto('webhook_subscriptions').values(values).returning(SUBSCRIPTION_COLUMNS).executeTakeFirstOrThrow();
}

export function findSubscription(db: Kysely<DB>, id: string) {
  return db.selectFrom('webhook_subscriptions').select(SUBSCRIPTION_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Oldest first, for offset and keyset paging alike. */
export const subscriptionOrder: KeysetOrder = { name: 'webhooks', sort: 'created_at', kind: 'timestamptz', direction: 'asc', id: 'id', idKind: 'uuid' };
/** Newest attempt first. */
export const deliveryOrder: KeysetOrder = { name: 'webhook_deliveries', sort: 'd.attempted_at', kind: 'timestamptz', direction: 'desc', id: 'd.id', idKind: 'uuid' };

export async function listSubscriptions(db: Kysely<DB>, paging: Paging) {
  const [page, total] = await Promise.all([
    readPage(db.selectFrom('webhook_subscriptions').select(SUBSCRIPTION_COLUMNS), subscriptionOrder, paging),
    db.selectFrom('webhook_subscriptions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ...page, count: Number(total.n) };
}

export function updateSubscription(
  db: Kysely<DB>,
  id: string,
  changes: { url?: string; events?: string[]; description?: string | null; active?: boolean },
) {
  return db
    .updateTable('webhook_subscriptions')
    .set({
      ...changes,
      // Switching a subscription back on, or pointing it elsewhere, starts its failure streak afresh.
      ...(changes.active === true || changes.url !== undefined ? { failing: false, consecutive_failures: 0 } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .returning(SUBSCRIPTION_COLUMNS)
    .executeTakeFirst();
}

export async function deleteSubscription(db: Kysely<DB>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('webhook_subscriptions').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listDeliveries(db: Kysely<DB>, subscriptionId: string, paging: Paging) {
  const base = db.selectFrom('webhook_deliveries as d').where('d.subscription_id', '=', subscriptionId);
  const attempts = base
    .innerJoin('notifications as n', 'n.id', 'd.notification_id')
    .select([
      'd.id',
      'd.notification_id',
      'n.event',
      'd.attempt',
      'd.success',
      'd.status_code',
      'd.error',
      'd.duration_ms',
      'd.attempted_at',
      'n.status as notification_status',
    ]);
  const [page, total] = await Promise.all([readPage(attempts, deliveryOrder, paging), base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()]);
  return { ...page, count: Number(total.n) };
}

/** The subscription's notification named either by its own id or by one of its delivery attempts' ids. */
export function findSubscriptionNotification(db: Kysely<DB>, subscriptionId: string, deliveryOrNotificationId: string) {
  return db
    .selectFrom('notifications as n')
    .select(['n.id', 'n.status'])
    .where('n.subscription_id', '=', subscriptionId)
    .where((eb) =>
      eb.or([
        eb('n.id', '=', deliveryOrNotificationId),
        eb(
          'n.id',
          '=',
          eb.selectFrom('webhook_deliveries as d').select('d.notification_id').where('d.id', '=', deliveryOrNotificationId).where('d.subscription_id', '=', subscriptionId),
        ),
      ]),
    )
    .executeTakeFirst();
}

/**
 * Queues a notification to be sent again now, with a fresh attempt budget. It keeps its id, which is
 * the `webhook-id`, so a receiver that already processed it can recognise the repeat. A row being
 * sent at this moment is left alone (undefined).
 */
export function requeueNotification(db: Kysely<DB> | Transaction<DB>, notificationId: string, now: Date) {
  return db
    .updateTable('notifications')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, locked_until: null, last_error: null })
    .where('id', '=', notificationId)
    .where('status', '<>', 'sending')
    .returning(['id', 'status', 'next_attempt_at'])
    .executeTakeFirst();
}

/** The subscription a webhook delivery goes to, as it is now (its URL, whether it is on, its sealed secret). */
export function findSubscriptionForDelivery(db: Kysely<DB>, id: string) {
  return db.selectFrom('webhook_subscriptions').select(['id', 'url', 'active', 'secret_encrypted']).where('id', '=', id).executeTakeFirst();
}
