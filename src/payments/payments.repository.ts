import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB, PaymentOrderRow, PaymentRow, PaymentOrdersTable, PaymentsTable } from '../db/types.js';

/** Records an order the gateway opened. */
export function insertOrder(db: Kysely<DB>, order: Insertable<PaymentOrdersTable>): Promise<PaymentOrderRow> {
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
export async function listPayments(db: Kysely<DB>, query: { limit: number; offset: number; appointment?: string }) {
  let q = db.selectFrom('payments');
  if (query.appointment) q = q.where('appointment_id', '=', query.appointment);
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(query.limit).offset(query.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, count: Number(total.n) };
}
