import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, type Person, type TestApp } from './helpers.js';

const unique = () => randomBytes(4).toString('hex');

/** Every object schema in a JSON schema tree, with where it sits. */
function objectsIn(schema: any, where: string, components: Record<string, any>, seen = new Set<any>()): { where: string; schema: any }[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  if (typeof schema.$ref === 'string') return objectsIn(components[schema.$ref.split('/').pop()!], where, components, seen);
  const found: { where: string; schema: any }[] = [];
  if (schema.type === 'object' && schema.properties) found.push({ where, schema });
  for (const [key, value] of Object.entries(schema.properties ?? {})) found.push(...objectsIn(value, `${where}.${key}`, components, seen));
  for (const key of ['items', 'additionalProperties'] as const) if (typeof schema[key] === 'object') found.push(...objectsIn(schema[key], `${where}[]`, components, seen));
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const s of schema[key] ?? []) found.push(...objectsIn(s, where, components, seen));
  return found;
}

describe.each(backends)('what a newcomer hit: clear answers on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let patient: Person;
  let topic: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    provider = await makeProvider(t);
    patient = await makePatient(t);
    topic = await makeTopic(t, 30);
  });
  afterAll(() => t?.close());

  describe('unknown keys are refused, each one named', () => {
    it('POST /patients with misspelt and extra keys is 422 naming each', async () => {
      const res = await t.call('POST', '/api/v1/patients', {
        token: t.adminToken,
        body: { email: `p-${unique()}@carebook.test`, name: 'Pat', password: 'patient-pass-1', dob: '1990-01-01', address: 'x', nationality: 'IN' },
      });
      const body = expectProblem(res, 422, 'validation_failed');
      expect(body.errors!.map((e) => e.field).sort()).toEqual(['address', 'dob', 'nationality']);
      for (const e of body.errors!) expect(e.message).toBe('is not a known field');
    });

    it('POST /users with unknown keys is 422 naming each', async () => {
      const res = await t.call('POST', '/api/v1/users', {
        token: t.adminToken,
        body: { email: `u-${unique()}@carebook.test`, name: 'U', password: 'staff-pass-123', role: 'staff', gender: 'x', type: 'staff' },
      });
      const body = expectProblem(res, 422, 'validation_failed');
      expect(body.errors!.map((e) => e.field).sort()).toEqual(['gender', 'type']);
    });

    it('a nested unknown key is named by its path', async () => {
      const res = await t.call('POST', '/api/v1/providers', {
        token: t.adminToken,
        body: { email: `d-${unique()}@carebook.test`, name: 'Dr. X', password: 'provider-pass-1', schedule: [{ weekday: 'monday', start: '09:00', end: '10:00', room: 4 }] },
      });
      const body = expectProblem(res, 422, 'validation_failed');
      expect(body.errors).toContainEqual({ field: 'schedule.0.room', message: 'is not a known field' });
    });

    it('every request body in the API description refuses unknown keys, at every depth', async () => {
      const doc = (await t.call('GET', '/openapi.json')).json();
      const components = doc.components?.schemas ?? {};
      const loose: string[] = [];
      for (const [path, operations] of Object.entries<any>(doc.paths)) {
        for (const [method, op] of Object.entries<any>(operations)) {
          const schema = op.requestBody?.content?.['application/json']?.schema;
          for (const o of objectsIn(schema, `${method.toUpperCase()} ${path}`, components)) {
            if (o.schema.additionalProperties !== false) loose.push(o.where);
          }
        }
      }
      expect(loose).toEqual([]);
    });
  });

  describe('dates far in the future', () => {
    for (const start of ['9999-12-31T23:45:00Z', '9999-06-01T10:00:00Z']) {
      it(`a start_time of ${start} is 422 naming the field`, async () => {
        const res = await book(t, { provider: provider.id, patient: patient.id, topics: [topic], start_time: start });
        const body = expectProblem(res, 422, 'validation_failed');
        expect(body.errors!.map((e) => e.field)).toContain('start_time');
      });
    }
  });

  describe('content types', () => {
    it('a body sent as text/plain is 415', async () => {
      const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: JSON.stringify({ name: 'Plain', duration: 30 }), headers: { 'content-type': 'text/plain' } });
      expectProblem(res, 415, 'unsupported_media_type');
    });
    it('a form-encoded body is 415', async () => {
      const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: 'name=Form&duration=30', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expectProblem(res, 415, 'unsupported_media_type');
    });
  });

  describe('shortcut lists name something real', () => {
    it('by-provider with an unknown id is 404', async () => {
      expectProblem(await t.call('GET', `/api/v1/appointments/by-provider/${randomUUID()}`, { token: t.adminToken }), 404, 'not_found');
    });
    it('by-patient with an unknown id is 404', async () => {
      expectProblem(await t.call('GET', `/api/v1/appointments/by-patient/${randomUUID()}`, { token: t.adminToken }), 404, 'not_found');
    });
    it('by-provider with a known id still lists', async () => {
      const res = await t.call('GET', `/api/v1/appointments/by-provider/${provider.id}`, { token: t.adminToken });
      expect(res.statusCode).toBe(200);
    });
    it('a patient cannot tell a real patient id from an unknown one', async () => {
      const other = await makePatient(t);
      const real = await t.call('GET', `/api/v1/appointments/by-patient/${other.id}`, { token: patient.token });
      const unknown = await t.call('GET', `/api/v1/appointments/by-patient/${randomUUID()}`, { token: patient.token });
      expect([real.statusCode, unknown.statusCode]).toEqual([200, 200]);
      expect(real.json().results).toEqual([]);
      expect(unknown.json()).toEqual(real.json());
    });
  });

  describe('validation messages read as sentences', () => {
    it('a missing password is "is required", not the parser\'s words', async () => {
      const res = await t.call('POST', '/api/v1/auth/token', { body: { email: 'someone@carebook.test' } });
      const body = expectProblem(res, 422, 'validation_failed');
      expect(body.errors).toEqual([{ field: 'password', message: 'is required' }]);
    });
    it('no message anywhere speaks of "expected … received"', async () => {
      const res = await t.call('POST', '/api/v1/appointments', { token: t.adminToken, body: { provider: 5, topics: 'x', start_time: true, mode: 'teleport' } });
      const body = expectProblem(res, 422, 'validation_failed');
      for (const e of body.errors!) {
        expect(e.message).not.toMatch(/expected|received|Invalid input/i);
        expect(e.message.length).toBeGreaterThan(3);
      }
      expect(body.errors).toContainEqual({ field: 'provider', message: 'must be a valid id' });
      expect(body.errors).toContainEqual({ field: 'topics', message: 'must be a list' });
      expect(body.errors!.find((e) => e.field === 'mode')!.message).toBe('must be one of: in_person, phone, video');
    });
    it('a wrong type reads as what it must be', async () => {
      const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'T', duration: '30' } });
      const body = expectProblem(res, 422, 'validation_failed');
      expect(body.errors).toContainEqual({ field: 'duration', message: 'must be a number' });
    });
  });
});
