import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openapiTypes } from '../scripts/openapi-types.mjs';
import { type CarebookClient, createCarebookClient } from '../sdk/client.js';
import { backends } from './databases.js';
import { ADMIN, createTestApp, type TestApp } from './helpers.js';
import { expectValidFhir } from './support/fhir-validator.js';

/**
 * The typed client in sdk/: its types are what the served /openapi.json generates (so a route change
 * without `npm run sdk:generate` fails here), and a booking flow runs through it end to end.
 */

/** A fetch that hands each request to the app in-process (app.inject), so no port is opened. */
function injectFetch(t: TestApp): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : Buffer.from(await request.arrayBuffer());
    const res = await t.app.inject({
      method: request.method as 'GET',
      url: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(request.headers.entries()),
      ...(body && body.length > 0 ? { payload: body } : {}),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers.set(name, String(value));
    return new Response(res.statusCode === 204 ? null : res.rawPayload, { status: res.statusCode, headers });
  };
}

describe.each(backends)('the typed SDK on %s', (backend) => {
  let t: TestApp;
  let client: (token?: string) => CarebookClient;

  beforeAll(async () => {
    t = await createTestApp(backend);
    client = (token) => createCarebookClient({ baseUrl: 'http://carebook.test', fetch: injectFetch(t), token });
  });
  afterAll(() => t?.close());

  it('sdk/schema.d.ts is what the served /openapi.json generates (run `npm run sdk:generate` after changing routes)', async () => {
    const served = (await t.call('GET', '/openapi.json')).json();
    const committed = readFileSync(new URL('../sdk/schema.d.ts', import.meta.url), 'utf8');
    expect(committed === (await openapiTypes(served)), 'sdk/schema.d.ts is out of date: run `npm run sdk:generate`').toBe(true);
  });

  it('signs in, sets up a provider, a patient and a topic, finds a slot and books it', async () => {
    const anonymous = client();
    const login = await anonymous.POST('/api/v1/auth/token', { body: { email: ADMIN.email, password: ADMIN.password } });
    expect(login.response.status).toBe(200);
    const admin = client(login.data!.access_token);

    const provider = await admin.POST('/api/v1/providers', {
      body: {
        email: 'sdk-provider@carebook.test',
        name: 'Dr. Sdk',
        password: 'provider-pass-1',
        timezone: 'UTC',
        schedule: [{ weekday: 'monday', start: '09:00', end: '12:00' }],
      },
    });
    expect(provider.response.status).toBe(201);
    const patient = await admin.POST('/api/v1/patients', { body: { email: 'sdk-patient@carebook.test', name: 'Pat Sdk', password: 'patient-pass-1' } });
    expect(patient.response.status).toBe(201);
    const topic = await admin.POST('/api/v1/topics', { body: { name: 'SDK visit', duration: 30 } });
    expect(topic.response.status).toBe(201);

    const patientLogin = await anonymous.POST('/api/v1/auth/token', { body: { email: 'sdk-patient@carebook.test', password: 'patient-pass-1' } });
    const me = client(patientLogin.data!.access_token);
    const slots = await me.GET('/api/v1/slots', {
      params: { query: { provider: [provider.data!.id], date: '2030-03-11', topics: [topic.data!.id] } },
    });
    expect(slots.response.status).toBe(200);
    expect(slots.data!.results[0]).toMatchObject({ provider: provider.data!.id, start_time: '2030-03-11T09:00:00.000Z' });

    const booked = await me.POST('/api/v1/appointments', {
      body: { provider: provider.data!.id, topics: [topic.data!.id], start_time: slots.data!.results[0]!.start_time },
    });
    expect(booked.response.status).toBe(201);
    expect(booked.data).toMatchObject({ status: 'scheduled', patient: patient.data!.id });

    const read = await me.GET('/api/v1/appointments/{id}', { params: { path: { id: booked.data!.id } } });
    expect(read.data!.id).toBe(booked.data!.id);

    // The same appointment through the FHIR facade, with the same client.
    const fhir = await me.GET('/fhir/R4/Appointment/{id}', { params: { path: { id: booked.data!.id } } });
    expect(fhir.response.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expectValidFhir(fhir.data);
    expect(fhir.data).toMatchObject({ resourceType: 'Appointment', status: 'booked' });

    // Errors come back typed as problem+json.
    const missing = await me.GET('/api/v1/appointments/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ code: 'not_found' });
  });
});
