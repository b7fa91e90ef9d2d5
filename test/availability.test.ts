import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, expectProblem, makePatient, makeProvider, makeStaff, type Person, type TestApp } from './helpers.js';

const WEEKDAYS_8_TO_19 = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((weekday) => ({ weekday, open: '08:00', close: '19:00' }));

type Rule = { id: string; provider: string; kind: string; weekday: string | null; date: string | null; start: string; end: string; facility: string | null; valid_from: string | null; valid_until: string | null };

describe.each(backends)('availability and time off on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let patient: Person;
  let other: Person;
  let clinic: string; // Mon–Fri 08:00–19:00, closed Wednesday 2030-03-13
  let lunchBreak: string; // Monday 08:00–12:00 and 13:00–18:00
  let nightOpen: string; // Monday 20:00–24:00 and Tuesday 00:00–03:00
  let eveningOnly: string; // Monday 20:00–24:00 only
  let elsewhere: string; // the provider does not work here
  let refused: Person; // only ever sent refused requests: has no rules and no time off

  const facility = async (body: Record<string, unknown>) => {
    const res = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: `F ${randomUUID().slice(0, 6)}`, timezone: 'Europe/Berlin', ...body } });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().id as string;
  };
  const addRule = (providerId: string, body: Record<string, unknown>, token = t.adminToken) =>
    t.call('POST', `/api/v1/providers/${providerId}/availability`, { token, body });
  const rulesOf = async (providerId: string, token = t.adminToken) => {
    const res = await t.call('GET', `/api/v1/providers/${providerId}/availability`, { token });
    expect(res.statusCode).toBe(200);
    return res.json() as Rule[];
  };
  const newProvider = () => makeProvider(t, { facilities: [clinic, lunchBreak, nightOpen, eveningOnly], timezone: 'Europe/Berlin' });

  beforeAll(async () => {
    t = await createTestApp(backend);
    clinic = await facility({ operating_hours: WEEKDAYS_8_TO_19, closures: [{ date: '2030-03-13', reason: 'Inventory' }] });
    lunchBreak = await facility({ operating_hours: [{ weekday: 'monday', open: '08:00', close: '12:00' }, { weekday: 'monday', open: '13:00', close: '18:00' }] });
    nightOpen = await facility({ operating_hours: [{ weekday: 'monday', open: '20:00', close: '24:00' }, { weekday: 'tuesday', open: '00:00', close: '03:00' }] });
    eveningOnly = await facility({ operating_hours: [{ weekday: 'monday', open: '20:00', close: '24:00' }] });
    elsewhere = await facility({});
    staff = await makeStaff(t);
    patient = await makePatient(t);
    other = await makeProvider(t);
    refused = await newProvider();
  });
  afterAll(() => t?.close());

  describe('weekly and dated rules', () => {
    it('accepts several weekly windows a day (seed 004: 09:00–13:00 and 14:00–18:00) and lists them', async () => {
      const p = await newProvider();
      const morning = await addRule(p.id, { weekday: 'monday', start: '09:00', end: '13:00', facility: clinic }, p.token);
      const afternoon = await addRule(p.id, { weekday: 'monday', start: '14:00', end: '18:00', facility: clinic }, p.token);
      expect(morning.statusCode).toBe(201);
      expect(afternoon.statusCode).toBe(201);
      expect(morning.json()).toMatchObject({
        provider: p.id,
        kind: 'weekly',
        weekday: 'monday',
        date: null,
        start: '09:00',
        end: '13:00',
        facility: clinic,
        valid_from: null,
        valid_until: null,
      });
      const rules = await rulesOf(p.id, patient.token);
      expect(rules.map((r) => `${r.weekday} ${r.start}-${r.end}`).sort()).toEqual(['monday 09:00-13:00', 'monday 14:00-18:00']);
      expect(rules.map((r) => r.id).sort()).toEqual([morning.json().id, afternoon.json().id].sort());
    });

    it('accepts a weekly rule without a facility and with validity dates', async () => {
      const p = await newProvider();
      const res = await addRule(p.id, { weekday: 'saturday', start: '07:00', end: '24:00', valid_from: '2030-04-01', valid_until: '2030-06-30' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ weekday: 'saturday', start: '07:00', end: '24:00', facility: null, valid_from: '2030-04-01', valid_until: '2030-06-30' });
      const same = await addRule(p.id, { weekday: 'sunday', start: '10:00', end: '11:00', facility: null, valid_from: '2030-04-01', valid_until: '2030-04-01' });
      expect(same.statusCode).toBe(201);
    });

    it('accepts a rule for one date at a facility (seed 003)', async () => {
      const p = await newProvider();
      const res = await addRule(p.id, { date: '2030-03-14', start: '10:00', end: '15:30', facility: clinic });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ kind: 'dated', weekday: null, date: '2030-03-14', start: '10:00', end: '15:30', facility: clinic });
      expect((await rulesOf(p.id)).map((r) => r.kind)).toEqual(['dated']);
    });

    it('lets admins, staff and the provider themself write; another provider and patients get 403', async () => {
      const p = await newProvider();
      const body = { weekday: 'tuesday', start: '09:00', end: '10:00', facility: clinic };
      expect((await addRule(p.id, body, t.adminToken)).statusCode).toBe(201);
      expect((await addRule(p.id, { ...body, start: '10:00', end: '11:00' }, staff.token)).statusCode).toBe(201);
      expect((await addRule(p.id, { ...body, start: '11:00', end: '12:00' }, p.token)).statusCode).toBe(201);
      expectProblem(await addRule(p.id, { ...body, start: '12:00', end: '13:00' }, other.token), 403, 'forbidden');
      expectProblem(await addRule(p.id, { ...body, start: '12:00', end: '13:00' }, patient.token), 403, 'forbidden');
      expectProblem(await addRule(p.id, { ...body, start: '12:00', end: '13:00' }, ''), 401);
      expect((await rulesOf(p.id)).map((r) => r.start).sort()).toEqual(['09:00', '10:00', '11:00']);
    });

    it('answers 404 for an unknown or malformed provider', async () => {
      const body = { weekday: 'tuesday', start: '09:00', end: '10:00' };
      expectProblem(await addRule(randomUUID(), body), 404, 'not_found');
      expectProblem(await addRule('nobody', body), 404, 'not_found');
      expectProblem(await t.call('GET', `/api/v1/providers/${randomUUID()}/availability`, { token: t.adminToken }), 404, 'not_found');
    });

    it.each([
      ['starts before opening', { weekday: 'monday', start: '07:00', end: '10:00' }],
      ['ends after closing', { weekday: 'friday', start: '17:00', end: '19:30' }],
      ['the whole day', { weekday: 'tuesday', start: '00:00', end: '24:00' }],
      ['a day the facility is closed every week', { weekday: 'saturday', start: '09:00', end: '10:00' }],
      ['a dated rule on a Sunday', { date: '2030-03-10', start: '09:00', end: '10:00' }],
      ['a dated rule past closing', { date: '2030-03-12', start: '18:00', end: '20:00' }],
    ])('refuses a rule that %s with 422 outside_operating_hours', async (_label, rule) => {
      const p = refused;
      const body = expectProblem(await addRule(p.id, { ...rule, facility: clinic }), 422, 'outside_operating_hours');
      expect(body.errors?.[0]?.field).toBe('start');
      expect(await rulesOf(p.id)).toEqual([]);
    });

    it('checks a rule against every opening range of the day (lunch break)', async () => {
      const p = await newProvider();
      expect((await addRule(p.id, { weekday: 'monday', start: '08:00', end: '12:00', facility: lunchBreak })).statusCode).toBe(201);
      expect((await addRule(p.id, { weekday: 'monday', start: '13:00', end: '18:00', facility: lunchBreak })).statusCode).toBe(201);
      expectProblem(await addRule(p.id, { weekday: 'monday', start: '11:00', end: '14:00', facility: lunchBreak }), 422, 'outside_operating_hours');
      expectProblem(await addRule(p.id, { weekday: 'monday', start: '12:00', end: '13:00', facility: lunchBreak }), 422, 'outside_operating_hours');
      expectProblem(await addRule(p.id, { weekday: 'monday', start: '11:59', end: '12:01', facility: lunchBreak }), 422, 'outside_operating_hours');
      expect((await rulesOf(p.id)).length).toBe(2);
    });

    it('checks both days of a rule that runs past midnight', async () => {
      const p = await newProvider();
      expect((await addRule(p.id, { weekday: 'monday', start: '22:00', end: '02:00', facility: nightOpen })).statusCode).toBe(201);
      expect((await addRule(p.id, { weekday: 'monday', start: '21:00', end: '24:00', facility: eveningOnly })).statusCode).toBe(201);
      expectProblem(await addRule(p.id, { weekday: 'monday', start: '22:00', end: '02:00', facility: eveningOnly }), 422, 'outside_operating_hours');
      expectProblem(await addRule(p.id, { weekday: 'monday', start: '23:00', end: '04:00', facility: nightOpen }), 422, 'outside_operating_hours');
      // Tuesday's early opening does not make a Monday-morning rule valid.
      expectProblem(await addRule(p.id, { weekday: 'monday', start: '00:00', end: '02:00', facility: nightOpen }), 422, 'outside_operating_hours');
      expect((await addRule(p.id, { weekday: 'tuesday', start: '00:00', end: '02:00', facility: nightOpen })).statusCode).toBe(201);
    });

    it('refuses a rule at a facility the provider does not work at, or an unknown one (422)', async () => {
      const p = await newProvider();
      const notHere = expectProblem(await addRule(p.id, { weekday: 'monday', start: '09:00', end: '10:00', facility: elsewhere }), 422, 'validation_failed');
      expect(notHere.errors?.map((e) => e.field)).toEqual(['facility']);
      const unknown = expectProblem(await addRule(p.id, { weekday: 'monday', start: '09:00', end: '10:00', facility: randomUUID() }), 422, 'validation_failed');
      expect(unknown.errors?.map((e) => e.field)).toEqual(['facility']);
      expectProblem(await addRule(p.id, { weekday: 'monday', start: '09:00', end: '10:00', facility: 'clinic-1' }), 422, 'validation_failed');
      expect(await rulesOf(p.id)).toEqual([]);
    });

    it('refuses a dated rule on a closure day with 422 facility_closed, and accepts the day after', async () => {
      const p = await newProvider();
      const body = expectProblem(await addRule(p.id, { date: '2030-03-13', start: '09:00', end: '10:00', facility: clinic }), 422, 'facility_closed');
      expect(body.detail).toContain('2030-03-13');
      expect((await addRule(p.id, { date: '2030-03-14', start: '09:00', end: '10:00', facility: clinic })).statusCode).toBe(201);
    });

    it.each([
      ['start 25:00', { weekday: 'monday', start: '25:00', end: '26:00' }, ['start', 'end']],
      ['start 9:00', { weekday: 'monday', start: '9:00', end: '10:00' }, ['start']],
      ['end 10:60', { weekday: 'monday', start: '09:00', end: '10:60' }, ['end']],
      ['start 24:00', { weekday: 'monday', start: '24:00', end: '10:00' }, ['start']],
      ['seconds', { weekday: 'monday', start: '09:00:00', end: '10:00' }, ['start']],
      ['a number', { weekday: 'monday', start: 900, end: '10:00' }, ['start']],
      ['end equal to start', { weekday: 'monday', start: '09:00', end: '09:00' }, ['end']],
      ['no weekday and no date', { start: '09:00', end: '10:00' }, ['weekday']],
      ['both weekday and date', { weekday: 'monday', date: '2030-03-11', start: '09:00', end: '10:00' }, ['weekday']],
      ['an unknown weekday', { weekday: 'mon', start: '09:00', end: '10:00' }, ['weekday']],
      ['an impossible date', { date: '2030-02-29', start: '09:00', end: '10:00' }, ['date']],
      ['valid_until before valid_from', { weekday: 'monday', start: '09:00', end: '10:00', valid_from: '2030-05-01', valid_until: '2030-04-30' }, ['valid_until']],
      ['validity on a dated rule', { date: '2030-03-11', start: '09:00', end: '10:00', valid_from: '2030-03-01' }, ['valid_from']],
      // Each unknown key is named (issue 12), not the body as a whole.
      ['an unknown field', { weekday: 'monday', start: '09:00', end: '10:00', room: 4 }, ['room']],
    ])('refuses %s with 422', async (_label, rule, fields) => {
      const p = refused;
      const body = expectProblem(await addRule(p.id, rule), 422, 'validation_failed');
      for (const field of fields) expect(body.errors?.map((e) => e.field)).toContain(field);
      expect(await rulesOf(p.id)).toEqual([]);
    });
  });

  describe('DELETE /providers/:id/availability/:availability_id', () => {
    it('removes one rule (provider themself, staff, admin) and then answers 404', async () => {
      const p = await newProvider();
      const ids: string[] = [];
      for (const start of ['09:00', '10:00', '11:00', '12:00']) {
        const res = await addRule(p.id, { weekday: 'thursday', start, end: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:00`, facility: clinic });
        ids.push(res.json().id);
      }
      for (const [i, token] of [p.token, staff.token, t.adminToken].entries()) {
        const res = await t.call('DELETE', `/api/v1/providers/${p.id}/availability/${ids[i]}`, { token });
        expect(res.statusCode).toBe(204);
        expect(res.body).toBe('');
      }
      expect((await rulesOf(p.id)).map((r) => r.id)).toEqual([ids[3]]);
      expectProblem(await t.call('DELETE', `/api/v1/providers/${p.id}/availability/${ids[0]}`, { token: t.adminToken }), 404, 'not_found');
      expectProblem(await t.call('DELETE', `/api/v1/providers/${p.id}/availability/not-a-rule`, { token: t.adminToken }), 404, 'not_found');
    });

    it('refuses another provider and patients (403), and never deletes another provider\'s rule through one\'s own path', async () => {
      const p = await newProvider();
      const q = await newProvider();
      const rule = (await addRule(p.id, { weekday: 'friday', start: '09:00', end: '10:00', facility: clinic })).json().id as string;
      expectProblem(await t.call('DELETE', `/api/v1/providers/${p.id}/availability/${rule}`, { token: q.token }), 403, 'forbidden');
      expectProblem(await t.call('DELETE', `/api/v1/providers/${p.id}/availability/${rule}`, { token: patient.token }), 403, 'forbidden');
      expectProblem(await t.call('DELETE', `/api/v1/providers/${q.id}/availability/${rule}`, { token: q.token }), 404, 'not_found');
      expectProblem(await t.call('DELETE', `/api/v1/providers/${q.id}/availability/${rule}`, { token: t.adminToken }), 404, 'not_found');
      expect((await rulesOf(p.id)).map((r) => r.id)).toEqual([rule]);
    });
  });

  describe('time off', () => {
    it('adds, lists (staff, admin, self) and removes time off', async () => {
      const p = await newProvider();
      const res = await t.call('POST', `/api/v1/providers/${p.id}/time-off`, {
        token: p.token,
        body: { start_time: '2030-03-20T09:00:00+01:00', end_time: '2030-03-22T18:00:00+01:00', reason: 'Conference' },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ provider: p.id, start_time: '2030-03-20T08:00:00.000Z', end_time: '2030-03-22T17:00:00.000Z', reason: 'Conference' });
      const second = await t.call('POST', `/api/v1/providers/${p.id}/time-off`, { token: staff.token, body: { start_time: '2030-03-18T12:00:00Z', end_time: '2030-03-18T13:00:00Z' } });
      expect(second.statusCode).toBe(201);
      expect(second.json().reason).toBeNull();

      for (const token of [p.token, staff.token, t.adminToken]) {
        const list = await t.call('GET', `/api/v1/providers/${p.id}/time-off`, { token });
        expect(list.statusCode).toBe(200);
        expect(list.json().map((x: { start_time: string }) => x.start_time)).toEqual(['2030-03-18T12:00:00.000Z', '2030-03-20T08:00:00.000Z']);
      }

      const del = await t.call('DELETE', `/api/v1/providers/${p.id}/time-off/${res.json().id}`, { token: p.token });
      expect(del.statusCode).toBe(204);
      const after = await t.call('GET', `/api/v1/providers/${p.id}/time-off`, { token: p.token });
      expect(after.json().map((x: { id: string }) => x.id)).toEqual([second.json().id]);
      expectProblem(await t.call('DELETE', `/api/v1/providers/${p.id}/time-off/${res.json().id}`, { token: p.token }), 404, 'not_found');
    });

    it('keeps time off (and its reasons) from patients and other providers', async () => {
      const p = await newProvider();
      const off = await t.call('POST', `/api/v1/providers/${p.id}/time-off`, { token: t.adminToken, body: { start_time: '2030-04-01T00:00:00Z', end_time: '2030-04-02T00:00:00Z', reason: 'Surgery' } });
      expect(off.statusCode).toBe(201);
      expectProblem(await t.call('GET', `/api/v1/providers/${p.id}/time-off`, { token: patient.token }), 403, 'forbidden');
      expectProblem(await t.call('GET', `/api/v1/providers/${p.id}/time-off`, { token: other.token }), 403, 'forbidden');
      expectProblem(await t.call('GET', `/api/v1/providers/${p.id}/time-off`), 401);
      expectProblem(await t.call('POST', `/api/v1/providers/${p.id}/time-off`, { token: other.token, body: { start_time: '2030-04-03T00:00:00Z', end_time: '2030-04-04T00:00:00Z' } }), 403);
      expectProblem(await t.call('POST', `/api/v1/providers/${p.id}/time-off`, { token: patient.token, body: { start_time: '2030-04-03T00:00:00Z', end_time: '2030-04-04T00:00:00Z' } }), 403);
      expectProblem(await t.call('DELETE', `/api/v1/providers/${p.id}/time-off/${off.json().id}`, { token: other.token }), 403);
      expectProblem(await t.call('DELETE', `/api/v1/providers/${p.id}/time-off/${off.json().id}`, { token: patient.token }), 403);
      expectProblem(await t.call('DELETE', `/api/v1/providers/${other.id}/time-off/${off.json().id}`, { token: other.token }), 404, 'not_found');
      expect((await t.call('GET', `/api/v1/providers/${p.id}/time-off`, { token: t.adminToken })).json()).toHaveLength(1);
    });

    it.each([
      ['end before start', { start_time: '2030-03-20T10:00:00Z', end_time: '2030-03-20T09:00:00Z' }, 'end_time'],
      ['end equal to start', { start_time: '2030-03-20T10:00:00Z', end_time: '2030-03-20T10:00:00Z' }, 'end_time'],
      ['end before start across offsets', { start_time: '2030-03-20T10:00:00+00:00', end_time: '2030-03-20T10:30:00+01:00' }, 'end_time'],
      ['no offset', { start_time: '2030-03-20T10:00:00', end_time: '2030-03-20T11:00:00Z' }, 'start_time'],
      ['a date only', { start_time: '2030-03-20', end_time: '2030-03-21T00:00:00Z' }, 'start_time'],
      ['a missing end', { start_time: '2030-03-20T10:00:00Z' }, 'end_time'],
    ])('refuses %s with 422', async (_label, body, field) => {
      const p = refused;
      const problem = expectProblem(await t.call('POST', `/api/v1/providers/${p.id}/time-off`, { token: t.adminToken, body }), 422, 'validation_failed');
      expect(problem.errors?.map((e) => e.field)).toContain(field);
      expect((await t.call('GET', `/api/v1/providers/${p.id}/time-off`, { token: t.adminToken })).json()).toEqual([]);
    });

    it('answers 404 for an unknown provider', async () => {
      expectProblem(await t.call('GET', `/api/v1/providers/${randomUUID()}/time-off`, { token: t.adminToken }), 404, 'not_found');
      expectProblem(
        await t.call('POST', `/api/v1/providers/${randomUUID()}/time-off`, { token: t.adminToken, body: { start_time: '2030-03-20T10:00:00Z', end_time: '2030-03-20T11:00:00Z' } }),
        404,
        'not_found',
      );
    });
  });
});
