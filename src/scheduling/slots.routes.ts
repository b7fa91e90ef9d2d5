import { z } from 'zod';
import { appointmentOut } from '../appointments/appointments.schemas.js';
import type { AppContext } from '../context.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.js';
import { callerOf, isStaff } from '../http/auth.js';
import { toPage } from '../http/pagination.js';
import { id, idParams, page, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { scheduleView } from './schedule.service.js';
import { calendarReportFields, explainOut, explainQuery, scheduleQuery, slotOut, slotQuery } from './slots.schemas.js';
import { explainStart, searchSlots } from './slots.service.js';
import { searchRecurringSlots } from '../series/recurring-slots.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['scheduling'];

export function registerSlotRoutes(app: App, ctx: AppContext, auth: Auth) {
  // One budget per signed-in user over all three search routes, counted after the guard so the key
  // is the user (not an address that many users may share, or one user may change).
  const limiter = app.createRateLimit({
    max: ctx.config.SEARCH_RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => `search:${callerOf(request).userId}`,
  });
  const searchGuard = [
    auth.require('schedule:read'),
    async (request: FastifyRequest, reply: FastifyReply) => {
      const verdict = await limiter(request);
      if (!verdict.isAllowed && verdict.isExceeded) {
        reply.header('retry-after', String(verdict.ttlInSeconds));
        throw new AppError(429, 'rate_limited', `Too many searches; try again in ${verdict.ttlInSeconds} s`);
      }
    },
  ];

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

  app.get('/schedule', {
    onRequest: searchGuard,
    schema: {
      tags,
      summary: 'Calendar view: availability expanded to instants, plus appointments',
      description:
        'Filter by `from`/`to` (local dates, at most 62 days), `provider` (repeatable) and `facility`. Appointments are limited to those the caller may see. ' +
        "With `facility`, `opening_hours` lists the facility's open hours on those dates (closures left out).",
      security: bearer,
      querystring: scheduleQuery,
      response: {
        200: z.object({
          from: z.string(),
          to: z.string(),
          timezone: z.string(),
          /** The facility's open hours for the dates asked (when `facility` is given), less its closures. */
          opening_hours: z.array(z.object({ facility: id, start_time: z.string(), end_time: z.string() })),
          availabilities: z.array(
            z.object({ provider: id, facility: id.nullable(), availability: id, kind: z.enum(['weekly', 'dated']), start_time: z.string(), end_time: z.string() }),
          ),
          time_off: z.array(z.object({ provider: id, start_time: z.string(), end_time: z.string() })),
          appointments: z.array(appointmentOut),
        }),
      },
    },
    handler: async (request) => scheduleView(ctx, callerOf(request), request.query),
  });
}
