import { z } from 'zod';
import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { id, idParams, oneLine, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import * as service from './sources.service.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['calendars'];
const sourceParams = z.object({ id: z.string(), calendarId: z.string() });

const calendarOut = z.object({
  id,
  provider: id,
  name: z.string(),
  host: z.string(),
  status: z.enum(['ok', 'stale', 'broken']),
  error: z.string().nullable(),
  last_success_at: z.string().nullable(),
  last_attempt_at: z.string().nullable(),
  consecutive_failures: z.number().int(),
  busy_periods: z.number().int(),
  created_at: z.string(),
});
const policy = z.enum(['block', 'warn']);
const calendarIn = z.object({
  name: oneLine().pipe(z.string().min(1).max(100)),
  url: z.string().max(2048).describe("The calendar's ICS address (https://, http:// or webcal://), e.g. Google's \"secret address in iCal format\""),
});

/** A provider's linked external calendars (the provider, staff and admins): their busy time blocks slots. */
export function registerCalendarSourceRoutes(app: App, ctx: AppContext, auth: Auth) {
  const guard = auth.require('admin', 'staff', 'provider');
  const ids = (params: { id: string; calendarId: string }) => [pathId(params.id, 'Provider'), pathId(params.calendarId, 'Calendar')] as const;

  app.get('/providers/:id/calendars', {
    onRequest: guard,
    schema: {
      tags,
      summary: "A provider's linked calendars with their health, and the policy for a broken one",
      security: bearer,
      params: idParams,
      response: { 200: z.object({ policy, calendars: z.array(calendarOut) }) },
    },
    handler: async (request) => service.listCalendars(ctx, callerOf(request), pathId(request.params.id, 'Provider')),
  });
  app.post('/providers/:id/calendars', {
    onRequest: guard,
    schema: {
      tags,
      summary: 'Link an external calendar by its ICS address; it is fetched at once and then on a schedule',
      description: 'Private, loopback and link-local addresses are refused unless ALLOW_PRIVATE_CALENDAR_URLS=true. The address is stored encrypted and never shown again (only its host).',
      security: bearer,
      params: idParams,
      body: calendarIn,
      response: { 201: calendarOut },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.linkCalendar(ctx, callerOf(request), pathId(request.params.id, 'Provider'), request.body)),
  });
  app.get('/providers/:id/calendars/:calendarId', {
    onRequest: guard,
    schema: { tags, summary: 'One linked calendar and its health', security: bearer, params: sourceParams, response: { 200: calendarOut } },
    handler: async (request) => service.getCalendar(ctx, callerOf(request), ...ids(request.params)),
  });
  app.patch('/providers/:id/calendars/:calendarId', {
    onRequest: guard,
    schema: {
      tags,
      summary: 'Rename a linked calendar (to change its address, unlink it and link the new one)',
      security: bearer,
      params: sourceParams,
      body: z.object({ name: calendarIn.shape.name }),
      response: { 200: calendarOut },
    },
    handler: async (request) => service.renameCalendar(ctx, callerOf(request), ...ids(request.params), request.body.name),
  });
  app.delete('/providers/:id/calendars/:calendarId', {
    onRequest: guard,
    schema: { tags, summary: 'Unlink a calendar (its busy time goes with it)', security: bearer, params: sourceParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await service.unlinkCalendar(ctx, callerOf(request), ...ids(request.params));
      return reply.code(204).send(null);
    },
  });
  app.post('/providers/:id/calendars/:calendarId/sync', {
    onRequest: guard,
    schema: { tags, summary: 'Fetch a linked calendar now', security: bearer, params: sourceParams, response: { 200: calendarOut } },
    handler: async (request) => service.syncCalendarNow(ctx, callerOf(request), ...ids(request.params)),
  });
  app.put('/providers/:id/calendar-policy', {
    onRequest: guard,
    schema: {
      tags,
      summary: 'What a broken linked calendar means: `block` (offer no time until it reads again) or `warn` (offer time, with a warning)',
      security: bearer,
      params: idParams,
      body: z.object({ broken_source: policy }),
      response: { 200: z.object({ policy }) },
    },
    handler: async (request) => service.setBrokenPolicy(ctx, callerOf(request), pathId(request.params.id, 'Provider'), request.body.broken_source),
  });
}
