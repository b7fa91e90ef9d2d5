import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Uses } from '../context.js';
import { AppError } from './errors.js';
import * as keys from './idempotency.repository.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long a first answer is kept for retries. */
const KEEP_MS = 24 * 3600_000;
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when this request's answer is to be kept under its Idempotency-Key. */
    idempotency?: { owner: string; route: string; key: string; hash: string };
  }
}

/**
 * `Idempotency-Key` for a route: the same key with the same request within 24 hours gets the first
 * answer again (marked `idempotent-replayed: true`), the same key with a different request is 422
 * `idempotency_key_reused`. Answers of 500 and above are not kept, so a retry runs again. Keys belong
 * to their caller (`owner`). Two requests with one key at the very same moment both run; the
 * database's own rules (one booking per time, one payment per appointment) still hold.
 */
export function idempotent(ctx: Uses<'db' | 'clock'>, owner: (request: FastifyRequest) => string) {
  async function preHandler(request: FastifyRequest, reply: FastifyReply) {
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (header === undefined) return;
    if (typeof header !== 'string' || !VALID_KEY.test(header)) {
      throw new AppError(422, 'validation_failed', 'The Idempotency-Key header must be 1-255 visible ASCII characters', {
        errors: [{ field: 'Idempotency-Key', message: 'must be 1-255 visible ASCII characters' }],
      });
    }
    const route = `${request.method} ${request.routeOptions.url}`;
    const hash = createHash('sha256').update(request.url).update('\n').update(JSON.stringify(request.body ?? null)).digest('hex');
    const who = owner(request);
    const now = ctx.clock.now();
    const kept = await keys.findKept(ctx.db, { owner: who, route, key: header });
    if (kept && kept.created_at.getTime() > now.getTime() - KEEP_MS) {
      if (kept.request_hash !== hash) {
        throw new AppError(422, 'idempotency_key_reused', 'This Idempotency-Key was used for a different request');
      }
      reply.code(kept.status_code).header('idempotent-replayed', 'true');
      if (kept.content_type) reply.header('content-type', kept.content_type);
      return reply.send(kept.response_body);
    }
    if (kept) await keys.forget(ctx.db, { owner: who, route, key: header });
    request.idempotency = { owner: who, route, key: header, hash };
  }

  async function onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const kept = request.idempotency;
    if (!kept || reply.statusCode >= 500 || typeof payload !== 'string') return payload;
    const contentType = reply.getHeader('content-type');
    await keys.keep(ctx.db, {
      owner: kept.owner,
      route: kept.route,
      key: kept.key,
      request_hash: kept.hash,
      status_code: reply.statusCode,
      content_type: typeof contentType === 'string' ? contentType : null,
      response_body: payload,
      created_at: ctx.clock.now(),
    });
    return payload;
  }

  return { preHandler, onSend };
}
