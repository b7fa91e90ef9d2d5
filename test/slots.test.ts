import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeTopic, type Person, type TestApp } from './helpers.js';

type Slot = { provider: string; facility: string | null; start_time: string; end_time: string };
type SlotPage = { count: number; next: string | null; previous: string | null; results: Slot[] };

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
/** `HH:MM` of a UTC instant (these tests use UTC facilities and providers, so it is the local reading too). */
const hhmm = (iso: string) => iso.slice(11, 16);

describe.each(backends)('slot search on %s', (backend) => {
  let t: TestApp;
  let patient: Person;
  let clinic: string; // UTC, Mon–Fri 08:00–18:00, closed 2030-03-13
  let hospital: string; // UTC, Mon–Fri 08:00–18:00, every visit one hour on the hour
  let topic30: string;
  let topic20: string;
  let topic25: string;
  let alice: string; // at the clinic: Mon–Fri 09:00–12:00, Tue 14:00–16:00, 30-minute grid

  /** Creates a provider without logging in (no token needed here). */
  const provider = async (fields: Record<string, unknown>) => {
    const res = await t.call('POST', '/api/v1/providers', {
      token: t.adminToken,
      body: { email: `p-${randomUUID().slice(0, 8)}@carebook.test`, name: `Dr ${randomUUID().slice(0, 6)}`, password: 'provider-pass-1', ...fields },
    });
    if (res.statusCode !== 201) throw new Error(`provider create failed: ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  };
  const search = async (query: string, token = t.adminToken): Promise<SlotPage> => {
    const res = await t.call('GET', `/api/v1/slots?${query}`, { token });
    if (res.statusCode !== 200) throw new Error(`slot search ${query} failed: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const starts = async (query: string) => (await search(query)).results.map((s) => hhmm(s.start_time));
  const cancel = (appointmentId: string) =>
    t.call('POST', `/api/v1/appointments/${appointmentId}/cancel`, { token: t.adminToken, body: { on_behalf_of: 'patient' } });

  beforeAll(async () => {
    t = await createTestApp(backend);
    const fac = async (body: Record<string, unknown>) => {
      const res = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: `F ${randomUUID().slice(0, 6)}`, timezone: 'UTC', ...body } });
      if (res.statusCode !== 201) throw new Error(res.body);
      return res.json().id as string;
    };
    const weekdays = WEEKDAYS.map((weekday) => ({ weekday, open: '08:00', close: '18:00' }));
    clinic = await fac({ operating_hours: weekdays, closures: [{ date: '2030-03-13', reason: 'Training day' }] });
    hospital = await fac({ operating_hours: weekdays, appointment_minutes: 60, align_minutes: 60 });
    patient = await makePatient(t);
    topic30 = await makeTopic(t, 30);
    topic20 = await makeTopic(t, 20);
    topic25 = await makeTopic(t, 25);
    alice = await provider({
      facilities: [clinic],
      slot_minutes: 30,
      schedule: [
        ...WEEKDAYS.map((weekday) => ({ weekday, start: '09:00', end: '12:00', facility: clinic })),
        { weekday: 'tuesday', start: '14:00', end: '16:00', facility: clinic },
      ],
    });
  });
  afterAll(() => t?.close());

  describe('what comes back', () => {
    it('lists the slots of a day in time order inside {count, next, previous, results}', async () => {
      const page = await search(`provider=${alice}&date=2030-03-05&duration=30`);
      expect(page.count).toBe(10);
      expect(page.next).toBeNull();
      expect(page.previous).toBeNull();
      expect(page.results[0]).toEqual({ provider: alice, facility: null, start_time: '2030-03-05T09:00:00.000Z', end_time: '2030-03-05T09:30:00.000Z' });
      expect(page.results.map((s) => hhmm(s.start_time))).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '14:00', '14:30', '15:00', '15:30']);
      for (const s of page.results) {
        expect(Object.keys(s).sort()).toEqual(['end_time', 'facility', 'provider', 'start_time']);
        expect(Date.parse(s.end_time) - Date.parse(s.start_time)).toBe(30 * 60_000);
      }
    });

    it('names the facility when searching at one', async () => {
      const page = await search(`provider=${alice}&date=2030-03-05&duration=30&facility=${clinic}`);
      expect(page.count).toBe(10);
      for (const s of page.results) expect(s.facility).toBe(clinic);
    });

    it('covers every day from `from` to `to` inclusive', async () => {
      const page = await search(`provider=${alice}&from=2030-03-05&to=2030-03-07&duration=30`);
      expect(page.count).toBe(10 + 6 + 6);
      const days = page.results.map((s) => s.start_time.slice(0, 10));
      expect([...new Set(days)]).toEqual(['2030-03-05', '2030-03-06', '2030-03-07']);
      const times = page.results.map((s) => Date.parse(s.start_time));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });

    it('cuts slots of the requested length on the provider\'s grid', async () => {
      expect(await starts(`provider=${alice}&date=2030-03-05&duration=45`)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '14:00', '14:30', '15:00']);
      const page = await search(`provider=${alice}&date=2030-03-05&duration=180`);
      expect(page.results.map((s) => [hhmm(s.start_time), hhmm(s.end_time)])).toEqual([['09:00', '12:00']]);
      expect((await search(`provider=${alice}&date=2030-03-05&duration=181`)).count).toBe(0);
    });

    it('takes the length from topics (their durations add up)', async () => {
      const page = await search(`provider=${alice}&date=2030-03-05&topics=${topic20},${topic25}`);
      expect(page.results.map((s) => hhmm(s.start_time))).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '14:00', '14:30', '15:00']);
      for (const s of page.results) expect(Date.parse(s.end_time) - Date.parse(s.start_time)).toBe(45 * 60_000);
      const repeated = await search(`provider=${alice}&date=2030-03-05&topics=${topic20}&topics=${topic25}`);
      expect(repeated.results).toEqual(page.results);
    });

    it('pages with limit and offset', async () => {
      const first = await search(`provider=${alice}&date=2030-03-05&duration=30&limit=4`);
      expect(first.count).toBe(10);
      expect(first.results.map((s) => hhmm(s.start_time))).toEqual(['09:00', '09:30', '10:00', '10:30']);
      expect(first.next).toContain('offset=4');
      const last = await search(`provider=${alice}&date=2030-03-05&duration=30&limit=4&offset=8`);
      expect(last.results.map((s) => hhmm(s.start_time))).toEqual(['15:00', '15:30']);
      expect(last.next).toBeNull();
      expect(last.previous).toContain('offset=4');
    });

    it('reads the dates in `timezone` when given', async () => {
      // 2030-03-05 in Tokyo (+09:00) is 2030-03-04T15:00Z to 2030-03-05T15:00Z.
      const page = await search(`provider=${alice}&date=2030-03-05&duration=30&timezone=Asia/Tokyo`);
      expect(page.results.map((s) => s.start_time.slice(0, 16))).toEqual([
        ...['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '14:00', '14:30'].map((h) => `2030-03-05T${h}`),
      ]);
    });

    it('is open to every signed-in role', async () => {
      const page = await search(`provider=${alice}&date=2030-03-05&duration=30`, patient.token);
      expect(page.count).toBe(10);
      expectProblem(await t.call('GET', `/api/v1/slots?provider=${alice}&date=2030-03-05&duration=30`), 401);
    });
  });

  describe('what is left out', () => {
    it('skips a facility closure day', async () => {
      expect((await search(`provider=${alice}&date=2030-03-13&duration=30`)).count).toBe(0);
      expect((await search(`provider=${alice}&date=2030-03-13&duration=30&facility=${clinic}`)).count).toBe(0);
      expect((await search(`provider=${alice}&date=2030-03-14&duration=30`)).count).toBe(6);
    });

    it('skips time off, and gives it back when the time off is removed', async () => {
      const off = await t.call('POST', `/api/v1/providers/${alice}/time-off`, { token: t.adminToken, body: { start_time: '2030-03-07T10:15:00Z', end_time: '2030-03-07T10:45:00Z' } });
      expect(off.statusCode).toBe(201);
      expect(await starts(`provider=${alice}&date=2030-03-07&duration=30`)).toEqual(['09:00', '09:30', '11:00', '11:30']);
      expect((await t.call('DELETE', `/api/v1/providers/${alice}/time-off/${off.json().id}`, { token: t.adminToken })).statusCode).toBe(204);
      expect(await starts(`provider=${alice}&date=2030-03-07&duration=30`)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    });

    it('skips booked time; a cancelled booking gives it back', async () => {
      const booked = await book(t, { provider: alice, patient: patient.id, topics: [topic30], start_time: '2030-03-08T10:00:00Z' });
      expect(booked.statusCode).toBe(201);
      expect(await starts(`provider=${alice}&date=2030-03-08&duration=30`)).toEqual(['09:00', '09:30', '10:30', '11:00', '11:30']);
      // A longer visit may not overlap it either.
      expect(await starts(`provider=${alice}&date=2030-03-08&duration=60`)).toEqual(['09:00', '10:30', '11:00']);
      expect((await cancel(booked.json().id)).statusCode).toBe(200);
      expect(await starts(`provider=${alice}&date=2030-03-08&duration=30`)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    });

    it('keeps the buffer after an existing appointment free (buffer_after_minutes 15)', async () => {
      const p = await provider({ slot_minutes: 15, buffer_after_minutes: 15, schedule: [{ weekday: 'tuesday', start: '09:00', end: '12:00' }] });
      expect((await book(t, { provider: p, patient: patient.id, topics: [topic30], start_time: '2030-03-12T10:00:00Z' })).statusCode).toBe(201);
      // Before it: a visit must end 15 minutes before 10:00. After it: nothing before 10:45.
      expect(await starts(`provider=${p}&date=2030-03-12&duration=30`)).toEqual(['09:00', '09:15', '10:45', '11:00', '11:15', '11:30']);
    });

    it('keeps the buffer before an existing appointment free (buffer_before_minutes 15)', async () => {
      const p = await provider({ slot_minutes: 15, buffer_before_minutes: 15, schedule: [{ weekday: 'tuesday', start: '09:00', end: '12:00' }] });
      expect((await book(t, { provider: p, patient: patient.id, topics: [topic30], start_time: '2030-03-19T10:00:00Z' })).statusCode).toBe(201);
      // Before it: a visit must end by 09:45. After it: the next visit's own buffer starts at 10:30, so 10:45.
      expect(await starts(`provider=${p}&date=2030-03-19&duration=30`)).toEqual(['09:00', '09:15', '10:45', '11:00', '11:15', '11:30']);
    });

    it('starts no sooner than the minimum notice', async () => {
      // No availability: bookable any time; NOW is 2030-03-04T08:00Z, so 120 minutes' notice means 10:00.
      const p = await provider({ slot_minutes: 30, min_notice_minutes: 120 });
      const page = await search(`provider=${p}&date=2030-03-04&duration=30`);
      expect(page.results[0]!.start_time).toBe('2030-03-04T10:00:00.000Z');
      expect(page.count).toBe(28);
      const exact = await provider({ slot_minutes: 30, min_notice_minutes: 90 });
      expect((await search(`provider=${exact}&date=2030-03-04&duration=30`)).results[0]!.start_time).toBe('2030-03-04T09:30:00.000Z');
    });

    it('starts no later than the booking horizon (max_days_ahead)', async () => {
      const p = await provider({ slot_minutes: 60, max_days_ahead: 30 });
      // NOW + 30 days = 2030-04-03T08:00Z, which may itself start.
      const page = await search(`provider=${p}&from=2030-04-02&to=2030-04-05&duration=60`);
      expect(page.count).toBe(24 + 9);
      expect(page.results.at(-1)!.start_time).toBe('2030-04-03T08:00:00.000Z');
    });

    it('stops offering a deactivated facility\'s availability, and refuses to book it', async () => {
      const res = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: 'Closing down', timezone: 'UTC' } });
      const closing = res.json().id as string;
      const p = await provider({ slot_minutes: 60, facilities: [closing], schedule: [{ weekday: 'tuesday', start: '09:00', end: '11:00', facility: closing }] });
      expect(await starts(`provider=${p}&date=2030-03-05&duration=60`)).toEqual(['09:00', '10:00']);
      expect((await t.call('PATCH', `/api/v1/facilities/${closing}`, { token: t.adminToken, body: { active: false } })).statusCode).toBe(200);
      expect(await starts(`provider=${p}&date=2030-03-05&duration=60`)).toEqual([]);
      const booked = await book(t, { provider: p, patient: patient.id, topics: [topic30], start_time: '2030-03-05T09:00:00Z' });
      expect(booked.statusCode, booked.body).toBe(422);
    });

    it('stops offering a facility\'s availability once the provider no longer works there (or refuses to unlink it)', async () => {
      const res = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: 'Former workplace', timezone: 'UTC' } });
      const former = res.json().id as string;
      const p = await provider({ slot_minutes: 60, facilities: [former], schedule: [{ weekday: 'tuesday', start: '09:00', end: '11:00', facility: former }] });
      const unlink = await t.call('PATCH', `/api/v1/providers/${p}`, { token: t.adminToken, body: { facilities: [] } });
      if (unlink.statusCode === 200) expect(await starts(`provider=${p}&date=2030-03-05&duration=60`)).toEqual([]);
      else expect([409, 422]).toContain(unlink.statusCode);
    });

    it('offers nothing for an inactive provider, or at a facility the provider does not work at', async () => {
      const p = await provider({ slot_minutes: 30, schedule: [{ weekday: 'tuesday', start: '09:00', end: '10:00' }] });
      expect((await search(`provider=${p}&date=2030-03-05&duration=30`)).count).toBe(2);
      expect((await search(`provider=${p}&date=2030-03-05&duration=30&facility=${clinic}`)).count).toBe(0);
      expect((await t.call('POST', `/api/v1/providers/${p}/deactivate`, { token: t.adminToken })).statusCode).toBe(200);
      expect((await search(`provider=${p}&date=2030-03-05&duration=30`)).count).toBe(0);
    });
  });

  describe('rules and places', () => {
    it('offers any time of day for a provider with no availability at all (seed 000)', async () => {
      const p = await provider({ slot_minutes: 60, facilities: [clinic] });
      const anyTime = await search(`provider=${p}&date=2030-03-05&duration=60`);
      expect(anyTime.count).toBe(24);
      expect(anyTime.results[0]!.start_time).toBe('2030-03-05T00:00:00.000Z');
      expect(anyTime.results.at(-1)!.start_time).toBe('2030-03-05T23:00:00.000Z');
      // At a facility, its opening hours still apply.
      expect(await starts(`provider=${p}&date=2030-03-05&duration=60&facility=${clinic}`)).toEqual(
        ['08', '09', '10', '11', '12', '13', '14', '15', '16', '17'].map((h) => `${h}:00`),
      );
    });

    it('cuts a rule without a facility to the opening hours of the facility searched at', async () => {
      const p = await provider({ slot_minutes: 60, facilities: [clinic], schedule: [{ weekday: 'tuesday', start: '06:00', end: '20:00' }] });
      expect((await search(`provider=${p}&date=2030-03-05&duration=60`)).count).toBe(14);
      expect(await starts(`provider=${p}&date=2030-03-05&duration=60&facility=${clinic}`)).toEqual(
        ['08', '09', '10', '11', '12', '13', '14', '15', '16', '17'].map((h) => `${h}:00`),
      );
    });

    it('honours dated rules and the validity dates of weekly rules', async () => {
      const p = await provider({ slot_minutes: 60, schedule: [{ weekday: 'thursday', start: '09:00', end: '10:00', valid_from: '2030-03-14', valid_until: '2030-03-21' }] });
      const dated = await t.call('POST', `/api/v1/providers/${p}/availability`, { token: t.adminToken, body: { date: '2030-03-09', start: '10:00', end: '11:00' } });
      expect(dated.statusCode).toBe(201);
      const page = await search(`provider=${p}&from=2030-03-07&to=2030-03-30&duration=60`);
      expect(page.results.map((s) => s.start_time)).toEqual(['2030-03-09T10:00:00.000Z', '2030-03-14T09:00:00.000Z', '2030-03-21T09:00:00.000Z']);
    });

    it('uses only rules at the facility searched at (and rules without a place)', async () => {
      const other = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: 'Other', timezone: 'UTC' } });
      const p = await provider({
        slot_minutes: 60,
        facilities: [clinic, other.json().id],
        schedule: [
          { weekday: 'friday', start: '09:00', end: '10:00', facility: clinic },
          { weekday: 'friday', start: '11:00', end: '12:00', facility: other.json().id },
          { weekday: 'friday', start: '13:00', end: '14:00' },
        ],
      });
      expect(await starts(`provider=${p}&date=2030-03-08&duration=60`)).toEqual(['09:00', '11:00', '13:00']);
      expect(await starts(`provider=${p}&date=2030-03-08&duration=60&facility=${clinic}`)).toEqual(['09:00', '13:00']);
      expect(await starts(`provider=${p}&date=2030-03-08&duration=60&facility=${other.json().id}`)).toEqual(['11:00', '13:00']);
    });

    it('gives one-hour visits on the hour at a facility that fixes them (seed 003), whatever the length asked', async () => {
      const p = await provider({ slot_minutes: 15, facilities: [hospital], schedule: [{ weekday: 'tuesday', start: '09:30', end: '13:00', facility: hospital }] });
      for (const length of ['duration=30', 'duration=90', `topics=${topic20}`]) {
        const page = await search(`provider=${p}&date=2030-03-05&${length}&facility=${hospital}`);
        expect(page.results.map((s) => [hhmm(s.start_time), hhmm(s.end_time)])).toEqual([
          ['10:00', '11:00'],
          ['11:00', '12:00'],
          ['12:00', '13:00'],
        ]);
      }
    });

    it('anchors the grid the same way whatever dates are searched, so an offered slot can be booked (round-the-clock hours, 50-minute grid)', async () => {
      const p = await provider({ slot_minutes: 50, schedule: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })) });
      const friday = (page: SlotPage) => page.results.filter((s) => s.start_time.startsWith('2030-03-08')).map((s) => s.start_time);
      const oneDay = friday(await search(`provider=${p}&date=2030-03-08&duration=30`));
      const threeDays = friday(await search(`provider=${p}&from=2030-03-06&to=2030-03-08&duration=30`));
      expect(threeDays.slice(0, 3)).toEqual(oneDay.slice(0, 3));
      const res = await book(t, { provider: p, patient: patient.id, topics: [topic30], start_time: threeDays[0] });
      expect(res.statusCode, res.body).toBe(201);
    });

    it('merges several providers in time order', async () => {
      const x = await provider({ slot_minutes: 30, schedule: [{ weekday: 'thursday', start: '09:00', end: '10:00' }] });
      const y = await provider({ slot_minutes: 30, schedule: [{ weekday: 'thursday', start: '09:15', end: '10:15' }] });
      const page = await search(`provider=${x}&provider=${y}&date=2030-03-07&duration=30`);
      expect(page.results.map((s) => `${s.provider === x ? 'x' : 'y'} ${hhmm(s.start_time)}`)).toEqual(['x 09:00', 'y 09:15', 'x 09:30', 'y 09:45']);
      const same = await search(`provider=${y}&provider=${x}&provider=${x}&date=2030-03-07&duration=30`);
      expect(same.results).toEqual(page.results);
    });
  });

  describe('validation', () => {
    it('accepts 62 days and refuses more (422)', async () => {
      expect((await search(`provider=${alice}&from=2030-03-05&to=2030-05-05&duration=30`)).count).toBeGreaterThan(0);
      const body = expectProblem(await t.call('GET', `/api/v1/slots?provider=${alice}&from=2030-03-05&to=2030-05-06&duration=30`, { token: t.adminToken }), 422, 'validation_failed');
      expect(body.errors?.map((e) => e.field).join(' ')).toContain('to');
    });

    it.each([
      ['no provider', 'date=2030-03-05&duration=30', 'provider'],
      ['no dates', 'PROVIDER&duration=30', 'from'],
      ['neither duration nor topics', 'PROVIDER&date=2030-03-05', 'duration'],
      ['both duration and topics', 'PROVIDER&date=2030-03-05&duration=30&topics=TOPIC', 'duration'],
      ['to before from', 'PROVIDER&from=2030-03-06&to=2030-03-05&duration=30', 'to'],
      ['an impossible date', 'PROVIDER&date=2030-02-30&duration=30', 'date'],
      ['a zero duration', 'PROVIDER&date=2030-03-05&duration=0', 'duration'],
      ['a fractional duration', 'PROVIDER&date=2030-03-05&duration=7.5', 'duration'],
      ['a malformed provider id', 'provider=abc&date=2030-03-05&duration=30', 'provider'],
      ['an unknown provider', `provider=${randomUUID()}&date=2030-03-05&duration=30`, 'provider'],
      ['an unknown facility', `PROVIDER&date=2030-03-05&duration=30&facility=${randomUUID()}`, 'facility'],
      ['an unknown topic', `PROVIDER&date=2030-03-05&topics=${randomUUID()}`, 'topics'],
      ['an in-person visit without a facility', 'PROVIDER&date=2030-03-05&duration=30&mode=in_person', 'facility'],
      ['an unknown mode', 'PROVIDER&date=2030-03-05&duration=30&mode=telepathy', 'mode'],
      ['an offset as time zone', 'PROVIDER&date=2030-03-05&duration=30&timezone=%2B05:30', 'timezone'],
    ])('refuses %s (422)', async (_label, query, field) => {
      const url = `/api/v1/slots?${query.replace('PROVIDER', `provider=${alice}`).replace('TOPIC', topic30)}`;
      const body = expectProblem(await t.call('GET', url, { token: t.adminToken }), 422, 'validation_failed');
      expect(body.errors?.map((e) => e.field).join(' ')).toContain(field);
    });
  });
});
