import { createHmac } from 'node:crypto';
import { errorText } from '../log.js';
import { type NotificationPayload, webhookEventName } from '../payload.js';
import type { DeliveryOutcome } from './types.js';

const SECRET_PREFIX = 'whsec_';

/** The key bytes behind a `whsec_<base64>` secret, as the Standard Webhooks scheme defines them. */
export function secretBytes(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/**
 * `webhook-signature` per Standard Webhooks: `v1,` + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")).
 * Receivers verify with any Standard Webhooks library and the secret they were shown once.
 */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', secretBytes(secret)).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The JSON a subscriber receives; the same bytes on every retry of one notification. */
export function webhookBody(payload: NotificationPayload): string {
  return JSON.stringify({
    type: webhookEventName(payload.event),
    timestamp: payload.occurred_at,
    data: {
      event_id: payload.event_id,
      appointment: payload.appointment,
      actor: payload.actor,
      ...payload.data,
    },
  });
}

export interface WebhookRequest {
  url: string;
  secret: string;
  /** The notification id: `webhook-id`, the receiver's idempotency key. */
  id: string;
  body: string;
  timeoutMs?: number;
}

/**
 * One signed POST. Any 2xx is success; any other status, a timeout or a network error is a failure
 * to retry. Redirects are not followed: a signed delivery goes where it was subscribed, nowhere else.
 */
export async function postWebhook(request: WebhookRequest): Promise<DeliveryOutcome> {
  // The receiver checks this against its own clock to refuse replays, so it is wall-clock time
  // (not the app's injectable domain clock).
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(request.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Carebook-Webhooks/1',
        'webhook-id': request.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(request.secret, request.id, timestamp, request.body),
      },
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
    });
    // Drain the answer so the connection can be reused; its content is not kept.
    await res.arrayBuffer().catch(() => undefined);
    const ok = res.status >= 200 && res.status < 300;
    return { ok, statusCode: res.status, durationMs: elapsed(), ...(ok ? {} : { error: `HTTP ${res.status}` }) };
  } catch (error) {
    return { ok: false, error: errorText(error), durationMs: elapsed() };
  }
}
