import type { LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, NOW, type Person, type TestApp } from './helpers.js';

/** Every error, whatever produced it, is one RFC 9457 envelope. */
function expectEnvelope(res: LightMyRequestResponse, status: number, code?: string) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(typeof body.type).toBe('string');
  expect(body.type).toMatch(/^https?:\/\/\S+$/);
  expect(typeof body.title).toBe('string');
  expect(body.title.length).toBeGreaterThan(0);
  expect(body.status).toBe(status);
  expect(typeof body.detail).toBe('string');
  expect(body.detail.length).toBeGreaterThan(0);
  expect(body.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  if (code) expect(body.code).toBe(code);
  if (body.errors !== undefined) {
    expect(Array.isArray(body.errors)).toBe(true);
    for (const e of body.errors) {
      expect(Object.keys(e).sort()).toEqual(['field', 'message']);
      expect(typeof e.field).toBe('string');
      expect(typeof e.message).toBe('string');
    }
  }
  // Nothing internal leaks: no stack traces, SQL or library error codes.
  expect(res.body).not.toMatch(/at .+\.(ts|js):\d+|node_modules|FST_|SQLSTATE|syntax error at|stack/);
  return body;
}

const is4xx = (res: LightMyRequestResponse) => {
  if (res.statusCode < 400 || res.statusCode >= 500) throw new Error(`expected a 4xx, got ${res.statusCode} ${res.body}`);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
};

