import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { idParams, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { seriesCancel, seriesCancelOut, seriesMove, seriesOut } from './series.schemas.js';
import * as service from './series.service.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['series'];
const seriesId = (raw: string) => pathId(raw, 'Series');

/** Recurring series (issue 15); a series is booked by `POST /appointments` with `recurrence`. */
export function registerSeriesRoutes(app: App, ctx: AppContext, auth: Auth) {
  app.get('/series/:id', {
    onRequest: auth.require(),
    schema: { tags, summary: 'A recurring series with its occurrences', security: bearer, params: idParams, response: { 200: seriesOut } },
    handler: async (request) => service.getSeries(ctx, callerOf(request), seriesId(request.params.id)),
  });

  app.post('/series/:id/cancel', {
    onRequest: auth.require(),
    schema: {
      tags,
      summary: 'Cancel one occurrence, it and the following ones, or all',
      description: 'Occurrences already over or canceled are left as they are. Staff and admins send `on_behalf_of`.',
      security: bearer,
      params: idParams,
      body: seriesCancel,
      response: { 200: seriesCancelOut },
    },
    handler: async (request) => service.cancelSeries(ctx, callerOf(request), seriesId(request.params.id), request.body),
  });

  app.post('/series/:id/reschedule', {
    onRequest: auth.require(),
    schema: {
      tags,
      summary: 'Move one occurrence, it and the following ones, or all',
      description:
        'The named occurrence moves to `start_time`; the others in scope move by as many days, to the same local time of day. All or nothing: a refusal is 409 `series_unavailable` listing each refused date.',
      security: bearer,
      params: idParams,
      body: seriesMove,
      response: { 200: seriesOut },
    },
    handler: async (request) => service.moveSeries(ctx, callerOf(request), seriesId(request.params.id), request.body),
  });
}
