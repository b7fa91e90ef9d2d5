import { randomBytes, randomUUID } from 'node:crypto';
import type { Paging } from '../db/keyset.js';
import { inTransaction } from '../db/transaction.js';
import type { Uses } from '../context.js';
import type { Caller } from '../http/auth.js';
import { conflict, invalid, notFound } from '../http/errors.js';
import { webhookUrlProblem } from './webhook-address.js';
import { iso, isoOrNull } from '../http/schemas.js';
import { enqueueDelivery } from './queue.js';
import * as repo from './webhooks.repository.js';
import type { WebhookCreate, WebhookUpdate } from './webhooks.schemas.js';
import { sealSecret } from '../crypto/secrets.js';

export function subscriptionView(s: repo.SubscriptionRecord) {
  return {
    id: s.id,
    url: s.url,
    events: s.events,
    description: s.description,
    active: s.active,
    status: !s.active ? ('disabled' as const) : s.failing ? ('failing' as const) : ('healthy' as const),
    consecutive_failures: s.consecutive_failures,
    total_failures: s.total_failures,
    last_success_at: isoOrNull(s.last_success_at),
    last_failure_at: isoOrNull(s.last_failure_at),
    last_error: s.last_error,
    created_at: iso(s.created_at),
    updated_at: iso(s.updated_at),
  };
}

/** Internal addresses and URLs with credentials are refused at once (delivery checks the resolved address again). */
function refuseUnsafeUrl(ctx: Uses<'config'>, url: string) {
  const problem = webhookUrlProblem(url, ctx.config.ALLOW_PRIVATE_WEBHOOK_URLS);
  if (problem) throw invalid([{ field: 'url', message: problem }]);
}

/**
 * Creates a subscription with a new signing secret. The secret is stored encrypted (bound to the
 * row's id) and returned in clear this once, in the Standard Webhooks `whsec_<base64>` form.
 */
export async function createSubscription(ctx: Uses<'db' | 'config' | 'keys'>, caller: Caller, input: WebhookCreate) {
  refuseUnsafeUrl(ctx, input.url);
  const id = randomUUID();
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const secretEncrypted = await sealSecret(ctx.keys, 'webhook-secret-encryption', secret, id);
  const row = await inTransaction(ctx.db, (trx) =>
    repo.insertSubscription(trx, {
      id,
      url: input.url,
      events: input.events,
      description: input.description ?? null,
      secret_encrypted: secretEncrypted,
      created_by_user_id: caller.userId,
    }),
  );
  return { ...subscriptionView(row), secret };
}

export async function listSubscriptions(ctx: Uses<'db'>, paging: Paging) {
  const { rows, ...page } = await repo.listSubscriptions(ctx.db, paging);
  return { ...page, results: rows.map(subscriptionView) };
}

export async function getSubscription(ctx: Uses<'db'>, id: string) {
  const row = await repo.findSubscription(ctx.db, id);
  if (!row) throw notFound('Webhook subscription');
  return subscriptionView(row);
}

export async function updateSubscription(ctx: Uses<'db' | 'config'>, id: string, input: WebhookUpdate) {
  if (input.url !== undefined) refuseUnsafeUrl(ctx, input.url);
  const row = await inTransaction(ctx.db, (trx) => repo.updateSubscription(trx, id, input));
  if (!row) throw notFound('Webhook subscription');
  return subscriptionView(row);
}

export async function deleteSubscription(ctx: Uses<'db'>, id: string) {
  if (!(await inTransaction(ctx.db, (trx) => repo.deleteSubscription(trx, id)))) throw notFound('Webhook subscription');
}

export async function listDeliveries(ctx: Uses<'db'>, id: string, paging: Paging) {
  await getSubscription(ctx, id);
  const { rows, ...page } = await repo.listDeliveries(ctx.db, id, paging);
  return {
    ...page,
    results: rows.map((d) => ({
      id: d.id,
      notification: d.notification_id,
      event: d.event,
      attempt: d.attempt,
      success: d.success,
      status_code: d.status_code,
      error: d.error,
      duration_ms: d.duration_ms,
      attempted_at: iso(d.attempted_at),
      notification_status: d.notification_status,
    })),
  };
}

/** Sends a delivered, failed or dead-lettered message again: queued with its delivery job, in one transaction. */
export async function replayDelivery(ctx: Uses<'db' | 'clock'>, subscriptionId: string, deliveryOrNotificationId: string) {
  await getSubscription(ctx, subscriptionId);
  const notification = await repo.findSubscriptionNotification(ctx.db, subscriptionId, deliveryOrNotificationId);
  if (!notification) throw notFound('Delivery');
  const queued = await inTransaction(ctx.db, async (trx) => {
    const requeued = await repo.requeueNotification(trx, notification.id, ctx.clock.now());
    if (requeued) await enqueueDelivery(trx, requeued.id);
    return requeued;
  });
  if (!queued) throw conflict('delivery_in_progress', 'This message is being sent right now; replay it once the attempt has finished');
  return { notification: queued.id, status: queued.status, next_attempt_at: iso(queued.next_attempt_at) };
}