describe.each(backends)('errors on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let patient: Person;
  let otherPatient: Person;
  let topic: string;
  let appointmentId: string;

  const count = async (table: 'appointments' | 'appointment_events' | 'appointment_topics' | 'topics' | 'users') =>
    Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const snapshot = async () => ({
    appointments: await count('appointments'),
    events: await count('appointment_events'),
    topics: await count('appointment_topics'),
    statuses: (await t.ctx.db.selectFrom('appointments').select(['id', 'status', 'provider_notes', 'updated_at']).orderBy('id').execute()).map((r) => ({
      ...r,
      updated_at: r.updated_at.toISOString(),
    })),
  });

  const valid = () => ({ provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-07-01T10:00:00Z' });

  beforeAll(async () => {
    t = await createTestApp(backend);
    provider = await makeProvider(t);
    patient = await makePatient(t);
    otherPatient = await makePatient(t);
    topic = await makeTopic(t, 30);
    const res = await book(t, { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-07-01T09:00:00Z' });
    if (res.statusCode !== 201) throw new Error(res.body);
    appointmentId = res.json().id;
  });
  afterAll(() => t?.close());

  it('refuses text with a lone surrogate (422) instead of storing U+FFFD, in values and keys, however deep', async () => {
    const before = await count('topics');
    const named = expectProblem(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Check\uD800up', duration: 30 } }), 422, 'validation_failed');
    expect(named.errors).toEqual([{ field: 'name', message: 'is not valid Unicode text (a lone surrogate)' }]);
    const keyed = expectProblem(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Checkup', duration: 30, x: [{ ['\uDC00']: 1 }] } }), 422);
    expect(keyed.errors).toEqual([{ field: 'x[0].\uDC00', message: 'is not valid Unicode text (a lone surrogate)' }]);
    const deep = `{"name": "Checkup", "duration": 30, "deep": ${'['.repeat(30_000)}"\\uD83E"${']'.repeat(30_000)}}`;
    expectEnvelope(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: deep }), 422);
    expect(await count('topics')).toBe(before);
    // A whole pair (an emoji) is text like any other.
    const ok = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: `Checkup \uD83E\uDE7A ${randomUUID().slice(0, 6)}`, duration: 30 } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().name).toContain('🩺');
  });

  describe('the problem envelope', () => {
    it('is used for 400, 401, 403, 404, 409, 413, 415 and 422 alike', async () => {
      expectEnvelope(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: '{"name": "x",' }), 400, 'malformed_json');
      expectEnvelope(await t.call('GET', '/api/v1/me'), 401, 'unauthorized');
      expectEnvelope(await t.call('POST', '/api/v1/topics', { token: patient.token, body: { name: 'x', duration: 5 } }), 403, 'forbidden');
      expectEnvelope(await t.call('GET', '/api/v1/nowhere', { token: t.adminToken }), 404, 'route_not_found');
      expectEnvelope(await t.call('GET', `/api/v1/appointments/${randomUUID()}`, { token: t.adminToken }), 404, 'not_found');
      expectEnvelope(await t.call('POST', '/api/v1/patients', { token: t.adminToken, body: { email: patient.email, name: 'Twin', password: 'long-enough-1' } }), 409, 'email_taken');
      expectEnvelope(await book(t, { ...valid(), start_time: '2030-07-01T09:10:00Z' }), 409, 'slot_unavailable');
      expectEnvelope(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: JSON.stringify({ name: 'x'.repeat(70 * 1024), duration: 5 }) }), 413, 'payload_too_large');
      expectEnvelope(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: '<topic/>', headers: { 'content-type': 'application/xml' } }), 415, 'unsupported_media_type');
      expectEnvelope(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 5, duration: 'x' } }), 422, 'validation_failed');
    });
  });

  describe('malformed requests', () => {
    it('answers malformed JSON with 400 malformed_json', async () => {
      for (const raw of ['{', '{"provider": }', "{'single': 'quotes'}", 'not json at all', '{"a":1}}', '[1,2', '\u0000']) {
        expectEnvelope(await t.call('POST', '/api/v1/appointments', { token: t.adminToken, body: raw }), 400, 'malformed_json');
      }
    });

    it('answers an empty JSON body with 400', async () => {
      const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, headers: { 'content-type': 'application/json' } });
      expectEnvelope(res, 400, 'malformed_json');
    });

    it('answers wrong types with 422 validation_failed and per-field errors', async () => {
      const res = await t.call('POST', '/api/v1/appointments', {
        token: t.adminToken,
        body: { provider: 42, patient: true, topics: 'one', start_time: 1893456000 },
      });
      const body = expectEnvelope(res, 422, 'validation_failed');
      expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['patient', 'provider', 'start_time', 'topics']);
      const topicRes = expectEnvelope(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: ['a'], duration: '30' } }), 422, 'validation_failed');
      expect(topicRes.errors.map((e: { field: string }) => e.field).sort()).toEqual(['duration', 'name']);
    });

    it('answers a JSON body that is not an object with 422', async () => {
      for (const raw of ['[]', '"text"', '42', 'null', 'true']) {
        is4xx(await t.call('POST', '/api/v1/appointments', { token: t.adminToken, body: raw }));
      }
      expectEnvelope(await t.call('POST', '/api/v1/appointments', { token: t.adminToken, body: '[]' }), 422, 'validation_failed');
    });

    it('answers an unknown route with 404', async () => {
      expectEnvelope(await t.call('GET', '/api/v1/does-not-exist'), 404, 'route_not_found');
      expectEnvelope(await t.call('GET', '/api/v2/appointments', { token: t.adminToken }), 404, 'route_not_found');
      expectEnvelope(await t.call('POST', '/nope', { body: {} }), 404, 'route_not_found');
      expectEnvelope(await t.call('GET', `/api/v1/appointments/${appointmentId}/nothing`, { token: t.adminToken }), 404, 'route_not_found');
      // A method the route does not have.
      const del = await t.call('DELETE', '/api/v1/topics', { token: t.adminToken });
      expect([404, 405]).toContain(del.statusCode);
      expectEnvelope(del, del.statusCode);
    });

    it('answers a body over BODY_LIMIT_BYTES with 413 and stores nothing', async () => {
      expect(t.ctx.config.BODY_LIMIT_BYTES).toBe(64 * 1024);
      const before = await count('topics');
      const big = JSON.stringify({ name: 'n'.repeat(65 * 1024), duration: 30 });
      expect(Buffer.byteLength(big)).toBeGreaterThan(64 * 1024);
      expectEnvelope(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: big }), 413, 'payload_too_large');
      const bigBooking = JSON.stringify({ ...valid(), provider_notes: 'x'.repeat(70_000) });
      expectEnvelope(await t.call('POST', '/api/v1/appointments', { token: t.adminToken, body: bigBooking }), 413, 'payload_too_large');
      expect(await count('topics')).toBe(before);
      // Just under the limit is parsed (and then validated: the name is too long).
      const under = JSON.stringify({ name: 'n'.repeat(60 * 1024), duration: 30 });
      expectEnvelope(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: under }), 422, 'validation_failed');
    });

    it('refuses unknown fields in an appointment create with 422', async () => {
      for (const extra of [{ status: 'completed' }, { id: randomUUID() }, { end_time: '2030-07-01T12:00:00Z' }, { created_by: randomUUID() }, { __proto__x: 1 }]) {
        expectEnvelope(await book(t, { ...valid(), ...extra }), 422, 'validation_failed');
      }
    });

    it('refuses prototype-polluting JSON without a 500', async () => {
      const res = await t.call('POST', '/api/v1/appointments', { token: t.adminToken, body: `{"__proto__": {"isAdmin": true}, "start_time": "2030-07-01T10:00:00Z"}` });
      is4xx(res);
      const ctor = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: '{"constructor": {"prototype": {"x": 1}}, "name": "p", "duration": 5}' });
      is4xx(ctor);
    });

    it('answers deeply nested JSON with a 4xx', async () => {
      const depth = 20_000;
      const nested = `{"provider": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
      is4xx(await t.call('POST', '/api/v1/appointments', { token: t.adminToken, body: nested }));
      const objects = `{"topics": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
      is4xx(await t.call('POST', '/api/v1/appointments', { token: t.adminToken, body: objects }));
    });
  });

  describe('hostile values never give a 500', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['a huge string as provider id', { provider: 'p'.repeat(50_000) }],
      ['a huge string as a topic id', { topics: ['t'.repeat(50_000)] }],
      ['a huge start time', { start_time: `2030-07-01T10:00:00${'0'.repeat(50_000)}Z` }],
      ['null provider', { provider: null }],
      ['null patient', { patient: null }],
      ['null topics', { topics: null }],
      ['null topic in the list', { topics: [null] }],
      ['null start time', { start_time: null }],
      ['an object as provider id', { provider: { id: 'x' } }],
      ['an object as patient id', { patient: { $ne: null } }],
      ['objects as topic ids', { topics: [{ id: 'x' }] }],
      ['nested arrays as topic ids', { topics: [[[]]] }],
      ['an array as provider id', { provider: ['a', 'b'] }],
      ['an object as start time', { start_time: { date: '2030-07-01' } }],
      ['a number as start time', { start_time: 1_900_000_000_000 }],
      ['February 30th', { start_time: '2030-02-30T10:00:00Z' }],
      ['month 13', { start_time: '2030-13-01T00:00:00Z' }],
      ['hour 25', { start_time: '2030-07-01T25:00:00Z' }],
      ['minute 60', { start_time: '2030-07-01T10:60:00Z' }],
      ['"tomorrow"', { start_time: 'tomorrow' }],
      ['an empty start time', { start_time: '' }],
      ['a date without a time', { start_time: '2030-07-01' }],
      ['a time without an offset', { start_time: '2030-07-01T10:00:00' }],
      ['a year beyond 9999', { start_time: '+275760-09-13T00:00:00Z' }],
      ['year 10000', { start_time: '10000-01-01T00:00:00Z' }],
      ['year 0', { start_time: '0000-01-01T00:00:00Z' }],
      ['an absurd offset', { start_time: '2030-07-01T10:00:00+99:99' }],
      ['a SQL injection attempt', { provider: "'; DROP TABLE appointments; --" }],
      ['a NUL byte', { provider_notes: 'a\u0000b' }],
      ['a uuid with braces', { provider: `{${randomUUID()}}` }],
      ['too many topics', { topics: Array.from({ length: 25 }, () => randomUUID()) }],
      ['a numeric topic alias', { topics: undefined, topic: 7 }],
    ];

    it.each(cases)('%s: 4xx, and nothing changes', async (_label, override) => {
      const before = await snapshot();
      const res = await book(t, { ...valid(), ...override });
      is4xx(res);
      expect(await snapshot()).toEqual(before);
    });

    it('the impossible dates are 422 validation errors on start_time', async () => {
      for (const start_time of ['2030-02-30T10:00:00Z', '2030-13-01T00:00:00Z', 'tomorrow', '2030-07-01T25:00:00Z']) {
        const body = expectProblem(await book(t, { ...valid(), start_time }), 422, 'validation_failed');
        expect(body.errors?.length).toBeGreaterThan(0);
        expect(new Set(body.errors?.map((e) => e.field))).toEqual(new Set(['start_time']));
      }
    });

    it('hostile query values are 422', async () => {
      for (const q of [
        'limit=1e400',
        'limit=-0.5',
        'limit=NaN',
        'limit=9007199254740993',
        'offset=99999999999999999999',
        'from=garbage',
        'to=2030-02-30T00:00:00Z',
        'status=nope',
        'status=',
        `provider=${'a'.repeat(10_000)}`,
        'topic=%00',
        'ordering=start_time;DROP%20TABLE%20users',
        'patient=%27%20OR%201%3D1',
      ]) {
        expectEnvelope(await t.call('GET', `/api/v1/appointments?${q}`, { token: t.adminToken }), 422, 'validation_failed');
      }
    });

    it('odd query keys are ignored or refused, never a 500', async () => {
      for (const q of ['provider[]=x', 'provider[$ne]=1', 'limit=1&limit=2', '__proto__[x]=1', 'constructor=1', '&&&==&', `${'k'.repeat(5000)}=v`]) {
        const res = await t.call('GET', `/api/v1/appointments?${q}`, { token: t.adminToken });
        expect(res.statusCode).toBeLessThan(500);
      }
    });

    it('hostile path ids are 404', async () => {
      for (const id of ['%00', '..%2F..%2Fetc%2Fpasswd', "1'%20OR%20'1'%3D'1", 'null', 'undefined', '-1', '0', `${'a'.repeat(99)}`, randomUUID().toUpperCase().replace(/-/g, '')]) {
        const res = await t.call('GET', `/api/v1/appointments/${id}`, { token: t.adminToken });
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        is4xx(await t.call('PATCH', `/api/v1/appointments/${id}`, { token: t.adminToken, body: { provider_notes: 'x' } }));
        is4xx(await t.call('POST', `/api/v1/appointments/${id}/cancel`, { token: t.adminToken, body: { on_behalf_of: 'patient' } }));
        is4xx(await t.call('GET', `/api/v1/providers/${id}`, { token: t.adminToken }));
        is4xx(await t.call('GET', `/api/v1/topics/${id}`, { token: t.adminToken }));
      }
    });

    it('a long path id (150 characters) is a 404 like any malformed id', async () => {
      const id = 'a'.repeat(150);
      expectEnvelope(await t.call('GET', `/api/v1/appointments/${id}`, { token: t.adminToken }), 404, 'not_found');
      expectEnvelope(await t.call('GET', `/api/v1/topics/${id}`, { token: t.adminToken }), 404, 'not_found');
    });

    it('a path parameter longer than the router accepts still gets a problem+json 4xx', async () => {
      const res = await t.call('GET', `/api/v1/appointments/${'b'.repeat(500)}`, { token: t.adminToken });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expectEnvelope(res, res.statusCode);
    });

    it('a malformed percent-encoding in the path still gets a problem+json 4xx', async () => {
      const res = await t.call('GET', '/api/v1/appointments/%E0%A4%A', { token: t.adminToken });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expectEnvelope(res, res.statusCode);
    });

    it('hostile headers are 4xx', async () => {
      is4xx(await t.call('GET', '/api/v1/appointments', { headers: { authorization: `Bearer ${'x'.repeat(20_000)}` } }));
      is4xx(await t.call('GET', '/api/v1/appointments', { headers: { authorization: 'Bearer a.b.c.d.e' } }));
      is4xx(await t.call('GET', '/api/v1/appointments', { headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' } }));
      is4xx(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: '{}', headers: { 'content-type': 'application/json; charset=utf-16' } }));
      is4xx(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: '{}', headers: { 'content-type': 'application/xml' } }));
    });
  });

  describe('a rejected request changes nothing', () => {
    it('leaves appointments, topics and history as they were', async () => {
      const before = await snapshot();
      // Validation, authorization, conflict, state and ownership failures, one after another.
      expectProblem(await book(t, { ...valid(), topics: [] }), 422, 'validation_failed');
      expectProblem(await book(t, { ...valid(), topics: [topic, randomUUID()] }), 422, 'validation_failed');
      expectProblem(await book(t, { ...valid(), start_time: '2030-01-01T00:00:00Z' }), 422, 'validation_failed');
      expectProblem(await book(t, { ...valid(), start_time: '2030-07-01T09:15:00Z' }), 409, 'slot_unavailable');
      expectProblem(await book(t, { ...valid(), patient: otherPatient.id }, patient.token), 403, 'forbidden');
      expectProblem(await t.call('PATCH', `/api/v1/appointments/${appointmentId}`, { token: patient.token, body: { provider_notes: 'x' } }), 403, 'forbidden');
      expectProblem(await t.call('PATCH', `/api/v1/appointments/${appointmentId}`, { token: otherPatient.token, body: { status: 'user_canceled' } }), 404, 'not_found');
      expectProblem(await t.call('POST', `/api/v1/appointments/${appointmentId}/cancel`, { token: t.adminToken, body: {} }), 422, 'validation_failed');
      expectProblem(await t.call('PATCH', `/api/v1/appointments/${appointmentId}`, { token: provider.token, body: { status: 'user_canceled' } }), 403, 'forbidden');
      expectProblem(await t.call('PATCH', `/api/v1/appointments/${appointmentId}`, { token: provider.token, body: { status: 'completed', cancel_reason: 'x' } }), 422, 'validation_failed');
      expect(await snapshot()).toEqual(before);
    });

    it('rolls back a state change refused after the status check', async () => {
      const res = await book(t, { ...valid(), start_time: '2030-07-02T09:00:00Z' });
      expect(res.statusCode).toBe(201);
      const id = res.json().id;
      // A visit completes only near its start.
      t.clock.set('2030-07-02T09:00:00Z');
      expect((await t.call('PATCH', `/api/v1/appointments/${id}`, { token: provider.token, body: { status: 'completed' } })).statusCode).toBe(200);
      t.clock.set(NOW);
      const before = await snapshot();
      // Notes with an impossible status change: nothing of it may land.
      expectProblem(await t.call('PATCH', `/api/v1/appointments/${id}`, { token: provider.token, body: { status: 'provider_canceled', provider_notes: 'should not stick' } }), 409, 'invalid_transition');
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('trailing slashes', () => {
    it('are tolerated', async () => {
      const plain = await t.call('GET', '/api/v1/topics', { token: t.adminToken });
      const slashed = await t.call('GET', '/api/v1/topics/', { token: t.adminToken });
      expect(slashed.statusCode).toBe(200);
      expect(slashed.json()).toEqual(plain.json());
      expect((await t.call('GET', '/health/')).statusCode).toBe(200);
      expect((await t.call('GET', `/api/v1/appointments/${appointmentId}/`, { token: t.adminToken })).json().id).toBe(appointmentId);
      expect((await t.call('GET', '/api/v1/me/', { token: patient.token })).json().patient_id).toBe(patient.id);
      const created = await t.call('POST', '/api/v1/topics/', { token: t.adminToken, body: { name: 'Slashed', duration: 10 } });
      expect(created.statusCode).toBe(201);
    });
  });
});
