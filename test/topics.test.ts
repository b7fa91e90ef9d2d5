import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, type Person, type TestApp } from './helpers.js';

const uniq = () => randomBytes(4).toString('hex');

describe.each(backends)('topics on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let provider: Person;
  let patient: Person;

  const topicCount = async () => Number((await t.ctx.db.selectFrom('topics').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp(backend);
    staff = await makeStaff(t);
    provider = await makeProvider(t);
    patient = await makePatient(t);
  });
  afterAll(() => t?.close());

  describe('POST /api/v1/topics', () => {
    it('creates a topic as admin', async () => {
      const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Primary Care Checkup', duration: 30 } });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(Object.keys(body)).toEqual(expect.arrayContaining(['active', 'created_at', 'duration', 'id', 'name', 'updated_at']));
      expect(body).toMatchObject({ name: 'Primary Care Checkup', duration: 30, active: true });
      expect(new Date(body.created_at).toISOString()).toBe(body.created_at);
      const row = await t.ctx.db.selectFrom('topics').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ name: 'Primary Care Checkup', duration: 30, active: true });
    });

    it('creates a topic as staff', async () => {
      const res = await t.call('POST', '/api/v1/topics', { token: staff.token, body: { name: 'Bug Bite', duration: 15 } });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ name: 'Bug Bite', duration: 15 });
    });

    it('accepts the boundaries: a 1-character and a 256-character name, 1 minute', async () => {
      const one = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'X', duration: 1 } });
      expect(one.statusCode).toBe(201);
      const long = 'n'.repeat(256);
      const max = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: long, duration: 60 } });
      expect(max.statusCode).toBe(201);
      expect(max.json().name).toBe(long);
    });

    it.each([
      ['0', 0],
      ['-5', -5],
      ['1.5', 1.5],
      ['the string "30"', '30'],
      ['null', null],
      ['a boolean', true],
      ['an object', { minutes: 30 }],
    ])('refuses duration %s with a field error', async (_label, duration) => {
      const before = await topicCount();
      const body = expectProblem(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: `Bad ${uniq()}`, duration } }), 422, 'validation_failed');
      expect(body.errors?.map((e) => e.field)).toEqual(['duration']);
      expect(body.errors?.[0]?.message).toEqual(expect.any(String));
      expect(await topicCount()).toBe(before);
    });

    it('refuses a missing duration', async () => {
      const body = expectProblem(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'No duration' } }), 422, 'validation_failed');
      expect(body.errors?.map((e) => e.field)).toEqual(['duration']);
    });

    it.each([
      ['empty', ''],
      ['blank', '   '],
      ['257 characters', 'n'.repeat(257)],
      ['a number', 12],
      ['null', null],
    ])('refuses a name that is %s with a field error', async (_label, name) => {
      const before = await topicCount();
      const body = expectProblem(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name, duration: 30 } }), 422, 'validation_failed');
      expect(body.errors?.map((e) => e.field)).toEqual(['name']);
      expect(await topicCount()).toBe(before);
    });

    it('refuses a missing name and reports both fields when both are missing', async () => {
      const noName = expectProblem(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { duration: 30 } }), 422, 'validation_failed');
      expect(noName.errors?.map((e) => e.field)).toEqual(['name']);
      const nothing = expectProblem(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: {} }), 422, 'validation_failed');
      expect(nothing.errors?.map((e) => e.field).sort()).toEqual(['duration', 'name']);
    });

    it('is refused to patients and providers (403) and to anonymous callers (401)', async () => {
      const before = await topicCount();
      const body = { name: 'Sneaky', duration: 30 };
      expectProblem(await t.call('POST', '/api/v1/topics', { token: patient.token, body }), 403, 'forbidden');
      expectProblem(await t.call('POST', '/api/v1/topics', { token: provider.token, body }), 403, 'forbidden');
      expectProblem(await t.call('POST', '/api/v1/topics', { body }), 401, 'unauthorized');
      expect(await topicCount()).toBe(before);
    });
  });

  describe('GET /api/v1/topics', () => {
    it('is readable by every signed-in role, not anonymously', async () => {
      const id = await makeTopic(t, 20);
      for (const token of [t.adminToken, staff.token, provider.token, patient.token]) {
        const list = await t.call('GET', '/api/v1/topics?limit=200', { token });
        expect(list.statusCode).toBe(200);
        expect(list.json().results.map((x: { id: string }) => x.id)).toContain(id);
        const one = await t.call('GET', `/api/v1/topics/${id}`, { token });
        expect(one.statusCode).toBe(200);
        expect(one.json()).toMatchObject({ id, duration: 20 });
      }
      expectProblem(await t.call('GET', '/api/v1/topics'), 401, 'unauthorized');
      expectProblem(await t.call('GET', `/api/v1/topics/${id}`), 401, 'unauthorized');
    });

    it('paginates, searches, and filters by active', async () => {
      const tag = `Omega${uniq()}`;
      const ids = [await makeTopic(t, 10, `${tag} a`), await makeTopic(t, 20, `${tag} b`), await makeTopic(t, 30, `${tag} c`)];
      const page1 = (await t.call('GET', `/api/v1/topics?search=${tag}&limit=2`, { token: patient.token })).json();
      expect(page1.count).toBe(3);
      expect(page1.results.map((x: { id: string }) => x.id)).toEqual(ids.slice(0, 2));
      expect(page1.next).toBe(`/api/v1/topics?search=${tag}&limit=2&offset=2`);
      expect(page1.previous).toBeNull();
      const page2 = (await t.call('GET', page1.next, { token: patient.token })).json();
      expect(page2.results.map((x: { id: string }) => x.id)).toEqual(ids.slice(2));
      expect(page2.next).toBeNull();
      expect(page2.previous).toBe(`/api/v1/topics?search=${tag}&limit=2&offset=0`);

      expect((await t.call('PATCH', `/api/v1/topics/${ids[1]}`, { token: t.adminToken, body: { active: false } })).statusCode).toBe(200);
      const active = (await t.call('GET', `/api/v1/topics?search=${tag}&active=true`, { token: t.adminToken })).json();
      expect(active.results.map((x: { id: string }) => x.id)).toEqual([ids[0], ids[2]]);
      const inactive = (await t.call('GET', `/api/v1/topics?search=${tag}&active=false`, { token: t.adminToken })).json();
      expect(inactive.results.map((x: { id: string }) => x.id)).toEqual([ids[1]]);
      expectProblem(await t.call('GET', '/api/v1/topics?active=maybe', { token: t.adminToken }), 422, 'validation_failed');
    });

    it('answers 404 for unknown and malformed topic ids', async () => {
      expectProblem(await t.call('GET', `/api/v1/topics/${randomUUID()}`, { token: patient.token }), 404, 'not_found');
      expectProblem(await t.call('GET', '/api/v1/topics/not-a-uuid', { token: patient.token }), 404, 'not_found');
    });

    it('tolerates a trailing slash', async () => {
      const res = await t.call('GET', '/api/v1/topics/', { token: patient.token });
      expect(res.statusCode).toBe(200);
      expect(res.json().count).toBe(await topicCount());
    });
  });

  describe('PATCH /api/v1/topics/:id', () => {
    it('lets admin and staff change name, duration and active', async () => {
      const id = await makeTopic(t, 30);
      const res = await t.call('PATCH', `/api/v1/topics/${id}`, { token: staff.token, body: { name: 'Renamed topic', duration: 45 } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id, name: 'Renamed topic', duration: 45, active: true });
      const off = await t.call('PATCH', `/api/v1/topics/${id}`, { token: t.adminToken, body: { active: false } });
      expect(off.json()).toMatchObject({ name: 'Renamed topic', duration: 45, active: false });
      const row = await t.ctx.db.selectFrom('topics').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ name: 'Renamed topic', duration: 45, active: false });
    });

    it('validates like create', async () => {
      const id = await makeTopic(t, 30);
      for (const duration of [0, -5, 1.5, '30', null]) {
        const body = expectProblem(await t.call('PATCH', `/api/v1/topics/${id}`, { token: t.adminToken, body: { duration } }), 422, 'validation_failed');
        expect(body.errors?.map((e) => e.field)).toEqual(['duration']);
      }
      for (const name of ['', 'n'.repeat(257)]) {
        const body = expectProblem(await t.call('PATCH', `/api/v1/topics/${id}`, { token: t.adminToken, body: { name } }), 422, 'validation_failed');
        expect(body.errors?.map((e) => e.field)).toEqual(['name']);
      }
      expectProblem(await t.call('PATCH', `/api/v1/topics/${id}`, { token: t.adminToken, body: { colour: 'red' } }), 422, 'validation_failed');
      const row = await t.ctx.db.selectFrom('topics').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.duration).toBe(30);
    });

    it('is refused to patients and providers (403) and anonymous callers (401)', async () => {
      const id = await makeTopic(t, 30);
      expectProblem(await t.call('PATCH', `/api/v1/topics/${id}`, { token: patient.token, body: { duration: 5 } }), 403, 'forbidden');
      expectProblem(await t.call('PATCH', `/api/v1/topics/${id}`, { token: provider.token, body: { duration: 5 } }), 403, 'forbidden');
      expectProblem(await t.call('PATCH', `/api/v1/topics/${id}`, { body: { duration: 5 } }), 401, 'unauthorized');
      const row = await t.ctx.db.selectFrom('topics').select('duration').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.duration).toBe(30);
    });

    it('answers 404 for unknown and malformed ids', async () => {
      expectProblem(await t.call('PATCH', `/api/v1/topics/${randomUUID()}`, { token: t.adminToken, body: { duration: 5 } }), 404, 'not_found');
      expectProblem(await t.call('PATCH', '/api/v1/topics/xyz', { token: t.adminToken, body: { duration: 5 } }), 404, 'not_found');
    });
  });
});
