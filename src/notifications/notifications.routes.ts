import { z } from 'zod';
import { inTransaction } from '../db/transaction.js';
import { STREAM_TICKET_SECONDS } from '../auth/tokens.js';
import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { notFound } from '../http/errors.js';
import { listPage, pagingOf } from '../http/pagination.js';
import { idParams, page, pathId, problemSchema } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import * as repo from './notifications.repository.js';
import { feedItemOut, feedQuery, preferencesOut, preferencesPatch, readAllOut, streamQuery, streamTicketOut } from './notifications.schemas.js';
import { createStreamRegistry } from './stream.js';
import { feedItemView } from './views.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['notifications'];

const preferencesView = (p: { notify_email: boolean; notify_sms: boolean; phone: string | null }) => ({
  notify_email: p.notify_email,
  notify_sms: p.notify_sms,
  has_phone: Boolean(p.phone),
});

/** The caller's in-app feed, its live stream, and their channel preferences. */
export function registerNotificationRoutes(app: App, ctx: AppContext, auth: Auth) {
  const streams = createStreamRegistry(ctx);
  // Open streams never end by themselves; without this, closing the server would wait on them.
  app.addHook('preClose', async () => streams.registry.closeAll());

  app.get('/notifications', {
    onRequest: auth.require(),
    schema: {
      tags,
      summary: 'Your in-app notifications, newest first',
      description: 'Every appointment event that concerns you (booked, moved, canceled and by whom, reminders, …). `unread=true` lists only those not yet marked read.',
      security: bearer,
      querystring: feedQuery,
      response: { 200: page(feedItemOut) },
    },
    handler: async (request) => {
      const { rows, ...page } = await repo.listFeed(ctx.db, callerOf(request).userId, { ...request.query, ...pagingOf(request.query, repo.feedOrder) });
      return listPage(request, request.query, { ...page, results: rows.map(feedItemView) });
    },
  });

  app.post('/notifications/stream-tickets', {
    onRequest: auth.require(),
    schema: {
      tags,
      summary: 'A ticket to open your notification stream without an Authorization header',
      description:
        "A browser's `EventSource` cannot send headers: open `/api/v1/notifications/stream?ticket=<ticket>` instead. " +
        `The ticket lasts ${STREAM_TICKET_SECONDS} seconds and opens the stream only; ask for a new one before each reconnect.`,
      security: bearer,
      response: { 201: streamTicketOut },
    },
    handler: async (request, reply) => reply.code(201).send(await ctx.tokens.issueStreamTicket(callerOf(request).userId)),
  });

  app.get('/notifications/stream', {
    onRequest: auth.requireForStream(),
    schema: {
      tags,
      summary: 'Live stream of your new in-app notifications (Server-Sent Events)',
      description:
        '`text/event-stream`: each new notification arrives as `event: notification` with the feed item as JSON in `data` and its cursor in `id`. ' +
        'Reconnect with `Last-Event-ID` to receive what was missed. Comment lines every 15 s keep the connection open; the server ends a stream after 15 minutes and clients reconnect. ' +
        'Authenticate with the Authorization header, or with `?ticket=` from `POST /api/v1/notifications/stream-tickets` where headers cannot be set.',
      security: [{ bearerAuth: [] }, { streamTicket: [] }],
      querystring: streamQuery,
      response: {
        200: {
          description: 'A text/event-stream of `notification` events',
          content: { 'text/event-stream': { schema: z.string().describe('id: <cursor>\nevent: notification\ndata: <feed item JSON>') } },
        },
        401: problemSchema,
      },
    },
    handler: async (request, reply) => {
      await streams.open(request, reply, callerOf(request).userId);
      return reply;
    },
  });

  app.post('/notifications/read-all', {
    onRequest: auth.require(),
    schema: { tags, summary: 'Mark all your notifications read', security: bearer, response: { 200: readAllOut } },
    handler: async (request) => ({ updated: await repo.markAllRead(ctx.db, callerOf(request).userId, ctx.clock.now()) }),
  });

  app.post('/notifications/:id/read', {
    onRequest: auth.require(),
    schema: {
      tags,
      summary: 'Mark one notification read',
      description: "Marking it again keeps the first read time. Someone else's notification is 404.",
      security: bearer,
      params: idParams,
      response: { 200: feedItemOut },
    },
    handler: async (request) => {
      const row = await repo.markRead(ctx.db, callerOf(request).userId, pathId(request.params.id, 'Notification'), ctx.clock.now());
      if (!row) throw notFound('Notification');
      return feedItemView(row);
    },
  });

  app.get('/me/preferences', {
    onRequest: auth.require(),
    schema: {
      tags,
      summary: 'Your notification channels',
      description: 'In-app notifications always arrive; email and SMS can be switched off. SMS needs a phone number on your account.',
      security: bearer,
      response: { 200: preferencesOut },
    },
    handler: async (request) => preferencesView(await repo.getPreferences(ctx.db, callerOf(request).userId)),
  });

  app.patch('/me/preferences', {
    onRequest: auth.require(),
    schema: { tags, summary: 'Choose your notification channels', security: bearer, body: preferencesPatch, response: { 200: preferencesOut } },
    handler: async (request) => preferencesView(await inTransaction(ctx.db, (trx) => repo.updatePreferences(trx, callerOf(request).userId, request.body))),
  });
}
