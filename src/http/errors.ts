import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

/**
 * The one error type the service throws. It becomes an RFC 9457 problem+json response
 * with a stable snake_case `code` that clients can switch on.
 */
export class AppError extends Error {
  readonly errors?: FieldError[];
  /** Members added to the problem body (e.g. `busy`, `current_status`, `retry_after`). */
  readonly extra?: Record<string, unknown>;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options: { errors?: FieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.errors = options.errors;
    this.extra = options.extra;
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);
export const forbidden = (message: string) => new AppError(403, 'forbidden', message);
export const conflict = (code: string, message: string, extra?: Record<string, unknown>) =>
  new AppError(409, code, message, { extra });
export const invalid = (errors: FieldError[], message = 'The request has invalid fields') =>
  new AppError(422, 'validation_failed', message, { errors });
export const unauthorized = (message = 'Authentication required') => new AppError(401, 'unauthorized', message);

export function problem(status: number, code: string, detail: string, errors?: FieldError[], extra?: Record<string, unknown>): Problem {
  return {
    type: `https://carebook.dev/problems/${code.replaceAll('_', '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type('application/problem+json').send(p);
}

export type Side = 'provider' | 'patient' | 'facility';

/** Explains a refused time by the side that is busy, never by whose appointment is in the way. */
export function slotTaken(sides: Side[]) {
  const names = { provider: 'the provider', patient: 'the patient', facility: 'the facility' };
  const who = sides.map((s) => names[s]).join(' and ');
  return conflict('slot_unavailable', `${who.charAt(0).toUpperCase()}${who.slice(1)} ${sides.length > 1 ? 'are' : 'is'} already booked at that time`, { busy: sides });
}

/**
 * An exclusion constraint refused an overlap (a race the services' early check could not see): the
 * busy side, from the constraint's name (appointments_<side>_no_overlap).
 */
function overlapRefused(error: unknown): AppError | undefined {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code !== '23P01') return undefined;
  const side = (['facility', 'patient', 'provider'] as const).find((s) => constraint?.includes(s)) ?? 'provider';
  return slotTaken([side]);
}

/** PostgreSQL error codes that are the client's fault, never a 500. */
const PG_CLIENT_ERRORS: Record<string, { status: number; code: string; detail: string }> = {
  '23505': { status: 409, code: 'already_exists', detail: 'A record with these values already exists' },
  '23503': { status: 422, code: 'invalid_reference', detail: 'A referenced record does not exist' },
  '23514': { status: 422, code: 'constraint_violated', detail: 'A value breaks a rule of the data model' },
  '22P02': { status: 422, code: 'invalid_value', detail: 'A value has the wrong format' },
  '22007': { status: 422, code: 'invalid_value', detail: 'A date or time is invalid' },
  '22008': { status: 422, code: 'invalid_value', detail: 'A date or time is out of range' },
  '22003': { status: 422, code: 'invalid_value', detail: 'A number is out of range' },
  '22001': { status: 422, code: 'invalid_value', detail: 'A value is too long' },
  '40001': { status: 409, code: 'concurrent_update', detail: 'A concurrent change got there first; retry the request' },
  '40P01': { status: 409, code: 'concurrent_update', detail: 'A concurrent change got there first; retry the request' },
};

/** PostgreSQL error codes that are nobody's fault and pass on a retry (503). */
const PG_RETRY_LATER: Record<string, { code: string; detail: string; retryAfter?: number }> = {
  '57014': { code: 'timed_out', detail: 'The request took too long and was cancelled; retry it' },
  // A prepared statement outlived a schema change (see db/prepared.ts): the retry prepares it afresh.
  '0A000': { code: 'schema_changed', detail: 'The database schema changed under this request; retry it', retryAfter: 1 },
};

/**
 * The database went away under a request (a restart, a terminated backend, a refused connection):
 * the request fails with 503 and may be retried; the process carries on and reconnects.
 */
const CONNECTION_LOST = /^Connection terminated|^connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error/;
export function isConnectionLost(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (/^(08|57P)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))) return true;
  return typeof message === 'string' && CONNECTION_LOST.test(message);
}

function pgCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
  null: 'null',
};

const listOf = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/**
 * The words a person reads when a field is wrong, for every check that does not name its own
 * ("password is required", not "expected string, received undefined"). The field's name is the
 * `field` beside it, so each message is the rest of a sentence about that field.
 */
export function sentenceFor(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${String(issue.values[0])}` : `must be one of: ${listOf(issue.values)}`;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? 'must not be empty' : `must be at least ${n} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return n <= 1 ? 'needs at least one item' : `needs at least ${n} items`;
      return issue.inclusive === false ? `must be more than ${n}` : `must be at least ${n}`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${n} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at most ${n} items`;
      return issue.inclusive === false ? `must be less than ${n}` : `must be at most ${n}`;
    }
    case 'invalid_format':
      if (issue.format === 'email') return 'must be a valid email address';
      if (issue.format === 'uuid' || issue.format === 'guid') return 'must be a valid id';
      if (issue.format === 'url') return 'must be a URL';
      return 'has the wrong format';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'is not a known field';
    case 'invalid_union':
      return 'is not one of the accepted forms';
    case 'invalid_key':
    case 'invalid_element':
      return 'has an invalid entry';
    default:
      return 'is invalid';
  }
}

