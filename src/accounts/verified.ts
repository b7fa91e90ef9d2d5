import type { FastifyReply, FastifyRequest } from 'fastify';
import { callerOf } from '../http/auth.js';
import { assertEmailVerified } from './accounts.service.js';

/**
 * A route guard after `auth.require()`: an account that registered itself and has not confirmed its
 * email is 403 `email_not_verified` (before the body is validated, like every guard).
 */
export async function requireVerifiedEmail(request: FastifyRequest, _reply: FastifyReply) {
  assertEmailVerified(callerOf(request));
}
