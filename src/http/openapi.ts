import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { completeDocument } from './openapi-document.js';
import type { App } from './types.js';

/** Registers the OpenAPI 3.1 generator (fed by the zod route schemas), `/openapi.json` and `/docs`. */
export async function registerOpenApi(app: App): Promise<void> {
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
    transformObject: (documentObject) => {
      const spec = 'openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject;
      for (const path of Object.values((spec as { paths?: Record<string, Record<string, Record<string, unknown>>> }).paths ?? {})) {
        for (const operation of Object.values(path)) {
          if (operation['x-body-optional']) {
            delete operation['x-body-optional'];
            const body = operation.requestBody as { required?: boolean } | undefined;
            if (body) body.required = false;
          }
        }
      }
      return completeDocument(spec);
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
