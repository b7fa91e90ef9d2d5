import fastifySwagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
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
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: jsonSchemaTransform,
  });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(scalar, {
    routePrefix: '/docs',
    configuration: { url: '/openapi.json', title: 'Carebook API' },
  });
}
