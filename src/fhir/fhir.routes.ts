import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import type { Scope } from '../api-keys/scopes.js';
import { isUuid } from '../kernel/ids.js';
import { callerOf } from '../http/auth.js';
import { AppError, notFound, problem, toProblem } from '../http/errors.js';
import type { App, Auth } from '../http/types.js';
import { capabilityStatement } from './capability.js';
import * as fhir from './fhir.service.js';
import type { Resource } from './resources.js';
import { fhirBase, operationOutcome, paging, searchset } from './search.js';

/** The FHIR facade's base path, outside the REST API's. */
export const FHIR_PREFIX = '/fhir/R4';
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

const bearer = [{ bearerAuth: [] }];
const tags = ['fhir'];
const produces = ['application/fhir+json'];
const consumes = ['application/fhir+json', 'application/json'];

/** A FHIR resource: FHIR's own definitions describe it (http://hl7.org/fhir/R4/), not this document. */
const resource = z.looseObject({ resourceType: z.string() }).describe('A FHIR R4 resource');
const bundle = z.looseObject({ resourceType: z.string() }).describe('A FHIR R4 searchset Bundle');
const outcome = z.looseObject({ resourceType: z.literal('OperationOutcome'), issue: z.array(z.looseObject({})) }).describe('A FHIR R4 OperationOutcome');
const errors = { 400: outcome, 401: outcome, 403: outcome, 404: outcome };

/** A search parameter: once, repeated, or comma-separated. */
const param = (description: string) => z.union([z.string(), z.array(z.string())]).optional().describe(description);
const pagingParams = {
  _count: param('Page size (default 50, at most 200)'),
  _offset: param('Where the page starts (the Bundle links carry it)'),
};
const idParams = z.object({ id: z.string().describe('The resource id') });

/** R4's choice of types for `Parameters.parameter.value[x]`: one key per type. */
const VALUE_TYPES = [
  'Base64Binary', 'Boolean', 'Canonical', 'Code', 'Date', 'DateTime', 'Decimal', 'Id', 'Instant', 'Integer', 'Markdown', 'Oid',
  'PositiveInt', 'String', 'Time', 'UnsignedInt', 'Uri', 'Url', 'Uuid', 'Address', 'Age', 'Annotation', 'Attachment',
  'CodeableConcept', 'Coding', 'ContactPoint', 'Count', 'Distance', 'Duration', 'HumanName', 'Identifier', 'Money', 'Period',
  'Quantity', 'Range', 'Ratio', 'Reference', 'SampledData', 'Signature', 'Timing', 'ContactDetail', 'Contributor',
  'DataRequirement', 'Expression', 'ParameterDefinition', 'RelatedArtifact', 'TriggerDefinition', 'UsageContext', 'Dosage', 'Meta',
] as const;
/** One member of a Parameters resource: its name and one value, a resource, or parts (read by each operation). */
const parameterMember = z.strictObject({
  name: z.string(),
  id: z.string().optional(),
  resource: z.unknown().optional(),
  part: z.array(z.unknown()).optional(),
  ...Object.fromEntries(VALUE_TYPES.map((type) => [`value${type}`, z.unknown().optional()])),
});

const parameters = z
  .object({
    resourceType: z.literal('Parameters'),
    id: z.string().optional(),
    meta: z
      .strictObject({ versionId: z.string(), lastUpdated: z.string(), source: z.string(), profile: z.array(z.string()), security: z.array(z.unknown()), tag: z.array(z.unknown()) })
      .partial()
      .optional(),
    implicitRules: z.string().optional(),
    language: z.string().optional(),
    parameter: z.array(parameterMember).optional(),
  })
  // Every member R4 gives a Parameters resource: the app's bodies refuse unknown keys.
  .describe('A FHIR R4 Parameters resource');

/** A FHIR id this server could have issued: else the read is a 404, like the REST API's malformed ids. */
const fhirId = (raw: string, what: string) => {
  if (!isUuid(raw)) throw notFound(what);
  return raw.toLowerCase();
};

/**
 * The FHIR facade at /fhir/R4, in a scope of its own: answers are `application/fhir+json`, errors are
 * OperationOutcome (the REST API's problem+json stays as it is), and `application/fhir+json` bodies
 * are parsed as JSON. Reads and searches call the REST API's services with the caller.
 */
