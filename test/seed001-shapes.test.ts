import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, NOW, type Person, type TestApp } from './helpers.js';

const unique = () => randomBytes(4).toString('hex');
const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

describe.each(backends)("seed 001's API as its clients send it, on %s", (backend) => {
  let t: TestApp;
  let provider: Person;
  let consultation: { id: string; code: string };
  let followUp: { id: string; code: string };
  let facility: { id: string; name: string };
  let hour = 0;
  // Each booking its own hour, so no two tests' bookings meet.
  const nextStart = () => new Date(Date.parse('2030-07-01T00:00:00Z') + hour++ * 3_600_000).toISOString();

  const booked = async (body: Record<string, unknown>, token?: string) => {
    const res = await book(t, body, token);
    if (res.statusCode !== 201) throw new Error(`booking failed: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const list = async (query: string, token = t.adminToken) => {
    const res = await t.call('GET', `/api/v1/appointments?${query}`, { token });
    if (res.statusCode !== 200) throw new Error(`list failed: ${res.statusCode} ${res.body}`);
    return res.json().results as { id: string }[];
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    provider = await makeProvider(t);
    const topic = async (name: string, duration: number) => {
      const code = `${name}-${unique()}`;
      const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name, duration, code } });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().code).toBe(code);
      return { id: res.json().id, code };
    };
    consultation = await topic('consultation', 30);
    followUp = await topic('follow-up', 15);
    const f = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: `Hope Clinic ${unique()}`, timezone: 'UTC' } });
    facility = f.json();
    await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: t.adminToken, body: { facilities: [facility.id] } });
  });
  afterAll(() => t?.close());

  describe('topics have a unique code', () => {
    it('a second topic with the same code is 409', async () => {
      const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Again', duration: 30, code: consultation.code } });
      expectProblem(res, 409);
    });
    it('a code that is not a slug is 422 on code', async () => {
      const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Bad', duration: 30, code: 'Not A Code' } });
      expect(expectProblem(res, 422).errors!.map((e) => e.field)).toEqual(['code']);
    });
  });

  describe('create and update take appointment_type, reason and end_time', () => {
    it('books by appointment_type with a reason and the matching end_time, and returns seed 001 fields', async () => {
      const patient = await makePatient(t, { name: 'Jane Doe' });
      const start = nextStart();
      const a = await booked({
        provider: provider.id,
        patient: patient.id,
        appointment_type: consultation.code,
        reason: 'Routine checkup',
        start_time: start,
        end_time: plusMinutes(start, 30),
        facility: facility.id,
      });
      expect(a).toMatchObject({
        topics: [consultation.id],
        appointment_type: consultation.code,
        reason: 'Routine checkup',
        facility_name: facility.name,
        is_upcoming: true,
        end_time: plusMinutes(start, 30),
      });
      const detail = (await t.call('GET', `/api/v1/appointments/${a.id}`, { token: patient.token })).json();
      expect(detail).toMatchObject({ appointment_type: consultation.code, reason: 'Routine checkup', facility_name: facility.name, is_upcoming: true });
    });

    it('an unknown appointment_type is 422 naming it', async () => {
      const patient = await makePatient(t);
      const res = await book(t, { provider: provider.id, patient: patient.id, appointment_type: 'no-such-type', start_time: nextStart() });
      expect(expectProblem(res, 422).errors!.map((e) => e.field)).toEqual(['appointment_type']);
    });

    it('end_time without topics sets the length', async () => {
      const patient = await makePatient(t);
      const start = nextStart();
      const a = await booked({ provider: provider.id, patient: patient.id, start_time: start, end_time: plusMinutes(start, 20) });
      expect(a).toMatchObject({ topics: [], duration_minutes: 20, end_time: plusMinutes(start, 20), appointment_type: null });
    });

    it('end_time that disagrees with the topics is 422 on end_time', async () => {
      const patient = await makePatient(t);
      const start = nextStart();
      const res = await book(t, { provider: provider.id, patient: patient.id, topics: [consultation.id], start_time: start, end_time: plusMinutes(start, 45) });
      const body = expectProblem(res, 422, 'validation_failed');
      expect(body.errors!.map((e) => e.field)).toEqual(['end_time']);
    });

    for (const [what, minutes] of [['before the start', -30], ['at the start', 0], ['4 minutes after', 4]] as const) {
      it(`end_time ${what} is 422 on end_time`, async () => {
        const patient = await makePatient(t);
        const start = nextStart();
        const res = await book(t, { provider: provider.id, patient: patient.id, start_time: start, end_time: plusMinutes(start, minutes) });
        expect(expectProblem(res, 422, 'validation_failed').errors!.map((e) => e.field)).toEqual(['end_time']);
      });
    }

    it('PUT changes the type, the reason and the end', async () => {
      const patient = await makePatient(t);
      const start = nextStart();
      const a = await booked({ provider: provider.id, patient: patient.id, appointment_type: consultation.code, start_time: start, reason: 'first' });
      const later = plusMinutes(start, 60 * 24 * 3);
      const res = await t.call('PUT', `/api/v1/appointments/${a.id}`, {
        token: t.adminToken,
        body: { appointment_type: followUp.code, start_time: later, end_time: plusMinutes(later, 15), reason: 'second' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ topics: [followUp.id], appointment_type: followUp.code, reason: 'second', end_time: plusMinutes(later, 15) });
    });

    it('PUT with only an end_time makes a visit by length', async () => {
      const patient = await makePatient(t);
      const start = nextStart();
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [consultation.id], start_time: start });
      const res = await t.call('PUT', `/api/v1/appointments/${a.id}`, { token: t.adminToken, body: { start_time: start, end_time: plusMinutes(start, 50) } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ topics: [], duration_minutes: 50 });
    });
  });

  describe('is_upcoming', () => {
    it('is false once the start has passed and for a cancelled visit', async () => {
      const patient = await makePatient(t);
      const start = nextStart();
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [consultation.id], start_time: start });
      const b = await booked({ provider: provider.id, patient: patient.id, topics: [consultation.id], start_time: nextStart() });
      await t.call('DELETE', `/api/v1/appointments/${b.id}`, { token: patient.token });
      expect((await t.call('GET', `/api/v1/appointments/${b.id}`, { token: patient.token })).json().is_upcoming).toBe(false);
      t.clock.set(plusMinutes(start, 1));
      expect((await t.call('GET', `/api/v1/appointments/${a.id}`, { token: patient.token })).json().is_upcoming).toBe(false);
      t.clock.set(NOW);
    });
  });

  describe('the list', () => {
    it('filters by appointment_type', async () => {
      const patient = await makePatient(t);
      const a = await booked({ provider: provider.id, patient: patient.id, appointment_type: consultation.code, start_time: nextStart() });
      const b = await booked({ provider: provider.id, patient: patient.id, appointment_type: followUp.code, start_time: nextStart() });
      expect((await list(`patient=${patient.id}&appointment_type=${consultation.code}`)).map((r) => r.id)).toEqual([a.id]);
      expect((await list(`patient=${patient.id}&appointment_type=${followUp.code}`)).map((r) => r.id)).toEqual([b.id]);
    });

    it('status=cancelled matches both cancelled statuses', async () => {
      const patient = await makePatient(t);
      const mine = await booked({ provider: provider.id, patient: patient.id, topics: [consultation.id], start_time: nextStart() });
      const theirs = await booked({ provider: provider.id, patient: patient.id, topics: [consultation.id], start_time: nextStart() });
      const kept = await booked({ provider: provider.id, patient: patient.id, topics: [consultation.id], start_time: nextStart() });
      await t.call('POST', `/api/v1/appointments/${mine.id}/cancel`, { token: patient.token, body: {} });
      await t.call('POST', `/api/v1/appointments/${theirs.id}/cancel`, { token: provider.token, body: {} });
      const ids = (await list(`patient=${patient.id}&status=cancelled`)).map((r) => r.id);
      expect(ids.sort()).toEqual([mine.id, theirs.id].sort());
      expect(ids).not.toContain(kept.id);
    });

    it('search matches the reason and a patient id', async () => {
      const patient = await makePatient(t);
      const other = await makePatient(t);
      const word = `itchy-${unique()}`;
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [consultation.id], start_time: nextStart(), reason: `An ${word} rash` });
      await booked({ provider: provider.id, patient: other.id, topics: [consultation.id], start_time: nextStart() });
      expect((await list(`search=${word}`)).map((r) => r.id)).toEqual([a.id]);
      expect((await list(`search=${patient.id}`)).map((r) => r.id)).toEqual([a.id]);
    });
  });

  describe('check-conflicts names the other party where the caller may see them', () => {
    it('gives first and last names to staff and nothing to a provider who may not see the other appointment', async () => {
      const jane = await makePatient(t, { name: 'Jane Doe' });
      const other = await makeProvider(t, { name: 'Dr. Ada Okafor' });
      const start = nextStart();
      // A conflict arises when a cancelled visit's time has been taken since: check-conflicts on the cancelled one.
      const mine = await booked({ provider: provider.id, patient: jane.id, topics: [consultation.id], start_time: start });
      await t.call('POST', `/api/v1/appointments/${mine.id}/cancel`, { token: jane.token, body: {} });
      await booked({ provider: other.id, patient: jane.id, topics: [consultation.id], start_time: plusMinutes(start, 15) });
      const asStaff = (await t.call('POST', `/api/v1/appointments/${mine.id}/check-conflicts`, { token: t.adminToken })).json();
      expect(asStaff.has_conflicts).toBe(true);
      expect(asStaff.conflicts.patient[0]).toMatchObject({ provider__first_name: 'Dr. Ada', provider__last_name: 'Okafor', patient__first_name: 'Jane', patient__last_name: 'Doe' });
      const asProvider = (await t.call('POST', `/api/v1/appointments/${mine.id}/check-conflicts`, { token: provider.token })).json();
      expect(asProvider.conflicts.patient[0]).toEqual({ id: null, start_time: plusMinutes(start, 15), end_time: plusMinutes(start, 45) });
    });
  });
});
