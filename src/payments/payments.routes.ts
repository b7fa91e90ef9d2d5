import { requireVerifiedEmail } from '../accounts/verified.js';
import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appointmentOut } from '../appointments/appointments.schemas.js';
import type { AppContext } from '../context.js';
import type { PaymentRow } from '../db/types.js';
import { callerOf } from '../http/auth.js';
import { unauthorized } from '../http/errors.js';
import { idempotent } from '../http/idempotency.js';
import { listPage, pagingOf } from '../http/pagination.js';
import { idParams, iso, page } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { gatewayHeaders, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyGatewaySignature } from './gateway.js';
import { paymentOrder } from './payments.repository.js';
import { checkoutOut, paymentCreate, paymentListQuery, paymentOut } from './payments.schemas.js';
import { appointmentOfPayment, checkout, findOrder, listPayments, pay } from './payments.service.js';

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

declare module 'fastify' {
  interface FastifyRequest {
    /** The body's exact bytes, kept where a signature covers them. */
    rawBody?: string;
  }
}

export function registerPaymentRoutes(app: App, ctx: AppContext, auth: Auth) {
  const byCaller = idempotent(ctx, (request) => callerOf(request).userId);
  const byGateway = idempotent(ctx, () => 'gateway');
  app.post('/appointments/:id/checkout', {
    onRequest: [auth.require('payments:write', 'admin', 'staff', 'patient'), requireVerifiedEmail],
    preHandler: byCaller.preHandler,
    onSend: byCaller.onSend,
    schema: {
      tags,
      summary: 'Start paying for a hold: an order for the price, and where to pay it',
      description:
        'The amount is the server\'s (the price of the hold). Send the patient to `payment_url`; the gateway reports the payment to `POST /payments`. ' +
        'A hold that lapsed is 409 `hold_expired`, a paid one 409 `already_paid`, one not awaiting payment 409 `payment_not_expected`; someone else\'s appointment is 404.',
      security: bearer,
      params: idParams,
      response: { 201: checkoutOut },
    },
    handler: async (request, reply) => {
      const { order, paymentPath } = await checkout(ctx, callerOf(request), request.params.id);
      const base = ctx.config.PUBLIC_URL ?? `${request.protocol}://${request.host}`;
      return reply.code(201).send({
        order_id: order.id,
        appointment_id: order.appointment_id,
        amount: order.amount,
        currency: order.currency,
        gateway: order.gateway,
        payment_url: new URL(paymentPath, base).toString(),
      });
    },
  });

  // The gateway's callback, in a scope of its own: its JSON parser keeps the exact bytes the signature covers.
  app.register(async (scope) => {
    const parseJson = scope.getDefaultJsonParser('error', 'error');
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      request.rawBody = body as string;
      parseJson(request, body as string, done);
    });
    scope.withTypeProvider<ZodTypeProvider>().post('/payments', {
      // Before validation, so a caller without the gateway's signature learns nothing about the body.
      preValidation: async (request: FastifyRequest) => {
        const signed = verifyGatewaySignature(
          ctx.payments.secret,
          { timestamp: request.headers[TIMESTAMP_HEADER], signature: request.headers[SIGNATURE_HEADER] },
          request.rawBody ?? '',
        );
        if (!signed) throw unauthorized(`Only the payment gateway confirms payments: sign the body (${SIGNATURE_HEADER}, ${TIMESTAMP_HEADER})`);
      },
      preHandler: byGateway.preHandler,
      onSend: byGateway.onSend,
      schema: {
        tags,
        summary: "Confirm a payment for a hold (the payment gateway's callback)",
        description:
          `Called by the gateway, not by users: \`${SIGNATURE_HEADER}: v1=<hex HMAC-SHA256 of "{timestamp}.{body}" with PAYMENT_GATEWAY_SECRET>\` and ` +
          `\`${TIMESTAMP_HEADER}: <Unix seconds>\`, at most 5 minutes off; anything else is 401. ` +
          'The order must be one a checkout opened for the appointment (422 `unknown_order`) and the amount its amount (422 `amount_mismatch`). ' +
          'On success the appointment becomes `scheduled` and the provider is notified. Idempotent by `payment_id`: repeating the call returns the same answer. ' +
          'A lapsed hold is 409 `hold_expired`.',
        security: [{ gatewaySignature: [] }],
        body: paymentCreate,
        response: { 201: z.object({ payment: paymentOut, appointment: appointmentOut }) },
      },
      handler: async (request, reply) => {
        const { payment } = await pay(ctx, request.body as z.infer<typeof paymentCreate>);
        const appointment = await appointmentOfPayment(ctx, payment.appointment_id);
        return reply.code(201).send({ payment: paymentView(payment), appointment });
      },
    });
  });

  app.get('/payments', {
    onRequest: auth.require('payments:read', 'admin', 'staff'),
    schema: { tags, summary: 'List payments (staff and admins)', security: bearer, querystring: paymentListQuery, response: { 200: page(paymentOut) } },
    handler: async (request) => {
      const { rows, ...page } = await listPayments(ctx, callerOf(request), { ...request.query, ...pagingOf(request.query, paymentOrder) });
      return listPage(request, request.query, { ...page, results: rows.map(paymentView) });
    },
  });

}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const htmlPage = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
  '<meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
  `<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto">${body}</body></html>`;

