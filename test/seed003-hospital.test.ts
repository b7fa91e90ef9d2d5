import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, type TestApp } from './helpers.js';

const unique = () => randomBytes(4).toString('hex');

describe.each(backends)("seed 003's hospital rules on %s", (backend) => {
  let t: TestApp;
  let hospital: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    const res = await t.call('POST', '/api/v1/facilities', {
      token: t.adminToken,
      body: {
        name: `General Hospital ${unique()}`,
        timezone: 'Europe/Berlin',
        operating_hours: [
          { weekday: 'monday', open: '08:00', close: '12:00' },
          { weekday: 'monday', open: '13:00', close: '17:00' },
          { weekday: 'tuesday', open: '08:00', close: '17:00' },
        ],
        closures: [{ date: '2030-03-12', reason: 'Staff day' }],
        appointment_minutes: 60,
        align_minutes: 60,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    hospital = res.json().id;
  });
  afterAll(() => t?.close());

  it("/schedule with a facility lists its opening hours for the dates asked, less closures", async () => {
    await makeProvider(t, { facilities: [hospital] });
    const res = await t.call('GET', `/api/v1/schedule?from=2030-03-11&to=2030-03-13&facility=${hospital}`, { token: t.adminToken });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().opening_hours).toEqual([
      { facility: hospital, start_time: '2030-03-11T07:00:00.000Z', end_time: '2030-03-11T11:00:00.000Z' },
      { facility: hospital, start_time: '2030-03-11T12:00:00.000Z', end_time: '2030-03-11T16:00:00.000Z' },
    ]);
  });

  describe('a booking without a facility, inside hours bound to one, takes that facility', () => {
    const rule = async (provider: string, facility: string, date: string, start: string, end: string) => {
      const res = await t.call('POST', `/api/v1/providers/${provider}/availability`, { token: t.adminToken, body: { date, start, end, facility } });
      expect(res.statusCode, res.body).toBe(201);
    };

    it("so the hospital's one hour, on the hour, applies, and its /schedule shows the visit", async () => {
      const doctor = await makeProvider(t, { facilities: [hospital] });
      await rule(doctor.id, hospital, '2030-03-18', '08:00', '12:00');
      const patient = await makePatient(t);
      const topic = await makeTopic(t, 30);

      // 09:00 in Berlin: a 30-minute topic, but the hospital's visits last an hour.
      const res = await book(t, { provider: doctor.id, patient: patient.id, topics: [topic], start_time: '2030-03-18T08:00:00Z' });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ facility: hospital, mode: 'in_person', end_time: '2030-03-18T09:00:00.000Z', duration_minutes: 60 });
      // Half past is not on the hour.
      const offHour = await book(t, { provider: doctor.id, patient: (await makePatient(t)).id, topics: [topic], start_time: '2030-03-18T09:30:00Z' });
      expectProblem(offHour, 422, 'off_grid');

      const schedule = await t.call('GET', `/api/v1/schedule?from=2030-03-18&to=2030-03-18&facility=${hospital}`, { token: t.adminToken });
      expect(schedule.statusCode, schedule.body).toBe(200);
      expect(schedule.json().appointments.map((a: { id: string }) => a.id)).toContain(res.json().id);
    });

    it('a time in the hours of two facilities is ambiguous: 422 asking for the facility', async () => {
      const clinic = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: `Clinic ${unique()}`, timezone: 'Europe/Berlin' } });
      expect(clinic.statusCode, clinic.body).toBe(201);
      const doctor = await makeProvider(t, { facilities: [hospital, clinic.json().id] });
      await rule(doctor.id, hospital, '2030-03-19', '08:00', '12:00');
      await rule(doctor.id, clinic.json().id, '2030-03-19', '10:00', '14:00');
      const patient = await makePatient(t);
      const topic = await makeTopic(t, 30);
      const start = '2030-03-19T09:00:00Z'; // 10:00 in Berlin: both facilities' hours
      const body = expectProblem(await book(t, { provider: doctor.id, patient: patient.id, topics: [topic], start_time: start }), 422);
      expect(body.errors).toEqual([expect.objectContaining({ field: 'facility' })]);

      const named = await book(t, { provider: doctor.id, patient: patient.id, topics: [topic], start_time: start, facility: clinic.json().id });
      expect(named.statusCode, named.body).toBe(201);
      expect(named.json()).toMatchObject({ facility: clinic.json().id, end_time: '2030-03-19T09:30:00.000Z' });
      // Only the hospital's hours: no question.
      const early = await book(t, { provider: doctor.id, patient: patient.id, topics: [topic], start_time: '2030-03-19T07:00:00Z' });
      expect(early.statusCode, early.body).toBe(201);
      expect(early.json().facility).toBe(hospital);
    });
  });

  it('/schedule without a facility has no opening hours to show', async () => {
    const res = await t.call('GET', '/api/v1/schedule?from=2030-03-11&to=2030-03-11', { token: t.adminToken });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().opening_hours).toEqual([]);
  });
});
