import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, type Person, type TestApp } from './helpers.js';

type ScheduleItem = { provider: string; facility: string | null; availability: string; kind: string; start_time: string; end_time: string };
type Schedule = {
  from: string;
  to: string;
  timezone: string;
  availabilities: ScheduleItem[];
  time_off: { provider: string; start_time: string; end_time: string }[];
  appointments: { id: string; provider: string; patient: string; start_time: string }[];
};

describe.each(backends)('schedule view on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let nyClinic: string; // America/New_York, Mon–Fri 08:00–18:00
  let utcClinic: string;
  let p: Person; // Mondays 09:00–12:00 at nyClinic, Tuesdays 10:00–11:00 at utcClinic, and 2030-03-12 13:00–15:00 at nyClinic
  let q: Person; // Mondays 14:00–16:00 at nyClinic
  let r: Person; // no availability at all
  let patientA: Person;
  let patientB: Person;
  const rule: Record<string, string> = {};
  const appt: Record<string, string> = {};

  const view = async (query: string, token = t.adminToken): Promise<Schedule> => {
    const res = await t.call('GET', `/api/v1/schedule?${query}`, { token });
    if (res.statusCode !== 200) throw new Error(`schedule ${query}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const availabilityKeys = (s: Schedule) => s.availabilities.map((a) => `${a.availability} ${a.start_time}-${a.end_time}`);

  beforeAll(async () => {
    t = await createTestApp(backend);
    const fac = async (body: Record<string, unknown>) => {
      const res = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: `F ${randomUUID().slice(0, 6)}`, ...body } });
      if (res.statusCode !== 201) throw new Error(res.body);
      return res.json().id as string;
    };
    nyClinic = await fac({ timezone: 'America/New_York', operating_hours: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((weekday) => ({ weekday, open: '08:00', close: '18:00' })) });
    utcClinic = await fac({ timezone: 'UTC' });
    staff = await makeStaff(t);
    p = await makeProvider(t, {
      facilities: [nyClinic, utcClinic],
      schedule: [
        { weekday: 'monday', start: '09:00', end: '12:00', facility: nyClinic },
        { weekday: 'tuesday', start: '10:00', end: '11:00', facility: utcClinic },
      ],
    });
    q = await makeProvider(t, { facilities: [nyClinic], schedule: [{ weekday: 'monday', start: '14:00', end: '16:00', facility: nyClinic }] });
    r = await makeProvider(t);
    patientA = await makePatient(t);
    patientB = await makePatient(t);
    const rules = (await t.call('GET', `/api/v1/providers/${p.id}/availability`, { token: t.adminToken })).json() as { id: string; weekday: string }[];
    rule.pMonday = rules.find((x) => x.weekday === 'monday')!.id;
    rule.pTuesday = rules.find((x) => x.weekday === 'tuesday')!.id;
    rule.qMonday = (await t.call('GET', `/api/v1/providers/${q.id}/availability`, { token: t.adminToken })).json()[0].id;
    const dated = await t.call('POST', `/api/v1/providers/${p.id}/availability`, { token: t.adminToken, body: { date: '2030-03-12', start: '13:00', end: '15:00', facility: nyClinic } });
    rule.pDated = dated.json().id;
    const off = await t.call('POST', `/api/v1/providers/${p.id}/time-off`, { token: t.adminToken, body: { start_time: '2030-03-11T16:00:00Z', end_time: '2030-03-11T17:00:00Z', reason: 'Dentist' } });
    if (off.statusCode !== 201) throw new Error(off.body);

    const topic = await makeTopic(t, 30);
    const make = async (key: string, body: Record<string, unknown>) => {
      const res = await book(t, { topics: [topic], ...body });
      if (res.statusCode !== 201) throw new Error(`${key}: ${res.body}`);
      appt[key] = res.json().id;
    };
    // 2030-03-11 is a Monday, after the US switch to EDT (UTC-4).
    await make('aWithP', { provider: p.id, patient: patientA.id, facility: nyClinic, start_time: '2030-03-11T09:00:00-04:00' });
    await make('bWithP', { provider: p.id, patient: patientB.id, facility: nyClinic, start_time: '2030-03-11T10:00:00-04:00' });
    await make('aWithQ', { provider: q.id, patient: patientA.id, facility: nyClinic, start_time: '2030-03-11T14:00:00-04:00' });
    await make('bWithR', { provider: r.id, patient: patientB.id, start_time: '2030-03-11T15:00:00Z' });
    await make('aWithRLater', { provider: r.id, patient: patientA.id, start_time: '2030-03-20T15:00:00Z' });
    // 60 minutes from 23:30 UTC: it runs into 2030-03-22.
    const hour = await makeTopic(t, 60);
    await make('bWithROvernight', { provider: r.id, patient: patientB.id, topics: [hour], start_time: '2030-03-21T23:30:00Z' });
  });
  afterAll(() => t?.close());

  it('expands the availability at a facility to instants for the dates asked, in the facility\'s zone', async () => {
    const s = await view(`from=2030-03-11&to=2030-03-12&facility=${nyClinic}`);
    expect(s).toMatchObject({ from: '2030-03-11', to: '2030-03-12', timezone: 'America/New_York' });
    expect(s.availabilities).toEqual([
      { provider: p.id, facility: nyClinic, availability: rule.pMonday, kind: 'weekly', start_time: '2030-03-11T13:00:00.000Z', end_time: '2030-03-11T16:00:00.000Z' },
      { provider: q.id, facility: nyClinic, availability: rule.qMonday, kind: 'weekly', start_time: '2030-03-11T18:00:00.000Z', end_time: '2030-03-11T20:00:00.000Z' },
      { provider: p.id, facility: nyClinic, availability: rule.pDated, kind: 'dated', start_time: '2030-03-12T17:00:00.000Z', end_time: '2030-03-12T19:00:00.000Z' },
    ]);
  });

  it('shows staff every appointment at the facility in the range, and the time off', async () => {
    for (const token of [t.adminToken, staff.token]) {
      const s = await view(`from=2030-03-11&to=2030-03-12&facility=${nyClinic}`, token);
      expect(s.appointments.map((a) => a.id)).toEqual([appt.aWithP, appt.bWithP, appt.aWithQ]);
      expect(s.time_off).toEqual([{ provider: p.id, start_time: '2030-03-11T16:00:00.000Z', end_time: '2030-03-11T17:00:00.000Z' }]);
      expect(JSON.stringify(s.time_off)).not.toContain('Dentist');
    }
  });

  it('shows a patient the same availability but only their own appointments, and no time off', async () => {
    const a = await view(`from=2030-03-11&to=2030-03-12&facility=${nyClinic}`, patientA.token);
    expect(a.availabilities.length).toBe(3);
    expect(a.appointments.map((x) => x.id)).toEqual([appt.aWithP, appt.aWithQ]);
    for (const x of a.appointments) expect(x.patient).toBe(patientA.id);
    expect(a.time_off).toEqual([]);
    const b = await view(`from=2030-03-11&to=2030-03-12&facility=${nyClinic}`, patientB.token);
    expect(b.appointments.map((x) => x.id)).toEqual([appt.bWithP]);
  });

  it('shows a provider only their own appointments', async () => {
    const s = await view(`from=2030-03-11&to=2030-03-12&facility=${nyClinic}`, p.token);
    expect(s.appointments.map((x) => x.id)).toEqual([appt.aWithP, appt.bWithP]);
    const sq = await view(`from=2030-03-11&to=2030-03-12&facility=${nyClinic}`, q.token);
    expect(sq.appointments.map((x) => x.id)).toEqual([appt.aWithQ]);
  });

  it('filters by provider', async () => {
    const s = await view(`from=2030-03-11&to=2030-03-12&facility=${nyClinic}&provider=${q.id}`);
    expect(availabilityKeys(s)).toEqual([`${rule.qMonday} 2030-03-11T18:00:00.000Z-2030-03-11T20:00:00.000Z`]);
    expect(s.appointments.map((x) => x.id)).toEqual([appt.aWithQ]);
    expect(s.time_off).toEqual([]);
    const both = await view(`from=2030-03-11&to=2030-03-12&provider=${q.id}&provider=${p.id}`);
    expect(both.availabilities.map((a) => a.availability)).toEqual([rule.pMonday, rule.qMonday, rule.pTuesday, rule.pDated]);
  });

  it('leaves out rules at other facilities, and dates outside the range', async () => {
    const tuesdayNy = await view(`from=2030-03-12&to=2030-03-12&facility=${nyClinic}`);
    expect(tuesdayNy.availabilities.map((a) => a.availability)).toEqual([rule.pDated]);
    expect(tuesdayNy.appointments).toEqual([]);
    const tuesdayUtc = await view(`from=2030-03-12&to=2030-03-12&facility=${utcClinic}`);
    expect(tuesdayUtc).toMatchObject({ timezone: 'UTC' });
    expect(availabilityKeys(tuesdayUtc)).toEqual([`${rule.pTuesday} 2030-03-12T10:00:00.000Z-2030-03-12T11:00:00.000Z`]);
    const wednesday = await view(`from=2030-03-13&to=2030-03-13&facility=${nyClinic}`);
    expect(wednesday.availabilities).toEqual([]);
  });

  it('shows a provider\'s own hours at a facility only while the facility is open (seed 003)', async () => {
    const own = await makeProvider(t, { timezone: 'America/New_York', facilities: [nyClinic], schedule: [{ weekday: 'thursday', start: '06:00', end: '20:00' }] });
    const s = await view(`from=2030-03-14&to=2030-03-14&facility=${nyClinic}&provider=${own.id}`);
    // The clinic opens 08:00–18:00 EDT, i.e. 12:00Z–22:00Z; slot search at the clinic agrees.
    expect(s.availabilities.map((a) => [a.start_time, a.end_time])).toEqual([['2030-03-14T12:00:00.000Z', '2030-03-14T22:00:00.000Z']]);
    const slots = (await t.call('GET', `/api/v1/slots?provider=${own.id}&date=2030-03-14&duration=60&facility=${nyClinic}`, { token: t.adminToken })).json();
    expect(slots.results[0].start_time).toBe('2030-03-14T12:00:00.000Z');
    expect(slots.results.at(-1).end_time).toBe('2030-03-14T22:00:00.000Z');
  });

  it('repeats weekly rules on every matching date of a longer range', async () => {
    const s = await view(`from=2030-03-11&to=2030-04-07&facility=${nyClinic}&provider=${p.id}`);
    const mondays = s.availabilities.filter((a) => a.availability === rule.pMonday).map((a) => a.start_time);
    expect(mondays).toEqual(['2030-03-11T13:00:00.000Z', '2030-03-18T13:00:00.000Z', '2030-03-25T13:00:00.000Z', '2030-04-01T13:00:00.000Z']);
  });

  it('without filters, reads the dates in UTC and shows every appointment the caller may see in the range', async () => {
    const s = await view('from=2030-03-11&to=2030-03-11');
    expect(s.timezone).toBe('UTC');
    expect(s.availabilities.map((a) => a.availability)).toEqual([rule.pMonday, rule.qMonday]);
    // Including the appointment with a provider who has no availability rules (seed 000: bookable any time).
    expect(s.appointments.map((x) => x.id)).toEqual([appt.aWithP, appt.bWithP, appt.bWithR, appt.aWithQ]);
    const b = await view('from=2030-03-11&to=2030-03-11', patientB.token);
    expect(b.appointments.map((x) => x.id)).toEqual([appt.bWithP, appt.bWithR]);
  });

  it('shows the appointments of a provider without availability when asked for by provider', async () => {
    const s = await view(`from=2030-03-11&to=2030-03-11&provider=${r.id}`);
    expect(s.availabilities).toEqual([]);
    expect(s.appointments.map((x) => x.id)).toEqual([appt.bWithR]);
  });

  it('shows an appointment that began before the range and runs into it, and none that ended at its start', async () => {
    const s = await view(`from=2030-03-22&to=2030-03-22&provider=${r.id}`);
    expect(s.appointments.map((x) => x.id)).toEqual([appt.bWithROvernight]);
    expect((await view(`from=2030-03-21&to=2030-03-21&provider=${r.id}`)).appointments.map((x) => x.id)).toEqual([appt.bWithROvernight]);
    // In New York the same visit is 19:30-20:30 on the 21st: it is not on the 22nd there.
    expect((await view(`from=2030-03-22&to=2030-03-22&provider=${r.id}&timezone=America/New_York`)).appointments).toEqual([]);
  });

  it('validates its query', async () => {
    for (const query of [
      'from=2030-03-12&to=2030-03-11',
      'from=2030-03-01&to=2030-05-02',
      'from=2030-03-11',
      'to=2030-03-11',
      'from=2030-02-30&to=2030-03-01',
      'from=2030-03-11&to=2030-03-11&provider=abc',
      'from=2030-03-11&to=2030-03-11&timezone=Mars/Olympus',
      `from=2030-03-11&to=2030-03-11&facility=${randomUUID()}`,
    ]) {
      expectProblem(await t.call('GET', `/api/v1/schedule?${query}`, { token: t.adminToken }), 422, 'validation_failed');
    }
    expect((await t.call('GET', '/api/v1/schedule?from=2030-03-01&to=2030-05-01', { token: t.adminToken })).statusCode).toBe(200);
    expectProblem(await t.call('GET', '/api/v1/schedule?from=2030-03-11&to=2030-03-11'), 401);
  });
});
