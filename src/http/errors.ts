import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

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
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
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
  new AppError(409, code, message, undefined, extra);
export const invalid = (errors: FieldError[], message = 'The request has invalid fields') =>
  new AppError(422, 'validation_failed', message, errors);
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

/** PostgreSQL error codes that are the client's fault, never a 500. */
const PG_CLIENT_ERRORS: Record<string, { status: number; code: string; detail: string }> = {
  '23P01': { status: 409, code: 'slot_unavailable', detail: 'That time overlaps another appointment' },
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

function pgCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export function toProblem(error: unknown, request: FastifyRequest): Problem {
  if (error instanceof AppError) return problem(error.status, error.code, error.message, error.errors, error.extra);

  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const errors = error.validation.map((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return { field: path ? `${where === 'body' ? '' : `${where}.`}${path}` : where, message: issue.message ?? 'is invalid' };
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
  app.setErrorHandler((error, request, reply) => sendProblem(reply, toProblem(error, request)));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem(404, 'route_not_found', `No route ${request.method} ${request.url.split('?')[0]}`)),
  );
}
