import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The headers a gateway's callback carries: Unix seconds, and `v1=` + hex HMAC-SHA256 over `{timestamp}.{body}`. */
export const TIMESTAMP_HEADER = 'payment-gateway-timestamp';
export const SIGNATURE_HEADER = 'payment-gateway-signature';
/** A callback signed longer ago (or further ahead) than this is refused, so a captured one cannot be replayed later. */
export const REPLAY_WINDOW_SECONDS = 5 * 60;

/**
 * A payment gateway, as a checkout sees it: it opens an order for an amount the server decided and
 * says where the patient goes to pay. The gateway later reports the payment by calling
 * `POST /api/v1/payments`, signed with the shared secret.
 */
export interface PaymentGateway {
  name: string;
  createOrder(input: { appointmentId: string; amount: number; currency: string }): Promise<{ orderId: string; paymentPath: string }>;
}

/** Plays the gateway in development and demos: its orders are paid on Carebook's own page (`/dummy-gateway/...`). */
export const dummyGateway: PaymentGateway = {
  name: 'dummy',
  async createOrder() {
    const orderId = `order_${randomBytes(16).toString('base64url')}`;
    return { orderId, paymentPath: `/dummy-gateway/orders/${orderId}` };
  },
};

export function signGatewayBody(secret: string, timestampSeconds: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex')}`;
}

/** The headers a gateway sends with `body` (the exact bytes it posts). */
export function gatewayHeaders(secret: string, body: string, nowMs = Date.now()): Record<string, string> {
  const timestamp = Math.floor(nowMs / 1000);
  return { [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signGatewayBody(secret, timestamp, body) };
}

/**
 * Whether a callback is the gateway's: the signature matches the body and the timestamp is within
 * the replay window of this machine's wall clock (the gateway signs with its own clock, not the
 * app's domain clock).
 */
export function verifyGatewaySignature(
  secret: string,
  headers: { timestamp: unknown; signature: unknown },
  body: string,
  nowMs = Date.now(),
): boolean {
  if (typeof headers.timestamp !== 'string' || typeof headers.signature !== 'string' || !/^\d{1,12}$/.test(headers.timestamp)) return false;
  const timestamp = Number(headers.timestamp);
  if (Math.abs(nowMs / 1000 - timestamp) > REPLAY_WINDOW_SECONDS) return false;
  const expected = Buffer.from(signGatewayBody(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
