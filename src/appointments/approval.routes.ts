import { z } from 'zod';
import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { idParams, oneLine, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { appointmentOut } from './appointments.schemas.js';
import * as approval from './approval.service.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['appointments'];

const declineBody = z.preprocess((v) => v ?? {}, z.object({ reason: oneLine().max(1000).optional() }).strict());

/** Issue 15: the provider's (or staff's) answer to a request that needs approval. */
export function registerApprovalRoutes(app: App, ctx: AppContext, auth: Auth) {
  app.post('/appointments/:id/approve', {
    onRequest: auth.require('admin', 'staff', 'provider'),
    schema: {
      tags,
      summary: 'Approve a requested appointment',
      description: 'A `requested` appointment becomes `scheduled`, or `pending_payment` (held HOLD_MINUTES for its payment) when priced. Anything else is 409 `invalid_transition`.',
      security: bearer,
      params: idParams,
      response: { 200: appointmentOut },
    },
    handler: async (request) => approval.approveRequest(ctx, callerOf(request), pathId(request.params.id, 'Appointment')),
  });

  app.post('/appointments/:id/decline', {
    onRequest: auth.require('admin', 'staff', 'provider'),
    schema: {
      tags,
      summary: 'Decline a requested appointment',
      description: 'A `requested` appointment becomes `declined` and frees its time; the patient is told the `reason`.',
      security: bearer,
      params: idParams,
      body: declineBody,
      'x-body-optional': true,
      response: { 200: appointmentOut },
    },
    handler: async (request) => approval.declineRequest(ctx, callerOf(request), pathId(request.params.id, 'Appointment'), request.body.reason),
  });
}
