import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { toPage } from '../http/pagination.js';
import { idParams, page, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import {
  appointmentCreate,
  appointmentListQuery,
  appointmentOut,
  appointmentPatch,
  cancelBody,
  historyOut,
} from './appointments.schemas.js';
import * as service from './appointments.service.js';
import { historyView } from './appointments.views.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['appointments'];

export function registerAppointmentRoutes(app: App, ctx: AppContext, auth: Auth) {
  app.post('/api/v1/appointments', {
    preHandler: auth.require(),
    schema: {
      tags,
      summary: 'Book an appointment',
      description:
        'A patient books for themself with any active provider; a provider books for themself with any patient; staff and admins name both. ' +
        '`end_time` is `start_time` plus the sum of the topics\' durations. A time that overlaps another scheduled or in-progress appointment of the provider or the patient is refused with 409 `slot_unavailable`.',
      security: bearer,
      body: appointmentCreate,
      response: { 201: appointmentOut },
    },
    handler: async (request, reply) => reply.code(201).send(await service.createAppointment(ctx, callerOf(request), request.body)),
  });

  app.get('/api/v1/appointments', {
    preHandler: auth.require(),
    schema: {
      tags,
      summary: 'List appointments you can see',
      description: 'Patients see their own, providers their own, staff and admins all. `status` may repeat.',
      security: bearer,
      querystring: appointmentListQuery,
      response: { 200: page(appointmentOut) },
    },
    handler: async (request) => {
      const { results, count } = await service.listAppointments(ctx, callerOf(request), request.query);
      return toPage(request, results, count, request.query.limit, request.query.offset);
    },
  });

  app.get('/api/v1/appointments/:id', {
    preHandler: auth.require(),
    schema: { tags, summary: 'Get an appointment', security: bearer, params: idParams, response: { 200: appointmentOut } },
    handler: async (request) => service.getAppointment(ctx, callerOf(request), pathId(request.params.id, 'Appointment')),
  });

  app.patch('/api/v1/appointments/:id', {
    preHandler: auth.require(),
    schema: {
      tags,
      summary: 'Change status or provider notes',
      description:
        'Patients may only set `status` to `user_canceled`. Providers may set `provider_notes` and `status` to `provider_canceled`, `in_progress` or `completed`. ' +
        'A change the role may never make is 403; a change not allowed from the current status is 409 `invalid_transition`.',
      security: bearer,
      params: idParams,
      body: appointmentPatch,
      response: { 200: appointmentOut },
    },
    handler: async (request) =>
      service.patchAppointment(ctx, callerOf(request), pathId(request.params.id, 'Appointment'), request.body),
  });

  app.post('/api/v1/appointments/:id/cancel', {
    preHandler: auth.require(),
    schema: {
      tags,
      summary: 'Cancel an appointment',
      description: "A patient's cancel is `user_canceled`, a provider's `provider_canceled`; staff and admins send `on_behalf_of`.",
      security: bearer,
      params: idParams,
      body: cancelBody,
      'x-body-optional': true,
      response: { 200: appointmentOut },
    },
    handler: async (request) =>
      service.cancelAppointment(ctx, callerOf(request), pathId(request.params.id, 'Appointment'), request.body),
  });

  app.get('/api/v1/appointments/:id/history', {
    preHandler: auth.require(),
    schema: { tags, summary: "An appointment's history: every change, who made it and when", security: bearer, params: idParams, response: { 200: historyOut } },
    handler: async (request) =>
      (await service.getHistory(ctx, callerOf(request), pathId(request.params.id, 'Appointment'))).map(historyView),
  });
}
