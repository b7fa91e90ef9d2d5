import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, NOW, type Person, type TestApp } from './helpers.js';

type Appointment = {
  id: string;
  provider: string;
  patient: string;
  status: string;
  start_time: string;
  end_time: string;
  topics: string[];
  provider_notes: string | null;
} & Record<string, unknown>;
type Page = { count: number; next: string | null; previous: string | null; results: Appointment[] };
type HistoryEntry = { id: number; type: string; actor: { user_id: string | null; role: string }; changes: Record<string, unknown>; created_at: string };
type Conflict = { id: string | null; start_time: string; end_time: string };

/** Seed 001's conflict entries name the parties (last word: last name) where the caller may see them. */
const split = (name: string) => [name.slice(0, name.lastIndexOf(' ')), name.slice(name.lastIndexOf(' ') + 1)];
const names = (x: Appointment) => {
  const [pf, pl] = split(x.patient_name as string);
  const [rf, rl] = split(x.provider_name as string);
  return { patient__first_name: pf, patient__last_name: pl, provider__first_name: rf, provider__last_name: rl };
};

const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

describe.each(backends)("seed 001's routes on %s", (backend) => {
  let t: TestApp;
  let staff: Person;
  let topic30: string;
  let topic45: string;
  let priced: string;

  // Each test takes its own day, so the people of one test never meet another test's appointments.
  let day = 0;
  const nextDay = () => new Date(Date.parse('2030-05-01T00:00:00Z') + day++ * 86_400_000).toISOString().slice(0, 10);

  const booked = async (body: Record<string, unknown>, token?: string): Promise<Appointment> => {
    const res = await book(t, body, token);
    if (res.statusCode !== 201) throw new Error(`booking failed: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const list = async (path: string, token: string): Promise<Page> => {
    const res = await t.call('GET', path, { token });
    if (res.statusCode !== 200) throw new Error(`GET ${path}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const ids = (page: Page) => page.results.map((a) => a.id);
  const detail = async (id: string, token = t.adminToken) => {
    const res = await t.call('GET', `/api/v1/appointments/${id}`, { token });
    if (res.statusCode !== 200) throw new Error(`GET ${id}: ${res.statusCode} ${res.body}`);
    return res.json() as Appointment & { notifications_sent: unknown[] };
  };
  const history = async (id: string): Promise<HistoryEntry[]> => (await t.call('GET', `/api/v1/appointments/${id}/history`, { token: t.adminToken })).json();
  const checkConflicts = (id: string, token: string) => t.call('POST', `/api/v1/appointments/${id}/check-conflicts/`, { token });

  beforeAll(async () => {
    t = await createTestApp(backend);
    staff = await makeStaff(t);
    topic30 = await makeTopic(t, 30);
    topic45 = await makeTopic(t, 45);
    const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Paid', duration: 30, price: 800, currency: 'USD' } });
    priced = res.json().id;
  });
  afterAll(() => t?.close());
  afterEach(() => t.clock.set(NOW));

  describe('GET /appointments/upcoming/', () => {
    it("lists only the caller's future held or scheduled appointments, in time order", async () => {
      const provider = await makeProvider(t);
      const patient = await makePatient(t);
      const other = await makePatient(t);
      const d = nextDay();
      // At 08:00: one visit soon to be past, two future ones, one cancelled, one already started, and someone else's.
      const past = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: '2030-03-04T08:05:00Z' });
      const later = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${d}T15:00:00Z` });
      const sooner = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${d}T09:00:00Z` });
      const canceled = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${d}T10:00:00Z` });
      expect((await t.call('POST', `/api/v1/appointments/${canceled.id}/cancel`, { token: patient.token, body: {} })).statusCode).toBe(200);
      const started = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${d}T11:00:00Z` });
      // A visit starts only near its start.
      t.clock.set(started.start_time);
      expect((await t.call('POST', `/api/v1/appointments/${started.id}/start`, { token: provider.token })).statusCode).toBe(200);
      t.clock.set(NOW);
      const someoneElses = await booked({ provider: provider.id, patient: other.id, topics: [topic30], start_time: `${d}T12:00:00Z` });
      // A live hold, taken at 08:06.
      t.clock.set('2030-03-04T08:06:00Z');
      const hold = await booked({ provider: provider.id, topics: [priced], start_time: `${d}T13:00:00Z` }, patient.token);
      expect(hold.status).toBe('pending_payment');
      t.clock.set('2030-03-04T08:10:00Z');

      for (const path of ['/api/v1/appointments/upcoming/', '/api/v1/appointments/upcoming']) {
        const page = await list(path, patient.token);
        expect(page.count).toBe(3);
        expect(ids(page)).toEqual([sooner.id, hold.id, later.id]);
      }
      expect(ids(await list('/api/v1/appointments/upcoming/', other.token))).toEqual([someoneElses.id]);
      expect(ids(await list('/api/v1/appointments/upcoming/', provider.token))).toEqual([sooner.id, someoneElses.id, hold.id, later.id]);
      const forStaff = ids(await list('/api/v1/appointments/upcoming/?limit=200', staff.token));
      expect(forStaff).toEqual(expect.arrayContaining([sooner.id, someoneElses.id, hold.id, later.id]));
      for (const gone of [past.id, canceled.id, started.id]) expect(forStaff).not.toContain(gone);
      // Paginated like every list.
      const first = await list('/api/v1/appointments/upcoming/?limit=2', patient.token);
      expect(first).toMatchObject({ count: 3, previous: null });
      expect(ids(first)).toEqual([sooner.id, hold.id]);
      expect(first.next).toContain('offset=2');
      expectProblem(await t.call('GET', '/api/v1/appointments/upcoming/'), 401);
    });

    it('leaves out a hold whose time to pay has passed, even before the sweeper ran', async () => {
      const provider = await makeProvider(t);
      const patient = await makePatient(t);
      const d = nextDay();
      const hold = await booked({ provider: provider.id, topics: [priced], start_time: `${d}T09:00:00Z` }, patient.token);
      const kept = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${d}T10:00:00Z` });
      expect(ids(await list('/api/v1/appointments/upcoming/', patient.token))).toEqual([hold.id, kept.id]);
      t.clock.set(plusMinutes(NOW, 20));
      expect(ids(await list('/api/v1/appointments/upcoming/', patient.token))).toEqual([kept.id]);
    });
  });

  describe('GET /appointments/by-provider/{id}/ and /by-patient/{id}/', () => {
    it("lists a provider's or a patient's appointments, limited to what the caller may see", async () => {
      const p1 = await makeProvider(t);
      const p2 = await makeProvider(t);
      const q1 = await makePatient(t);
      const q2 = await makePatient(t);
      const d = nextDay();
      const a11 = await booked({ provider: p1.id, patient: q1.id, topics: [topic30], start_time: `${d}T09:00:00Z` });
      const a12 = await booked({ provider: p1.id, patient: q2.id, topics: [topic30], start_time: `${d}T10:00:00Z` });
      const a21 = await booked({ provider: p2.id, patient: q1.id, topics: [topic30], start_time: `${d}T11:00:00Z` });
      const a22 = await booked({ provider: p2.id, patient: q2.id, topics: [topic30], start_time: `${d}T12:00:00Z` });

      // Staff see everything asked for.
      expect(ids(await list(`/api/v1/appointments/by-provider/${p1.id}/`, staff.token))).toEqual([a11.id, a12.id]);
      expect(ids(await list(`/api/v1/appointments/by-provider/${p2.id}`, t.adminToken))).toEqual([a21.id, a22.id]);
      expect(ids(await list(`/api/v1/appointments/by-patient/${q1.id}/`, staff.token))).toEqual([a11.id, a21.id]);
      expect(ids(await list(`/api/v1/appointments/by-patient/${q2.id}`, t.adminToken))).toEqual([a12.id, a22.id]);

      // A provider sees their own; another provider's list is empty.
      expect(ids(await list(`/api/v1/appointments/by-provider/${p1.id}/`, p1.token))).toEqual([a11.id, a12.id]);
      const foreign = await list(`/api/v1/appointments/by-provider/${p2.id}/`, p1.token);
      expect(foreign).toEqual({ count: 0, next: null, previous: null, results: [] });
      expect(ids(await list(`/api/v1/appointments/by-patient/${q1.id}/`, p1.token))).toEqual([a11.id]);

      // A patient sees their own; asking for another patient gives nothing of theirs.
      expect(ids(await list(`/api/v1/appointments/by-patient/${q1.id}/`, q1.token))).toEqual([a11.id, a21.id]);
      const otherPatient = await t.call('GET', `/api/v1/appointments/by-patient/${q2.id}/`, { token: q1.token });
      expect(otherPatient.statusCode).toBe(200);
      expect(otherPatient.json()).toEqual({ count: 0, next: null, previous: null, results: [] });
      expect(otherPatient.body).not.toContain(a12.id);
      expect(otherPatient.body).not.toContain(a22.id);
      expect(ids(await list(`/api/v1/appointments/by-provider/${p1.id}/`, q1.token))).toEqual([a11.id]);

      // Filters still apply, and malformed or unknown ids name nothing.
      expect(ids(await list(`/api/v1/appointments/by-provider/${p1.id}/?patient=${q2.id}`, staff.token))).toEqual([a12.id]);
      expectProblem(await t.call('GET', '/api/v1/appointments/by-provider/not-an-id/', { token: staff.token }), 404, 'not_found');
      expectProblem(await t.call('GET', '/api/v1/appointments/by-patient/not-an-id/', { token: staff.token }), 404, 'not_found');
      // An unknown id is a 404 too (issue 12), as a malformed one is.
      expectProblem(await t.call('GET', `/api/v1/appointments/by-provider/${randomUUID()}/`, { token: staff.token }), 404, 'not_found');
      expectProblem(await t.call('GET', `/api/v1/appointments/by-patient/${q1.id}/`), 401);
    });
  });

  describe('POST /appointments/{id}/check-conflicts/', () => {
    it('lists what now overlaps a cancelled appointment, hiding appointments the caller may not see', async () => {
      const provider = await makeProvider(t);
      const otherProvider = await makeProvider(t);
      const patient = await makePatient(t);
      const other = await makePatient(t);
      const d = nextDay();
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${d}T10:00:00Z` });
      const clear = await checkConflicts(a.id, patient.token);
      expect(clear.statusCode).toBe(200);
      expect(clear.json()).toEqual({ has_conflicts: false, conflicts: { provider: [], patient: [], facility: [] } });

      expect((await t.call('POST', `/api/v1/appointments/${a.id}/cancel`, { token: patient.token, body: {} })).statusCode).toBe(200);
      const b = await booked({ provider: provider.id, patient: other.id, topics: [topic45], start_time: `${d}T10:15:00Z` });
      const c = await booked({ provider: otherProvider.id, patient: patient.id, topics: [topic30], start_time: `${d}T09:45:00Z` });
      // Seed 001's entries also carry the names, where the caller may see that appointment (issue 12).
      const bSeen = { start_time: b.start_time, end_time: b.end_time, ...names(b) };
      const cSeen = { start_time: c.start_time, end_time: c.end_time, ...names(c) };
      const bTimes = { start_time: b.start_time, end_time: b.end_time };
      const cTimes = { start_time: c.start_time, end_time: c.end_time };

      const forStaff = await checkConflicts(a.id, staff.token);
      expect(forStaff.statusCode).toBe(200);
      expect(forStaff.json()).toEqual({ has_conflicts: true, conflicts: { provider: [{ id: b.id, ...bSeen }], patient: [{ id: c.id, ...cSeen }], facility: [] } });
      // The patient sees their own appointment c, but b (someone else's) only as a time.
      expect((await checkConflicts(a.id, patient.token)).json()).toEqual({
        has_conflicts: true,
        conflicts: { provider: [{ id: null, ...bTimes }], patient: [{ id: c.id, ...cSeen }], facility: [] },
      });
      // The provider sees b (theirs) but not c (another provider's).
      expect((await checkConflicts(a.id, provider.token)).json()).toEqual({
        has_conflicts: true,
        conflicts: { provider: [{ id: b.id, ...bSeen }], patient: [{ id: null, ...cTimes }], facility: [] },
      });
      // Without the trailing slash too; other people cannot ask at all.
      expect((await t.call('POST', `/api/v1/appointments/${a.id}/check-conflicts`, { token: staff.token })).json()).toEqual(forStaff.json());
      expectProblem(await checkConflicts(a.id, other.token), 404, 'not_found');
      expectProblem(await checkConflicts(a.id, otherProvider.token), 404, 'not_found');
      expectProblem(await checkConflicts(randomUUID(), staff.token), 404, 'not_found');
      // The live appointments themselves do not collide with the cancelled one.
      expect((await checkConflicts(b.id, staff.token)).json()).toEqual({ has_conflicts: false, conflicts: { provider: [], patient: [], facility: [] } });
    });

    it('counts a live hold as a conflict but not a hold whose time to pay has passed', async () => {
      const provider = await makeProvider(t);
      const patient = await makePatient(t);
      const other = await makePatient(t);
      const d = nextDay();
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${d}T10:00:00Z` });
      expect((await t.call('POST', `/api/v1/appointments/${a.id}/cancel`, { token: staff.token, body: { on_behalf_of: 'patient' } })).statusCode).toBe(200);
      const hold = await booked({ provider: provider.id, topics: [priced], start_time: `${d}T10:00:00Z` }, other.token);
      expect((await checkConflicts(a.id, staff.token)).json()).toEqual({
        has_conflicts: true,
        conflicts: { provider: [{ id: hold.id, start_time: hold.start_time, end_time: hold.end_time, ...names(hold) }], patient: [], facility: [] },
      });
      // Lapsed, not yet swept: the time is free (a booking over it would succeed), so nothing conflicts.
      t.clock.set(plusMinutes(NOW, 16));
      expect((await checkConflicts(a.id, staff.token)).json()).toEqual({ has_conflicts: false, conflicts: { provider: [], patient: [], facility: [] } });
    });

    it('lists the overlaps at a single-room facility', async () => {
      const room = (await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: 'One room', timezone: 'UTC', single_occupancy: true } })).json().id as string;
      const p1 = await makeProvider(t, { facilities: [room] });
      const p2 = await makeProvider(t, { facilities: [room] });
      const q1 = await makePatient(t);
      const q2 = await makePatient(t);
      const d = nextDay();
      const a = await booked({ provider: p1.id, patient: q1.id, topics: [topic30], start_time: `${d}T10:00:00Z`, facility: room });
      expect((await t.call('DELETE', `/api/v1/appointments/${a.id}/`, { token: staff.token })).statusCode).toBe(204);
      const b = await booked({ provider: p2.id, patient: q2.id, topics: [topic30], start_time: `${d}T10:00:00Z`, facility: room });
      const res = await checkConflicts(a.id, staff.token);
      expect(res.json()).toEqual({
        has_conflicts: true,
        conflicts: { provider: [], patient: [], facility: [{ id: b.id, start_time: b.start_time, end_time: b.end_time, ...names(b) }] },
      });
      expect((await checkConflicts(a.id, q1.token)).json().conflicts.facility).toEqual([{ id: null, start_time: b.start_time, end_time: b.end_time }]);
    });
  });

  describe('DELETE /appointments/{id}/', () => {
    it('cancels (204) and keeps the row with its history', async () => {
      const provider = await makeProvider(t);
      const patient = await makePatient(t);
      const other = await makePatient(t);
      const d = nextDay();
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${d}T09:00:00Z` });
      expectProblem(await t.call('DELETE', `/api/v1/appointments/${a.id}/`, { token: other.token }), 404, 'not_found');
      expectProblem(await t.call('DELETE', `/api/v1/appointments/${a.id}/`), 401);

      const res = await t.call('DELETE', `/api/v1/appointments/${a.id}/`, { token: patient.token });
      expect(res.statusCode).toBe(204);
      expect(res.body).toBe('');
      const after = await detail(a.id, patient.token);
      expect(after).toMatchObject({ id: a.id, status: 'user_canceled', cancellation: { by: 'patient', by_user: patient.userId } });
      expect((await history(a.id)).map((e) => e.type)).toEqual(['created', 'canceled']);
      const row = await t.ctx.db.selectFrom('appointments').select('status').where('id', '=', a.id).executeTakeFirst();
      expect(row?.status).toBe('user_canceled');
      // Deleting again is a refused transition; the time is free again.
      expectProblem(await t.call('DELETE', `/api/v1/appointments/${a.id}`, { token: patient.token }), 409, 'invalid_transition');
      expect((await book(t, { provider: provider.id, patient: other.id, topics: [topic30], start_time: `${d}T09:00:00Z` })).statusCode).toBe(201);

      // A provider's delete is the provider's cancellation; staff cancel for the patient.
      const b = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${d}T11:00:00Z` });
      expect((await t.call('DELETE', `/api/v1/appointments/${b.id}/`, { token: provider.token })).statusCode).toBe(204);
      expect((await detail(b.id)).status).toBe('provider_canceled');
      const c = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${d}T12:00:00Z` });
      expect((await t.call('DELETE', `/api/v1/appointments/${c.id}/`, { token: staff.token })).statusCode).toBe(204);
      expect((await detail(c.id)).status).toBe('user_canceled');
    });
  });

  describe('PUT /appointments/{id}/', () => {
    it('replaces time and topics under the same checks as a booking', async () => {
      const provider = await makeProvider(t, { slot_minutes: 15, schedule: [{ weekday: 'monday', start: '09:00', end: '17:00' }, { weekday: 'tuesday', start: '09:00', end: '17:00' }] });
      const patient = await makePatient(t);
      const other = await makePatient(t);
      // Mondays and Tuesdays only: pick the next Monday from the test's day.
      const base = new Date(`${nextDay()}T00:00:00Z`);
      while (base.getUTCDay() !== 1) base.setUTCDate(base.getUTCDate() + 1);
      const monday = base.toISOString().slice(0, 10);
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${monday}T09:00:00Z` });
      const blocker = await booked({ provider: provider.id, patient: other.id, topics: [topic30], start_time: `${monday}T14:00:00Z` });

      const res = await t.call('PUT', `/api/v1/appointments/${a.id}/`, { token: patient.token, body: { start_time: `${monday}T10:00:00Z`, topics: [topic45, topic30] } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: a.id, start_time: `${monday}T10:00:00.000Z`, end_time: `${monday}T11:15:00.000Z`, topics: [topic45, topic30], status: 'scheduled' });
      const events = await history(a.id);
      expect(events[events.length - 1]).toMatchObject({
        type: 'rescheduled',
        changes: { start_time: { from: `${monday}T09:00:00.000Z`, to: `${monday}T10:00:00.000Z` }, topics: { from: [topic30], to: [topic45, topic30] } },
      });
      // The old time is free again.
      expect((await book(t, { provider: provider.id, patient: other.id, topics: [topic30], start_time: `${monday}T09:00:00Z` })).statusCode).toBe(201);

      const put = (body: Record<string, unknown>, token = patient.token) => t.call('PUT', `/api/v1/appointments/${a.id}`, { token, body });
      expect(expectProblem(await put({ start_time: `${monday}T13:45:00Z`, topics: [topic30] }), 409, 'slot_unavailable').busy).toEqual(['provider']);
      expectProblem(await put({ start_time: `${monday}T18:00:00Z`, topics: [topic30] }), 422, 'outside_availability');
      expectProblem(await put({ start_time: `${monday}T12:00:00Z` }), 422, 'validation_failed');
      expectProblem(await put({ start_time: '2030-03-01T12:00:00Z', topics: [topic30] }), 422, 'validation_failed');
      expectProblem(await put({ start_time: `${monday}T12:00:00Z`, topics: [topic30] }, other.token), 404, 'not_found');
      expect((await detail(a.id)).start_time).toBe(`${monday}T10:00:00.000Z`);
      expect((await detail(blocker.id)).start_time).toBe(`${monday}T14:00:00.000Z`);
    });

    it('lets only staff change the provider or the patient (403 for the patient or provider)', async () => {
      const provider = await makeProvider(t);
      const newProvider = await makeProvider(t);
      const patient = await makePatient(t);
      const newPatient = await makePatient(t);
      const d = nextDay();
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${d}T09:00:00Z` });
      const put = (body: Record<string, unknown>, token: string) => t.call('PUT', `/api/v1/appointments/${a.id}/`, { token, body });
      const same = { start_time: `${d}T10:00:00Z`, topics: [topic30] };

      expectProblem(await put({ ...same, provider: newProvider.id }, patient.token), 403, 'forbidden');
      expectProblem(await put({ ...same, patient: newPatient.id }, patient.token), 403, 'forbidden');
      expectProblem(await put({ ...same, patient: newPatient.id }, provider.token), 403, 'forbidden');
      expectProblem(await put({ ...same, provider: newProvider.id }, provider.token), 403, 'forbidden');
      expectProblem(await put({ ...same, provider_notes: 'mine' }, patient.token), 403, 'forbidden');
      expect(await detail(a.id)).toMatchObject({ provider: provider.id, patient: patient.id, start_time: `${d}T09:00:00.000Z` });

      const moved = await put({ ...same, provider: newProvider.id, provider_notes: 'handed over' }, staff.token);
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ provider: newProvider.id, patient: patient.id, start_time: `${d}T10:00:00.000Z`, provider_notes: 'handed over' });
      const events = await history(a.id);
      expect(events[events.length - 1]!.changes).toMatchObject({ provider: { from: provider.id, to: newProvider.id } });
      // The old provider no longer sees it; the new one does.
      expectProblem(await t.call('GET', `/api/v1/appointments/${a.id}`, { token: provider.token }), 404, 'not_found');
      expect((await detail(a.id, newProvider.token)).id).toBe(a.id);
      // And the provider the patient keeps may write notes through PUT.
      const noted = await put({ start_time: `${d}T10:00:00Z`, topics: [topic30], provider_notes: 'seen' }, newProvider.token);
      expect(noted.statusCode).toBe(200);
      expect(noted.json().provider_notes).toBe('seen');
    });
  });

  describe('search= on the list', () => {
    it('matches patient and provider names, case-insensitively and in part', async () => {
      const tag = randomUUID().slice(0, 6);
      const zebulon = await makeProvider(t, { name: `Dr. Zebulon Quartz${tag}` });
      const plain = await makeProvider(t, { name: `Dr. Plain ${tag}x` });
      const marigold = await makePatient(t, { name: `Marigold Featherstone${tag}` });
      const bob = await makePatient(t, { name: `Bob ${tag}y` });
      const d = nextDay();
      const zm = await booked({ provider: zebulon.id, patient: marigold.id, topics: [topic30], start_time: `${d}T09:00:00Z` });
      const zb = await booked({ provider: zebulon.id, patient: bob.id, topics: [topic30], start_time: `${d}T10:00:00Z` });
      const pm = await booked({ provider: plain.id, patient: marigold.id, topics: [topic30], start_time: `${d}T11:00:00Z` });
      const pb = await booked({ provider: plain.id, patient: bob.id, topics: [topic30], start_time: `${d}T12:00:00Z` });
      const search = (q: string, token = staff.token) => list(`/api/v1/appointments?search=${encodeURIComponent(q)}&limit=200`, token);

      expect(ids(await search(`zebulon quartz${tag}`))).toEqual([zm.id, zb.id]);
      expect(ids(await search(`ZEBULON QUARTZ${tag.toUpperCase()}`))).toEqual([zm.id, zb.id]);
      expect(ids(await search(`featherstone${tag}`))).toEqual([zm.id, pm.id]);
      expect(ids(await search(`eatherSTONE${tag}`))).toEqual([zm.id, pm.id]);
      expect(ids(await search(tag)).sort()).toEqual([zm.id, zb.id, pm.id, pb.id].sort());
      expect((await search(`nobody-${tag}`)).count).toBe(0);
      // Wildcards are matched literally.
      expect((await search(`%${tag}%`)).count).toBe(0);
      expect((await search(`_ebulon Quartz${tag}`)).count).toBe(0);
      // A patient's search only ever covers their own appointments.
      expect(ids(await search(`zebulon quartz${tag}`, bob.token))).toEqual([zb.id]);
      expect(ids(await search(`featherstone${tag}`, bob.token))).toEqual([]);
      // Combined with other filters.
      expect(ids(await list(`/api/v1/appointments?search=${tag}&provider=${plain.id}`, staff.token))).toEqual([pm.id, pb.id]);
    });
  });

  describe('notifications_sent on the detail', () => {
    it('lists {channel, recipient, event, status, sent_at} for the appointment', async () => {
      const provider = await makeProvider(t);
      const patient = await makePatient(t);
      const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: `${nextDay()}T09:00:00Z` });
      const shown = await detail(a.id, patient.token);
      expect(Array.isArray(shown.notifications_sent)).toBe(true);
      expect(shown.notifications_sent.length).toBeGreaterThan(0);
      for (const n of shown.notifications_sent as Record<string, unknown>[]) {
        expect(Object.keys(n).sort()).toEqual(['channel', 'event', 'recipient', 'sent_at', 'status']);
        expect(typeof n.channel).toBe('string');
        expect(typeof n.recipient).toBe('string');
        expect(typeof n.status).toBe('string');
        expect(n.sent_at === null || typeof n.sent_at === 'string').toBe(true);
      }
      const created = (shown.notifications_sent as { event: string; recipient: string }[]).filter((n) => n.event === 'created');
      expect(created.map((n) => n.recipient)).toEqual(expect.arrayContaining(['patient', 'provider']));
      // Both sides see the same log; it never shows contact details.
      expect((await detail(a.id, provider.token)).notifications_sent).toEqual(shown.notifications_sent);
      expect(JSON.stringify(shown.notifications_sent)).not.toContain(patient.email);
      expect(JSON.stringify(shown.notifications_sent)).not.toContain(provider.email);
      // A cancellation adds entries.
      await t.call('POST', `/api/v1/appointments/${a.id}/cancel`, { token: patient.token, body: {} });
      const after = await detail(a.id, patient.token);
      expect(after.notifications_sent.length).toBeGreaterThan(shown.notifications_sent.length);
      expect((after.notifications_sent as { event: string }[]).some((n) => n.event === 'canceled')).toBe(true);
    });
  });
});
