import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { listPage, type Page } from '../http/pagination.js';
import { idParams, page, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import {
  appointmentCreate,
  appointmentCreatedOut,
  appointmentDetailOut,
  appointmentListQuery,
  appointmentOut,
  appointmentPatch,
  appointmentPut,
  cancelBody,
  cancelQuery,
  conflictsOut,
  historyOut,
  rescheduleBody,
} from './appointments.schemas.js';
import * as service from './appointments.service.js';
import { historyView } from './appointments.views.js';
import * as lifecycle from './lifecycle.service.js';
import { createSeries } from '../series/series.service.js';
import { idempotent } from '../http/idempotency.js';
import { requireVerifiedEmail } from '../accounts/verified.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['appointments'];
const appointmentId = (raw: string) => pathId(raw, 'Appointment');

/** The list's page as the caller paged it: by keyset when they sent `cursor`, else by offset. */
function pageOf(request: FastifyRequest, page: service.AppointmentList): Page<service.AppointmentList['results'][number]> {
  return listPage(request, request.query as { limit: number; offset: number; cursor?: string }, page);
}

export function registerAppointmentRoutes(app: App, ctx: AppContext, auth: Auth) {
  const byCaller = idempotent(ctx, (request) => callerOf(request).userId);
  app.post('/appointments', {
    // A self-registered account books once its email is confirmed.
    onRequest: [auth.require('appointments:write'), requireVerifiedEmail],
    preHandler: byCaller.preHandler,
    onSend: byCaller.onSend,
    schema: {
      tags,
      summary: 'Book an appointment',
      description:
        'A patient books for themself with any active provider; a provider books for themself with any patient; staff and admins name both. ' +
        "`end_time` is `start_time` plus the sum of the topics' durations. A time that overlaps another held, scheduled or in-progress appointment of the provider, the patient or a single-room facility is refused with 409 `slot_unavailable`. " +
        "A patient's booking of a priced visit starts as a hold (`pending_payment`, see `hold_expires_at`) until paid (`POST /appointments/{id}/checkout`, then the payment gateway). " +
        'A patient\'s booking with a provider or topic that has `requires_confirmation` starts as `requested` until the provider approves it. ' +
        'With `recurrence: {rrule}` it books a series (at most 52 occurrences, wall-clock times in the facility\'s else the provider\'s zone): all or nothing (409 `series_unavailable` listing each refused date), or with `skip_conflicts: true` the free ones, listing the rest in `skipped`.',
      security: bearer,
      body: appointmentCreate,
      response: { 201: appointmentCreatedOut },
    },
    handler: async (request, reply) => {
      const { recurrence } = request.body;
      // Issue 15: with `recurrence`, a series; the answer is its first occurrence with `occurrences` and `skipped`.
      const created = recurrence
        ? await createSeries(ctx, callerOf(request), { ...request.body, recurrence })
        : await service.createAppointment(ctx, callerOf(request), request.body);
      return reply.code(201).send(created);
    },
  });

  app.get('/appointments', {
    onRequest: auth.require('appointments:read'),
    schema: {
      tags,
      summary: 'List appointments you can see',
      description: 'Patients see their own, providers their own, staff and admins all. `status` and `provider` may repeat; `search` matches patient and provider names.',
      security: bearer,
      querystring: appointmentListQuery,
      response: { 200: page(appointmentOut) },
    },
    handler: async (request) => {
      return pageOf(request, await service.listAppointments(ctx, callerOf(request), request.query));
    },
  });

  // Seed 001's shortcuts over the same list.
  app.get('/appointments/upcoming', {
    onRequest: auth.require('appointments:read'),
    schema: { tags, summary: 'Your upcoming appointments (held or scheduled, starting after now)', security: bearer, querystring: appointmentListQuery, response: { 200: page(appointmentOut) } },
    handler: async (request) => {
      return pageOf(request, await service.listAppointments(ctx, callerOf(request), { ...request.query, upcomingAfter: ctx.clock.now() }));
    },
  });

  app.get('/appointments/by-provider/:id', {
    onRequest: auth.require('appointments:read'),
    schema: { tags, summary: "A provider's appointments (those you may see)", security: bearer, params: idParams, querystring: appointmentListQuery, response: { 200: page(appointmentOut) } },
    handler: async (request) => {
      return pageOf(request, await service.listAppointmentsOf(ctx, callerOf(request), { provider: pathId(request.params.id, 'Provider') }, request.query));
    },
  });

  app.get('/appointments/by-patient/:id', {
    onRequest: auth.require('appointments:read'),
    schema: { tags, summary: "A patient's appointments (those you may see)", security: bearer, params: idParams, querystring: appointmentListQuery, response: { 200: page(appointmentOut) } },
    handler: async (request) => {
      return pageOf(request, await service.listAppointmentsOf(ctx, callerOf(request), { patient: pathId(request.params.id, 'Patient') }, request.query));
    },
  });

  app.get('/appointments/:id', {
    onRequest: auth.require('appointments:read'),
    schema: { tags, summary: 'Get an appointment, with its payment state and notifications sent', security: bearer, params: idParams, response: { 200: appointmentDetailOut } },
    handler: async (request) => service.getAppointment(ctx, callerOf(request), appointmentId(request.params.id)),
  });

  app.patch('/appointments/:id', {
    onRequest: auth.require('appointments:write'),
    schema: {
      tags,
      summary: 'Change status or provider notes',
      description:
        'Patients may only set `status` to `user_canceled`. Providers may set `provider_notes` and `status` to `provider_canceled`, `in_progress`, `completed` or `no_show`. ' +
        'A change the role may never make is 403; a change not allowed from the current status is 409 `invalid_transition`.',
      security: bearer,
      params: idParams,
      body: appointmentPatch,
      response: { 200: appointmentOut },
    },
    handler: async (request) => lifecycle.patchAppointment(ctx, callerOf(request), appointmentId(request.params.id), request.body),
  });

  app.put('/appointments/:id', {
    onRequest: [auth.require('appointments:write'), requireVerifiedEmail],
    schema: {
      tags,
      summary: 'Full update: time, topics, place, notes (and, for staff, provider or patient)',
      description: 'The old time is freed and the new one taken in one transaction, under the same checks as a booking.',
      security: bearer,
      params: idParams,
      body: appointmentPut,
      response: { 200: appointmentOut },
    },
    handler: async (request) => lifecycle.rescheduleAppointment(ctx, callerOf(request), appointmentId(request.params.id), request.body, true),
  });

  app.delete('/appointments/:id', {
    onRequest: auth.require('appointments:write'),
    schema: {
      tags,
      summary: 'Cancel (the appointment stays, with its history)',
      description:
        'Same as `POST /appointments/{id}/cancel`, with `reason` and `on_behalf_of` in the query. Staff and admins cancel on the patient\'s behalf unless `on_behalf_of=provider`; ' +
        'either way the appointment records who did it (`cancellation.by_user`, `by_role`) and on whose behalf (`cancellation.by`).',
      security: bearer,
      params: idParams,
      querystring: cancelQuery,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      const caller = callerOf(request);
      const onBehalfOf = request.query.on_behalf_of ?? (caller.role === 'provider' ? 'provider' : 'patient');
      await lifecycle.cancelAppointment(ctx, caller, appointmentId(request.params.id), { reason: request.query.reason, on_behalf_of: onBehalfOf });
      return reply.code(204).send(null);
    },
  });

  app.post('/appointments/:id/cancel', {
    onRequest: auth.require('appointments:write'),
    schema: {
      tags,
      summary: 'Cancel an appointment',
      description:
        "A patient's cancel is `user_canceled`, a provider's `provider_canceled`; staff and admins send `on_behalf_of`. Patients cannot cancel inside the cut-off (409 `too_late_to_cancel`).",
      security: bearer,
      params: idParams,
      body: cancelBody,
      'x-body-optional': true,
      response: { 200: appointmentOut },
    },
    handler: async (request) => lifecycle.cancelAppointment(ctx, callerOf(request), appointmentId(request.params.id), request.body),
  });

  const statusActions = [
    ['start', 'in_progress', 'Start the visit (in_progress)'],
    ['complete', 'completed', 'Complete the visit'],
    ['no-show', 'no_show', 'Record that the patient did not come'],
    ['mark-no-show', 'no_show', 'Record that the patient did not come (seed 001 name)'],
  ] as const;
  for (const [action, status, summary] of statusActions) {
    const description =
      status === 'no_show'
        ? 'Only once the visit was due to start (earlier is 409 `not_started_yet`).'
        : 'At most `START_LEAD_MINUTES` (default 30) before the visit\'s start (earlier is 409 `not_started_yet`).';
    app.post(`/appointments/:id/${action}`, {
      onRequest: auth.require('appointments:write', 'admin', 'staff', 'provider'),
      schema: { tags, summary, description, security: bearer, params: idParams, response: { 200: appointmentOut } },
      handler: async (request) => lifecycle.changeAppointment(ctx, callerOf(request), appointmentId(request.params.id), { status }),
    });
  }

  app.post('/appointments/:id/reschedule', {
    onRequest: [auth.require('appointments:write'), requireVerifiedEmail],
    schema: {
      tags,
      summary: 'Move an appointment to a new time (and optionally new topics)',
      description: 'Frees the old time and takes the new one in one transaction, checked against availability and conflicts; the history keeps both.',
      security: bearer,
      params: idParams,
      body: rescheduleBody,
      response: { 200: appointmentOut },
    },
    handler: async (request) => lifecycle.rescheduleAppointment(ctx, callerOf(request), appointmentId(request.params.id), request.body, false),
  });

  app.post('/appointments/:id/check-conflicts', {
    onRequest: auth.require('appointments:read'),
    schema: { tags, summary: 'What overlaps this appointment on the provider, patient and facility calendars', security: bearer, params: idParams, response: { 200: conflictsOut } },
    handler: async (request) => lifecycle.checkConflicts(ctx, callerOf(request), appointmentId(request.params.id)),
  });

  app.get('/appointments/:id/history', {
    onRequest: auth.require('appointments:read'),
    schema: { tags, summary: "An appointment's history: every change, who made it and when", security: bearer, params: idParams, response: { 200: historyOut } },
    handler: async (request) => (await service.getHistory(ctx, callerOf(request), appointmentId(request.params.id))).map(historyView),
  });
}
