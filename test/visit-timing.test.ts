import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, NOW, type Person, type TestApp } from './helpers.js';

const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

describe.each(backends)('when a visit may start, what a no-show keeps, and who cancelled, on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let topic: string;
  let day = 0;
  // Each test its own day, so no test's bookings meet another's.
  const nextStart = () => new Date(Date.parse('2030-04-01T10:00:00Z') + day++ * 86_400_000).toISOString();

  const booked = async (body: Record<string, unknown>, token?: string) => {
    const res = await book(t, body, token);
    if (res.statusCode !== 201) throw new Error(`booking failed: ${res.statusCode} ${res.body}`);
    return res.json() as { id: string; start_time: string; status: string };
  };
  const action = (id: string, what: string, token: string) => t.call('POST', `/api/v1/appointments/${id}/${what}`, { token });

  beforeAll(async () => {
    t = await createTestApp(backend);
    provider = await makeProvider(t);
    topic = await makeTopic(t, 30);
  });
  afterAll(() => t?.close());

  describe('a visit starts or completes only near its start (START_LEAD_MINUTES, default 30)', () => {
    for (const what of ['start', 'complete'] as const) {
      it(`${what} more than 30 minutes early is 409 not_started_yet, and changes nothing`, async () => {
        const patient = await makePatient(t);
        const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: nextStart() });
        t.clock.set(plusMinutes(a.start_time, -31));
        const early = expectProblem(await action(a.id, what, provider.token), 409, 'not_started_yet');
        expect(early.earliest).toBe(plusMinutes(a.start_time, -30));
        const status = what === 'start' ? 'in_progress' : 'completed';
        expectProblem(await t.call('PATCH', `/api/v1/appointments/${a.id}`, { token: t.adminToken, body: { status } }), 409, 'not_started_yet');
        expect((await t.call('GET', `/api/v1/appointments/${a.id}`, { token: t.adminToken })).json().status).toBe('scheduled');

        t.clock.set(plusMinutes(a.start_time, -30));
        const onTime = await action(a.id, what, provider.token);
        expect(onTime.statusCode, onTime.body).toBe(200);
        expect(onTime.json().status).toBe(status);
        t.clock.set(NOW);
      });
    }

    it('the lead time is configurable', async () => {
      const own = await createTestApp(backend, { START_LEAD_MINUTES: 0 });
      try {
        const doctor = await makeProvider(own);
        const patient = await makePatient(own);
        const start = nextStart();
        const res = await book(own, { provider: doctor.id, patient: patient.id, topics: [await makeTopic(own, 30)], start_time: start });
        expect(res.statusCode, res.body).toBe(201);
        own.clock.set(plusMinutes(start, -1));
        expectProblem(await own.call('POST', `/api/v1/appointments/${res.json().id}/start`, { token: doctor.token }), 409, 'not_started_yet');
        own.clock.set(start);
        expect((await own.call('POST', `/api/v1/appointments/${res.json().id}/start`, { token: doctor.token })).statusCode).toBe(200);
      } finally {
        await own.close();
      }
    });
  });

  describe('a no-show keeps its time (seed 001)', () => {
    it('booking the provider over a no-show is 409, and slot search does not offer it', async () => {
      const start = nextStart();
      const doctor = await makeProvider(t);
      const rule = await t.call('POST', `/api/v1/providers/${doctor.id}/availability`, { token: t.adminToken, body: { date: start.slice(0, 10), start: '09:00', end: '13:00' } });
      expect(rule.statusCode, rule.body).toBe(201);
      const [patient, other] = [await makePatient(t), await makePatient(t)];
      t.clock.set(plusMinutes(start, -60));
      const a = await booked({ provider: doctor.id, patient: patient.id, topics: [topic], start_time: start });
      t.clock.set(plusMinutes(start, 5));
      expect((await action(a.id, 'no-show', doctor.token)).statusCode).toBe(200);

      const later = plusMinutes(start, 15);
      const over = await book(t, { provider: doctor.id, patient: other.id, topics: [topic], start_time: later });
      expect(expectProblem(over, 409, 'slot_unavailable').busy).toEqual(['provider']);

      // Seen from before the visit, so its start would still be offered if the no-show freed it.
      t.clock.set(plusMinutes(start, -60));
      const slots = await t.call('GET', `/api/v1/slots?provider=${doctor.id}&date=${start.slice(0, 10)}&duration=30`, { token: t.adminToken });
      expect(slots.statusCode, slots.body).toBe(200);
      const starts = slots.json().results.map((s: { start_time: string }) => s.start_time);
      expect(starts).not.toContain(start);
      expect(starts).toContain(plusMinutes(start, 30));
      t.clock.set(NOW);
    });

    it('the database refuses an overlap with a no-show made behind the service', async () => {
      const start = nextStart();
      const [patient, other] = [await makePatient(t), await makePatient(t)];
      t.clock.set(plusMinutes(start, -60));
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: start });
      t.clock.set(plusMinutes(start, 5));
      expect((await action(a.id, 'no-show', provider.token)).statusCode).toBe(200);
      t.clock.set(NOW);
      const inserted = t.ctx.db
        .insertInto('appointments')
        .values({ provider_id: provider.id, patient_id: other.id, start_time: plusMinutes(start, 10), end_time: plusMinutes(start, 40) })
        .execute();
      await expect(inserted).rejects.toMatchObject({ code: '23P01' });
    });
  });

  describe("an admin's DELETE records who did it and on whose behalf", () => {
    it('without a side it is the patient\'s cancellation, done by the admin', async () => {
      const patient = await makePatient(t);
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: nextStart() });
      const res = await t.call('DELETE', `/api/v1/appointments/${a.id}`, { token: t.adminToken });
      expect(res.statusCode).toBe(204);
      const seen = (await t.call('GET', `/api/v1/appointments/${a.id}`, { token: t.adminToken })).json();
      const admin = (await t.call('GET', '/api/v1/me', { token: t.adminToken })).json();
      expect(seen.status).toBe('user_canceled');
      expect(seen.cancellation).toMatchObject({ by: 'patient', by_user: admin.id, by_role: 'admin' });
      const history = (await t.call('GET', `/api/v1/appointments/${a.id}/history`, { token: t.adminToken })).json();
      expect(history.at(-1)).toMatchObject({ type: 'canceled', actor: { user_id: admin.id, role: 'admin' }, changes: { on_behalf_of: 'patient' } });
    });

    it('on_behalf_of=provider and a reason are recorded as POST …/cancel records them', async () => {
      const patient = await makePatient(t);
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: nextStart() });
      const res = await t.call('DELETE', `/api/v1/appointments/${a.id}?on_behalf_of=provider&reason=${encodeURIComponent('doctor is ill')}`, { token: t.adminToken });
      expect(res.statusCode, res.body).toBe(204);
      const seen = (await t.call('GET', `/api/v1/appointments/${a.id}`, { token: t.adminToken })).json();
      expect(seen.status).toBe('provider_canceled');
      expect(seen.cancellation).toMatchObject({ by: 'provider', by_role: 'admin', reason: 'doctor is ill' });
      const history = (await t.call('GET', `/api/v1/appointments/${a.id}/history`, { token: t.adminToken })).json();
      expect(history.at(-1)).toMatchObject({ actor: { role: 'admin' }, changes: { on_behalf_of: 'provider', reason: 'doctor is ill' } });
    });

    it('a patient cannot DELETE on the provider\'s behalf', async () => {
      const patient = await makePatient(t);
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: nextStart() });
      expectProblem(await t.call('DELETE', `/api/v1/appointments/${a.id}?on_behalf_of=provider`, { token: patient.token }), 403);
      const own = await t.call('DELETE', `/api/v1/appointments/${a.id}`, { token: patient.token });
      expect(own.statusCode).toBe(204);
      const seen = (await t.call('GET', `/api/v1/appointments/${a.id}`, { token: patient.token })).json();
      expect(seen.cancellation).toMatchObject({ by: 'patient', by_user: patient.userId, by_role: 'patient' });
    });
  });
});
