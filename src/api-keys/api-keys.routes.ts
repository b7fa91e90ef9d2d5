import { z } from 'zod';
import type { AppContext } from '../context.js';
import { callerOf } from '../http/auth.js';
import { listPage, pagingOf } from '../http/pagination.js';
import { apiKeyOrder } from './api-keys.repository.js';
import { idParams, page, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { apiKeyCreate, apiKeyCreatedOut, apiKeyListQuery, apiKeyOut } from './api-keys.schemas.js';
import * as service from './api-keys.service.js';
import { SCOPES } from './scopes.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['api-keys'];

/** Keys for trusted services (seed 002), managed by admins; a key cannot manage keys. */
export function registerApiKeyRoutes(app: App, ctx: AppContext, auth: Auth) {
  const admin = auth.require('admin');

  app.post('/api-keys', {
    onRequest: admin,
    schema: {
      tags,
      summary: 'Create an API key for a trusted service',
      description:
        'The key (`cb_…`) is in this answer only; it is stored hashed. A key acts as staff within its scopes: ' +
        `${SCOPES.map((s) => `\`${s}\``).join(', ')}. Each operation in this document names the scope it needs (\`x-api-key-scope\`); ` +
        'without it a key gets 403 `insufficient_scope`. User accounts, webhooks, API keys, the audit trail and personal feeds take no key.',
      security: bearer,
      body: apiKeyCreate,
      response: { 201: apiKeyCreatedOut },
    },
    handler: async (request, reply) => reply.code(201).send(await service.createApiKey(ctx, callerOf(request), request.body)),
  });

  app.get('/api-keys', {
    onRequest: admin,
    schema: { tags, summary: 'List API keys (never their secrets)', security: bearer, querystring: apiKeyListQuery, response: { 200: page(apiKeyOut) } },
    handler: async (request) => {
      return listPage(request, request.query, await service.listApiKeys(ctx, pagingOf(request.query, apiKeyOrder)));
    },
  });

  app.delete('/api-keys/:id', {
    onRequest: admin,
    schema: { tags, summary: 'Revoke an API key (at once)', security: bearer, params: idParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await service.revokeApiKey(ctx, pathId(request.params.id, 'API key'));
      return reply.code(204).send(null);
    },
  });
}
