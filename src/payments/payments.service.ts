import type { AppContext } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import type { PaymentRow } from '../db/types.js';
import { type Caller, isStaff } from '../http/auth.js';
import { AppError, conflict, forbidden, notFound } from '../http/errors.js';
import * as appointments from '../appointments/appointments.repository.js';
import { recordChange, viewOne } from '../appointments/appointments.service.js';
import type { PaymentCreate } from './payments.schemas.js';

/**
 * Records a payment for a hold and confirms the appointment. Idempotent by `payment_id`: the same call
 * again returns the same payment and changes nothing. Two different payments for one appointment at
 * once: the appointment row lock makes them queue, and only the first succeeds.
 */
export async function pay(ctx: AppContext, caller: Caller, input: PaymentCreate): Promise<{ payment: PaymentRow; replay: boolean }> {
  if (caller.role === 'provider') throw forbidden('Payments are made by the patient or by staff');
  return inTransaction(ctx.db, async (trx) => {
    const appointment = await appointments.lockVisibleAppointment(trx, caller, input.appointment_id);
    if (!appointment) throw notFound('Appointment');

    // Looked up after the lock, so a concurrent call with the same payment_id is seen once it commits.
    const existing = await trx.selectFrom('payments').selectAll().where('payment_id', '=', input.payment_id).executeTakeFirst();
    if (existing) {
      if (existing.appointment_id !== input.appointment_id || existing.amount !== input.amount || existing.order_id !== input.order_id) {
        throw conflict('payment_id_reused', 'This payment_id was already used for a different payment');
      }
      return { payment: existing, replay: true };
    }

    if (appointment.payment_id) throw conflict('already_paid', 'This appointment is already paid');
    const lapsed = appointment.status === 'expired' || (appointment.status === 'pending_payment' && appointment.hold_expires_at! <= ctx.clock.now());
    if (lapsed) throw conflict('hold_expired', 'The hold on this time lapsed before payment; book again');
    if (appointment.status !== 'pending_payment') {
      throw conflict('payment_not_expected', `An appointment that is ${appointment.status} is not awaiting payment`);
    }
    if (input.amount !== appointment.price_amount) {
      throw new AppError(422, 'amount_mismatch', `The amount must be ${appointment.price_amount} ${appointment.currency}`, {
        errors: [{ field: 'amount', message: `must equal the price, ${appointment.price_amount}` }],
      });
    }

    const payment = await trx
      .insertInto('payments')
      .values({
        appointment_id: appointment.id,
        order_id: input.order_id,
        payment_id: input.payment_id,
        amount: input.amount,
        currency: appointment.currency!,
        created_by_user_id: caller.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appointments.updateAppointment(trx, appointment.id, { status: 'scheduled', hold_expires_at: null });
    await recordChange(trx, ctx, {
      appointmentId: appointment.id,
      historyType: 'paid',
      notify: 'paid',
      actor: { userId: caller.userId, role: caller.role },
      changes: { status: { from: 'pending_payment', to: 'scheduled' }, payment_id: input.payment_id, amount: input.amount },
    });
    return { payment, replay: false };
  });
}

export async function appointmentOfPayment(ctx: AppContext, caller: Caller, appointmentId: string) {
  return viewOne(ctx.db, caller, appointmentId);
}

export async function listPayments(ctx: AppContext, caller: Caller, query: { limit: number; offset: number; appointment?: string }) {
  if (!isStaff(caller)) throw forbidden('Only staff and admins list payments');
  let q = ctx.db.selectFrom('payments');
  if (query.appointment) q = q.where('appointment_id', '=', query.appointment);
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(query.limit).offset(query.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, count: Number(total.n) };
}
