import type { Uses } from '../context.js';
import type { Paging } from '../db/keyset.js';
import { inTransaction } from '../db/transaction.js';
import type { ActorRole, PaymentOrderRow, PaymentRow } from '../db/types.js';
import { type Caller, isStaff } from '../http/auth.js';
import { AppError, conflict, forbidden, notFound } from '../http/errors.js';
import * as appointments from '../appointments/appointments.repository.js';
import { recordChange, viewOne } from '../appointments/appointments.service.js';
import * as payments from './payments.repository.js';
import type { PaymentCreate } from './payments.schemas.js';

/** Sees every appointment: the gateway's callback is not any user's request. */
const GATEWAY: Caller = { userId: '00000000-0000-0000-0000-000000000000', role: 'admin', email: '', name: 'payment gateway', providerId: null, patientId: null };

type Payable = { status: string; payment_id: string | null; hold_expires_at: Date | null; price_amount: number | null; currency: string | null };

/** Refuses an appointment that is not a live, unpaid hold, the same way for a checkout and for a payment. */
function expectAwaitingPayment(ctx: Uses<'clock'>, appointment: Payable) {
  if (appointment.payment_id) throw conflict('already_paid', 'This appointment is already paid');
  const lapsed = appointment.status === 'expired' || (appointment.status === 'pending_payment' && appointment.hold_expires_at! <= ctx.clock.now());
  if (lapsed) throw conflict('hold_expired', 'The hold on this time lapsed before payment; book again');
  if (appointment.status !== 'pending_payment') {
    throw conflict('payment_not_expected', `An appointment that is ${appointment.status} is not awaiting payment`);
  }
}

/**
 * Starts paying for a hold: opens an order at the gateway for the price the server holds (the client
 * names no amount) and returns it with where to pay. A patient may start several; any one of them,
 * once paid, confirms the appointment.
 */
export async function checkout(ctx: Uses<'db' | 'clock' | 'payments'>, caller: Caller, appointmentId: string): Promise<{ order: PaymentOrderRow; paymentPath: string }> {
  if (caller.role === 'provider') throw forbidden('Payments are made by the patient or by staff');
  const appointment = await appointments.findVisibleAppointment(ctx.db, caller, appointmentId);
  if (!appointment) throw notFound('Appointment');
  expectAwaitingPayment(ctx, appointment);
  // Issue 15: a held series is paid as one, whichever occurrence the checkout starts from.
  const held = appointment.series_id ? await payments.heldOccurrences(ctx.db, appointment.series_id, ctx.clock.now()) : [appointment];
  const amount = held.reduce((sum, a) => sum + a.price_amount!, 0);
  const currency = appointment.currency!;
  const { orderId, paymentPath } = await ctx.payments.gateway.createOrder({ appointmentId, amount, currency });
  const order = await inTransaction(ctx.db, (trx) =>
    payments.insertOrder(trx, {
    id: orderId,
    appointment_id: appointmentId,
    gateway: ctx.payments.gateway.name,
    amount,
    currency,
    created_by_user_id: caller.userId,
    }),
  );
  return { order, paymentPath };
}

/**
 * The gateway's report of a payment (the route has checked its signature): records it and confirms
 * the appointment. Idempotent by `payment_id`: the same call again returns the same payment and
 * changes nothing. Two different payments for one appointment at once: the appointment row lock
 * makes them queue, and only the first succeeds. The payment is recorded as made by whoever started
 * the checkout.
 */
export async function pay(ctx: Uses<'db' | 'clock' | 'config'>, input: PaymentCreate): Promise<{ payment: PaymentRow; replay: boolean }> {
  return inTransaction(ctx.db, async (trx) => {
    const appointment = await appointments.lockVisibleAppointment(trx, GATEWAY, input.appointment_id);
    if (!appointment) throw notFound('Appointment');
    const order = await payments.findOrderWithOpener(trx, input.order_id);

    // Looked up after the lock, so a concurrent call with the same payment_id is seen once it commits.
    const existing = await payments.findByGatewayId(trx, input.payment_id);
    if (existing) {
      if (existing.appointment_id !== input.appointment_id || existing.amount !== input.amount || existing.order_id !== input.order_id) {
        throw conflict('payment_id_reused', 'This payment_id was already used for a different payment');
      }
      return { payment: existing, replay: true };
    }

    if (!order || order.appointment_id !== appointment.id) {
      throw new AppError(422, 'unknown_order', 'No checkout opened this order for this appointment', {
        errors: [{ field: 'order_id', message: 'is not an order of this appointment' }],
      });
    }
    expectAwaitingPayment(ctx, appointment);
    if (input.amount !== order.amount) {
      throw new AppError(422, 'amount_mismatch', `The amount must be ${order.amount} ${appointment.currency}`, {
        errors: [{ field: 'amount', message: `must equal the price, ${order.amount}` }],
      });
    }
    // Issue 15: the other held occurrences of a series are paid by the same payment.
    const siblings = appointment.series_id ? (await payments.heldOccurrences(trx, appointment.series_id, ctx.clock.now(), true)).filter((a) => a.id !== appointment.id) : [];
    const due = siblings.reduce((sum, a) => sum + a.price_amount!, appointment.price_amount!);
    // A hold priced again (rescheduled) after its checkout: that order is for the old price.
    if (order.amount !== due) throw conflict('order_outdated', 'The price changed after this checkout; start a new one');

    const payment = await payments.insertPayment(trx, {
      appointment_id: appointment.id,
      order_id: input.order_id,
      payment_id: input.payment_id,
      amount: input.amount,
      currency: appointment.currency!,
      created_by_user_id: order.created_by_user_id,
    });
    await appointments.updateAppointment(trx, appointment.id, { status: 'scheduled', hold_expires_at: null });
    await recordChange(trx, ctx, {
      appointmentId: appointment.id,
      historyType: 'paid',
      notify: 'paid',
      actor: { userId: order.created_by_user_id, role: (order.role ?? 'system') as ActorRole },
      changes: { status: { from: 'pending_payment', to: 'scheduled' }, payment_id: input.payment_id, amount: input.amount },
    });
    for (const [i, sibling] of siblings.entries()) {
      // One payment row per occurrence (each shows as paid), named after the gateway's payment.
      const paymentId = `${input.payment_id}#${i + 2}`;
      await payments.insertPayment(trx, { appointment_id: sibling.id, order_id: input.order_id, payment_id: paymentId, amount: sibling.price_amount!, currency: appointment.currency!, created_by_user_id: order.created_by_user_id });
      await appointments.updateAppointment(trx, sibling.id, { status: 'scheduled', hold_expires_at: null });
      await recordChange(trx, ctx, {
        appointmentId: sibling.id,
        historyType: 'paid',
        notify: 'paid',
        actor: { userId: order.created_by_user_id, role: (order.role ?? 'system') as ActorRole },
        changes: { status: { from: 'pending_payment', to: 'scheduled' }, payment_id: paymentId, amount: sibling.price_amount, series_id: appointment.series_id },
      });
    }
    return { payment, replay: false };
  });
}

export function findOrder(ctx: Uses<'db'>, orderId: string) {
  return payments.findOrder(ctx.db, orderId);
}

/** The appointment as the gateway's answer shows it. */
export async function appointmentOfPayment(ctx: Uses<'db'>, appointmentId: string) {
  return viewOne(ctx.db, GATEWAY, appointmentId);
}

export async function listPayments(ctx: Uses<'db'>, caller: Caller, query: Paging & { appointment?: string }) {
  if (!isStaff(caller)) throw forbidden('Only staff and admins list payments');
  return payments.listPayments(ctx.db, query);
}
