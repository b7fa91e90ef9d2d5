import { z } from 'zod';
import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { listPage, pagingOf } from '../http/pagination.js';
import { deliveryOrder, subscriptionOrder } from './webhooks.repository.js';
import { idParams, page, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import {
  deliveryOut,
  deliveryParams,
  replayOut,
  webhookCreate,
  webhookCreatedOut,
  webhookListQuery,
  webhookOut,
  webhookUpdate,
} from './webhooks.schemas.js';
import * as service from './webhooks.service.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['webhooks'];
const WHAT = 'Webhook subscription';

/** Admin-managed webhook subscriptions, their delivery logs and replays. */
export function registerWebhookRoutes(app: App, ctx: AppContext, auth: Auth) {
  const admin = auth.require('admin');

  app.post('/webhooks', {
    onRequest: admin,
    schema: {
      tags,
      summary: 'Subscribe a URL to appointment events',
      description:
        'Each event is POSTed as JSON `{type: "appointment.<event>", timestamp, data}` and signed per Standard Webhooks ' +
        '(`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256>`). Non-2xx answers are retried with exponential backoff; ' +
        'after repeated failures the subscription shows `status: failing` but keeps receiving retries. The `secret` is returned only in this response.',
      security: bearer,
      body: webhookCreate,
      response: { 201: webhookCreatedOut },
    },
    handler: async (request, reply) => reply.code(201).send(await service.createSubscription(ctx, callerOf(request), request.body)),
  });

  app.get('/webhooks', {
    onRequest: admin,
    schema: { tags, summary: 'List webhook subscriptions, with their health', security: bearer, querystring: webhookListQuery, response: { 200: page(webhookOut) } },
    handler: async (request) => {
      return listPage(request, request.query, await service.listSubscriptions(ctx, pagingOf(request.query, subscriptionOrder)));
    },
  });

  app.get('/webhooks/:id', {
    onRequest: admin,
    schema: { tags, summary: 'Get a webhook subscription', security: bearer, params: idParams, response: { 200: webhookOut } },
    handler: async (request) => service.getSubscription(ctx, pathId(request.params.id, WHAT)),
  });

  app.patch('/webhooks/:id', {
    onRequest: admin,
    schema: {
      tags,
      summary: 'Change a subscription: URL, events, description, or switch it off and on',
      security: bearer,
      params: idParams,
      body: webhookUpdate,
      response: { 200: webhookOut },
    },
    handler: async (request) => service.updateSubscription(ctx, pathId(request.params.id, WHAT), request.body),
  });

  app.delete('/webhooks/:id', {
    onRequest: admin,
    schema: { tags, summary: 'Delete a subscription and its delivery log', security: bearer, params: idParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await service.deleteSubscription(ctx, pathId(request.params.id, WHAT));
      return reply.code(204).send(null);
    },
  });

  app.get('/webhooks/:id/deliveries', {
    onRequest: admin,
    schema: {
      tags,
      summary: 'Every delivery attempt to this subscription, newest first',
      security: bearer,
      params: idParams,
      querystring: webhookListQuery,
      response: { 200: page(deliveryOut) },
    },
    handler: async (request) => {
      return listPage(request, request.query, await service.listDeliveries(ctx, pathId(request.params.id, WHAT), pagingOf(request.query, deliveryOrder)));
    },
  });

  app.post('/webhooks/:id/deliveries/:delivery_id/replay', {
    onRequest: admin,
    schema: {
      tags,
      summary: 'Send a message again',
      description:
        'Names the message by a delivery attempt id or by its notification id. It is queued at once with a fresh attempt budget and keeps its `webhook-id`, ' +
        'so a receiver can tell a repeat. 409 `delivery_in_progress` while an attempt is running.',
      security: bearer,
      params: deliveryParams,
      response: { 202: replayOut },
    },
    handler: async (request, reply) =>
      reply
        .code(202)
        .send(await service.replayDelivery(ctx, pathId(request.params.id, WHAT), pathId(request.params.delivery_id, 'Delivery'))),
  });
}
