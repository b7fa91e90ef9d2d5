import { z } from 'zod';
import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import type { App, Auth } from '../http/types.js';
import { feedStatus, issueFeed, renderFeed, revokeFeed } from './feeds.service.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['calendars'];
const feedOut = z.object({ active: z.boolean(), created_at: z.string().nullable() });
const issuedOut = feedOut.extend({ token: z.string(), url: z.string() });

/**
 * The owner's controls of their feed: `/me/calendar-feed`. Any signed-in user may have one; it shows the
 * appointments that are theirs (a provider's or a patient's), so a staff member's is an empty calendar.
 */
export function registerCalendarFeedRoutes(app: App, ctx: AppContext, auth: Auth) {
  const guard = auth.require();
  app.get('/me/calendar-feed', {
    onRequest: guard,
    schema: { tags, summary: 'Whether my calendar feed is on, and since when (its URL is shown only when issued)', security: bearer, response: { 200: feedOut } },
    handler: async (request) => feedStatus(ctx, callerOf(request)),
  });
  app.post('/me/calendar-feed', {
    onRequest: guard,
    schema: {
      tags,
      summary: 'Turn on my calendar feed, or rotate its secret URL (the previous URL stops working)',
      description: 'Answers the feed URL (`/ical/{token}.ics`) once; only a hash of the token is kept.',
      security: bearer,
      response: { 201: issuedOut },
    },
    handler: async (request, reply) => {
      const base = ctx.config.PUBLIC_URL?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
      return reply.code(201).send(await issueFeed(ctx, callerOf(request), base));
    },
  });
  app.delete('/me/calendar-feed', {
    onRequest: guard,
    schema: { tags, summary: 'Turn off my calendar feed (its URL stops working)', security: bearer, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await revokeFeed(ctx, callerOf(request));
      return reply.code(204).send(null);
    },
  });
}

/** The feed itself, at the root: calendar apps fetch it without headers, the token in the URL is the credential. */
export function registerIcalFeed(app: App, ctx: AppContext) {
  app.get('/ical/:token.ics', {
    schema: {
      tags,
      summary: 'A calendar feed (text/calendar, RFC 5545): the owner\'s upcoming appointments',
      params: z.object({ token: z.string().max(200) }),
    },
    handler: async (request, reply) => {
      const body = await renderFeed(ctx, request.params.token);
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(body);
    },
  });
}
