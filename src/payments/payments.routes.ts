import { z } from 'zod';
import { appointmentOut } from '../appointments/appointments.schemas.js';
import type { AppContext } from '../context.js';
import type { PaymentRow } from '../db/types.js';
import { callerOf } from '../http/auth.js';
import { toPage } from '../http/pagination.js';
import { iso, page } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { paymentCreate, paymentListQuery, paymentOut } from './payments.schemas.js';
import { appointmentOfPayment, listPayments, pay } from './payments.service.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['payments'];

const paymentView = (p: PaymentRow) => ({
  id: p.id,
  appointment_id: p.appointment_id,
  order_id: p.order_id,
  payment_id: p.payment_id,
  amount: p.amount,
  currency: p.currency,
  status: p.status,
  created_at: iso(p.created_at),
});

export function registerPaymentRoutes(app: App, ctx: AppContext, auth: Auth) {
  app.post('/api/v1/payments', {
    onRequest: auth.require('admin', 'staff', 'patient'),
    schema: {
      tags,
      summary: "Confirm a payment for a hold (the payment gateway's callback)",
      description:
        'The amount must equal the price (422 `amount_mismatch`). On success the appointment becomes `scheduled` and the provider is notified. ' +
        'Idempotent by `payment_id`: repeating the call returns the same answer. A lapsed hold is 409 `hold_expired`; someone else\'s appointment is 404.',
      security: bearer,
      body: paymentCreate,
      response: { 201: z.object({ payment: paymentOut, appointment: appointmentOut }) },
    },
    handler: async (request, reply) => {
      const caller = callerOf(request);
      const { payment } = await pay(ctx, caller, request.body);
      const appointment = await appointmentOfPayment(ctx, caller, payment.appointment_id);
      return reply.code(201).send({ payment: paymentView(payment), appointment: appointment! });
    },
  });

  app.get('/api/v1/payments', {
    onRequest: auth.require('admin', 'staff'),
    schema: { tags, summary: 'List payments (staff and admins)', security: bearer, querystring: paymentListQuery, response: { 200: page(paymentOut) } },
    handler: async (request) => {
      const { rows, count } = await listPayments(ctx, callerOf(request), request.query);
      return toPage(request, rows.map(paymentView), count, request.query.limit, request.query.offset);
    },
  });
}
