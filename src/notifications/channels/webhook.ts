import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { type PinnedAddress, resolveWebhookAddress, WebhookAddressRefused } from '../webhook-address.js';
import { type NotificationPayload, webhookEventName } from '../payload.js';
import type { DeliveryOutcome } from './types.js';

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
  /** ALLOW_PRIVATE_WEBHOOK_URLS: deliver to private and loopback addresses too (tests, closed networks). */
  allowPrivate?: boolean;
}

/** One message for every failure below HTTP, so the log cannot tell a closed port from an open one. */
export const UNREACHABLE = 'No HTTP answer from the endpoint';

/**
 * One signed POST. Any 2xx is success; any other status, a timeout or a network error is a failure
 * to retry. Redirects are not followed: a signed delivery goes where it was subscribed, nowhere else.
 * The host is resolved once and checked (public addresses only), and the connection is made to that
 * very address, with the name kept for TLS and the Host header.
 */
export async function postWebhook(request: WebhookRequest): Promise<DeliveryOutcome> {
  // The receiver checks this against its own clock to refuse replays, so it is wall-clock time
  // (not the app's injectable domain clock).
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const url = new URL(request.url);
  let pinned: PinnedAddress;
  try {
    pinned = await resolveWebhookAddress(url, request.allowPrivate ?? false);
  } catch (error) {
    return { ok: false, error: error instanceof WebhookAddressRefused ? error.message : 'The endpoint\'s name did not resolve', durationMs: elapsed() };
  }
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  return new Promise<DeliveryOutcome>((resolve) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      url,
      {
        method: 'POST',
        lookup,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(request.body),
          'user-agent': 'Carebook-Webhooks/1',
          'webhook-id': request.id,
          'webhook-timestamp': String(timestamp),
          // Standard Webhooks: `v1,` + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")), by its own package.
          'webhook-signature': new Webhook(request.secret).sign(request.id, new Date(timestamp * 1000), request.body),
        },
        signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
      },
      (res) => {
        // Drain the answer so the socket is released; its content is not kept.
        res.resume();
        res.on('error', () => {});
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const ok = status >= 200 && status < 300;
          resolve({ ok, statusCode: status, durationMs: elapsed(), ...(ok ? {} : { error: `HTTP ${status}` }) });
        });
      },
    );
    req.on('error', () => resolve({ ok: false, error: UNREACHABLE, durationMs: elapsed() }));
    req.end(request.body);
  });
}
