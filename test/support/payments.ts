import { randomUUID } from 'node:crypto';
import { gatewayHeaders } from '../../src/payments/gateway.js';
import type { TestApp } from '../helpers.js';

/** `POST /api/v1/payments` as the payment gateway sends it: the exact body bytes, signed with the gateway secret. */
export function gatewayCallback(t: TestApp, body: unknown, headers: Record<string, string> = gatewayHeaders(t.ctx.payments.secret, JSON.stringify(body))) {
  return t.call('POST', '/api/v1/payments', { body: JSON.stringify(body), headers });
}

/** Opens a checkout for the appointment as `token` (the caller's answer if refused). */
export function checkout(t: TestApp, appointmentId: string, token?: string) {
  return t.call('POST', `/api/v1/appointments/${appointmentId}/checkout`, { token });
}

/**
 * Pays the way a patient does: a checkout as `token`, then the gateway reports the payment of that
 * order (its amount unless `amount` is given). Returns the refused checkout, or the callback's answer.
 */
export async function checkoutAndPay(t: TestApp, appointmentId: string, token?: string, fields: { payment_id?: string; amount?: number } = {}) {
  const opened = await checkout(t, appointmentId, token);
  if (opened.statusCode !== 201) return opened;
  const order = opened.json() as { order_id: string; amount: number };
  return gatewayCallback(t, {
    order_id: order.order_id,
    payment_id: fields.payment_id ?? `pay_${randomUUID()}`,
    amount: fields.amount ?? order.amount,
    appointment_id: appointmentId,
  });
}
