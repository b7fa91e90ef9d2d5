import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { pino } from 'pino';
import type { Config } from './config.js';

/** pino's logger, as Fastify types it. */
export type Logger = FastifyBaseLogger;

/** Fastify's request line for the log, with a stream ticket's value left out of the URL (it is a credential). */
export function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: request.url.replace(/([?&]ticket=)[^&]*/gi, '$1[redacted]'),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/**
 * The process's one logger (JSON lines): Fastify logs requests through it, and the worker and the
 * notification channels write their own lines through children of it. Tokens and passwords never
 * reach it; callers pass ids, paths and status codes, never message bodies or secrets.
 */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({
    level: config.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.body.password', '*.password', '*.password_hash'],
    serializers: {
      req: requestForLog,
      res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
      err: pino.stdSerializers.err,
    },
  });
}

/** An error's message, short enough for a log field or the last_error column. */
export function errorText(error: unknown, max = 500): string {
  const e = error as { message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const base = typeof e?.message === 'string' ? e.message : String(error);
  const cause = e?.cause && (typeof e.cause.code === 'string' ? e.cause.code : typeof e.cause.message === 'string' ? e.cause.message : undefined);
  const text = cause && !base.includes(cause) ? `${base} (${cause})` : base;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
