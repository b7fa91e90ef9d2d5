import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, expectProblem, makePatient, makeProvider, makeStaff, type Person, type TestApp } from './helpers.js';

const MONDAY_SPLIT = [
  { weekday: 'monday', open: '08:00', close: '12:00' },
  { weekday: 'monday', open: '13:00', close: '19:00' },
];

describe.each(backends)('facilities on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let patient: Person;
  let provider: Person;

  const createFacility = async (body: Record<string, unknown>, token = t.adminToken) => {
    const res = await t.call('POST', '/api/v1/facilities', { token, body: { name: `Clinic ${randomUUID().slice(0, 8)}`, timezone: 'UTC', ...body } });
    if (res.statusCode !== 201) throw new Error(`facility create failed: ${res.statusCode} ${res.body}`);
    return res.json() as { id: string } & Record<string, unknown>;
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    staff = await makeStaff(t);
    patient = await makePatient(t);
    provider = await makeProvider(t);
  });
  afterAll(() => t?.close());

  describe('POST /api/v1/facilities', () => {
    it('creates a facility with address lines, IANA time zone, split hours, closures and a fixed visit length (admin)', async () => {
      const res = await t.call('POST', '/api/v1/facilities', {
        token: t.adminToken,
        body: {
          name: 'Hope Clinic',
          address: ['1 Main Street', 'Suite 200', 'Springfield'],
          timezone: 'America/New_York',
          operating_hours: [...MONDAY_SPLIT, { weekday: 'tuesday', open: '09:00', close: '24:00' }],
          closures: [{ date: '2030-12-25', reason: 'Christmas' }, { date: '2030-12-26' }],
          appointment_minutes: 60,
          align_minutes: 60,
        },
      });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({
        name: 'Hope Clinic',
        address: ['1 Main Street', 'Suite 200', 'Springfield'],
        timezone: 'America/New_York',
        operating_hours: [...MONDAY_SPLIT, { weekday: 'tuesday', open: '09:00', close: '24:00' }],
        closures: [
          { date: '2030-12-25', reason: 'Christmas' },
          { date: '2030-12-26', reason: null },
        ],
        appointment_minutes: 60,
        align_minutes: 60,
        active: true,
      });
      expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(body.created_at)).not.toBeNaN();

      const again = await t.call('GET', `/api/v1/facilities/${body.id}`, { token: t.adminToken });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(body);
    });

    it('defaults address, hours, closures and visit length', async () => {
      const res = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: 'Bare', timezone: 'Europe/Berlin' } });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ address: [], operating_hours: [], closures: [], appointment_minutes: null, align_minutes: null });
    });

    it('lets staff create a facility', async () => {
      const res = await t.call('POST', '/api/v1/facilities', { token: staff.token, body: { name: 'Staff Clinic', timezone: 'Asia/Kolkata' } });
      expect(res.statusCode).toBe(201);
      expect(res.json().timezone).toBe('Asia/Kolkata');
    });

    it('is refused to patients and providers (403) and to anonymous callers (401)', async () => {
      expectProblem(await t.call('POST', '/api/v1/facilities', { token: patient.token, body: { name: 'P', timezone: 'UTC' } }), 403, 'forbidden');
      expectProblem(await t.call('POST', '/api/v1/facilities', { token: provider.token, body: { name: 'P', timezone: 'UTC' } }), 403, 'forbidden');
      expectProblem(await t.call('POST', '/api/v1/facilities', { body: { name: 'P', timezone: 'UTC' } }), 401);
      const list = await t.call('GET', '/api/v1/facilities?search=P&limit=200', { token: t.adminToken });
      expect(list.json().results.map((f: { name: string }) => f.name)).not.toContain('P');
    });

    it.each([
      ['Mars/Olympus'],
      ['+05:30'],
      ['UTC+5'],
      ['Not a zone'],
      [''],
    ])('refuses the time zone %j with 422 on timezone', async (timezone) => {
      const body = expectProblem(await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: 'Tz', timezone } }), 422, 'validation_failed');
      expect(body.errors?.map((e) => e.field)).toContain('timezone');
    });

    it('requires a time zone and a name', async () => {
      const body = expectProblem(await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { address: ['x'] } }), 422, 'validation_failed');
      expect(body.errors?.map((e) => e.field).sort()).toEqual(['name', 'timezone']);
      const blank = expectProblem(await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: '   ', timezone: 'UTC' } }), 422);
      expect(blank.errors?.map((e) => e.field)).toEqual(['name']);
    });

    it.each([
      ['close before open', { weekday: 'monday', open: '10:00', close: '09:00' }, 'operating_hours.0.close'],
      ['close equal to open', { weekday: 'monday', open: '10:00', close: '10:00' }, 'operating_hours.0.close'],
      ['an hour past 23', { weekday: 'monday', open: '25:00', close: '26:00' }, 'operating_hours.0.open'],
      ['a one-digit hour', { weekday: 'monday', open: '9:00', close: '17:00' }, 'operating_hours.0.open'],
      ['minute 60', { weekday: 'monday', open: '09:60', close: '17:00' }, 'operating_hours.0.open'],
      ['24:00 as an opening', { weekday: 'monday', open: '24:00', close: '24:00' }, 'operating_hours.0.open'],
      ['an unknown weekday', { weekday: 'funday', open: '09:00', close: '17:00' }, 'operating_hours.0.weekday'],
      ['a capitalised weekday', { weekday: 'Monday', open: '09:00', close: '17:00' }, 'operating_hours.0.weekday'],
    ])('refuses operating hours with %s (422)', async (_label, hours, field) => {
      const body = expectProblem(
        await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: 'Hours', timezone: 'UTC', operating_hours: [hours] } }),
        422,
        'validation_failed',
      );
      expect(body.errors?.map((e) => e.field)).toContain(field);
    });

    it('reports the bad range by its index among several', async () => {
      const body = expectProblem(
        await t.call('POST', '/api/v1/facilities', {
          token: t.adminToken,
          body: { name: 'Hours', timezone: 'UTC', operating_hours: [...MONDAY_SPLIT, { weekday: 'friday', open: '18:00', close: '08:00' }] },
        }),
        422,
      );
      expect(body.errors?.map((e) => e.field)).toEqual(['operating_hours.2.close']);
    });

    it.each([
      ['an impossible date', { date: '2030-02-30' }],
      ['a date with a time', { date: '2030-02-03T00:00:00Z' }],
      ['no date', { reason: 'Holiday' }],
    ])('refuses a closure with %s (422)', async (_label, closure) => {
      const body = expectProblem(
        await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: 'Closed', timezone: 'UTC', closures: [closure] } }),
        422,
        'validation_failed',
      );
      expect(body.errors?.[0]?.field).toMatch(/^closures\.0/);
    });

    it.each([
      ['appointment_minutes', 0],
      ['appointment_minutes', 30.5],
      ['appointment_minutes', 1441],
      ['align_minutes', 0],
      ['align_minutes', -15],
      ['align_minutes', '60'],
    ])('refuses %s = %j (422)', async (field, value) => {
      const body = expectProblem(
        await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: 'Len', timezone: 'UTC', [field]: value } }),
        422,
        'validation_failed',
      );
      expect(body.errors?.map((e) => e.field)).toContain(field);
    });

    it('refuses unknown fields', async () => {
      const body = expectProblem(await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: 'X', timezone: 'UTC', rooms: 3 } }), 422);
      expect(body.code).toBe('validation_failed');
    });
  });

  describe('GET /api/v1/facilities', () => {
    it('is readable by every signed-in role, not anonymously', async () => {
      const f = await createFacility({ name: 'Readable Clinic' });
      for (const token of [t.adminToken, staff.token, patient.token, provider.token]) {
        const one = await t.call('GET', `/api/v1/facilities/${f.id}`, { token });
        expect(one.statusCode).toBe(200);
        expect(one.json().name).toBe('Readable Clinic');
        const list = await t.call('GET', '/api/v1/facilities?search=Readable', { token });
        expect(list.statusCode).toBe(200);
        expect(list.json()).toMatchObject({ count: 1, next: null, previous: null });
        expect(list.json().results[0].id).toBe(f.id);
      }
      expectProblem(await t.call('GET', `/api/v1/facilities/${f.id}`), 401);
      expectProblem(await t.call('GET', '/api/v1/facilities'), 401);
    });

    it('lists by name and paginates', async () => {
      for (const name of ['Zeta Paging', 'Alpha Paging', 'Mid Paging']) await createFacility({ name });
      const first = await t.call('GET', '/api/v1/facilities?search=Paging&limit=2', { token: t.adminToken });
      expect(first.statusCode).toBe(200);
      expect(first.json().count).toBe(3);
      expect(first.json().results.map((f: { name: string }) => f.name)).toEqual(['Alpha Paging', 'Mid Paging']);
      expect(first.json().next).toContain('offset=2');
      const second = await t.call('GET', '/api/v1/facilities?search=Paging&limit=2&offset=2', { token: t.adminToken });
      expect(second.json().results.map((f: { name: string }) => f.name)).toEqual(['Zeta Paging']);
      expect(second.json().next).toBeNull();
    });

    it('answers 404 for unknown and malformed ids', async () => {
      expectProblem(await t.call('GET', `/api/v1/facilities/${randomUUID()}`, { token: t.adminToken }), 404, 'not_found');
      expectProblem(await t.call('GET', '/api/v1/facilities/not-an-id', { token: t.adminToken }), 404, 'not_found');
    });
  });

  describe('PATCH /api/v1/facilities/:id', () => {
    it('lets admin and staff change hours, closures, time zone and visit length', async () => {
      const f = await createFacility({ operating_hours: MONDAY_SPLIT });
      const res = await t.call('PATCH', `/api/v1/facilities/${f.id}`, {
        token: staff.token,
        body: {
          name: 'Renamed',
          timezone: 'Europe/Berlin',
          operating_hours: [{ weekday: 'wednesday', open: '07:30', close: '11:00' }, { weekday: 'wednesday', open: '15:00', close: '20:00' }],
          closures: [{ date: '2030-05-01', reason: 'Labour Day' }],
          appointment_minutes: 45,
          align_minutes: 15,
        },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: f.id,
        name: 'Renamed',
        timezone: 'Europe/Berlin',
        operating_hours: [{ weekday: 'wednesday', open: '07:30', close: '11:00' }, { weekday: 'wednesday', open: '15:00', close: '20:00' }],
        closures: [{ date: '2030-05-01', reason: 'Labour Day' }],
        appointment_minutes: 45,
        align_minutes: 15,
      });
      const byAdmin = await t.call('PATCH', `/api/v1/facilities/${f.id}`, { token: t.adminToken, body: { appointment_minutes: null, address: ['2 Side St'] } });
      expect(byAdmin.statusCode).toBe(200);
      expect(byAdmin.json()).toMatchObject({ appointment_minutes: null, align_minutes: 15, address: ['2 Side St'], name: 'Renamed' });
      const read = await t.call('GET', `/api/v1/facilities/${f.id}`, { token: patient.token });
      expect(read.json()).toEqual(byAdmin.json());
    });

    it('is refused to patients and providers (403) and changes nothing', async () => {
      const f = await createFacility({ name: 'Unchanged Clinic' });
      expectProblem(await t.call('PATCH', `/api/v1/facilities/${f.id}`, { token: patient.token, body: { name: 'Hacked' } }), 403, 'forbidden');
      expectProblem(await t.call('PATCH', `/api/v1/facilities/${f.id}`, { token: provider.token, body: { name: 'Hacked' } }), 403, 'forbidden');
      expect((await t.call('GET', `/api/v1/facilities/${f.id}`, { token: t.adminToken })).json().name).toBe('Unchanged Clinic');
    });

    it('validates like create', async () => {
      const f = await createFacility({});
      for (const body of [
        { timezone: 'Mars/Olympus' },
        { timezone: '+05:30' },
        { operating_hours: [{ weekday: 'monday', open: '17:00', close: '09:00' }] },
        { closures: [{ date: '2030-13-01' }] },
        { align_minutes: 0 },
        { name: '' },
        { color: 'red' },
      ]) {
        expectProblem(await t.call('PATCH', `/api/v1/facilities/${f.id}`, { token: t.adminToken, body }), 422, 'validation_failed');
      }
      expect((await t.call('GET', `/api/v1/facilities/${f.id}`, { token: t.adminToken })).json().timezone).toBe('UTC');
    });

    it('answers 404 for unknown and malformed ids', async () => {
      expectProblem(await t.call('PATCH', `/api/v1/facilities/${randomUUID()}`, { token: t.adminToken, body: { name: 'X' } }), 404, 'not_found');
      expectProblem(await t.call('PATCH', '/api/v1/facilities/123', { token: t.adminToken, body: { name: 'X' } }), 404, 'not_found');
    });
  });

  describe('providers at facilities', () => {
    it('sets, replaces and clears where a provider works with PATCH /providers/:id {facilities}', async () => {
      const a = await createFacility({});
      const b = await createFacility({});
      const p = await makeProvider(t);
      const set = await t.call('PATCH', `/api/v1/providers/${p.id}`, { token: staff.token, body: { facilities: [a.id, b.id, a.id] } });
      expect(set.statusCode).toBe(200);
      expect([...set.json().facilities].sort()).toEqual([a.id, b.id].sort());
      const read = await t.call('GET', `/api/v1/providers/${p.id}`, { token: patient.token });
      expect([...read.json().facilities].sort()).toEqual([a.id, b.id].sort());

      const replaced = await t.call('PATCH', `/api/v1/providers/${p.id}`, { token: t.adminToken, body: { facilities: [b.id] } });
      expect(replaced.json().facilities).toEqual([b.id]);
      const cleared = await t.call('PATCH', `/api/v1/providers/${p.id}`, { token: p.token, body: { facilities: [] } });
      expect(cleared.statusCode).toBe(200);
      expect(cleared.json().facilities).toEqual([]);
    });

    it('refuses an unknown facility with 422 and keeps the old list', async () => {
      const a = await createFacility({});
      const p = await makeProvider(t, { facilities: [a.id] });
      const body = expectProblem(
        await t.call('PATCH', `/api/v1/providers/${p.id}`, { token: t.adminToken, body: { facilities: [a.id, randomUUID()] } }),
        422,
        'validation_failed',
      );
      expect(body.errors?.map((e) => e.field)).toEqual(['facilities']);
      expectProblem(await t.call('PATCH', `/api/v1/providers/${p.id}`, { token: t.adminToken, body: { facilities: ['nope'] } }), 422, 'validation_failed');
      expect((await t.call('GET', `/api/v1/providers/${p.id}`, { token: t.adminToken })).json().facilities).toEqual([a.id]);
      const create = await t.call('POST', '/api/v1/providers', {
        token: t.adminToken,
        body: { email: `ghost-${randomUUID().slice(0, 8)}@carebook.test`, name: 'Dr Ghost', password: 'provider-pass-1', facilities: [randomUUID()] },
      });
      expectProblem(create, 422, 'validation_failed');
    });

    it('sets a provider up in one call: facilities and weekly schedule inline (seed 002)', async () => {
      const north = await createFacility({ name: 'North', operating_hours: [{ weekday: 'monday', open: '08:00', close: '18:00' }, { weekday: 'wednesday', open: '08:00', close: '18:00' }] });
      const south = await createFacility({ name: 'South' });
      const email = `setup-${randomUUID().slice(0, 8)}@carebook.test`;
      // Admins add providers (issue 13); staff manage hours afterwards.
      const res = await t.call('POST', '/api/v1/providers', {
        token: t.adminToken,
        body: {
          email,
          name: 'Dr Setup',
          password: 'provider-pass-1',
          timezone: 'America/Chicago',
          slot_minutes: 20,
          facilities: [north.id, south.id],
          schedule: [
            { weekday: 'monday', start: '09:00', end: '12:00', facility: north.id },
            { weekday: 'monday', start: '13:00', end: '17:00', facility: north.id },
            { weekday: 'wednesday', start: '10:00', end: '16:00', facility: south.id },
            { weekday: 'friday', start: '08:00', end: '11:00' },
          ],
        },
      });
      expect(res.statusCode).toBe(201);
      const provider = res.json();
      expect([...provider.facilities].sort()).toEqual([north.id, south.id].sort());
      expect(provider.slot_minutes).toBe(20);
      const rules = (await t.call('GET', `/api/v1/providers/${provider.id}/availability`, { token: patient.token })).json() as Record<string, unknown>[];
      const summary = rules.map((r) => `${r.kind} ${r.weekday} ${r.start}-${r.end} ${r.facility ?? '-'}`).sort();
      expect(summary).toEqual(
        [
          `weekly monday 09:00-12:00 ${north.id}`,
          `weekly monday 13:00-17:00 ${north.id}`,
          `weekly wednesday 10:00-16:00 ${south.id}`,
          'weekly friday 08:00-11:00 -',
        ].sort(),
      );
      for (const r of rules) expect(r.provider).toBe(provider.id);
    });

    it('refuses a one-call set-up whose schedule breaks a rule, and creates nothing', async () => {
      const clinic = await createFacility({ operating_hours: [{ weekday: 'monday', open: '08:00', close: '12:00' }] });
      const other = await createFacility({});
      const email = `atomic-${randomUUID().slice(0, 8)}@carebook.test`;
      const base = { email, name: 'Dr Atomic', password: 'provider-pass-1', facilities: [clinic.id] };
      expectProblem(
        await t.call('POST', '/api/v1/providers', { token: t.adminToken, body: { ...base, schedule: [{ weekday: 'monday', start: '09:00', end: '13:00', facility: clinic.id }] } }),
        422,
        'outside_operating_hours',
      );
      expectProblem(
        await t.call('POST', '/api/v1/providers', { token: t.adminToken, body: { ...base, schedule: [{ weekday: 'monday', start: '09:00', end: '10:00', facility: other.id }] } }),
        422,
        'validation_failed',
      );
      expectProblem(
        await t.call('POST', '/api/v1/providers', { token: t.adminToken, body: { ...base, schedule: [{ weekday: 'monday', start: '9:00', end: '10:00' }] } }),
        422,
        'validation_failed',
      );
      // Nothing was half-created: the same email is still free.
      const ok = await t.call('POST', '/api/v1/providers', { token: t.adminToken, body: { ...base, schedule: [{ weekday: 'monday', start: '09:00', end: '12:00', facility: clinic.id }] } });
      expect(ok.statusCode).toBe(201);
    });

    it('replaces the weekly rules with PATCH {schedule}, keeping dated ones', async () => {
      const clinic = await createFacility({});
      const p = await makeProvider(t, {
        facilities: [clinic.id],
        schedule: [
          { weekday: 'monday', start: '09:00', end: '12:00', facility: clinic.id },
          { weekday: 'tuesday', start: '09:00', end: '12:00' },
        ],
      });
      const dated = await t.call('POST', `/api/v1/providers/${p.id}/availability`, {
        token: t.adminToken,
        body: { date: '2030-03-09', start: '10:00', end: '14:00', facility: clinic.id },
      });
      expect(dated.statusCode).toBe(201);

      const patched = await t.call('PATCH', `/api/v1/providers/${p.id}`, {
        token: p.token,
        body: { schedule: [{ weekday: 'thursday', start: '14:00', end: '18:00', facility: clinic.id }] },
      });
      expect(patched.statusCode).toBe(200);
      const rules = (await t.call('GET', `/api/v1/providers/${p.id}/availability`, { token: t.adminToken })).json() as Record<string, unknown>[];
      expect(rules.map((r) => `${r.kind} ${r.weekday ?? r.date} ${r.start}-${r.end}`).sort()).toEqual(
        ['dated 2030-03-09 10:00-14:00', 'weekly thursday 14:00-18:00'].sort(),
      );

      const emptied = await t.call('PATCH', `/api/v1/providers/${p.id}`, { token: t.adminToken, body: { schedule: [] } });
      expect(emptied.statusCode).toBe(200);
      const left = (await t.call('GET', `/api/v1/providers/${p.id}/availability`, { token: t.adminToken })).json() as Record<string, unknown>[];
      expect(left.map((r) => r.kind)).toEqual(['dated']);
    });

    it('applies facilities before the schedule in one PATCH, and a refused schedule leaves everything as it was', async () => {
      const a = await createFacility({});
      const b = await createFacility({ operating_hours: [{ weekday: 'monday', open: '08:00', close: '10:00' }] });
      const p = await makeProvider(t, { facilities: [a.id], schedule: [{ weekday: 'monday', start: '09:00', end: '10:00', facility: a.id }] });
      const both = await t.call('PATCH', `/api/v1/providers/${p.id}`, {
        token: t.adminToken,
        body: { facilities: [a.id, b.id], schedule: [{ weekday: 'monday', start: '08:00', end: '10:00', facility: b.id }] },
      });
      expect(both.statusCode).toBe(200);

      const refused = await t.call('PATCH', `/api/v1/providers/${p.id}`, {
        token: t.adminToken,
        body: { facilities: [a.id], slot_minutes: 5, schedule: [{ weekday: 'monday', start: '08:00', end: '11:00', facility: a.id }, { weekday: 'monday', start: '08:00', end: '11:00', facility: b.id }] },
      });
      expectProblem(refused, 422);
      const after = (await t.call('GET', `/api/v1/providers/${p.id}`, { token: t.adminToken })).json();
      expect([...after.facilities].sort()).toEqual([a.id, b.id].sort());
      expect(after.slot_minutes).toBe(15);
      const rules = (await t.call('GET', `/api/v1/providers/${p.id}/availability`, { token: t.adminToken })).json() as Record<string, unknown>[];
      expect(rules.map((r) => `${r.start}-${r.end} ${r.facility}`)).toEqual([`08:00-10:00 ${b.id}`]);
    });

    it('refuses another provider or a patient changing where a provider works', async () => {
      const a = await createFacility({});
      const p = await makeProvider(t);
      expectProblem(await t.call('PATCH', `/api/v1/providers/${p.id}`, { token: provider.token, body: { facilities: [a.id] } }), 403, 'forbidden');
      expectProblem(await t.call('PATCH', `/api/v1/providers/${p.id}`, { token: patient.token, body: { facilities: [a.id] } }), 403, 'forbidden');
      expect((await t.call('GET', `/api/v1/providers/${p.id}`, { token: t.adminToken })).json().facilities).toEqual([]);
    });
  });
});
