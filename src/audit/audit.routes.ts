import { z } from 'zod';
import type { AppContext } from '../context.js';
import { listPage, pagingOf } from '../http/pagination.js';
import { id, instant, iso, listQuery, page } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import { auditOrder, listAudit } from './audit.repository.js';

const auditQuery = z.object({
  ...listQuery,
  /** A user id or an API key id. */
  actor: id.optional(),
  actor_type: z.enum(['user', 'api_key', 'system']).optional(),
  /** The table the record is in: `appointments`, `providers`, `patients`, `users`, `api_keys`, ... */
  record_type: z.string().trim().max(64).optional(),
  record_id: z.string().trim().max(200).optional(),
  /** Entries at or after this instant. */
  from: instant.optional(),
  /** Entries before this instant. */
  to: instant.optional(),
});

const auditOut = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ type: z.enum(['user', 'api_key', 'system']), id: z.string().nullable() }),
  address: z.string().nullable(),
  route: z.string().nullable().describe('The method and route template of the request, e.g. `POST /api/v1/appointments`'),
  action: z.enum(['insert', 'update', 'delete', 'reveal']),
  record: z.object({ type: z.string(), id: z.string().nullable() }),
  summary: z
    .object({ fields: z.array(z.string()).optional(), status: z.object({ from: z.unknown(), to: z.unknown() }).optional() })
    .describe('The fields that changed (never their values, so no secret or personal detail), and a status change'),
});

export function registerAuditRoutes(app: App, ctx: AppContext, auth: Auth) {
  app.get('/audit', {
    onRequest: auth.require('admin'),
    schema: {
      tags: ['audit'],
      summary: 'The audit trail: every write and every reveal of bank details, newest first (admins)',
      description:
        'Each entry is written in the transaction of the change it records: who (a user or an API key; `system` for the worker), ' +
        'what (route, record, changed fields), when, and from which address.',
      security: [{ bearerAuth: [] }],
      querystring: auditQuery,
      response: { 200: page(auditOut) },
    },
    handler: async (request) => {
      const q = request.query;
      const { rows, ...page } = await listAudit(ctx.db, {
        actor: q.actor,
        actorType: q.actor_type,
        recordType: q.record_type,
        recordId: q.record_id,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        ...pagingOf(q, auditOrder),
      });
      const results = rows.map((r) => ({
        id: String(r.id),
        at: iso(r.at),
        actor: { type: r.actor_type, id: r.actor_id },
        address: r.address,
        route: r.route,
        action: r.action,
        record: { type: r.record_type, id: r.record_id },
        summary: r.summary,
      }));
      return listPage(request, q, { ...page, results });
    },
  });
}
