import { z } from 'zod';
import { appointmentOut } from '../appointments/appointments.schemas.js';
import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { id } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { searchGuardOf } from '../scheduling/search-guard.js';
import { scheduleQuery } from '../scheduling/slots.schemas.js';
import { scheduleView } from './schedule.service.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['scheduling'];

/** Seed 003's calendar view, which joins the two features below it: scheduling's hours and the appointments. */
export function registerScheduleRoutes(app: App, ctx: AppContext, auth: Auth) {
  const searchGuard = searchGuardOf(app, ctx, auth);
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
