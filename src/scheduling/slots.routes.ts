import { z } from 'zod';
import type { AppContext } from '../context.js';
import { callerOf, isStaff } from '../http/auth.js';
import { toPage } from '../http/pagination.js';
import { id, idParams, page, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { searchGuardOf } from './search-guard.js';
import { calendarReportFields, explainOut, explainQuery, slotOut, slotQuery } from './slots.schemas.js';
import { explainStart, searchSlots } from './slots.service.js';
import { searchRecurringSlots } from '../series/recurring-slots.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['scheduling'];

export function registerSlotRoutes(app: App, ctx: AppContext, auth: Auth) {
  const searchGuard = searchGuardOf(app, ctx, auth);

  app.get('/slots', {
    onRequest: searchGuard,
    schema: {
      tags,
      summary: 'Find free slots',
      description:
        '`provider` (repeatable, up to 50), `from`/`to` local dates (or `date` for one day, at most 62 days), and `duration` in minutes or `topics=ID,ID`; optional `facility`, `mode` and `timezone` (how the dates are read). ' +
        'Respects availability, opening hours, closures, time off, busy time of linked calendars, existing appointments, buffers, notice, horizon and alignment. Results are in time order. ' +
        'With `recurrence` (an RRULE such as `FREQ=WEEKLY;COUNT=6`), only the starts that are free on every occurrence of that series. ' +
        'When the providers have linked calendars, `calendars` gives each one\'s health (`ok`, `stale`, `broken` with its error and last good fetch) and `warnings` the ones that are not ok.',
      security: bearer,
      querystring: slotQuery,
      response: { 200: page(slotOut).extend(calendarReportFields) },
    },
    handler: async (request) => {
      const caller = callerOf(request);
      const maxStarts = isStaff(caller) ? ctx.config.SLOT_SEARCH_MAX_STARTS : ctx.config.SLOT_SEARCH_MAX_STARTS_NON_STAFF;
      const { recurrence } = request.query;
      const { slots, count, ...report } = recurrence
        ? await searchRecurringSlots(ctx, { ...request.query, recurrence }, maxStarts)
        : await searchSlots(ctx, request.query, maxStarts);
      return { ...toPage(request, slots, count, request.query.limit, request.query.offset), ...report };
    },
  });

  app.get('/providers/:id/availability/explain', {
    onRequest: searchGuard,
    schema: {
      tags,
      summary: 'Can this time be booked? If not, every reason',
      description:
        'Reasons: `facility_closed`, `outside_operating_hours`, `outside_availability`, `time_off`, `calendar_busy`, `calendar_unavailable`, `conflict`, `too_soon`, `too_far_ahead`, `off_grid`, `provider_inactive`, `not_at_facility`.',
      security: bearer,
      params: idParams,
      querystring: explainQuery,
      response: { 200: explainOut },
    },
    handler: async (request) => explainStart(ctx, pathId(request.params.id, 'Provider'), request.query),
  });
}
