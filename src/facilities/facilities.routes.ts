import type { AppContext } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import type { FacilityRow } from '../db/types.js';
import { notFound } from '../http/errors.js';
import { listPage, pagingOf } from '../http/pagination.js';
import { idParams, iso, page, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import * as repo from './facilities.repository.js';
import { updateFacility } from './facilities.service.js';
import { facilityCreate, facilityListQuery, facilityOut, facilityUpdate } from './facilities.schemas.js';

const bearer = [{ bearerAuth: [] }];
const tags = ['facilities'];

export const facilityView = (f: FacilityRow) => ({
  id: f.id,
  name: f.name,
  address: f.address,
  timezone: f.timezone,
  operating_hours: f.operating_hours,
  closures: f.closures,
  appointment_minutes: f.appointment_minutes,
  align_minutes: f.align_minutes,
  single_occupancy: f.single_occupancy,
  active: f.active,
  created_at: iso(f.created_at),
  updated_at: iso(f.updated_at),
});

export function registerFacilityRoutes(app: App, ctx: AppContext, auth: Auth) {
  app.post('/facilities', {
    onRequest: auth.require('catalog:write', 'admin', 'staff'),
    schema: {
      tags,
      summary: 'Create a facility (clinic, hospital, practice location)',
      description:
        '`operating_hours` are wall-clock ranges in the facility\'s `timezone`; several per day are allowed, a weekday without any is closed, and an empty list means no restriction. `closures` are whole local days. `appointment_minutes` and `align_minutes` make every visit there a fixed length starting on that alignment (e.g. 60 and 60: one hour, on the hour).',
      security: bearer,
      body: facilityCreate,
      response: { 201: facilityOut },
    },
    handler: async (request, reply) => reply.code(201).send(facilityView(await inTransaction(ctx.db, (trx) => repo.insertFacility(trx, request.body)))),
  });

  app.get('/facilities', {
    onRequest: auth.require('catalog:read'),
    schema: { tags, summary: 'List facilities', security: bearer, querystring: facilityListQuery, response: { 200: page(facilityOut) } },
    handler: async (request) => {
      const { rows, ...page } = await repo.listFacilities(ctx.db, { ...request.query, ...pagingOf(request.query, repo.facilityOrder) });
      return listPage(request, request.query, { ...page, results: rows.map(facilityView) });
    },
  });

  app.get('/facilities/:id', {
    onRequest: auth.require('catalog:read'),
    schema: { tags, summary: 'Get a facility', security: bearer, params: idParams, response: { 200: facilityOut } },
    handler: async (request) => {
      const facility = await repo.findFacility(ctx.db, pathId(request.params.id, 'Facility'));
      if (!facility) throw notFound('Facility');
      return facilityView(facility);
    },
  });

  app.patch('/facilities/:id', {
    onRequest: auth.require('catalog:write', 'admin', 'staff'),
    schema: { tags, summary: 'Update a facility', security: bearer, params: idParams, body: facilityUpdate, response: { 200: facilityOut } },
    handler: async (request) => {
      return facilityView(await updateFacility(ctx, pathId(request.params.id, 'Facility'), request.body));
    },
  });
}
