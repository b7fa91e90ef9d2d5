import type { Insertable, Kysely, Transaction } from 'kysely';
import { type KeysetOrder, type Paging, readPage } from '../db/keyset.js';
import type { DB, PaymentOrderRow, PaymentRow, PaymentOrdersTable, PaymentsTable } from '../db/types.js';

/** Records an order the gateway opened. */
export function insertOrder(db: Kysely<DB> | Transaction<DB>, order: Insertable<PaymentOrdersTable>): Promise<PaymentOrderRow> {
  return db.insertInto('payment_orders').values(order).returningAll().executeTakeFirstOrThrow();
}

export function findOrder(db: Kysely<DB>, orderId: string): Promise<PaymentOrderRow | undefined> {
  return db.selectFrom('payment_orders').selectAll().where('id', '=', orderId).executeTakeFirst();
}

/** An order with the role of the user who opened it (the payment is recorded as theirs). */
export function findOrderWithOpener(trx: Transaction<DB>, orderId: string) {
  return trx
    .selectFrom('payment_orders as o')
    .leftJoin('users as u', 'u.id', 'o.created_by_user_id')
    .select(['o.id', 'o.appointment_id', 'o.amount', 'o.created_by_user_id', 'u.role'])
    .where('o.id', '=', orderId)
    .executeTakeFirst();
}

/** The payment the gateway reported under this id, if it was recorded already. */
export function findByGatewayId(trx: Transaction<DB>, paymentId: string): Promise<PaymentRow | undefined> {
  return trx.selectFrom('payments').selectAll().where('payment_id', '=', paymentId).executeTakeFirst();
}

export function insertPayment(trx: Transaction<DB>, payment: Insertable<PaymentsTable>): Promise<PaymentRow> {
  return trx.insertInto('payments').values(payment).returningAll().executeTakeFirstOrThrow();
}

/** A page of payments, newest first, optionally of one appointment, with the count of all that match. */
/** Newest first; payments of the same instant in id order, as the list always showed them. */
export const paymentOrder: KeysetOrder = { name: 'payments', sort: 'created_at', kind: 'timestamptz', direction: 'desc', id: 'id', idKind: 'uuid', idDirection: 'asc' };

export async function listPayments(db: Kysely<DB>, query: Paging & { appointment?: string }) {
  let q = db.selectFrom('payments');
  if (query.appointment) q = q.where('appointment_id', '=', query.appointment);
  const [page, total] = await Promise.all([readPage(q.selectAll(), paymentOrder, query), q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()]);
  return { ...page, count: Number(total.n) };
}

/** The live holds of a series, in time order; `lock` takes their row locks (paying for them). */
export function heldOccurrences(db: Kysely<DB> | Transaction<DB>, seriesId: string, now: Date, lock = false) {
  const q = db
    .selectFrom('appointments')
    .select(['id', 'price_amount', 'currency'])
    .where('series_id', '=', seriesId)
    .where('status', '=', 'pending_payment')
    .where('hold_expires_at', '>', now)
    .orderBy('start_time');
  return (lock ? q.forUpdate() : q).execute();
}
