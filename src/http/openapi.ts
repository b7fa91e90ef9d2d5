import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/**
 * The type provider writes every schema with an id twice, as read (`FooInput`) and as written
 * (`Foo`); the document keeps the ones something refers to.
 */
function withoutUnusedSchemas<T extends object>(document: T): T {
  const spec = document as { components?: { schemas?: Record<string, unknown> } };
  const schemas = spec.components?.schemas;
  if (!schemas) return document;
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === '$ref' && typeof item === 'string' && item.startsWith('#/components/schemas/')) {
          const name = item.slice('#/components/schemas/'.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(item);
      }
    }
  };
  visit({ ...spec, components: { ...spec.components, schemas: undefined } });
  spec.components!.schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return document;
}

/** Registers the OpenAPI 3.1 generator (fed by the zod route schemas), `/openapi.json` and `/docs`. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Carebook API',
        version: '0.1.0',
        description:
          'Appointment scheduling for clinics: providers, patients, topics and appointments. ' +
          'Errors are RFC 9457 `application/problem+json` with a stable `code`. Get a token at `POST /api/v1/auth/token` and send it as `Authorization: Bearer <token>`.',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          // Only the notification stream takes it (POST /api/v1/notifications/stream-tickets issues it).
          streamTicket: { type: 'apiKey', in: 'query', name: 'ticket' },
          // Only the payment gateway's callback (POST /api/v1/payments): HMAC over timestamp and body.
          gatewaySignature: { type: 'apiKey', in: 'header', name: 'payment-gateway-signature' },
        },
      },
    },
    transform: jsonSchemaTransform,
    // @fastify/swagger marks every body required; routes whose body may be left out say so with
    // `'x-body-optional': true` in their schema, and this puts it right in the document.
    // Schemas with an id (`.meta({ id })`) become `components.schemas`, referenced with `$ref`.
    transformObject: (documentObject) => {
      const spec = jsonSchemaTransformObject(documentObject);
      for (const path of Object.values((spec as { paths?: Record<string, Record<string, Record<string, unknown>>> }).paths ?? {})) {
        for (const operation of Object.values(path)) {
          if (operation['x-body-optional']) {
            delete operation['x-body-optional'];
            const body = operation.requestBody as { required?: boolean } | undefined;
            if (body) body.required = false;
          }
        }
      }
      return withoutUnusedSchemas(spec);
    },
  });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // The reference page's module is 4 MB of bundled JavaScript that took 1.2 s to load: longer than the
  // rest of start-up. It is loaded on the first visit to /docs, into an instance of its own.
  let docs: Promise<FastifyInstance> | undefined;
  const loadDocs = async () => {
    const { default: scalar } = await import('@scalar/fastify-api-reference');
    const inner = Fastify();
    await inner.register(scalar, { routePrefix: '/docs', configuration: { url: '/openapi.json', title: 'Carebook API' } });
    await inner.ready();
    return inner;
  };
  const serveDocs = async (request: FastifyRequest, reply: FastifyReply) => {
    docs ??= loadDocs();
    const res = await (await docs).inject({ method: 'GET', url: request.url, headers: request.headers });
    return reply.code(res.statusCode).headers(res.headers).send(res.rawPayload);
  };
  for (const path of ['/docs', '/docs/js/scalar.js']) app.get(path, { schema: { hide: true } }, serveDocs);
}
