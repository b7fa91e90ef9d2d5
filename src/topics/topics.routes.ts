import type { AppContext } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { invalid, notFound } from '../http/errors.js';
import { listPage, pagingOf } from '../http/pagination.js';
import { idParams, iso, page, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import type { TopicRow } from '../db/types.js';
import * as repo from './topics.repository.js';
import { priceCurrencyErrors, topicCreate, topicListQuery, topicOut, topicUpdate } from './topics.schemas.js';

const bearer = [{ bearerAuth: [] }];

export const topicView = (t: TopicRow) => ({
  id: t.id,
  name: t.name,
  duration: t.duration,
  active: t.active,
  min_notice_minutes: t.min_notice_minutes,
  max_days_ahead: t.max_days_ahead,
  buffer_before_minutes: t.buffer_before_minutes,
  buffer_after_minutes: t.buffer_after_minutes,
  align_minutes: t.align_minutes,
  price: t.price,
  currency: t.currency,
  patient_cancel_cutoff_minutes: t.patient_cancel_cutoff_minutes,
  code: t.code,
  requires_confirmation: t.requires_confirmation,
  created_at: iso(t.created_at),
  updated_at: iso(t.updated_at),
});

// Topics are plain reference data: routes call the repository directly, there is no rule to enforce
// beyond the schema and the database checks.
export function registerTopicRoutes(app: App, ctx: AppContext, auth: Auth) {
  app.post('/topics', {
    onRequest: auth.require('catalog:write', 'admin', 'staff'),
    schema: { tags: ['topics'], summary: 'Create a topic (what a visit is about, and how long it lasts)', security: bearer, body: topicCreate, response: { 201: topicOut } },
    handler: async (request, reply) => reply.code(201).send(topicView(await inTransaction(ctx.db, (trx) => repo.insertTopic(trx, request.body)))),
  });

  app.get('/topics', {
    onRequest: auth.require('catalog:read'),
    schema: { tags: ['topics'], summary: 'List topics', security: bearer, querystring: topicListQuery, response: { 200: page(topicOut) } },
    handler: async (request) => {
      const { rows, ...page } = await repo.listTopics(ctx.db, { ...request.query, ...pagingOf(request.query, repo.topicOrder) });
      return listPage(request, request.query, { ...page, results: rows.map(topicView) });
    },
  });

  app.get('/topics/:id', {
    onRequest: auth.require('catalog:read'),
    schema: { tags: ['topics'], summary: 'Get a topic', security: bearer, params: idParams, response: { 200: topicOut } },
    handler: async (request) => {
      const topic = await repo.findTopic(ctx.db, pathId(request.params.id, 'Topic'));
      if (!topic) throw notFound('Topic');
      return topicView(topic);
    },
  });

  app.patch('/topics/:id', {
    onRequest: auth.require('catalog:write', 'admin', 'staff'),
    schema: { tags: ['topics'], summary: 'Update a topic (existing appointments keep their end time)', security: bearer, params: idParams, body: topicUpdate, response: { 200: topicOut } },
    handler: async (request) => {
      const topicId = pathId(request.params.id, 'Topic');
      const existing = await repo.findTopic(ctx.db, topicId);
      if (!existing) throw notFound('Topic');
      // Price and currency are checked as they will be stored, so either may change alone.
      const { price, currency } = request.body;
      const errors = priceCurrencyErrors({
        price: price !== undefined ? price : existing.price,
        currency: currency !== undefined ? currency : existing.currency,
      });
      if (errors.length > 0) throw invalid(errors);
      const topic = await inTransaction(ctx.db, (trx) => repo.updateTopic(trx, topicId, request.body));
      if (!topic) throw notFound('Topic');
      return topicView(topic);
    },
  });
}