/**
 * Carebook playing the payment gateway (PAYMENT_GATEWAY=dummy): a page that shows the order, and a
 * "Pay" button after which the server calls its own callback exactly as a gateway would, signed and
 * through the whole HTTP stack. Not part of the API (a real gateway hosts these pages itself).
 */
export function registerDummyGateway(app: App, ctx: AppContext) {
  const orderParams = z.object({ order_id: z.string().max(200) });
  const html = (reply: { type(t: string): unknown }) => reply.type('text/html; charset=utf-8');

  app.get('/dummy-gateway/orders/:order_id', { schema: { hide: true, params: orderParams } }, async (request, reply) => {
    const order = await findOrder(ctx, request.params.order_id);
    html(reply);
    if (!order) return reply.code(404).send(htmlPage('Unknown order', '<h1>Unknown order</h1>'));
    return reply.send(
      htmlPage(
        'Dummy payment gateway',
        `<h1>Dummy payment gateway</h1><p>No money moves here: this page stands in for a real gateway.</p>` +
          `<p>Order <code>${escapeHtml(order.id)}</code>: <strong>${order.amount} ${escapeHtml(order.currency)}</strong> (minor units).</p>` +
          `<form method="post" action="/dummy-gateway/orders/${encodeURIComponent(order.id)}/pay"><button type="submit">Pay</button></form>`,
      ),
    );
  });

  app.register(async (scope) => {
    // The Pay button posts an empty form; nothing in it is read.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, _body, done) => done(null, {}));
    scope.post('/dummy-gateway/orders/:order_id/pay', { schema: { hide: true, params: orderParams } }, async (request, reply) => {
      const { order_id } = request.params as z.infer<typeof orderParams>;
      const order = await findOrder(ctx, order_id);
      html(reply);
      if (!order) return reply.code(404).send(htmlPage('Unknown order', '<h1>Unknown order</h1>'));
      const body = JSON.stringify({ order_id: order.id, payment_id: `pay_${randomBytes(12).toString('base64url')}`, amount: order.amount, appointment_id: order.appointment_id });
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/payments',
        headers: { 'content-type': 'application/json', ...gatewayHeaders(ctx.payments.secret, body) },
        payload: body,
      });
      if (res.statusCode === 201) {
        return reply.send(htmlPage('Paid', `<h1>Paid</h1><p>The appointment is confirmed.</p>`));
      }
      const detail = (res.json() as { detail?: string }).detail ?? 'The payment was refused';
      return reply.code(res.statusCode).send(htmlPage('Payment refused', `<h1>Payment refused</h1><p>${escapeHtml(detail)}</p>`));
    });
  });
}
