import { z } from 'zod';
import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { idParams, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { waitlistCreate, waitlistList, waitlistOut } from './waitlist.schemas.js';
import * as service from './waitlist.service.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['waitlist'];
const entryId = (raw: string) => pathId(raw, 'Waitlist entry');

/** Issue 15: the waitlist that fills freed time. */
export function registerWaitlistRoutes(app: App, ctx: AppContext, auth: Auth) {
  app.post('/waitlist', {
    onRequest: auth.require('admin', 'staff', 'patient'),
    schema: {
      tags,
      summary: 'Join the waitlist',
      description:
        'Wait for a provider (or, with `topic`, any provider) between `from` and `to`, optionally at `times_of_day` (local to the provider). ' +
        'When time comes free the first entry in order (priority, higher first, then join time) is offered it: the time is held for WAITLIST_OFFER_MINUTES (default 30) and the patient is notified.',
      security: bearer,
      body: waitlistCreate,
      response: { 201: waitlistOut },
    },
    handler: async (request, reply) => reply.code(201).send(await service.joinWaitlist(ctx, callerOf(request), request.body)),
  });

  app.get('/waitlist', {
    onRequest: auth.require(),
    schema: { tags, summary: 'Your waitlist entries (staff: all; providers: those naming them), with any current offer', security: bearer, response: { 200: waitlistList } },
    handler: async (request) => service.listWaitlist(ctx, callerOf(request)),
  });

  app.post('/waitlist/:id/accept', {
    onRequest: auth.require('admin', 'staff', 'patient'),
    schema: {
      tags,
      summary: 'Accept the current offer (books it; a priced visit is then held for payment)',
      description: 'A lapsed offer is 409 `offer_expired`; an entry without an offer is 409 `no_offer`.',
      security: bearer,
      params: idParams,
      response: { 200: waitlistOut },
    },
    handler: async (request) => service.acceptOffer(ctx, callerOf(request), entryId(request.params.id)),
  });

  app.post('/waitlist/:id/decline', {
    onRequest: auth.require('admin', 'staff', 'patient'),
    schema: { tags, summary: 'Decline the current offer; the entry keeps waiting and the time goes to the next entry', security: bearer, params: idParams, response: { 200: waitlistOut } },
    handler: async (request) => service.declineOffer(ctx, callerOf(request), entryId(request.params.id)),
  });

  app.delete('/waitlist/:id', {
    onRequest: auth.require('admin', 'staff', 'patient'),
    schema: { tags, summary: 'Leave the waitlist (a pending offer is given up)', security: bearer, params: idParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await service.leaveWaitlist(ctx, callerOf(request), entryId(request.params.id));
      return reply.code(204).send(null);
    },
  });
}