export function registerFhirRoutes(app: App, ctx: AppContext, auth: Auth) {
  app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  app.addHook('onRequest', async (_request, reply) => {
    reply.type(FHIR_JSON);
  });
  app.setErrorHandler((error, request, reply) => {
    let p = toProblem(error, request);
    // Parameters the server cannot use are FHIR's 400 (its 422 is for business rules).
    if (hasZodFastifySchemaValidationErrors(error)) p = { ...p, status: 400, title: 'Bad Request' };
    if (typeof p.retry_after === 'number') reply.header('retry-after', String(p.retry_after));
    return reply.code(p.status).type(FHIR_JSON).send(operationOutcome(p));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).type(FHIR_JSON).send(operationOutcome(problem(404, 'not_found', `No FHIR interaction ${request.method} ${request.url.split('?')[0]}`))),
  );

  // Slots and $find compute, as GET /api/v1/slots does: the same per-user budget per minute.
  const limiter = app.createRateLimit({
    max: ctx.config.SEARCH_RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => `fhir-search:${callerOf(request).userId}`,
  });
  /** What an API key needs for each resource: the scope of the REST routes that show the same records. */
  const SCOPE_OF: Record<string, Scope> = {
    Practitioner: 'people:read',
    Patient: 'people:read',
    Location: 'schedule:read',
    Schedule: 'schedule:read',
    Slot: 'schedule:read',
    Appointment: 'appointments:read',
  };
  const guardOf = (type: string) => (computes.has(type) ? searchGuard(SCOPE_OF[type]!) : auth.require(SCOPE_OF[type]!));
  const searchGuard = (scope: Scope) => [
    auth.require(scope),
    async (request: FastifyRequest, reply: FastifyReply) => {
      const verdict = await limiter(request);
      if (!verdict.isAllowed && verdict.isExceeded) {
        reply.header('retry-after', String(verdict.ttlInSeconds));
        throw new AppError(429, 'rate_limited', `Too many searches; try again in ${verdict.ttlInSeconds} s`);
      }
    },
  ];
  const computes = new Set(['Slot']);

  const page = (request: FastifyRequest) => paging(request.query as Record<string, unknown>);
  const bundleOf = (request: FastifyRequest, found: fhir.Found) => searchset(request, found.resources, found.total, page(request));

  app.get('/metadata', {
    schema: { tags, summary: 'FHIR CapabilityStatement (no token needed)', produces, response: { 200: resource } },
    handler: async (request) => capabilityStatement(fhirBase(request), ctx.clock.now().toISOString()),
  });

  const reads: [string, string, (caller: ReturnType<typeof callerOf>, id: string) => Promise<Resource>][] = [
    ['Practitioner', 'A provider', (caller, id) => fhir.readPractitioner(ctx, caller, fhirId(id, 'Practitioner'))],
    ['Patient', 'A patient (a patient reads only themself)', (caller, id) => fhir.readPatient(ctx, caller, fhirId(id, 'Patient'))],
    ['Location', 'A facility', (_caller, id) => fhir.readLocation(ctx, fhirId(id, 'Location'))],
    ['Schedule', "A provider's schedule (one per provider; its actors are the practitioner and their locations)", (caller, id) => fhir.readSchedule(ctx, caller, fhirId(id, 'Schedule'))],
    ['Slot', 'A computed slot, computed again (free or busy)', (caller, id) => fhir.readSlot(ctx, caller, id)],
    ['Appointment', 'An appointment the caller may see', (caller, id) => fhir.readAppointment(ctx, caller, fhirId(id, 'Appointment'))],
  ];

  const searches: [string, string, Record<string, z.ZodType>, (caller: ReturnType<typeof callerOf>, query: fhir.Query, p: fhir.Page) => Promise<fhir.Found>][] = [
    ['Practitioner', 'Search providers', { _id: param('Provider ids'), name: param('Part of the name'), active: param('true or false') }, (c, q, p) => fhir.searchPractitioners(ctx, c, q, p)],
    ['Patient', 'Search patients (a patient finds only themself)', { _id: param('Patient ids'), name: param('Part of the name or email'), active: param('true or false') }, (c, q, p) => fhir.searchPatients(ctx, c, q, p)],
    ['Location', 'Search facilities', { name: param('Part of the name'), status: param('active or inactive') }, (_c, q, p) => fhir.searchLocations(ctx, q, p)],
    ['Schedule', 'Search schedules', { actor: param('Practitioner/ID or Location/ID') }, (c, q, p) => fhir.searchSchedules(ctx, c, q, p)],
    [
      'Slot',
      "A schedule's free and busy slots",
      { schedule: param('Schedule/ID (required)'), start: param('ge…&le… (both required, at most 62 days)'), date: param('The same as start'), status: param('free or busy') },
      (c, q, p) => fhir.searchSlotResources(ctx, c, q, p),
    ],
    [
      'Appointment',
      'Search the appointments the caller may see',
      {
        date: param('The start, with eq/ge/gt/le/lt prefixes (dates without a zone are UTC)'),
        actor: param('Practitioner/ID, Patient/ID or Location/ID'),
        practitioner: param('Practitioner/ID or ID'),
        patient: param('Patient/ID or ID'),
        location: param('Location/ID or ID'),
        status: param('FHIR appointment status (booked, pending, cancelled…)'),
      },
      (c, q, p) => fhir.searchAppointments(ctx, c, q, p),
    ],
  ];

  for (const [type, summary, params, run] of searches) {
    app.get(`/${type}`, {
      onRequest: guardOf(type),
      schema: { tags, summary: `FHIR: ${summary}`, security: bearer, produces, querystring: z.object({ ...params, ...pagingParams }), response: { 200: bundle, ...errors } },
      handler: async (request) => bundleOf(request, await run(callerOf(request), request.query as fhir.Query, page(request))),
    });
  }

  const findParams = {
    start: z.string().optional().describe('From (a date or date-time; dates are UTC)'),
    end: z.string().optional().describe('Until (inclusive for a date)'),
    practitioner: param('Practitioner/ID or ID (required, repeatable)'),
    location: param('Location/ID or ID'),
    patient: param('Patient/ID or ID: the patient of the proposed appointments'),
    'service-type': param('Topic ids (the system https://carebook.dev/fhir/CodeSystem/topic): the visit length'),
    'minutes-duration': param('The visit length in minutes, without service-type'),
    ...pagingParams,
  };
  const findSummary = 'FHIR IHE $find: free times as proposed Appointments';
  const find = async (request: FastifyRequest, query: fhir.Query) => bundleOf(request, await fhir.findAppointments(ctx, callerOf(request), query, page(request)));
  app.get('/Appointment/$find', {
    onRequest: searchGuard('schedule:read'),
    schema: { tags, summary: findSummary, security: bearer, produces, querystring: z.object(findParams), response: { 200: bundle, ...errors } },
    handler: async (request) => find(request, request.query as fhir.Query),
  });
  app.post('/Appointment/$find', {
    onRequest: searchGuard('schedule:read'),
    schema: { tags, summary: `${findSummary} (Parameters in the body)`, security: bearer, produces, consumes, querystring: z.object(pagingParams), body: parameters, response: { 200: bundle, ...errors } },
    handler: async (request) => find(request, parametersAsQuery(request.body.parameter ?? [])),
  });

  const operations: [string, string, (caller: ReturnType<typeof callerOf>, appointment: Record<string, unknown>) => Promise<Resource>][] = [
    ['hold', 'FHIR IHE $hold: keep a time as a pending appointment for HOLD_MINUTES', (c, a) => fhir.holdAppointment(ctx, c, a)],
    ['book', 'FHIR IHE $book: book a proposed appointment, or confirm a held one (its id)', (c, a) => fhir.bookAppointment(ctx, c, a)],
  ];
  for (const [name, summary, run] of operations) {
    app.post(`/Appointment/$${name}`, {
      onRequest: auth.require('appointments:write'),
      schema: {
        tags,
        summary,
        description: 'The body is a Parameters resource with `appointment-resource`: an Appointment (start, end, participants Practitioner/Patient/Location, serviceType topics).',
        security: bearer,
        produces,
        consumes,
        body: parameters,
        response: { 200: resource, ...errors, 409: outcome, 422: outcome },
      },
      handler: async (request) => run(callerOf(request), fhir.appointmentParameter(request.body)),
    });
  }

  for (const [type, summary, read] of reads) {
    app.get(`/${type}/:id`, {
      onRequest: guardOf(type),
      schema: { tags, summary: `FHIR: ${summary}`, security: bearer, produces, params: idParams, response: { 200: resource, ...errors } },
      handler: async (request) => read(callerOf(request), request.params.id),
    });
  }
}

/** $find's Parameters as the query it would be in a GET (`valueString`, `valueDate`, `valueReference`…). */
function parametersAsQuery(parameter: Record<string, unknown>[]): fhir.Query {
  const query: Record<string, string[]> = {};
  for (const p of parameter) {
    const name = String(p.name);
    const valueKey = Object.keys(p).find((k) => k.startsWith('value'));
    const value = valueKey ? p[valueKey] : undefined;
    const text =
      typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : value && typeof value === 'object' && 'reference' in value
          ? String((value as { reference: unknown }).reference)
          : value && typeof value === 'object' && 'coding' in value
            ? String(((value as { coding: { code?: unknown }[] }).coding ?? [])[0]?.code ?? '')
            : undefined;
    if (text !== undefined) (query[name] ??= []).push(text);
  }
  return query;
}
