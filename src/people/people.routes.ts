import { requireVerifiedEmail } from '../accounts/verified.js';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { callerOf, isStaff } from '../http/auth.js';
import { notFound } from '../http/errors.js';
import { listPage, pagingOf } from '../http/pagination.js';
import { patientOrder, providerOrder, userOrder } from './people.repository.js';
import { idParams, page, pathId } from '../http/schemas.js';
import type { App, Auth } from '../http/types.js';
import {
  patientCreate,
  patientOut,
  patientUpdate,
  peopleListQuery,
  providerCreate,
  providerOut,
  providerUpdate,
  userCreate,
  userOut,
  userUpdate,
} from './people.schemas.js';
import * as service from './people.service.js';
import { profileExtras } from '../providers/profile.service.js';
import type { Caller } from '../http/auth.js';
import { patientView, providerView, userView } from './people.views.js';

const bearer = [{ bearerAuth: [] }];

export function registerPeopleRoutes(app: App, ctx: AppContext, auth: Auth) {
  /** Providers as this caller may see them, with the computed profile fields (one batch for a page). */
  const viewProviders = async (providers: service.ProviderWithFacilities[], caller: Caller) => {
    const extras = await profileExtras(ctx, caller, providers.map((p) => p.id));
    return providers.map((p) => providerView(p, caller, extras.get(p.id)));
  };
  const viewProvider = async (provider: service.ProviderWithFacilities, caller: Caller) => (await viewProviders([provider], caller))[0]!;

  // ---- providers ----
  // Only admins add practitioners; staff keep their availability and appointments (issue 13, seed 003).
  app.post('/providers', {
    onRequest: auth.require('people:write', 'admin'),
    schema: { tags: ['providers'], summary: 'Create a provider and their user account (admins)', security: bearer, body: providerCreate, response: { 201: providerOut } },
    handler: async (request, reply) => {
      const provider = await service.createProvider(ctx, callerOf(request).userId, request.body);
      return reply.code(201).send(await viewProvider(provider, callerOf(request)));
    },
  });

  app.get('/providers', {
    onRequest: auth.require('people:read'),
    schema: { tags: ['providers'], summary: 'List providers', security: bearer, querystring: peopleListQuery, response: { 200: page(providerOut) } },
    handler: async (request) => {
      const caller = callerOf(request);
      // Only staff see inactive providers; everyone else sees the ones that can be booked.
      const query = { ...request.query, ...pagingOf(request.query, providerOrder), ...(isStaff(caller) ? {} : { active: true }) };
      const { rows, ...page } = await service.listProviders(ctx, query);
      return listPage(request, request.query, { ...page, results: await viewProviders(rows, caller) });
    },
  });

  app.get('/providers/:id', {
    onRequest: auth.require('people:read'),
    schema: { tags: ['providers'], summary: 'Get a provider', security: bearer, params: idParams, response: { 200: providerOut } },
    handler: async (request) => {
      const caller = callerOf(request);
      const provider = await service.getProvider(ctx, pathId(request.params.id, 'Provider'));
      if (!provider.active && !isStaff(caller)) throw notFound('Provider');
      return viewProvider(provider, caller);
    },
  });

  app.patch('/providers/:id', {
    onRequest: auth.require('people:write', 'admin', 'staff', 'provider'),
    schema: { tags: ['providers'], summary: 'Update a provider (staff, admin, or the provider themself)', security: bearer, params: idParams, body: providerUpdate, response: { 200: providerOut } },
    handler: async (request) => {
      const caller = callerOf(request);
      const provider = await service.updateProvider(ctx, caller, pathId(request.params.id, 'Provider'), request.body);
      return viewProvider(provider, caller);
    },
  });

  app.delete('/providers/:id', {
    onRequest: auth.require('people:write', 'admin', 'staff'),
    schema: {
      tags: ['providers'],
      summary: 'Deactivate a provider (seed 002\'s delete)',
      description:
        'The same as `POST /providers/{id}/deactivate`: the provider can no longer be booked or sign in, and their appointments, hours and history stay. ' +
        '`POST /providers/{id}/activate` undoes it.',
      security: bearer,
      params: idParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await service.updateProvider(ctx, callerOf(request), pathId(request.params.id, 'Provider'), { active: false });
      return reply.code(204).send(null);
    },
  });

  for (const [action, active] of [['deactivate', false], ['activate', true]] as const) {
    app.post(`/providers/:id/${action}`, {
      onRequest: auth.require('people:write', 'admin', 'staff'),
      schema: { tags: ['providers'], summary: `${action === 'activate' ? 'Reactivate' : 'Deactivate'} a provider (an inactive provider cannot be booked or log in)`, security: bearer, params: idParams, response: { 200: providerOut } },
      handler: async (request) => {
        const caller = callerOf(request);
        const provider = await service.updateProvider(ctx, caller, pathId(request.params.id, 'Provider'), { active });
        return viewProvider(provider, caller);
      },
    });
  }

  // ---- patients ----
  app.post('/patients', {
    onRequest: auth.require('people:write', 'admin', 'staff'),
    schema: { tags: ['patients'], summary: 'Create a patient and their user account', security: bearer, body: patientCreate, response: { 201: patientOut } },
    handler: async (request, reply) => reply.code(201).send(patientView(await service.createPatient(ctx, request.body))),
  });

  app.get('/patients', {
    onRequest: auth.require('people:read'),
    schema: { tags: ['patients'], summary: 'List patients (a patient sees only themself)', security: bearer, querystring: peopleListQuery, response: { 200: page(patientOut) } },
    handler: async (request) => {
      const caller = callerOf(request);
      const { rows, ...page } = await service.listPatients(ctx, caller, { ...request.query, ...pagingOf(request.query, patientOrder) });
      const full = await service.patientsWithFullDetails(ctx, caller, rows.map((p) => p.id));
      return listPage(request, request.query, { ...page, results: rows.map((p) => patientView(p, full.has(p.id))) });
    },
  });

  app.get('/patients/:id', {
    onRequest: auth.require('people:read'),
    schema: { tags: ['patients'], summary: 'Get a patient', security: bearer, params: idParams, response: { 200: patientOut } },
    handler: async (request) => {
      const caller = callerOf(request);
      const patient = await service.getPatient(ctx, caller, pathId(request.params.id, 'Patient'));
      return patientView(patient, (await service.patientsWithFullDetails(ctx, caller, [patient.id])).has(patient.id));
    },
  });

  app.patch('/patients/:id', {
    onRequest: [auth.require('people:write'), requireVerifiedEmail],
    schema: { tags: ['patients'], summary: 'Update a patient (staff, admin, or the patient themself)', security: bearer, params: idParams, body: patientUpdate, response: { 200: patientOut } },
    handler: async (request) =>
      patientView(await service.updatePatient(ctx, callerOf(request), pathId(request.params.id, 'Patient'), request.body)),
  });

  for (const [action, active] of [['deactivate', false], ['activate', true]] as const) {
    app.post(`/patients/:id/${action}`, {
      onRequest: auth.require('people:write', 'admin', 'staff'),
      schema: { tags: ['patients'], summary: `${action === 'activate' ? 'Reactivate' : 'Deactivate'} a patient`, security: bearer, params: idParams, response: { 200: patientOut } },
      handler: async (request) =>
        patientView(await service.updatePatient(ctx, callerOf(request), pathId(request.params.id, 'Patient'), { active })),
    });
  }

  // ---- staff and admin users ----
  app.post('/users', {
    onRequest: auth.require('admin'),
    schema: { tags: ['users'], summary: 'Create a staff member or admin', security: bearer, body: userCreate, response: { 201: userOut } },
    handler: async (request, reply) => reply.code(201).send(userView(await service.createStaffUser(ctx, request.body))),
  });

  app.get('/users', {
    onRequest: auth.require('admin'),
    schema: {
      tags: ['users'],
      summary: 'List users',
      security: bearer,
      querystring: peopleListQuery.extend({ role: z.enum(['admin', 'staff', 'provider', 'patient']).optional() }),
      response: { 200: page(userOut) },
    },
    handler: async (request) => {
      const { rows, ...page } = await service.listUsers(ctx, { ...request.query, ...pagingOf(request.query, userOrder) });
      return listPage(request, request.query, { ...page, results: rows.map(userView) });
    },
  });

  app.get('/users/:id', {
    onRequest: auth.require('admin'),
    schema: { tags: ['users'], summary: 'Get a user', security: bearer, params: idParams, response: { 200: userOut } },
    handler: async (request) => userView(await service.getUser(ctx, pathId(request.params.id, 'User'))),
  });

  app.patch('/users/:id', {
    onRequest: auth.require('admin'),
    schema: { tags: ['users'], summary: "Update a user (name, phone, password, active; a patient's timezone)", security: bearer, params: idParams, body: userUpdate, response: { 200: userOut } },
    handler: async (request) => userView(await service.updateUser(ctx, callerOf(request), pathId(request.params.id, 'User'), request.body)),
  });
}