z.config({ customError: sentenceFor });

/**
 * A body schema written without `.strict()` is made strict here, so no route can silently drop a
 * misspelt key (nested objects declare it themselves). Only plain objects: a refined or piped schema
 * is left as written.
 */
export function strictBodies(route: RouteOptions) {
  const body = route.schema?.body;
  if (body instanceof z.ZodObject && body._zod.def.catchall?._zod.def.type !== 'never') {
    route.schema!.body = body.strict();
  }
}

export function toProblem(thrown: unknown, request: FastifyRequest): Problem {
  const error = overlapRefused(thrown) ?? thrown;
  if (error instanceof AppError) return problem(error.status, error.code, error.message, error.errors, error.extra);

  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const fieldOf = (path: string) => (path ? `${where === 'body' ? '' : `${where}.`}${path}` : where);
    const errors = error.validation.flatMap((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      // One entry per unknown key, each under its own name, so a client sees exactly what to remove.
      const keys = issue.keyword === 'unrecognized_keys' ? (issue.params as { keys?: string[] }).keys : undefined;
      if (keys) return keys.map((key) => ({ field: fieldOf(path ? `${path}.${key}` : key), message: 'is not a known field' }));
      return [{ field: fieldOf(path), message: issue.message ?? 'is invalid' }];
    });
    return problem(422, 'validation_failed', 'The request has invalid fields', errors);
  }

  const fastifyError = error as FastifyError;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(400, 'malformed_json', 'The request body is not valid JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(413, 'payload_too_large', 'The request body is larger than the limit');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(415, 'unsupported_media_type', 'Send the request body as application/json');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem(400, 'bad_request', 'The Content-Length header does not match the body');
    case 'FST_ERR_VALIDATION':
      return problem(422, 'validation_failed', fastifyError.message);
  }

  const code = pgCode(error);
  // Any other data exception (class 22: bad encoding, NUL bytes, out-of-range values) is the input's fault.
  const mapped = code ? (PG_CLIENT_ERRORS[code] ?? (code.startsWith('22') ? { status: 422, code: 'invalid_value', detail: 'A value cannot be stored as given' } : undefined)) : undefined;
  if (mapped) return problem(mapped.status, mapped.code, mapped.detail);

  const later = code ? PG_RETRY_LATER[code] : undefined;
  if (later) return problem(503, later.code, later.detail, undefined, later.retryAfter ? { retry_after: later.retryAfter } : undefined);

  if (isConnectionLost(error)) {
    request.log.warn({ err: error }, 'database connection lost');
    return problem(503, 'database_unavailable', 'The database is unreachable for the moment; retry the request', undefined, { retry_after: 1 });
  }

  if (isResponseSerializationError(error)) {
    request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
    return problem(500, 'internal_error', 'An unexpected error occurred');
  }

  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return problem(status, status === 429 ? 'rate_limited' : 'bad_request', fastifyError.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return problem(500, 'internal_error', 'An unexpected error occurred');
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const p = toProblem(error, request);
    if (typeof p.retry_after === 'number') reply.header('retry-after', String(p.retry_after));
    return sendProblem(reply, p);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem(404, 'route_not_found', `No route ${request.method} ${request.url.split('?')[0]}`)),
  );
}
