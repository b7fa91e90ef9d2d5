import { z } from 'zod';
import { tokenResponse } from '../auth/auth.routes.js';
import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { idParams, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import {
  acceptedOut,
  claimBody,
  emailBody,
  exportOut,
  inviteBody,
  inviteOut,
  profileOut,
  profilePatch,
  registerBody,
  resetBody,
  verifiedOut,
  verifyBody,
} from './accounts.schemas.js';
import * as service from './accounts.service.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['accounts'];
const SAME_ANSWER = 'The answer is the same whether or not the address has an account (no enumeration), after the same hashing work.';

/** Sign-up, email confirmation, password reset by code, claiming a walk-in's account, the profile, export and erasure. */
export function registerAccountRoutes(app: App, ctx: AppContext, auth: Auth) {
  // Per client address, like signing in: codes and passwords are guessed here too.
  const limit = { rateLimit: { max: ctx.config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } };

  app.post('/auth/register', {
    config: limit,
    schema: {
      tags,
      summary: 'Sign up as a patient or visitor: an unconfirmed account, and a 6-digit code by email',
      description:
        `A visitor and a patient get the same kind of account (role \`patient\`); \`type\` records which they chose. ${SAME_ANSWER} ` +
        'Until the code is entered (POST /auth/verify-email) the account can sign in but not book or change its profile (403 `email_not_verified`).',
      body: registerBody,
      response: { 202: acceptedOut },
    },
    handler: async (request, reply) => {
      await service.register(ctx, request.body);
      return reply.code(202).send({ detail: service.ACCEPTED.register });
    },
  });

  app.post('/auth/verify-email', {
    config: limit,
    schema: {
      tags,
      summary: 'Confirm an email address with the emailed code',
      description: `Codes last 10 minutes; 5 wrong tries end one. A wrong, expired or used-up code, and an unknown address, are all 400 \`invalid_code\`. ${SAME_ANSWER}`,
      body: verifyBody,
      response: { 200: verifiedOut },
    },
    handler: async (request) => {
      await service.verifyEmail(ctx, request.body.email, request.body.code);
      return { email_verified: true as const };
    },
  });

  app.post('/auth/resend-code', {
    config: limit,
    schema: {
      tags,
      summary: 'Email a new confirmation code (the earlier one stops working)',
      description: `At most one a minute and 5 an hour per account; past that nothing is sent, and the answer is still 202. ${SAME_ANSWER}`,
      body: emailBody,
      response: { 202: acceptedOut },
    },
    handler: async (request, reply) => {
      await service.resendCode(ctx, request.body.email);
      return reply.code(202).send({ detail: service.ACCEPTED.resend });
    },
  });

  app.post('/auth/forgot-password', {
    config: limit,
    schema: {
      tags,
      summary: 'Email a password reset code',
      description: `Limited like resend-code. ${SAME_ANSWER}`,
      body: emailBody,
      response: { 202: acceptedOut },
    },
    handler: async (request, reply) => {
      await service.forgotPassword(ctx, request.body.email);
      return reply.code(202).send({ detail: service.ACCEPTED.forgot });
    },
  });

  app.post('/auth/reset-password', {
    config: limit,
    schema: {
      tags,
      summary: 'Set a new password with the emailed reset code; every session ends',
      description: `Every access and refresh token issued before stops working; sign in again. A bad code is 400 \`invalid_code\`. ${SAME_ANSWER}`,
      body: resetBody,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await service.resetPassword(ctx, request.body.email, request.body.code, request.body.new_password);
      return reply.code(204).send(null);
    },
  });

  app.post('/auth/claim', {
    config: limit,
    schema: {
      tags,
      summary: 'Claim the account a clinic invited you to: set a password with the emailed code, and be signed in',
      description: 'For a patient staff created without an account (POST /patients/{id}/invite sent the code). A bad code is 400 `invalid_code`.',
      body: claimBody,
      response: { 200: tokenResponse },
    },
    handler: (request) => service.claimAccount(ctx, request.body.email, request.body.code, request.body.password),
  });

  // Any signed-in caller: a provider or staff member has no patient record, so theirs is 404.
  app.get('/me/profile', {
    onRequest: auth.require(),
    schema: { tags, summary: 'Your registration details (a patient\'s; 404 for an account without a patient record)', security: bearer, response: { 200: profileOut } },
    handler: (request) => service.getProfile(ctx, callerOf(request)),
  });

  app.patch('/me/profile', {
    onRequest: auth.require(),
    schema: {
      tags,
      summary: 'Change your registration details (the email stays: it is the account)',
      description: '403 `email_not_verified` until the email is confirmed.',
      security: bearer,
      body: profilePatch,
      response: { 200: profileOut },
    },
    handler: (request) => service.updateProfile(ctx, callerOf(request), request.body),
  });

  app.get('/me/export', {
    onRequest: auth.require(),
    schema: {
      tags,
      summary: 'Everything Carebook holds about you, as JSON',
      description: 'Your account, your patient record (decrypted), your appointments, the notifications sent to you (account emails without their codes) and the payments for your appointments.',
      security: bearer,
      response: { 200: exportOut },
    },
    handler: (request) => service.exportMine(ctx, callerOf(request)),
  });

  app.post('/patients/:id/invite', {
    onRequest: auth.require('admin', 'staff'),
    schema: {
      tags: ['patients'],
      summary: 'Invite a patient without an account (a walk-in) to claim one: a code by email',
      description: 'The person claims it with POST /auth/claim. 409 `already_claimed` for a patient who has an account, 409 `email_taken` for an address another account has.',
      security: bearer,
      params: idParams,
      body: inviteBody,
      response: { 202: inviteOut },
    },
    handler: async (request, reply) =>
      reply.code(202).send(await service.invitePatient(ctx, pathId(request.params.id, 'Patient'), request.body.email)),
  });

  app.post('/patients/:id/erase', {
    onRequest: auth.require('admin'),
    schema: {
      tags: ['patients'],
      summary: 'Erase a patient: their identity goes, their appointments stay for the provider\'s records',
      description:
        'Removes the email, name, phone, password, date of birth and registration details; the account can never sign in again and the patient is 404 everywhere. ' +
        'Appointments stay (attributed to "Erased patient", without the patient\'s own words); the patient\'s notifications, codes and sessions are deleted.',
      security: bearer,
      params: idParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await service.erasePatient(ctx, callerOf(request), pathId(request.params.id, 'Patient'));
      return reply.code(204).send(null);
    },
  });
}
