import { z } from 'zod';
import type { AppContext } from '../context.js';
import type { AvailabilityRuleRow, TimeOffRow } from '../db/types.js';
import { callerOf } from '../http/auth.js';
import { idParams, iso, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { availabilityIn, availabilityOut, subResourceParams, timeOffIn, timeOffOut } from './availability.schemas.js';
import * as service from './availability.service.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['availability'];

export const availabilityView = (r: AvailabilityRuleRow) => ({
  id: r.id,
  provider: r.provider_id,
  kind: r.kind,
  weekday: r.weekday,
  date: r.date,
  start: r.start_local,
  end: r.end_local,
  facility: r.facility_id,
  valid_from: r.valid_from,
  valid_until: r.valid_until,
  created_at: iso(r.created_at),
});

const timeOffView = (t: TimeOffRow) => ({
  id: t.id,
  provider: t.provider_id,
  start_time: iso(t.start_time),
  end_time: iso(t.end_time),
  reason: t.reason,
  created_at: iso(t.created_at),
});

export function registerAvailabilityRoutes(app: App, ctx: AppContext, auth: Auth) {
  app.get('/providers/:id/availability', {
    onRequest: auth.require('schedule:read'),
    schema: { tags, summary: "A provider's availability rules (weekly and dated)", security: bearer, params: idParams, response: { 200: z.array(availabilityOut) } },
    handler: async (request) => (await service.listAvailability(ctx, pathId(request.params.id, 'Provider'))).map(availabilityView),
  });

  app.post('/providers/:id/availability', {
    onRequest: auth.require('schedule:write', 'admin', 'staff', 'provider'),
    schema: {
      tags,
      summary: 'Add an availability rule',
      description:
        'Weekly `{weekday, start, end, facility?, valid_from?, valid_until?}` or one date `{date, start, end, facility?}`. Wall-clock times in the facility\'s time zone, else the provider\'s. ' +
        'A rule at a facility must lie within its operating hours on every day it applies (422 `outside_operating_hours`). Admins, staff and the provider themself may write.',
      security: bearer,
      params: idParams,
      body: availabilityIn,
      response: { 201: availabilityOut },
    },
    handler: async (request, reply) => {
      const row = await service.addAvailability(ctx, callerOf(request), pathId(request.params.id, 'Provider'), request.body);
      return reply.code(201).send(availabilityView(row));
    },
  });

  app.delete('/providers/:id/availability/:itemId', {
    onRequest: auth.require('schedule:write', 'admin', 'staff', 'provider'),
    schema: { tags, summary: 'Remove an availability rule', security: bearer, params: subResourceParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await service.removeAvailability(ctx, callerOf(request), pathId(request.params.id, 'Provider'), pathId(request.params.itemId, 'Availability'));
      return reply.code(204).send(null);
    },
  });

  app.get('/providers/:id/time-off', {
    onRequest: auth.require('schedule:read', 'admin', 'staff', 'provider'),
    schema: { tags, summary: "A provider's time off (the provider, staff and admins)", security: bearer, params: idParams, response: { 200: z.array(timeOffOut) } },
    handler: async (request) => (await service.listTimeOff(ctx, callerOf(request), pathId(request.params.id, 'Provider'))).map(timeOffView),
  });

  app.post('/providers/:id/time-off', {
    onRequest: auth.require('schedule:write', 'admin', 'staff', 'provider'),
    schema: { tags, summary: 'Add time off (removes that time from availability)', security: bearer, params: idParams, body: timeOffIn, response: { 201: timeOffOut } },
    handler: async (request, reply) => {
      const row = await service.addTimeOff(ctx, callerOf(request), pathId(request.params.id, 'Provider'), request.body);
      return reply.code(201).send(timeOffView(row));
    },
  });

  app.delete('/providers/:id/time-off/:itemId', {
    onRequest: auth.require('schedule:write', 'admin', 'staff', 'provider'),
    schema: { tags, summary: 'Remove time off', security: bearer, params: subResourceParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await service.removeTimeOff(ctx, callerOf(request), pathId(request.params.id, 'Provider'), pathId(request.params.itemId, 'Time off'));
      return reply.code(204).send(null);
    },
  });
}
