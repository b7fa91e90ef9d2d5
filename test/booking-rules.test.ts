import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeTopic, type Person, type TestApp } from './helpers.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const codes = (body: Record<string, unknown>) => (body.reasons as { code: string }[] | undefined)?.map((r) => r.code);

describe.each(backends)('booking rules on %s', (backend) => {
  let t: TestApp;
  let pat1: Person;
  let pat2: Person;
  let clinic: string; // UTC, Mon–Fri 08:00–18:00, closed 2030-03-13
  let hospital: string; // America/New_York, Mon–Fri 09:00–19:00, one hour on the hour
  let elsewhere: string;
  let t30: string;
  let t45: string;
  let grid: string; // at the clinic, Mon–Fri 09:00–12:00, 30-minute grid

  const facility = async (body: Record<string, unknown>) => {
    const res = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: `F ${randomUUID().slice(0, 6)}`, timezone: 'UTC', ...body } });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().id as string;
  };
  const provider = async (fields: Record<string, unknown> = {}) => {
    const res = await t.call('POST', '/api/v1/providers', {
      token: t.adminToken,
      body: { email: `p-${randomUUID().slice(0, 8)}@carebook.test`, name: `Dr ${randomUUID().slice(0, 6)}`, password: 'provider-pass-1', ...fields },
    });
    if (res.statusCode !== 201) throw new Error(`provider create failed: ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  };
  const topic = async (body: Record<string, unknown>) => {
    const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: `T ${randomUUID().slice(0, 6)}`, duration: 30, ...body } });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().id as string;
  };
  const timeOff = async (providerId: string, start_time: string, end_time: string) => {
    const res = await t.call('POST', `/api/v1/providers/${providerId}/time-off`, { token: t.adminToken, body: { start_time, end_time } });
    if (res.statusCode !== 201) throw new Error(res.body);
  };
  /** Books `providerId` for pat1 with a 30-minute topic unless told otherwise. */
  const attempt = (providerId: string, start_time: string, extra: Record<string, unknown> = {}) =>
    book(t, { provider: providerId, patient: pat1.id, topics: [t30], start_time, ...extra });
  const refused = async (res: Awaited<ReturnType<typeof attempt>>, code: string) => {
    const body = expectProblem(res, 422, code);
    expect(codes(body)?.[0]).toBe(code);
    return body;
  };
  const explain = async (providerId: string, query: string) => {
    const res = await t.call('GET', `/api/v1/providers/${providerId}/availability/explain?${query}`, { token: t.adminToken });
    if (res.statusCode !== 200) throw new Error(`explain failed: ${res.statusCode} ${res.body}`);
    return res.json() as { bookable: boolean; provider: string; facility: string | null; start_time: string; end_time: string; reasons: { code: string; message: string }[] };
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    clinic = await facility({ operating_hours: WEEKDAYS.map((weekday) => ({ weekday, open: '08:00', close: '18:00' })), closures: [{ date: '2030-03-13' }] });
    hospital = await facility({
      timezone: 'America/New_York',
      operating_hours: WEEKDAYS.map((weekday) => ({ weekday, open: '09:00', close: '19:00' })),
      appointment_minutes: 60,
      align_minutes: 60,
    });
    elsewhere = await facility({});
    pat1 = await makePatient(t);
    pat2 = await makePatient(t);
    t30 = await makeTopic(t, 30);
    t45 = await makeTopic(t, 45);
    grid = await provider({
      facilities: [clinic],
      slot_minutes: 30,
      schedule: WEEKDAYS.map((weekday) => ({ weekday, start: '09:00', end: '12:00', facility: clinic })),
    });
  });
  afterAll(() => t?.close());

  describe('place and mode', () => {
    it('needs a facility the provider works at for an in-person visit', async () => {
      const p = await provider({ facilities: [clinic] });
      const none = expectProblem(await attempt(p, '2030-03-05T10:00:00Z', { mode: 'in_person' }), 422, 'validation_failed');
      expect(none.errors?.map((e) => e.field)).toEqual(['facility']);
      const notTheirs = expectProblem(await attempt(p, '2030-03-05T10:00:00Z', { mode: 'in_person', facility: elsewhere }), 422, 'validation_failed');
      expect(notTheirs.errors?.map((e) => e.field)).toEqual(['facility']);
      const unknown = expectProblem(await attempt(p, '2030-03-05T10:00:00Z', { mode: 'in_person', facility: randomUUID() }), 422, 'validation_failed');
      expect(unknown.errors?.map((e) => e.field)).toEqual(['facility']);
      expectProblem(await attempt(p, '2030-03-05T10:00:00Z', { mode: 'in_person', facility: 'clinic' }), 422, 'validation_failed');
      expectProblem(await attempt(p, '2030-03-05T10:00:00Z', { mode: 'hologram' }), 422, 'validation_failed');

      const ok = await attempt(p, '2030-03-05T10:00:00Z', { mode: 'in_person', facility: clinic });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ facility: clinic, mode: 'in_person' });
    });

    it('takes in_person as the mode when only a facility is given, and allows remote visits without one', async () => {
      const p = await provider({ facilities: [clinic] });
      const atClinic = await attempt(p, '2030-03-05T11:00:00Z', { facility: clinic, patient: pat2.id });
      expect(atClinic.statusCode).toBe(201);
      expect(atClinic.json()).toMatchObject({ facility: clinic, mode: 'in_person' });
      const video = await attempt(p, '2030-03-05T12:00:00Z', { mode: 'video' });
      expect(video.statusCode).toBe(201);
      expect(video.json()).toMatchObject({ facility: null, mode: 'video' });
      const phone = await attempt(p, '2030-03-05T13:00:00Z', { mode: 'phone' });
      expect(phone.json()).toMatchObject({ facility: null, mode: 'phone' });
    });
  });

  describe('availability, opening hours, closures, time off, grid', () => {
    it('accepts a start on the grid inside a window, at the facility or without naming it', async () => {
      const res = await attempt(grid, '2030-03-05T09:30:00Z', { facility: clinic, mode: 'in_person' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ start_time: '2030-03-05T09:30:00.000Z', end_time: '2030-03-05T10:00:00.000Z', facility: clinic });
      expect((await attempt(grid, '2030-03-05T11:30:00Z')).statusCode).toBe(201);
    });

    it('refuses a start off the slot grid with 422 off_grid (09:10 on a 30-minute grid from 09:00)', async () => {
      const body = await refused(await attempt(grid, '2030-03-06T09:10:00Z', { facility: clinic }), 'off_grid');
      expect(codes(body)).toEqual(['off_grid']);
      await refused(await attempt(grid, '2030-03-06T09:45:00Z'), 'off_grid');
    });

    it('refuses a visit that is not wholly inside one availability window (422 outside_availability)', async () => {
      const later = await refused(await attempt(grid, '2030-03-06T13:00:00Z', { facility: clinic }), 'outside_availability');
      expect(codes(later)).toEqual(['outside_availability']);
      await refused(await attempt(grid, '2030-03-06T11:30:00Z', { topics: [t45], facility: clinic }), 'outside_availability');
      await refused(await attempt(grid, '2030-03-06T08:30:00Z'), 'outside_availability');
    });

    it('refuses a time the facility is not open with 422 outside_operating_hours, listing the missing window too', async () => {
      const early = await refused(await attempt(grid, '2030-03-06T07:00:00Z', { facility: clinic }), 'outside_operating_hours');
      expect(codes(early)).toEqual(['outside_operating_hours', 'outside_availability']);
      const saturday = await refused(await attempt(grid, '2030-03-09T09:00:00Z', { facility: clinic }), 'outside_operating_hours');
      expect(codes(saturday)).toEqual(['outside_operating_hours', 'outside_availability']);
    });

    it('refuses outside the opening hours even when the provider\'s own hours cover the time', async () => {
      const p = await provider({ facilities: [clinic], schedule: [{ weekday: 'tuesday', start: '06:00', end: '20:00' }] });
      const body = await refused(await attempt(p, '2030-03-05T07:00:00Z', { facility: clinic }), 'outside_operating_hours');
      expect(codes(body)).toEqual(['outside_operating_hours']);
      const straddle = await refused(await attempt(p, '2030-03-05T17:45:00Z', { facility: clinic }), 'outside_operating_hours');
      expect(codes(straddle)).toEqual(['outside_operating_hours']);
      // The same time by phone, not at the clinic, is fine.
      expect((await attempt(p, '2030-03-05T07:00:00Z', { mode: 'phone', patient: pat2.id })).statusCode).toBe(201);
    });

    it('refuses a closure day with 422 facility_closed', async () => {
      const body = await refused(await attempt(grid, '2030-03-13T10:00:00Z', { facility: clinic }), 'facility_closed');
      expect(codes(body)).toContain('facility_closed');
      // Without naming the facility, the availability at it is still gone that day.
      await refused(await attempt(grid, '2030-03-13T10:00:00Z'), 'outside_availability');
      const noRules = await provider({ facilities: [clinic] });
      const plain = await refused(await attempt(noRules, '2030-03-13T10:00:00Z', { facility: clinic }), 'facility_closed');
      expect(codes(plain)).toEqual(['facility_closed']);
    });

    it('refuses time off with 422 time_off', async () => {
      const p = await provider({ facilities: [clinic], slot_minutes: 30, schedule: [{ weekday: 'thursday', start: '09:00', end: '12:00', facility: clinic }] });
      await timeOff(p, '2030-03-07T10:00:00Z', '2030-03-07T11:00:00Z');
      const inside = await refused(await attempt(p, '2030-03-07T10:00:00Z', { facility: clinic }), 'time_off');
      expect(codes(inside)).toEqual(['time_off']);
      await refused(await attempt(p, '2030-03-07T09:30:00Z', { topics: [t45] }), 'time_off');
      expect((await attempt(p, '2030-03-07T09:30:00Z')).statusCode).toBe(201);
      expect((await attempt(p, '2030-03-07T11:00:00Z')).statusCode).toBe(201);
    });

    it('keeps a provider with no availability bookable at any minute (seed 000)', async () => {
      const p = await provider({ slot_minutes: 30 });
      const res = await attempt(p, '2030-03-19T10:07:00Z');
      expect(res.statusCode).toBe(201);
      expect(res.json().end_time).toBe('2030-03-19T10:37:00.000Z');
      expect((await attempt(p, '2030-03-10T03:13:00Z')).statusCode).toBe(201);
    });
  });

  describe('notice, horizon and buffers', () => {
    it('refuses a start sooner than min_notice_minutes (120: one hour from now is too soon)', async () => {
      const p = await provider({ min_notice_minutes: 120 });
      const body = await refused(await attempt(p, '2030-03-04T09:00:00Z'), 'too_soon');
      expect(codes(body)).toEqual(['too_soon']);
      await refused(await attempt(p, '2030-03-04T09:59:00Z'), 'too_soon');
      expect((await attempt(p, '2030-03-04T10:00:00Z')).statusCode).toBe(201);
    });

    it('refuses a start further ahead than max_days_ahead (30: 40 days out is too far)', async () => {
      const p = await provider({ max_days_ahead: 30 });
      const body = await refused(await attempt(p, '2030-04-13T08:00:00Z'), 'too_far_ahead');
      expect(codes(body)).toEqual(['too_far_ahead']);
      await refused(await attempt(p, '2030-04-03T08:01:00Z'), 'too_far_ahead');
      expect((await attempt(p, '2030-04-03T08:00:00Z')).statusCode).toBe(201);
      expect((await attempt(p, '2030-04-02T08:00:00Z')).statusCode).toBe(201);
    });

    it('keeps buffer_after_minutes free after an appointment: right at its end is 409, 15 minutes later is fine', async () => {
      const p = await provider({ buffer_after_minutes: 15 });
      expect((await attempt(p, '2030-03-20T10:00:00Z')).statusCode).toBe(201);
      expectProblem(await attempt(p, '2030-03-20T10:30:00Z', { patient: pat2.id }), 409, 'slot_unavailable');
      expect((await attempt(p, '2030-03-20T10:45:00Z', { patient: pat2.id })).statusCode).toBe(201);
    });

    it('keeps buffer_after_minutes free after the new appointment too', async () => {
      const p = await provider({ buffer_after_minutes: 15 });
      expect((await attempt(p, '2030-03-06T14:00:00Z')).statusCode).toBe(201);
      expectProblem(await attempt(p, '2030-03-06T13:30:00Z', { patient: pat2.id }), 409, 'slot_unavailable');
      expect((await attempt(p, '2030-03-06T13:15:00Z', { patient: pat2.id })).statusCode).toBe(201);
    });

    it('keeps buffer_before_minutes free before an appointment, and before the new one', async () => {
      const p = await provider({ buffer_before_minutes: 15 });
      expect((await attempt(p, '2030-03-07T10:00:00Z')).statusCode).toBe(201);
      expectProblem(await attempt(p, '2030-03-07T09:30:00Z', { patient: pat2.id }), 409, 'slot_unavailable');
      expectProblem(await attempt(p, '2030-03-07T10:30:00Z', { patient: pat2.id }), 409, 'slot_unavailable');
      expect((await attempt(p, '2030-03-07T10:45:00Z', { patient: pat2.id })).statusCode).toBe(201);
      expect((await attempt(p, '2030-03-07T09:15:00Z', { patient: pat2.id })).statusCode).toBe(201);
    });

    it('answers 409 slot_unavailable for a time the provider is already booked', async () => {
      const p = await provider();
      expect((await attempt(p, '2030-03-08T10:00:00Z')).statusCode).toBe(201);
      const body = expectProblem(await attempt(p, '2030-03-08T10:15:00Z', { patient: pat2.id }), 409, 'slot_unavailable');
      expect(body.busy).toEqual(['provider']);
    });
  });

  describe('topic rules combine with the provider\'s (the strictest wins)', () => {
    it('takes the longer notice', async () => {
      const p = await provider({ min_notice_minutes: 60 });
      const careful = await topic({ min_notice_minutes: 240 });
      await refused(await attempt(p, '2030-03-04T11:00:00Z', { topics: [careful] }), 'too_soon');
      await refused(await attempt(p, '2030-03-04T11:00:00Z', { topics: [t30, careful] }), 'too_soon');
      expect((await attempt(p, '2030-03-04T12:00:00Z', { topics: [careful] })).statusCode).toBe(201);
      expect((await attempt(p, '2030-03-04T11:00:00Z', { patient: pat2.id })).statusCode).toBe(201);
      const lax = await topic({ min_notice_minutes: 0 });
      await refused(await attempt(p, '2030-03-04T08:30:00Z', { topics: [lax] }), 'too_soon');
    });

    it('takes the shorter horizon', async () => {
      const p = await provider({ max_days_ahead: 30 });
      const soonOnly = await topic({ max_days_ahead: 10 });
      const farOk = await topic({ max_days_ahead: 60 });
      await refused(await attempt(p, '2030-03-24T08:00:00Z', { topics: [soonOnly] }), 'too_far_ahead');
      await refused(await attempt(p, '2030-04-13T08:00:00Z', { topics: [farOk] }), 'too_far_ahead');
      expect((await attempt(p, '2030-03-24T08:00:00Z', { topics: [farOk] })).statusCode).toBe(201);
      expect((await attempt(p, '2030-03-13T08:00:00Z', { topics: [soonOnly] })).statusCode).toBe(201);
    });

    it('takes the longer buffer', async () => {
      const p = await provider({ buffer_before_minutes: 5 });
      const roomy = await topic({ buffer_before_minutes: 30 });
      expect((await attempt(p, '2030-03-11T10:00:00Z')).statusCode).toBe(201);
      expectProblem(await attempt(p, '2030-03-11T10:45:00Z', { topics: [roomy], patient: pat2.id }), 409, 'slot_unavailable');
      expect((await attempt(p, '2030-03-11T11:00:00Z', { topics: [roomy], patient: pat2.id })).statusCode).toBe(201);
    });

    it('applies a topic\'s alignment', async () => {
      const p = await provider();
      const onTheHour = await topic({ align_minutes: 60 });
      await refused(await attempt(p, '2030-03-12T10:30:00Z', { topics: [onTheHour] }), 'off_grid');
      expect((await attempt(p, '2030-03-12T10:30:00Z')).statusCode).toBe(201);
      expect((await attempt(p, '2030-03-12T11:00:00Z', { topics: [onTheHour] })).statusCode).toBe(201);
    });
  });

  describe('a facility with fixed one-hour visits on the hour (seed 003)', () => {
    let doctor: string;
    beforeAll(async () => {
      doctor = await provider({
        timezone: 'America/New_York',
        facilities: [hospital],
        slot_minutes: 30,
        schedule: WEEKDAYS.map((weekday) => ({ weekday, start: '09:00', end: '17:00', facility: hospital })),
      });
    });

    it('refuses 10:30 local with 422 off_grid', async () => {
      // 2030-03-12 is after the US switch to EDT (UTC-4): 10:30 local is 14:30Z.
      const body = await refused(await attempt(doctor, '2030-03-12T14:30:00Z', { facility: hospital }), 'off_grid');
      expect(codes(body)).toEqual(['off_grid']);
      await refused(await attempt(doctor, '2030-03-12T10:30:00-04:00', { facility: hospital }), 'off_grid');
    });

    it('books 10:00 local for exactly one hour, whatever the topics add up to', async () => {
      const one = await attempt(doctor, '2030-03-12T10:00:00-04:00', { facility: hospital });
      expect(one.statusCode).toBe(201);
      expect(one.json()).toMatchObject({ start_time: '2030-03-12T14:00:00.000Z', end_time: '2030-03-12T15:00:00.000Z', duration_minutes: 60 });
      const longer = await attempt(doctor, '2030-03-12T15:00:00Z', { facility: hospital, topics: [t30, t45] });
      expect(longer.statusCode).toBe(201);
      expect(longer.json()).toMatchObject({ end_time: '2030-03-12T16:00:00.000Z', duration_minutes: 60 });
      const shorter = await attempt(doctor, '2030-03-12T16:00:00Z', { facility: hospital, patient: pat2.id, topics: [await makeTopic(t, 10)] });
      expect(shorter.json()).toMatchObject({ end_time: '2030-03-12T17:00:00.000Z', duration_minutes: 60 });
    });

    it('refuses the last hour when it would run past the availability', async () => {
      await refused(await attempt(doctor, '2030-03-12T17:00:00-04:00', { facility: hospital }), 'outside_availability');
      expect((await attempt(doctor, '2030-03-12T16:00:00-04:00', { facility: hospital })).statusCode).toBe(201);
    });
  });

  describe('which code when several rules are broken', () => {
    it('reports too_soon before time_off, and lists both', async () => {
      const p = await provider({ min_notice_minutes: 120 });
      await timeOff(p, '2030-03-04T08:00:00Z', '2030-03-04T12:00:00Z');
      const body = await refused(await attempt(p, '2030-03-04T09:00:00Z'), 'too_soon');
      expect(codes(body)).toEqual(['too_soon', 'time_off']);
    });

    it('reports too_far_ahead before facility_closed', async () => {
      const p = await provider({ max_days_ahead: 5, facilities: [clinic] });
      const body = await refused(await attempt(p, '2030-03-13T10:00:00Z', { facility: clinic }), 'too_far_ahead');
      expect(codes(body)).toEqual(['too_far_ahead', 'facility_closed']);
    });

    it('reports facility_closed before outside_operating_hours before outside_availability', async () => {
      const body = await refused(await attempt(grid, '2030-03-13T07:00:00Z', { facility: clinic }), 'facility_closed');
      expect(codes(body)).toEqual(['facility_closed', 'outside_operating_hours', 'outside_availability']);
    });

    it('reports time_off before outside_availability', async () => {
      const p = await provider({ slot_minutes: 30, schedule: [{ weekday: 'friday', start: '09:00', end: '10:00' }] });
      await timeOff(p, '2030-03-08T12:00:00Z', '2030-03-08T14:00:00Z');
      const body = await refused(await attempt(p, '2030-03-08T12:00:00Z'), 'time_off');
      expect(codes(body)).toEqual(['time_off', 'outside_availability']);
    });

    it('reports outside_availability rather than off_grid for an off-grid time outside every window', async () => {
      const body = await refused(await attempt(grid, '2030-03-08T13:10:00Z'), 'outside_availability');
      expect(codes(body)).toEqual(['outside_availability']);
    });
  });

  describe('GET /providers/:id/availability/explain', () => {
    it('says a free slot is bookable, with no reasons', async () => {
      const res = await explain(grid, `start_time=2030-03-14T10:00:00Z&duration=30&facility=${clinic}`);
      expect(res).toEqual({ bookable: true, provider: grid, facility: clinic, start_time: '2030-03-14T10:00:00.000Z', end_time: '2030-03-14T10:30:00.000Z', reasons: [] });
      const byTopics = await explain(grid, `start_time=2030-03-14T11:00:00Z&topics=${t30},${t45}`);
      expect(byTopics).toMatchObject({ bookable: false, end_time: '2030-03-14T12:15:00.000Z' });
      expect(byTopics.reasons.map((r) => r.code)).toEqual(['outside_availability']);
    });

    it('lists every reason for a refused time: during time off and too soon', async () => {
      const p = await provider({ min_notice_minutes: 120 });
      await timeOff(p, '2030-03-04T08:00:00Z', '2030-03-04T12:00:00Z');
      const res = await explain(p, 'start_time=2030-03-04T09:00:00Z&duration=30');
      expect(res.bookable).toBe(false);
      expect(res.reasons.map((r) => r.code).sort()).toEqual(['time_off', 'too_soon']);
      for (const r of res.reasons) expect(r.message.length).toBeGreaterThan(0);
    });

    it('lists every reason: closed, not open, not available, during time off, too far ahead', async () => {
      const p = await provider({ facilities: [clinic], max_days_ahead: 5, slot_minutes: 30, schedule: [{ weekday: 'wednesday', start: '09:00', end: '12:00', facility: clinic }] });
      await timeOff(p, '2030-03-13T00:00:00Z', '2030-03-14T00:00:00Z');
      const res = await explain(p, `start_time=2030-03-13T07:10:00Z&duration=30&facility=${clinic}`);
      expect(res.reasons.map((r) => r.code).sort()).toEqual(['facility_closed', 'outside_availability', 'outside_operating_hours', 'time_off', 'too_far_ahead']);
    });

    it('lists a conflict with an existing appointment, off-grid starts, the wrong facility and an inactive provider', async () => {
      const p = await provider({ facilities: [clinic], slot_minutes: 30, schedule: [{ weekday: 'friday', start: '09:00', end: '12:00', facility: clinic }] });
      expect((await attempt(p, '2030-03-15T10:00:00Z', { patient: pat2.id })).statusCode).toBe(201);
      expect((await explain(p, 'start_time=2030-03-15T10:00:00Z&duration=30')).reasons.map((r) => r.code)).toEqual(['conflict']);
      expect((await explain(p, 'start_time=2030-03-15T10:10:00Z&duration=30')).reasons.map((r) => r.code).sort()).toEqual(['conflict', 'off_grid']);
      expect((await explain(p, `start_time=2030-03-15T11:00:00Z&duration=30&facility=${elsewhere}`)).reasons.map((r) => r.code)).toContain('not_at_facility');
      expect((await t.call('POST', `/api/v1/providers/${p}/deactivate`, { token: t.adminToken })).statusCode).toBe(200);
      const inactive = await explain(p, 'start_time=2030-03-15T11:00:00Z&duration=30');
      expect(inactive.bookable).toBe(false);
      expect(inactive.reasons.map((r) => r.code)).toEqual(['provider_inactive']);
    });

    it('uses the facility\'s fixed visit length', async () => {
      const doc = await provider({ facilities: [hospital], schedule: [{ weekday: 'thursday', start: '09:00', end: '17:00', facility: hospital }] });
      const ok = await explain(doc, `start_time=2030-03-14T10:00:00-04:00&duration=15&facility=${hospital}`);
      expect(ok).toMatchObject({ bookable: true, start_time: '2030-03-14T14:00:00.000Z', end_time: '2030-03-14T15:00:00.000Z' });
      const half = await explain(doc, `start_time=2030-03-14T10:30:00-04:00&duration=15&facility=${hospital}`);
      expect(half.reasons.map((r) => r.code)).toEqual(['off_grid']);
    });

    it('agrees with slot search: every slot offered is explained as bookable', async () => {
      const page = (await t.call('GET', `/api/v1/slots?provider=${grid}&date=2030-03-15&duration=30&facility=${clinic}`, { token: pat1.token })).json();
      expect(page.count).toBe(6);
      for (const slot of page.results as { start_time: string }[]) {
        const res = await explain(grid, `start_time=${slot.start_time}&duration=30&facility=${clinic}`);
        expect(res).toMatchObject({ bookable: true, reasons: [] });
      }
    });

    it('validates its query', async () => {
      for (const query of [
        'start_time=2030-03-14T10:00:00Z',
        `start_time=2030-03-14T10:00:00Z&duration=30&topics=${t30}`,
        'start_time=2030-03-14T10:00:00&duration=30',
        'duration=30',
        'start_time=2030-03-14T10:00:00Z&duration=-5',
        `start_time=2030-03-14T10:00:00Z&duration=30&facility=${randomUUID()}`,
        `start_time=2030-03-14T10:00:00Z&topics=${randomUUID()}`,
      ]) {
        expectProblem(await t.call('GET', `/api/v1/providers/${grid}/availability/explain?${query}`, { token: t.adminToken }), 422, 'validation_failed');
      }
      expectProblem(await t.call('GET', `/api/v1/providers/${randomUUID()}/availability/explain?start_time=2030-03-14T10:00:00Z&duration=30`, { token: t.adminToken }), 404, 'not_found');
      expectProblem(await t.call('GET', `/api/v1/providers/${grid}/availability/explain?start_time=2030-03-14T10:00:00Z&duration=30`), 401);
    });
  });
});
