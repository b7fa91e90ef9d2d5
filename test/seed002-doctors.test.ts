import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, type TestApp } from './helpers.js';

const unique = () => randomBytes(4).toString('hex');

describe.each(backends)("seed 002's doctors on %s", (backend) => {
  let t: TestApp;
  let hour = 0;
  const nextStart = () => new Date(Date.parse('2030-08-01T08:00:00Z') + hour++ * 3_600_000).toISOString();

  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t?.close());

  describe('locations as address strings', () => {
    it('each becomes a facility, is read back as the same string, and matches an existing facility', async () => {
      const street = `${unique()} Main Street, Boston`;
      const existing = (await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: 'North Clinic', address: [`1 ${unique()} Road`, 'Boston'], timezone: 'America/New_York' } })).json();
      const known = existing.address.join(', ');
      const doctor = await makeProvider(t, { timezone: 'America/New_York', locations: [street, known.toUpperCase()] });
      const seen = (await t.call('GET', `/api/v1/providers/${doctor.id}`, { token: t.adminToken })).json();
      expect(seen.locations.sort()).toEqual([street, known].sort());
      expect(seen.facilities).toContain(existing.id);
      const created = seen.facilities.find((f: string) => f !== existing.id);
      const facility = (await t.call('GET', `/api/v1/facilities/${created}`, { token: t.adminToken })).json();
      expect(facility).toMatchObject({ name: street, address: [street], timezone: 'America/New_York' });

      // The same string for a second doctor is the same facility, not a copy.
      const colleague = await makeProvider(t, { locations: [street] });
      const theirs = (await t.call('GET', `/api/v1/providers/${colleague.id}`, { token: t.adminToken })).json();
      expect(theirs.facilities).toEqual([created]);
    });

    it('PATCH replaces the locations', async () => {
      const doctor = await makeProvider(t, { locations: [`${unique()} Elm St`] });
      const next = `${unique()} Oak Ave`;
      const res = await t.call('PATCH', `/api/v1/providers/${doctor.id}`, { token: t.adminToken, body: { locations: [next] } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().locations).toEqual([next]);
    });

    it('an empty location is 422 naming it', async () => {
      const res = await t.call('POST', '/api/v1/providers', { token: t.adminToken, body: { email: `d-${unique()}@carebook.test`, name: 'Dr. E', password: 'provider-pass-1', locations: ['  '] } });
      expect(expectProblem(res, 422).errors!.map((e) => e.field)).toEqual(['locations.0']);
    });
  });

  describe('DELETE /providers/{id}', () => {
    it('deactivates the provider and keeps their appointments', async () => {
      const doctor = await makeProvider(t);
      const patient = await makePatient(t);
      const topic = await makeTopic(t, 30);
      const a = (await book(t, { provider: doctor.id, patient: patient.id, topics: [topic], start_time: nextStart() })).json();
      const res = await t.call('DELETE', `/api/v1/providers/${doctor.id}`, { token: t.adminToken });
      expect(res.statusCode, res.body).toBe(204);
      const seen = (await t.call('GET', `/api/v1/providers/${doctor.id}`, { token: t.adminToken })).json();
      expect(seen.active).toBe(false);
      expect((await t.call('GET', `/api/v1/appointments/${a.id}`, { token: t.adminToken })).statusCode).toBe(200);
      expectProblem(await book(t, { provider: doctor.id, patient: patient.id, topics: [topic], start_time: nextStart() }), 422);
      expect((await t.call('POST', `/api/v1/providers/${doctor.id}/activate`, { token: t.adminToken })).json().active).toBe(true);
    });

    it('is documented and staff-only', async () => {
      const doc = (await t.call('GET', '/openapi.json')).json();
      expect(doc.paths['/api/v1/providers/{id}'].delete.description).toMatch(/deactivate/i);
      const patient = await makePatient(t);
      const doctor = await makeProvider(t);
      expectProblem(await t.call('DELETE', `/api/v1/providers/${doctor.id}`, { token: patient.token }), 403);
      expectProblem(await t.call('DELETE', `/api/v1/providers/${doctor.id}`, { token: doctor.token }), 403);
    });
  });

  describe('a booking may omit topics when the provider has default_minutes', () => {
    it('takes 15 minutes from the provider', async () => {
      const doctor = await makeProvider(t, { default_minutes: 15 });
      expect((await t.call('GET', `/api/v1/providers/${doctor.id}`, { token: t.adminToken })).json().default_minutes).toBe(15);
      const patient = await makePatient(t);
      const start = nextStart();
      const res = await book(t, { provider: doctor.id, patient: patient.id, start_time: start });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ topics: [], duration_minutes: 15, end_time: new Date(Date.parse(start) + 15 * 60_000).toISOString() });
    });

    it('without a default, leaving topics out is still 422 on topics', async () => {
      const doctor = await makeProvider(t);
      const patient = await makePatient(t);
      const res = await book(t, { provider: doctor.id, patient: patient.id, start_time: nextStart() });
      expect(expectProblem(res, 422).errors!.map((e) => e.field)).toEqual(['topics']);
    });
  });
});
