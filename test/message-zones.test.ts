import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmail, renderSms } from '../src/notifications/messages.js';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, type Person, type TestApp } from './helpers.js';
import { notificationsOf, tempDataDir } from './support/notify.js';

const PHONE = '+919812345678';

describe.each(backends)("patients' time zones, and the zone messages are written in, on %s", (backend) => {
  let t: TestApp;
  let doctor: Person;
  let topic: string;
  let slot = 0;
  // 10:00 UTC on successive days: 15:30 in Kolkata, 11:00 in Berlin (before the clocks change).
  const nextStart = () => new Date(Date.parse('2030-03-11T10:00:00Z') + slot++ * 86_400_000).toISOString();

  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: tempDataDir() });
    doctor = await makeProvider(t, { timezone: 'Europe/Berlin', phone: '+4915112345678' });
    topic = await makeTopic(t, 30);
  });
  afterAll(() => t?.close());

  const patientOf = async (person: Person) => (await t.call('GET', `/api/v1/patients/${person.id}`, { token: t.adminToken })).json();

  describe('a patient sets their zone', () => {
    it('on create and update, validated as an IANA zone, and back to none with null', async () => {
      const patient = await makePatient(t, { timezone: 'Asia/Kolkata' });
      expect((await patientOf(patient)).timezone).toBe('Asia/Kolkata');
      expect((await makePatient(t).then(patientOf)).timezone).toBeNull();

      const bad = expectProblem(await t.call('POST', '/api/v1/patients', { token: t.adminToken, body: { email: 'zone@carebook.test', name: 'Zed', password: 'patient-pass-1', timezone: 'Mars/Olympus' } }), 422);
      expect(bad.errors).toEqual([expect.objectContaining({ field: 'timezone' })]);

      const own = await t.call('PATCH', `/api/v1/patients/${patient.id}`, { token: patient.token, body: { timezone: 'America/New_York' } });
      expect(own.statusCode, own.body).toBe(200);
      expect(own.json().timezone).toBe('America/New_York');
      expect(expectProblem(await t.call('PATCH', `/api/v1/patients/${patient.id}`, { token: patient.token, body: { timezone: 'nowhere' } }), 422).errors).toEqual([
        expect.objectContaining({ field: 'timezone' }),
      ]);
      const cleared = await t.call('PATCH', `/api/v1/patients/${patient.id}`, { token: t.adminToken, body: { timezone: null } });
      expect(cleared.json().timezone).toBeNull();
    });

    it("through PATCH /users for a patient's account; other accounts have no zone there", async () => {
      const patient = await makePatient(t);
      const res = await t.call('PATCH', `/api/v1/users/${patient.userId}`, { token: t.adminToken, body: { timezone: 'Asia/Kolkata' } });
      expect(res.statusCode, res.body).toBe(200);
      expect((await patientOf(patient)).timezone).toBe('Asia/Kolkata');
      expectProblem(await t.call('PATCH', `/api/v1/users/${patient.userId}`, { token: t.adminToken, body: { timezone: 'Asia/Nowhere' } }), 422);

      const staff = await makeStaff(t);
      const refused = expectProblem(await t.call('PATCH', `/api/v1/users/${staff.userId}`, { token: t.adminToken, body: { timezone: 'Asia/Kolkata', name: 'Renamed' } }), 422);
      expect(refused.errors).toEqual([expect.objectContaining({ field: 'timezone' })]);
      expect((await t.call('GET', `/api/v1/users/${staff.userId}`, { token: t.adminToken })).json().name).not.toBe('Renamed');
    });
  });

  describe('each message is in its reader\'s zone, an in-person visit\'s in the facility\'s, with the zone named', () => {
    const messages = async (appointmentId: string) => {
      const rows = await notificationsOf(t.ctx, appointmentId, 'created');
      const of = (audience: string, channel: string) => rows.find((r) => r.audience === audience && r.channel === channel)!.payload;
      return { of };
    };

    it('a visit by video: the patient in India reads Kolkata time, the doctor Berlin time, by SMS and email', async () => {
      const patient = await makePatient(t, { timezone: 'Asia/Kolkata', phone: PHONE });
      const start = nextStart();
      const res = await book(t, { provider: doctor.id, patient: patient.id, topics: [topic], start_time: start, mode: 'video' });
      expect(res.statusCode, res.body).toBe(201);
      const { of } = await messages(res.json().id);

      expect(renderSms(of('patient', 'sms'))).toContain('Monday 11 March 2030, 15:30 (Asia/Kolkata)');
      const email = renderEmail(of('patient', 'email'));
      expect(email.subject).toContain('15:30 (Asia/Kolkata)');
      expect(email.text).toContain('When: Monday 11 March 2030, 15:30 (Asia/Kolkata) – 16:00');
      expect(of('patient', 'in_app').message!.body).toContain('15:30 (Asia/Kolkata)');

      expect(renderSms(of('provider', 'sms'))).toContain('Monday 11 March 2030, 11:00 (Europe/Berlin)');
      expect(renderEmail(of('provider', 'email')).text).toContain('When: Monday 11 March 2030, 11:00 (Europe/Berlin) – 11:30');
    });

    it('a patient without a zone reads the visit\'s zone, as before', async () => {
      const patient = await makePatient(t, { phone: PHONE });
      const res = await book(t, { provider: doctor.id, patient: patient.id, topics: [topic], start_time: nextStart() });
      expect(res.statusCode, res.body).toBe(201);
      const { of } = await messages(res.json().id);
      expect(renderSms(of('patient', 'sms'))).toContain('Tuesday 12 March 2030, 11:00 (Europe/Berlin)');
    });

    it('an in-person visit is in the facility\'s zone for everyone', async () => {
      const facility = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: 'London clinic', timezone: 'Europe/London' } });
      expect(facility.statusCode, facility.body).toBe(201);
      const linked = await t.call('PATCH', `/api/v1/providers/${doctor.id}`, { token: t.adminToken, body: { facilities: [facility.json().id] } });
      expect(linked.statusCode, linked.body).toBe(200);
      const patient = await makePatient(t, { timezone: 'Asia/Kolkata', phone: PHONE });
      const res = await book(t, { provider: doctor.id, patient: patient.id, topics: [topic], start_time: nextStart(), facility: facility.json().id });
      expect(res.statusCode, res.body).toBe(201);
      const { of } = await messages(res.json().id);
      expect(renderSms(of('patient', 'sms'))).toContain('Wednesday 13 March 2030, 10:00 (Europe/London)');
      expect(renderEmail(of('patient', 'email')).text).toContain('When: Wednesday 13 March 2030, 10:00 (Europe/London) – 10:30');
      expect(renderSms(of('provider', 'sms'))).toContain('Wednesday 13 March 2030, 10:00 (Europe/London)');
    });
  });
});
