import type { Uses } from '../../context.js';
import type { NotificationChannel } from '../../db/types.js';
import type { Logger } from '../../log.js';
import { openSecret } from '../../crypto/secrets.js';
import { findSubscriptionForDelivery } from '../webhooks.repository.js';
import { createEmailChannel } from './email.js';
import { createSmsChannel, createSmsDriver } from './sms.js';
import type { ChannelSender, DeliveryOutcome } from './types.js';
import { postWebhook, webhookBody } from './webhook.js';

/** What building the senders takes: the webhook sender reads its subscription and opens its secret. */
export type ChannelContext = Uses<'db' | 'config' | 'keys' | 'log'>;

export interface Channels {
  senders: Record<Exclude<NotificationChannel, 'in_app'>, ChannelSender>;
  log: Logger;
}

/**
 * Webhooks are sent to the subscription as it is now: a URL fixed after failures gets the retries,
 * and a subscription switched off stops receiving (its pending deliveries are dead-lettered, and
 * can be replayed once it is back on).
 */
function createWebhookChannel(ctx: Uses<'db' | 'config' | 'keys'>): ChannelSender {
  return {
    async send(n): Promise<DeliveryOutcome> {
      const subscription = n.subscription_id ? await findSubscriptionForDelivery(ctx.db, n.subscription_id) : undefined;
      if (!subscription) return { ok: false, permanent: true, error: 'The subscription no longer exists', durationMs: 0 };
      if (!subscription.active) return { ok: false, permanent: true, error: 'The subscription is disabled', durationMs: 0 };
      const secret = await openSecret(ctx.keys, 'webhook-secret-encryption', subscription.secret_encrypted, subscription.id);
      return postWebhook({ url: subscription.url, secret, id: n.id, body: webhookBody(n.payload), allowPrivate: ctx.config.ALLOW_PRIVATE_WEBHOOK_URLS });
    },
  };
}

const cache = new WeakMap<ChannelContext, Channels>();

/** The senders for this context's configuration, built once. */
export function channelsFor(ctx: ChannelContext): Channels {
  let channels = cache.get(ctx);
  if (!channels) {
    const log = ctx.log.child({ component: 'notifications' });
    channels = {
      log,
      senders: {
        email: createEmailChannel(ctx.config, log, ctx.keys),
        sms: createSmsChannel(createSmsDriver(ctx.config), log),
        webhook: createWebhookChannel(ctx),
      },
    };
    cache.set(ctx, channels);
  }
  return channels;
}
