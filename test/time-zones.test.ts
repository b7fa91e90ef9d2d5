import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeTopic, type Person, type TestApp } from './helpers.js';

type Slot = { provider: string; facility: string | null; start_time: string; end_time: string };
const EVERY_DAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const hours = (open: string, close: string) => EVERY_DAY.map((weekday) => ({ weekday, open, close }));
const z = (iso: string) => new Date(iso).toISOString();

describe.each(backends)('time zones and DST on %s', (backend) => {
  let t: TestApp;
  let patient: Person;
  let t60: string;
  let t30: string;

  const facility = async (body: Record<string, unknown>) => {
    const res = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: `F ${randomUUID().slice(0, 6)}`, ...body } });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().id as string;
  };
  const provider = async (fields: Record<string, unknown>) => {
    const res = await t.call('POST', '/api/v1/providers', {
      token: t.adminToken,
      body: { email: `p-${randomUUID().slice(0, 8)}@carebook.test`, name: `Dr ${randomUUID().slice(0, 6)}`, password: 'provider-pass-1', ...fields },
    });
    if (res.statusCode !== 201) throw new Error(`provider create failed: ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  };
  const slots = async (query: string): Promise<Slot[]> => {
    const res = await t.call('GET', `/api/v1/slots?${query}`, { token: t.adminToken });
    if (res.statusCode !== 200) throw new Error(`slots ${query}: ${res.statusCode} ${res.body}`);
    return res.json().results;
  };
  const startsOf = (list: Slot[]) => list.map((s) => s.start_time);
  /** Whole hours in UTC from `first` to `last` inclusive, as ISO strings. */
  const hourly = (first: string, last: string) => {
    const out: string[] = [];
    for (let at = Date.parse(first); at <= Date.parse(last); at += 3_600_000) out.push(new Date(at).toISOString());
    return out;
  };
  const attempt = (providerId: string, start_time: string, extra: Record<string, unknown> = {}) =>
    book(t, { provider: providerId, patient: patient.id, topics: [t60], start_time, ...extra });

  beforeAll(async () => {
    t = await createTestApp(backend);
    patient = await makePatient(t);
    t60 = await makeTopic(t, 60);
    t30 = await makeTopic(t, 30);
  });
  afterAll(() => t?.close());

  describe('America/New_York: 09:00–17:00 stays 09:00–17:00 local across DST', () => {
    let ny: string;
    let doc: string;
    beforeAll(async () => {
      ny = await facility({ timezone: 'America/New_York', operating_hours: hours('07:00', '20:00') });
      doc = await provider({
        facilities: [ny],
        slot_minutes: 60,
        schedule: ['saturday', 'sunday'].map((weekday) => ({ weekday, start: '09:00', end: '17:00', facility: ny })),
      });
    });

    it('on 2030-03-10 (clocks spring forward) the first slot is 13:00Z and the last 20:00Z; the day before 14:00Z and 21:00Z', async () => {
      const dst = await slots(`provider=${doc}&date=2030-03-10&duration=60&facility=${ny}`);
      expect(startsOf(dst)).toEqual(hourly('2030-03-10T13:00:00Z', '2030-03-10T20:00:00Z'));
      expect(dst.at(-1)!.end_time).toBe(z('2030-03-10T21:00:00Z'));
      const before = await slots(`provider=${doc}&date=2030-03-09&duration=60&facility=${ny}`);
      expect(startsOf(before)).toEqual(hourly('2030-03-09T14:00:00Z', '2030-03-09T21:00:00Z'));
    });

    it('on 2030-11-03 (clocks fall back) the first slot is 14:00Z and the last 21:00Z; the day before 13:00Z and 20:00Z', async () => {
      const dst = await slots(`provider=${doc}&date=2030-11-03&duration=60&facility=${ny}`);
      expect(startsOf(dst)).toEqual(hourly('2030-11-03T14:00:00Z', '2030-11-03T21:00:00Z'));
      const before = await slots(`provider=${doc}&date=2030-11-02&duration=60&facility=${ny}`);
      expect(startsOf(before)).toEqual(hourly('2030-11-02T13:00:00Z', '2030-11-02T20:00:00Z'));
    });

    it('cuts a 30-minute grid from 09:00 local on the DST day', async () => {
      const list = await slots(`provider=${doc}&date=2030-03-10&duration=30&facility=${ny}`);
      // The provider's grid is 60 minutes, so 30-minute visits start on the hour: 8 of them.
      expect(list.map((s) => [s.start_time, s.end_time])[0]).toEqual([z('2030-03-10T13:00:00Z'), z('2030-03-10T13:30:00Z')]);
      expect(list.length).toBe(8);
    });

    it('books 09:00 local on the DST day and refuses 08:00 local', async () => {
      expectProblem(await attempt(doc, '2030-03-10T12:00:00Z', { facility: ny }), 422, 'outside_availability');
      const ok = await attempt(doc, '2030-03-10T09:00:00-04:00', { facility: ny });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ start_time: z('2030-03-10T13:00:00Z'), end_time: z('2030-03-10T14:00:00Z') });
      expectProblem(await attempt(doc, '2030-03-10T21:00:00Z', { facility: ny }), 422, 'outside_availability');
      expect((await attempt(doc, '2030-03-10T20:00:00Z', { facility: ny })).statusCode).toBe(201);
    });

    it('shows the DST day\'s window as 13:00Z–21:00Z in the schedule view', async () => {
      const res = await t.call('GET', `/api/v1/schedule?from=2030-03-10&to=2030-03-10&facility=${ny}`, { token: t.adminToken });
      expect(res.statusCode).toBe(200);
      expect(res.json().availabilities.map((a: Slot) => [a.start_time, a.end_time])).toEqual([[z('2030-03-10T13:00:00Z'), z('2030-03-10T21:00:00Z')]]);
      const fall = await t.call('GET', `/api/v1/schedule?from=2030-11-03&to=2030-11-03&facility=${ny}`, { token: t.adminToken });
      expect(fall.json().availabilities.map((a: Slot) => [a.start_time, a.end_time])).toEqual([[z('2030-11-03T14:00:00Z'), z('2030-11-03T22:00:00Z')]]);
    });
  });

  describe('Europe/Berlin: 09:00–17:00 stays 09:00–17:00 local across DST', () => {
    let berlin: string;
    let doc: string;
    beforeAll(async () => {
      berlin = await facility({ timezone: 'Europe/Berlin', operating_hours: hours('07:00', '20:00') });
      doc = await provider({
        facilities: [berlin],
        slot_minutes: 60,
        schedule: ['saturday', 'sunday'].map((weekday) => ({ weekday, start: '09:00', end: '17:00', facility: berlin })),
      });
    });

    it('on 2030-03-31 the first slot is 07:00Z and the last 14:00Z; the day before 08:00Z and 15:00Z', async () => {
      expect(startsOf(await slots(`provider=${doc}&date=2030-03-31&duration=60&facility=${berlin}`))).toEqual(hourly('2030-03-31T07:00:00Z', '2030-03-31T14:00:00Z'));
      expect(startsOf(await slots(`provider=${doc}&date=2030-03-30&duration=60&facility=${berlin}`))).toEqual(hourly('2030-03-30T08:00:00Z', '2030-03-30T15:00:00Z'));
    });

    it('on 2030-10-27 the first slot is 08:00Z and the last 15:00Z; the day before 07:00Z and 14:00Z', async () => {
      expect(startsOf(await slots(`provider=${doc}&date=2030-10-27&duration=60&facility=${berlin}`))).toEqual(hourly('2030-10-27T08:00:00Z', '2030-10-27T15:00:00Z'));
      expect(startsOf(await slots(`provider=${doc}&date=2030-10-26&duration=60&facility=${berlin}`))).toEqual(hourly('2030-10-26T07:00:00Z', '2030-10-26T14:00:00Z'));
    });

    it('finds both DST weekends in one search over a range', async () => {
      const list = await slots(`provider=${doc}&from=2030-03-29&to=2030-04-01&duration=60&facility=${berlin}`);
      expect(list.length).toBe(16);
      expect(list[0]!.start_time).toBe(z('2030-03-30T08:00:00Z'));
      expect(list[8]!.start_time).toBe(z('2030-03-31T07:00:00Z'));
    });
  });

  describe('Asia/Kolkata (+05:30)', () => {
    it('puts 09:00 local at 03:30Z', async () => {
      const kolkata = await facility({ timezone: 'Asia/Kolkata', operating_hours: [{ weekday: 'tuesday', open: '09:00', close: '19:00' }] });
      const doc = await provider({ facilities: [kolkata], slot_minutes: 30, schedule: [{ weekday: 'tuesday', start: '09:00', end: '13:00', facility: kolkata }] });
      const list = await slots(`provider=${doc}&date=2030-03-05&duration=30&facility=${kolkata}`);
      expect(list.length).toBe(8);
      expect(list[0]).toEqual({ provider: doc, facility: kolkata, start_time: z('2030-03-05T03:30:00Z'), end_time: z('2030-03-05T04:00:00Z') });
      expect(list.at(-1)!.start_time).toBe(z('2030-03-05T07:00:00Z'));
      expectProblem(await attempt(doc, '2030-03-05T03:00:00Z', { facility: kolkata, topics: [t30] }), 422, 'outside_operating_hours');
      const ok = await attempt(doc, '2030-03-05T09:00:00+05:30', { facility: kolkata, topics: [t30] });
      expect(ok.statusCode).toBe(201);
      expect(ok.json().start_time).toBe(z('2030-03-05T03:30:00Z'));
    });

    it('aligns one-hour visits to the local hour (XX:30Z)', async () => {
      const hospital = await facility({ timezone: 'Asia/Kolkata', operating_hours: [{ weekday: 'tuesday', open: '09:00', close: '19:00' }], appointment_minutes: 60, align_minutes: 60 });
      const doc = await provider({ facilities: [hospital], schedule: [{ weekday: 'tuesday', start: '09:00', end: '13:00', facility: hospital }] });
      const list = await slots(`provider=${doc}&date=2030-03-12&duration=15&facility=${hospital}`);
      expect(list.map((s) => [s.start_time, s.end_time])).toEqual([
        [z('2030-03-12T03:30:00Z'), z('2030-03-12T04:30:00Z')],
        [z('2030-03-12T04:30:00Z'), z('2030-03-12T05:30:00Z')],
        [z('2030-03-12T05:30:00Z'), z('2030-03-12T06:30:00Z')],
        [z('2030-03-12T06:30:00Z'), z('2030-03-12T07:30:00Z')],
      ]);
      expectProblem(await attempt(doc, '2030-03-12T04:00:00Z', { facility: hospital }), 422, 'off_grid');
    });
  });

  describe('closures are whole local days in the facility\'s zone (Asia/Tokyo, +09:00)', () => {
    it('refuses visits on the local closure day even when its UTC date is the day before, and visits running into it', async () => {
      const tokyo = await facility({ timezone: 'Asia/Tokyo', closures: [{ date: '2030-03-20', reason: 'Vernal Equinox Day' }] });
      const doc = await provider({ facilities: [tokyo] });
      // 2030-03-20 in Tokyo is 2030-03-19T15:00Z to 2030-03-20T15:00Z.
      expect(await slots(`provider=${doc}&date=2030-03-20&duration=60&facility=${tokyo}`)).toEqual([]);
      const before = await slots(`provider=${doc}&date=2030-03-19&duration=60&facility=${tokyo}`);
      expect(before.at(-1)!.start_time).toBe(z('2030-03-19T14:00:00Z'));
      const after = await slots(`provider=${doc}&date=2030-03-21&duration=60&facility=${tokyo}`);
      expect(after[0]!.start_time).toBe(z('2030-03-20T15:00:00Z'));
      expectProblem(await attempt(doc, '2030-03-19T16:00:00Z', { facility: tokyo }), 422, 'facility_closed');
      expectProblem(await attempt(doc, '2030-03-19T14:30:00Z', { facility: tokyo }), 422, 'facility_closed');
      expect((await attempt(doc, '2030-03-19T14:00:00Z', { facility: tokyo })).statusCode).toBe(201);
      expect((await attempt(doc, '2030-03-20T15:00:00Z', { facility: tokyo })).statusCode).toBe(201);
    });
  });

  describe('a working day that crosses midnight UTC (America/Los_Angeles, 16:00–23:00)', () => {
    let doc: string;
    beforeAll(async () => {
      doc = await provider({ timezone: 'America/Los_Angeles', slot_minutes: 60, schedule: [{ weekday: 'tuesday', start: '16:00', end: '23:00' }] });
    });

    it('lists the local day in the provider\'s zone: 23:00Z to 05:00Z the next day (PDT)', async () => {
      const list = await slots(`provider=${doc}&date=2030-03-12&duration=60`);
      expect(startsOf(list)).toEqual(hourly('2030-03-12T23:00:00Z', '2030-03-13T05:00:00Z'));
      expect(list.at(-1)!.end_time).toBe(z('2030-03-13T06:00:00Z'));
    });

    it('is an hour later in UTC before the DST switch (PST)', async () => {
      expect(startsOf(await slots(`provider=${doc}&date=2030-03-05&duration=60`))).toEqual(hourly('2030-03-06T00:00:00Z', '2030-03-06T06:00:00Z'));
    });

    it('splits the same slots between UTC dates when the dates are read in UTC', async () => {
      expect(startsOf(await slots(`provider=${doc}&date=2030-03-12&duration=60&timezone=UTC`))).toEqual([z('2030-03-12T23:00:00Z')]);
      expect(startsOf(await slots(`provider=${doc}&date=2030-03-13&duration=60&timezone=UTC`))).toEqual(hourly('2030-03-13T00:00:00Z', '2030-03-13T05:00:00Z'));
    });

    it('books after midnight UTC and refuses past the local end', async () => {
      expect((await attempt(doc, '2030-03-13T02:00:00Z')).statusCode).toBe(201);
      expectProblem(await attempt(doc, '2030-03-13T06:00:00Z'), 422, 'outside_availability');
      expectProblem(await attempt(doc, '2030-03-12T22:00:00Z'), 422, 'outside_availability');
    });

    it('clips the window to the dates of the schedule view', async () => {
      const local = await t.call('GET', `/api/v1/schedule?from=2030-03-12&to=2030-03-12&provider=${doc}&timezone=America/Los_Angeles`, { token: t.adminToken });
      expect(local.json().availabilities.map((a: Slot) => [a.start_time, a.end_time])).toEqual([[z('2030-03-12T23:00:00Z'), z('2030-03-13T06:00:00Z')]]);
      const utc = await t.call('GET', `/api/v1/schedule?from=2030-03-13&to=2030-03-13&provider=${doc}`, { token: t.adminToken });
      expect(utc.json().availabilities.map((a: Slot) => [a.start_time, a.end_time])).toEqual([[z('2030-03-13T00:00:00Z'), z('2030-03-13T06:00:00Z')]]);
    });
  });

  describe('a night rule 22:00–02:00 that crosses local midnight', () => {
    it('belongs to the evening it starts on, and its hours after midnight to the next local date (Europe/Berlin)', async () => {
      const doc = await provider({ timezone: 'Europe/Berlin', slot_minutes: 60, schedule: [{ weekday: 'friday', start: '22:00', end: '02:00' }] });
      // Friday 2030-03-08 22:00 CET is 21:00Z; Saturday 02:00 CET is 01:00Z.
      expect(startsOf(await slots(`provider=${doc}&date=2030-03-08&duration=60`))).toEqual([z('2030-03-08T21:00:00Z'), z('2030-03-08T22:00:00Z')]);
      expect(startsOf(await slots(`provider=${doc}&date=2030-03-09&duration=60`))).toEqual([z('2030-03-08T23:00:00Z'), z('2030-03-09T00:00:00Z')]);
      expect(startsOf(await slots(`provider=${doc}&from=2030-03-08&to=2030-03-09&duration=60`))).toEqual(hourly('2030-03-08T21:00:00Z', '2030-03-09T00:00:00Z'));
      expect(startsOf(await slots(`provider=${doc}&from=2030-03-08&to=2030-03-09&duration=240`))).toEqual([z('2030-03-08T21:00:00Z')]);
      // Nothing on Friday morning from the previous week's rule, nor on Thursday night.
      expect(await slots(`provider=${doc}&date=2030-03-07&duration=60`)).toEqual([]);

      expect((await attempt(doc, '2030-03-08T23:00:00Z')).statusCode).toBe(201);
      expect((await attempt(doc, '2030-03-09T01:00:00+01:00')).statusCode).toBe(201);
      expectProblem(await attempt(doc, '2030-03-09T01:00:00Z'), 422, 'outside_availability');
    });

    it('cuts one run of non-overlapping slots through midnight (45-minute slots in 22:00–02:00)', async () => {
      const doc = await provider({ slot_minutes: 45, schedule: [{ weekday: 'friday', start: '22:00', end: '02:00' }] });
      const list = await slots(`provider=${doc}&from=2030-03-15&to=2030-03-16&duration=45`);
      expect(startsOf(list)).toEqual(['2030-03-15T22:00:00Z', '2030-03-15T22:45:00Z', '2030-03-15T23:30:00Z', '2030-03-16T00:15:00Z', '2030-03-16T01:00:00Z'].map(z));
      const next = await slots(`provider=${doc}&date=2030-03-16&duration=45`);
      expect(startsOf(next)).toEqual(['2030-03-16T00:15:00Z', '2030-03-16T01:00:00Z'].map(z));
      const topic45 = await makeTopic(t, 45);
      expect((await attempt(doc, '2030-03-16T00:15:00Z', { topics: [topic45] })).statusCode).toBe(201);
    });

    it('is 7 hours on the night clocks spring forward and 9 on the night they fall back (America/New_York, 22:00–06:00)', async () => {
      const doc = await provider({ timezone: 'America/New_York', slot_minutes: 60, schedule: [{ weekday: 'saturday', start: '22:00', end: '06:00' }] });
      const spring = await slots(`provider=${doc}&from=2030-03-09&to=2030-03-10&duration=60`);
      expect(startsOf(spring)).toEqual(hourly('2030-03-10T03:00:00Z', '2030-03-10T09:00:00Z'));
      expect(spring.at(-1)!.end_time).toBe(z('2030-03-10T10:00:00Z'));
      const fall = await slots(`provider=${doc}&from=2030-11-02&to=2030-11-03&duration=60`);
      expect(startsOf(fall)).toEqual(hourly('2030-11-03T02:00:00Z', '2030-11-03T10:00:00Z'));
      expect(fall.at(-1)!.end_time).toBe(z('2030-11-03T11:00:00Z'));
    });
  });
});
