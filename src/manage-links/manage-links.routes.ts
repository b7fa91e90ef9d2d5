import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import type { App, Auth } from '../http/types.js';
import { manageCancelBody, managedAppointmentOut, manageLinkOut, manageRescheduleBody, manageSlotsOut, manageSlotsQuery, tokenParams } from './manage-links.schemas.js';
import * as service from './manage-links.service.js';

const tags = ['manage-links'];
const REFUSALS =
  'Refusals: 404 `link_not_found` (not a link of ours), 403 `link_wrong_action` (the link is for another action), ' +
  '410 `link_used` (it worked once already), 410 `link_superseded` (the appointment changed since the email), 410 `link_expired` (past the patient cut-off; a view link: past the end).';

/**
 * The links in a patient's confirmation and reminder emails (issue 14): no sign-in, the token in the
 * path is the credential, and an action runs as the appointment's patient (so the audit trail names
 * them). Rate-limited per client address, like the other routes open to anyone.
 */
export function registerManageLinkRoutes(app: App, ctx: AppContext, _auth: Auth) {
  const limit = { rateLimit: { max: ctx.config.SEARCH_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } };
  /** The action runs as the link's patient: every transaction it opens is audited as theirs. */
  const actAs = (request: FastifyRequest, link: service.OpenLink) => {
    request.caller = link.caller;
    return link;
  };

  app.get('/manage/:token', {
    config: limit,
    schema: {
      tags,
      summary: 'What a manage link shows: the appointment, and what the link allows',
      description: `Opening a link (any of the three) changes nothing and may be repeated. ${REFUSALS}`,
      params: tokenParams,
      response: { 200: manageLinkOut },
    },
    handler: async (request) => service.linkView(await service.openLink(ctx, request.params.token)),
  });

  app.get('/manage/:token/slots', {
    config: limit,
    schema: {
      tags,
      summary: 'Free times on one day that the appointment of a reschedule link could move to',
      description: `\`date\` is a day (YYYY-MM-DD) in the appointment's zone. The same search a patient runs: same provider, topics, place and mode; the current time is left out. ${REFUSALS}`,
      params: tokenParams,
      querystring: manageSlotsQuery,
      response: { 200: manageSlotsOut },
    },
    handler: async (request) => service.slotsForLink(ctx, await service.openLink(ctx, request.params.token, 'reschedule'), request.query.date),
  });

  app.post('/manage/:token/cancel', {
    config: limit,
    schema: {
      tags,
      summary: "Cancel the appointment with its email's cancel link (once, as its patient)",
      description: `The patient's own cancellation rules apply (the cut-off; 409 \`too_late_to_cancel\`, \`invalid_transition\`). A refused cancellation leaves the link usable. ${REFUSALS}`,
      params: tokenParams,
      body: manageCancelBody,
      'x-body-optional': true,
      response: { 200: managedAppointmentOut },
    },
    handler: async (request) => service.cancelByLink(ctx, actAs(request, await service.openLink(ctx, request.params.token, 'cancel')), request.body),
  });

  app.post('/manage/:token/reschedule', {
    config: limit,
    schema: {
      tags,
      summary: "Move the appointment with its email's reschedule link (once, as its patient)",
      description:
        "The patient's own reschedule rules apply: the cut-off (409 `too_late_to_reschedule`), the price rule, every booking check (`slot_unavailable`, `outside_availability`, …). " +
        `A refused move leaves the link usable; a new confirmation with new links follows a move. ${REFUSALS}`,
      params: tokenParams,
      body: manageRescheduleBody,
      response: { 200: managedAppointmentOut },
    },
    handler: async (request) =>
      service.rescheduleByLink(ctx, actAs(request, await service.openLink(ctx, request.params.token, 'reschedule')), request.body.start_time),
  });
}
