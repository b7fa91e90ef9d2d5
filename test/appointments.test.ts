import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, NOW, type Person, type TestApp } from './helpers.js';

const FIELDS = [
  'id',
  'provider',
  'patient',
  'topics',
  'topic_details',
  'provider_notes',
  'status',
  'start_time',
  'end_time',
  'duration_minutes',
  'cancellation',
  'created_at',
  'updated_at',
];

type Appointment = {
  id: string;
  provider: string;
  patient: string;
  status: string;
  start_time: string;
  end_time: string;
  provider_notes: string | null;
  cancellation: { by: string; by_user: string | null; at: string | null; reason: string | null } | null;
} & Record<string, unknown>;

/** A page link split into its path and its query parameters (every value of a repeated one, in order). */
function linkParts(link: string | null) {
  if (link === null) return null;
  const url = new URL(link, 'http://x.invalid');
  const query: Record<string, string[]> = {};
  for (const key of new Set(url.searchParams.keys())) query[key] = url.searchParams.getAll(key);
  return { path: url.pathname, query };
}

type HistoryEntry = { id: number; type: string; actor: { user_id: string | null; role: string }; changes: Record<string, unknown>; created_at: string };

describe.each(backends)('appointments on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let providerA: Person;
  let providerB: Person;
  let patientA: Person;
  let patientB: Person;
  let topic30: string;
  let topic45: string;
  let topic15: string;
  let inactiveTopic: string;

  // Every booking gets its own 3-hour slot, so tests never collide by accident.
  let slotIndex = 0;
  const nextSlot = () => new Date(Date.parse('2030-06-01T00:00:00Z') + slotIndex++ * 3 * 3600_000).toISOString();
  const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

  const countRows = async (table: 'appointments' | 'appointment_events' | 'appointment_topics') =>
    Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  /** Books as admin for the given sides and returns the created appointment. */
  async function booked(fields: { provider?: Person; patient?: Person; topics?: string[]; start_time?: string; provider_notes?: string } = {}): Promise<Appointment> {
    const res = await book(t, {
      provider: (fields.provider ?? providerA).id,
      patient: (fields.patient ?? patientA).id,
      topics: fields.topics ?? [topic30],
      start_time: fields.start_time ?? nextSlot(),
      ...(fields.provider_notes !== undefined ? { provider_notes: fields.provider_notes } : {}),
    });
    if (res.statusCode !== 201) throw new Error(`booking failed: ${res.statusCode} ${res.body}`);
    return res.json();
  }

  const patch = (id: string, token: string, body: unknown) => t.call('PATCH', `/api/v1/appointments/${id}`, { token, body });
  const cancel = (id: string, token: string, body: unknown = {}) => t.call('POST', `/api/v1/appointments/${id}/cancel`, { token, body });
  const history = async (id: string, token = t.adminToken): Promise<HistoryEntry[]> => {
    const res = await t.call('GET', `/api/v1/appointments/${id}/history`, { token });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    staff = await makeStaff(t);
    providerA = await makeProvider(t);
    providerB = await makeProvider(t);
    patientA = await makePatient(t);
    patientB = await makePatient(t);
    topic30 = await makeTopic(t, 30, 'Checkup');
    topic45 = await makeTopic(t, 45, 'Fatigue');
    topic15 = await makeTopic(t, 15, 'Bug bite');
    inactiveTopic = await makeTopic(t, 20, 'Retired topic');
    const off = await t.call('PATCH', `/api/v1/topics/${inactiveTopic}`, { token: t.adminToken, body: { active: false } });
    if (off.statusCode !== 200) throw new Error(off.body);
  });
  afterAll(() => t?.close());
  afterEach(() => t.clock.set(NOW));

  describe('booking (POST /api/v1/appointments)', () => {
    it('returns every field, with end_time = start_time + the sum of the topic durations', async () => {
      const start = '2030-03-05T10:00:00Z';
      const res = await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30, topic45], start_time: start, provider_notes: 'bring reports' });
      expect(res.statusCode).toBe(201);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const a = res.json();
      expect(Object.keys(a)).toEqual(expect.arrayContaining(FIELDS));
      expect(a).toMatchObject({
        provider: providerA.id,
        patient: patientA.id,
        topics: [topic30, topic45],
        topic_details: [
          { id: topic30, name: 'Checkup', duration: 30 },
          { id: topic45, name: 'Fatigue', duration: 45 },
        ],
        provider_notes: 'bring reports',
        status: 'scheduled',
        start_time: '2030-03-05T10:00:00.000Z',
        end_time: '2030-03-05T11:15:00.000Z',
        duration_minutes: 75,
        cancellation: null,
      });
      expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Date(a.created_at).toISOString()).toBe(a.created_at);
      expect(new Date(a.updated_at).toISOString()).toBe(a.updated_at);
      const row = await t.ctx.db.selectFrom('appointments').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
      expect(row.end_time.toISOString()).toBe('2030-03-05T11:15:00.000Z');
      expect(row.status).toBe('scheduled');
    });

    it('keeps the topic order as given', async () => {
      const a = await booked({ topics: [topic45, topic15, topic30] });
      expect(a.topics).toEqual([topic45, topic15, topic30]);
      expect(a.duration_minutes).toBe(90);
      expect(a.end_time).toBe(plusMinutes(a.start_time, 90));
    });

    it('takes a start time with a non-UTC offset and answers in UTC', async () => {
      const res = await book(t, { provider: providerB.id, patient: patientB.id, topics: [topic30], start_time: '2030-03-05T12:00:00+05:30' });
      expect(res.statusCode).toBe(201);
      expect(res.json().start_time).toBe('2030-03-05T06:30:00.000Z');
      expect(res.json().end_time).toBe('2030-03-05T07:00:00.000Z');
      const neg = await book(t, { provider: providerB.id, patient: patientB.id, topics: [topic15], start_time: '2030-03-05T03:00:00-08:00' });
      expect(neg.statusCode).toBe(201);
      expect(neg.json().start_time).toBe('2030-03-05T11:00:00.000Z');
      expect(neg.json().end_time).toBe('2030-03-05T11:15:00.000Z');
    });

    it('accepts `topic` as an alias: a single id or a list', async () => {
      const single = await book(t, { provider: providerA.id, patient: patientA.id, topic: topic45, start_time: nextSlot() });
      expect(single.statusCode).toBe(201);
      expect(single.json().topics).toEqual([topic45]);
      expect(single.json().duration_minutes).toBe(45);
      const list = await book(t, { provider: providerA.id, patient: patientA.id, topic: [topic15, topic30], start_time: nextSlot() });
      expect(list.statusCode).toBe(201);
      expect(list.json().topics).toEqual([topic15, topic30]);
      expect(list.json().duration_minutes).toBe(45);
    });

    it('lets a patient book for themself, with or without naming themself', async () => {
      const implicit = await book(t, { provider: providerA.id, topics: [topic30], start_time: nextSlot() }, patientA.token);
      expect(implicit.statusCode).toBe(201);
      expect(implicit.json()).toMatchObject({ patient: patientA.id, provider: providerA.id, created_by: patientA.userId });
      const explicit = await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30], start_time: nextSlot() }, patientA.token);
      expect(explicit.statusCode).toBe(201);
      expect(explicit.json().patient).toBe(patientA.id);
    });

    it("refuses a patient booking for another patient (403) and creates nothing", async () => {
      const before = await countRows('appointments');
      expectProblem(await book(t, { provider: providerA.id, patient: patientB.id, topics: [topic30], start_time: nextSlot() }, patientA.token), 403, 'forbidden');
      expect(await countRows('appointments')).toBe(before);
    });

    it('refuses a patient booking without a provider (422 on provider)', async () => {
      const body = expectProblem(await book(t, { topics: [topic30], start_time: nextSlot() }, patientA.token), 422, 'validation_failed');
      expect(body.errors?.map((e) => e.field)).toEqual(['provider']);
    });

    it('lets a provider book for themself with any patient', async () => {
      const implicit = await book(t, { patient: patientB.id, topics: [topic30], start_time: nextSlot() }, providerA.token);
      expect(implicit.statusCode).toBe(201);
      expect(implicit.json()).toMatchObject({ provider: providerA.id, patient: patientB.id, created_by: providerA.userId });
      const explicit = await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30], start_time: nextSlot() }, providerA.token);
      expect(explicit.statusCode).toBe(201);
    });

    it("refuses a provider booking for another provider (403) or without a patient (422)", async () => {
      expectProblem(await book(t, { provider: providerB.id, patient: patientA.id, topics: [topic30], start_time: nextSlot() }, providerA.token), 403, 'forbidden');
      const noPatient = expectProblem(await book(t, { topics: [topic30], start_time: nextSlot() }, providerA.token), 422, 'validation_failed');
      expect(noPatient.errors?.map((e) => e.field)).toEqual(['patient']);
    });

    it('makes staff and admins name both sides', async () => {
      const none = expectProblem(await book(t, { topics: [topic30], start_time: nextSlot() }, staff.token), 422, 'validation_failed');
      expect(none.errors?.map((e) => e.field).sort()).toEqual(['patient', 'provider']);
      const noPatient = expectProblem(await book(t, { provider: providerA.id, topics: [topic30], start_time: nextSlot() }), 422, 'validation_failed');
      expect(noPatient.errors?.map((e) => e.field)).toEqual(['patient']);
      const noProvider = expectProblem(await book(t, { patient: patientA.id, topics: [topic30], start_time: nextSlot() }, staff.token), 422, 'validation_failed');
      expect(noProvider.errors?.map((e) => e.field)).toEqual(['provider']);
      const ok = await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30], start_time: nextSlot() }, staff.token);
      expect(ok.statusCode).toBe(201);
      expect(ok.json().created_by).toBe(staff.userId);
    });

    it('refuses a start time in the past or exactly now, accepts one a minute later', async () => {
      const past = expectProblem(await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30], start_time: '2030-03-04T07:59:59Z' }), 422, 'validation_failed');
      expect(past.errors?.map((e) => e.field)).toEqual(['start_time']);
      const now = expectProblem(await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30], start_time: NOW }), 422, 'validation_failed');
      expect(now.errors?.map((e) => e.field)).toEqual(['start_time']);
      // The same instant written with another offset is still "now".
      expectProblem(await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30], start_time: '2030-03-04T13:30:00+05:30' }), 422, 'validation_failed');
      const later = await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30], start_time: '2030-03-04T08:01:00Z' });
      expect(later.statusCode).toBe(201);
    });

    it('follows the injected clock', async () => {
      const slot = nextSlot();
      t.clock.set(plusMinutes(slot, 1));
      expectProblem(await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30], start_time: slot }), 422, 'validation_failed');
      t.clock.set(plusMinutes(slot, -1));
      expect((await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30], start_time: slot })).statusCode).toBe(201);
    });

    it('refuses no topics, an empty list, and a repeated topic', async () => {
      const before = await countRows('appointments');
      const base = { provider: providerA.id, patient: patientA.id, start_time: nextSlot() };
      const missing = expectProblem(await book(t, base), 422, 'validation_failed');
      expect(missing.errors?.map((e) => e.field)).toEqual(['topics']);
      const empty = expectProblem(await book(t, { ...base, topics: [] }), 422, 'validation_failed');
      expect(empty.errors?.map((e) => e.field)).toEqual(['topics']);
      const emptyAlias = expectProblem(await book(t, { ...base, topic: [] }), 422, 'validation_failed');
      expect(emptyAlias.errors?.length).toBeGreaterThan(0);
      const dup = expectProblem(await book(t, { ...base, topics: [topic30, topic30] }), 422, 'validation_failed');
      expect(dup.errors?.map((e) => e.field)).toEqual(['topics']);
      const dupCase = expectProblem(await book(t, { ...base, topics: [topic30, topic30.toUpperCase()] }), 422, 'validation_failed');
      expect(dupCase.errors?.map((e) => e.field)).toEqual(['topics']);
      expectProblem(await book(t, { ...base, topic: [topic15, topic15] }), 422, 'validation_failed');
      expect(await countRows('appointments')).toBe(before);
    });

    it('refuses unknown provider, patient and topic ids with field errors', async () => {
      const before = await countRows('appointments');
      const start_time = nextSlot();
      const provider = expectProblem(await book(t, { provider: randomUUID(), patient: patientA.id, topics: [topic30], start_time }), 422, 'validation_failed');
      expect(provider.errors?.map((e) => e.field)).toEqual(['provider']);
      const patient = expectProblem(await book(t, { provider: providerA.id, patient: randomUUID(), topics: [topic30], start_time }), 422, 'validation_failed');
      expect(patient.errors?.map((e) => e.field)).toEqual(['patient']);
      const topic = expectProblem(await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30, randomUUID()], start_time }), 422, 'validation_failed');
      expect(topic.errors?.map((e) => e.field)).toEqual(['topics']);
      // A patient id in the provider field names no provider.
      const swapped = expectProblem(await book(t, { provider: patientA.id, patient: providerA.id, topics: [topic30], start_time }), 422, 'validation_failed');
      expect(swapped.errors?.map((e) => e.field).sort()).toEqual(['patient', 'provider']);
      expect(await countRows('appointments')).toBe(before);
    });

    it('refuses malformed ids with 422', async () => {
      const start_time = nextSlot();
      const provider = expectProblem(await book(t, { provider: 'abc', patient: patientA.id, topics: [topic30], start_time }), 422, 'validation_failed');
      expect(provider.errors?.map((e) => e.field)).toEqual(['provider']);
      const patient = expectProblem(await book(t, { provider: providerA.id, patient: '1234', topics: [topic30], start_time }), 422, 'validation_failed');
      expect(patient.errors?.map((e) => e.field)).toEqual(['patient']);
      const topic = expectProblem(await book(t, { provider: providerA.id, patient: patientA.id, topics: ['nope'], start_time }), 422, 'validation_failed');
      expect(topic.errors?.[0]?.field).toMatch(/^topics/);
    });

    it('refuses an inactive topic', async () => {
      const body = expectProblem(await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30, inactiveTopic], start_time: nextSlot() }), 422, 'validation_failed');
      expect(body.errors?.map((e) => e.field)).toEqual(['topics']);
    });

    it('refuses unknown fields', async () => {
      const body = expectProblem(await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30], start_time: nextSlot(), status: 'completed' }), 422, 'validation_failed');
      expect(body.errors?.length).toBeGreaterThan(0);
      expectProblem(await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30], start_time: nextSlot(), end_time: '2030-12-01T00:00:00Z' }), 422, 'validation_failed');
    });

    it('lets a provider set provider notes at booking', async () => {
      const res = await book(t, { patient: patientA.id, topics: [topic30], start_time: nextSlot(), provider_notes: 'first visit' }, providerA.token);
      expect(res.statusCode).toBe(201);
      expect(res.json().provider_notes).toBe('first visit');
    });

    it('refuses a patient writing provider notes at booking (403, as on PATCH)', async () => {
      const before = await countRows('appointments');
      expectProblem(await book(t, { provider: providerA.id, topics: [topic30], start_time: nextSlot(), provider_notes: 'I self-diagnosed' }, patientA.token), 403, 'forbidden');
      expect(await countRows('appointments')).toBe(before);
    });

    it('records a created history entry with the booking', async () => {
      const a = await booked({ provider: providerB, patient: patientB, topics: [topic15, topic30] });
      const events = await history(a.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'created',
        actor: { user_id: expect.any(String), role: 'admin' },
        changes: { status: { from: null, to: 'scheduled' }, start_time: a.start_time, end_time: a.end_time, topics: [topic15, topic30] },
      });
    });
  });

  describe('no double booking', () => {
    const at = '2031-01-10T10:00:00Z';

    it('refuses an overlapping booking for the same provider with busy: [provider], revealing nobody', async () => {
      const first = await booked({ provider: providerA, patient: patientA, topics: [topic30], start_time: at });
      const before = await countRows('appointments');
      const res = await book(t, { provider: providerA.id, topics: [topic30], start_time: plusMinutes(at, 15) }, patientB.token);
      const body = expectProblem(res, 409, 'slot_unavailable');
      expect(body.busy).toEqual(['provider']);
      for (const secret of [patientA.id, patientA.userId, patientA.email, first.id, String(first.patient_name)]) {
        expect(res.body).not.toContain(secret);
      }
      expect(await countRows('appointments')).toBe(before);
      // Starting inside, ending inside, covering, and exactly equal all overlap.
      for (const [start, topics] of [
        [plusMinutes(at, -15), [topic30]],
        [plusMinutes(at, -30), [topic45, topic30]],
        [at, [topic15]],
        [at, [topic30]],
      ] as const) {
        const again = expectProblem(await book(t, { provider: providerA.id, patient: patientB.id, topics: [...topics], start_time: start }), 409, 'slot_unavailable');
        expect(again.busy).toEqual(['provider']);
      }
    });

    it('refuses the same patient with another provider at an overlapping time: busy: [patient]', async () => {
      const res = await book(t, { provider: providerB.id, patient: patientA.id, topics: [topic45], start_time: plusMinutes(at, -20) });
      const body = expectProblem(res, 409, 'slot_unavailable');
      expect(body.busy).toEqual(['patient']);
      expect(res.body).not.toContain(providerA.id);
    });

    it('reports both sides when both are busy', async () => {
      const body = expectProblem(await book(t, { provider: providerA.id, patient: patientA.id, topics: [topic30], start_time: at }), 409, 'slot_unavailable');
      expect([...(body.busy as string[])].sort()).toEqual(['patient', 'provider']);
    });

    it('allows back-to-back appointments (end == next start)', async () => {
      const after = await book(t, { provider: providerA.id, patient: patientB.id, topics: [topic30], start_time: plusMinutes(at, 30) });
      expect(after.statusCode).toBe(201);
      const before = await book(t, { provider: providerA.id, patient: patientB.id, topics: [topic15], start_time: plusMinutes(at, -15) });
      expect(before.statusCode).toBe(201);
      expect(before.json().end_time).toBe(new Date(at).toISOString());
    });

    it('frees the time once the blocking appointment is canceled', async () => {
      const start = '2031-01-11T09:00:00Z';
      const first = await booked({ provider: providerB, patient: patientB, topics: [topic45], start_time: start });
      expectProblem(await book(t, { provider: providerB.id, patient: patientA.id, topics: [topic30], start_time: start }), 409, 'slot_unavailable');
      expect((await cancel(first.id, patientB.token, { reason: 'feeling better' })).statusCode).toBe(200);
      const again = await book(t, { provider: providerB.id, patient: patientA.id, topics: [topic30], start_time: start });
      expect(again.statusCode).toBe(201);
      // And a provider-canceled one frees it as well.
      expect((await cancel(again.json().id, providerB.token)).statusCode).toBe(200);
      expect((await book(t, { provider: providerB.id, patient: patientB.id, topics: [topic30], start_time: start })).statusCode).toBe(201);
    });

    it('treats an in-progress appointment as busy and a completed one as free', async () => {
      const start = '2031-01-12T09:00:00Z';
      const a = await booked({ provider: providerB, patient: patientB, topics: [topic30], start_time: start });
      // A visit starts and completes only near its start; the bookings are made from NOW, when that time is still ahead.
      t.clock.set(start);
      expect((await patch(a.id, providerB.token, { status: 'in_progress' })).statusCode).toBe(200);
      t.clock.set(NOW);
      expectProblem(await book(t, { provider: providerB.id, patient: patientA.id, topics: [topic30], start_time: start }), 409, 'slot_unavailable');
      t.clock.set(start);
      expect((await patch(a.id, providerB.token, { status: 'completed' })).statusCode).toBe(200);
      t.clock.set(NOW);
      expect((await book(t, { provider: providerB.id, patient: patientA.id, topics: [topic30], start_time: start })).statusCode).toBe(201);
    });
  });

  describe('reading one (GET /api/v1/appointments/:id)', () => {
    let a: Appointment;
    beforeAll(async () => {
      a = await booked({ provider: providerA, patient: patientA });
    });

    it('is visible to its patient, its provider, staff and admins', async () => {
      for (const token of [patientA.token, providerA.token, staff.token, t.adminToken]) {
        const res = await t.call('GET', `/api/v1/appointments/${a.id}`, { token });
        expect(res.statusCode).toBe(200);
        // The detail view also carries the delivery log (seed 001's notifications_sent).
        const { notifications_sent, ...rest } = res.json();
        expect(rest).toEqual(a);
        expect(Array.isArray(notifications_sent)).toBe(true);
      }
    });

    it('is a 404 for another patient and another provider, the same as an unknown id', async () => {
      const otherPatient = expectProblem(await t.call('GET', `/api/v1/appointments/${a.id}`, { token: patientB.token }), 404, 'not_found');
      const otherProvider = expectProblem(await t.call('GET', `/api/v1/appointments/${a.id}`, { token: providerB.token }), 404, 'not_found');
      const unknown = expectProblem(await t.call('GET', `/api/v1/appointments/${randomUUID()}`, { token: patientB.token }), 404, 'not_found');
      expect(otherPatient.detail).toBe(unknown.detail);
      expect(otherProvider.detail).toBe(unknown.detail);
    });

    it('is a 404 for a malformed id', async () => {
      for (const id of ['nope', '123', `${a.id}x`, a.id.slice(0, -1)]) {
        expectProblem(await t.call('GET', `/api/v1/appointments/${id}`, { token: t.adminToken }), 404, 'not_found');
      }
    });

    it('needs a signed-in caller', async () => {
      expectProblem(await t.call('GET', `/api/v1/appointments/${a.id}`), 401, 'unauthorized');
    });
  });

  describe('listing (GET /api/v1/appointments)', () => {
    let provider: Person;
    let provider2: Person;
    let patient: Person;
    let patient2: Person;
    // In booking order (deliberately not start order): [0] 2032-02-03, [1] 2032-02-01, [2] 2032-02-02, [3] 2032-02-04 (provider2/patient2)
    const made: Appointment[] = [];

    beforeAll(async () => {
      provider = await makeProvider(t);
      provider2 = await makeProvider(t);
      patient = await makePatient(t);
      patient2 = await makePatient(t);
      made.push(await booked({ provider, patient, topics: [topic30], start_time: '2032-02-03T09:00:00Z' }));
      made.push(await booked({ provider, patient: patient2, topics: [topic45], start_time: '2032-02-01T09:00:00Z' }));
      made.push(await booked({ provider, patient, topics: [topic15, topic30], start_time: '2032-02-02T09:00:00Z' }));
      made.push(await booked({ provider: provider2, patient: patient2, topics: [topic15], start_time: '2032-02-04T09:00:00Z' }));
      const canceled = await cancel(made[2]!.id, patient.token);
      if (canceled.statusCode !== 200) throw new Error(canceled.body);
      t.clock.set(made[1]!.start_time);
      const done = await patch(made[1]!.id, provider.token, { status: 'completed' });
      t.clock.set(NOW);
      if (done.statusCode !== 200) throw new Error(done.body);
    });

    const ids = (res: { json(): { results: { id: string }[] } }) => res.json().results.map((r) => r.id);
    const list = (query: string, token = t.adminToken) => t.call('GET', `/api/v1/appointments?${query}`, { token });

    it('shows a patient only their own', async () => {
      const res = await list('', patient.token);
      expect(res.statusCode).toBe(200);
      expect(res.json().count).toBe(2);
      expect(ids(res)).toEqual([made[2]!.id, made[0]!.id]);
      // Asking for someone else's appointments finds nothing rather than an error or their data.
      const other = await list(`patient=${patient2.id}`, patient.token);
      expect(other.statusCode).toBe(200);
      expect(other.json().count).toBe(0);
      const viaProvider = await list(`provider=${provider2.id}`, patient.token);
      expect(viaProvider.json().count).toBe(0);
    });

    it('shows a provider only their own', async () => {
      const res = await list('', provider.token);
      expect(res.json().count).toBe(3);
      expect(ids(res)).toEqual([made[1]!.id, made[2]!.id, made[0]!.id]);
      const res2 = await list('', provider2.token);
      expect(ids(res2)).toEqual([made[3]!.id]);
    });

    it('shows staff and admins everything', async () => {
      const total = await countRows('appointments');
      for (const token of [staff.token, t.adminToken]) {
        const res = await list('limit=200', token);
        expect(res.json().count).toBe(total);
        expect(res.json().results.length).toBe(Math.min(total, 200));
      }
    });

    it('filters by status, repeatable', async () => {
      const scheduled = await list(`provider=${provider.id}&status=scheduled`);
      expect(ids(scheduled)).toEqual([made[0]!.id]);
      const two = await list(`provider=${provider.id}&status=scheduled&status=user_canceled`);
      expect(ids(two)).toEqual([made[2]!.id, made[0]!.id]);
      expect(two.json().count).toBe(2);
      const completed = await list(`provider=${provider.id}&status=completed`);
      expect(ids(completed)).toEqual([made[1]!.id]);
      const none = await list(`provider=${provider.id}&status=overdue`);
      expect(none.json()).toEqual({ count: 0, next: null, previous: null, results: [] });
      expectProblem(await list('status=nonsense'), 422, 'validation_failed');
    });

    it('filters by provider, patient and topic', async () => {
      expect(ids(await list(`provider=${provider2.id}`))).toEqual([made[3]!.id]);
      expect(ids(await list(`patient=${patient2.id}`))).toEqual([made[1]!.id, made[3]!.id]);
      expect(ids(await list(`patient=${patient2.id}&provider=${provider.id}`))).toEqual([made[1]!.id]);
      expect(ids(await list(`provider=${provider.id}&topic=${topic30}`))).toEqual([made[2]!.id, made[0]!.id]);
      expect(ids(await list(`patient=${patient2.id}&topic=${topic15}`))).toEqual([made[3]!.id]);
      expect((await list(`provider=${randomUUID()}`)).json().count).toBe(0);
      expectProblem(await list('provider=not-an-id'), 422, 'validation_failed');
      expectProblem(await list('topic=123'), 422, 'validation_failed');
    });

    it('filters by a from/to window on the start time (from inclusive, to exclusive)', async () => {
      const p = `provider=${provider.id}`;
      expect(ids(await list(`${p}&from=2032-02-02T09:00:00Z`))).toEqual([made[2]!.id, made[0]!.id]);
      expect(ids(await list(`${p}&to=2032-02-02T09:00:00Z`))).toEqual([made[1]!.id]);
      expect(ids(await list(`${p}&from=2032-02-01T09:00:01Z&to=2032-02-03T09:00:01Z`))).toEqual([made[2]!.id, made[0]!.id]);
      // Offsets are honoured: 2032-02-02T14:30+05:30 is 09:00Z.
      expect(ids(await list(`${p}&from=${encodeURIComponent('2032-02-02T14:30:00+05:30')}&to=2032-02-03T00:00:00Z`))).toEqual([made[2]!.id]);
      expectProblem(await list(`${p}&from=yesterday`), 422, 'validation_failed');
    });

    it('orders by start_time, -start_time, created_at, -created_at', async () => {
      const p = `provider=${provider.id}`;
      const byStart = [made[1]!.id, made[2]!.id, made[0]!.id];
      const byCreated = [made[0]!.id, made[1]!.id, made[2]!.id];
      expect(ids(await list(p))).toEqual(byStart);
      expect(ids(await list(`${p}&ordering=start_time`))).toEqual(byStart);
      expect(ids(await list(`${p}&ordering=-start_time`))).toEqual([...byStart].reverse());
      expect(ids(await list(`${p}&ordering=created_at`))).toEqual(byCreated);
      expect(ids(await list(`${p}&ordering=-created_at`))).toEqual([...byCreated].reverse());
      expectProblem(await list(`${p}&ordering=patient`), 422, 'validation_failed');
    });

    it('paginates with limit/offset and next/previous links that keep the filters', async () => {
      const p = `provider=${provider.id}`;
      const first = (await list(`${p}&limit=2`)).json();
      expect(first.count).toBe(3);
      expect(first.results.map((r: Appointment) => r.id)).toEqual([made[1]!.id, made[2]!.id]);
      expect(first.previous).toBeNull();
      expect(first.next).toBe(`/api/v1/appointments?provider=${provider.id}&limit=2&offset=2`);
      const second = (await t.call('GET', first.next, { token: t.adminToken })).json();
      expect(second.results.map((r: Appointment) => r.id)).toEqual([made[0]!.id]);
      expect(second.next).toBeNull();
      expect(second.previous).toBe(`/api/v1/appointments?provider=${provider.id}&limit=2&offset=0`);
      const middle = (await list(`${p}&limit=1&offset=1&status=scheduled&status=user_canceled&status=completed`)).json();
      expect(middle.results.map((r: Appointment) => r.id)).toEqual([made[2]!.id]);
      const statuses = ['scheduled', 'user_canceled', 'completed'];
      expect(linkParts(middle.next)).toEqual({ path: '/api/v1/appointments', query: { provider: [provider.id], status: statuses, limit: ['1'], offset: ['2'] } });
      expect(linkParts(middle.previous)).toEqual({ path: '/api/v1/appointments', query: { provider: [provider.id], status: statuses, limit: ['1'], offset: ['0'] } });
      const beyond = (await list(`${p}&offset=10`)).json();
      expect(beyond.results).toEqual([]);
      expect(beyond.count).toBe(3);
      expect(beyond.next).toBeNull();
    });

    it('serves pages past offset 1,000 in the same order as the first pages, both ways', async () => {
      const busy = await makeProvider(t);
      // 1,030 consecutive half hours, inserted directly: booking them one by one would take minutes.
      await sql`INSERT INTO appointments (provider_id, patient_id, status, start_time, end_time)
        SELECT ${busy.id}, ${patient.id}, 'scheduled', s, s + interval '30 minutes'
        FROM generate_series(timestamptz '2034-01-01T00:00:00Z', timestamptz '2034-01-01T00:00:00Z' + interval '30 minutes' * 1029, interval '30 minutes') s`.execute(t.ctx.db);
      const inOrder = (await sql<{ id: string }>`SELECT id FROM appointments WHERE provider_id = ${busy.id} ORDER BY start_time, id`.execute(t.ctx.db)).rows.map((r) => r.id);
      const ids = async (query: string) => {
        const body = (await list(`provider=${busy.id}&${query}`)).json();
        expect(body.count).toBe(1030);
        return body.results.map((r: Appointment) => r.id);
      };
      expect(await ids('limit=200&offset=990')).toEqual(inOrder.slice(990, 1030));
      expect(await ids('limit=20&offset=1000')).toEqual(inOrder.slice(1000, 1020));
      expect(await ids('limit=20&offset=1000&ordering=-start_time')).toEqual([...inOrder].reverse().slice(1000, 1020));
      expect(await ids('limit=20&offset=1030')).toEqual([]);
    });

    it('defaults to 50 per page, allows up to 200 and refuses more', async () => {
      const busy = await makeProvider(t);
      const start = Date.parse('2033-01-01T00:00:00Z');
      for (let i = 0; i < 55; i++) {
        const res = await book(t, { provider: busy.id, patient: patient.id, topics: [topic15], start_time: new Date(start + i * 15 * 60_000).toISOString() });
        expect(res.statusCode).toBe(201);
      }
      const page1 = (await list(`provider=${busy.id}`)).json();
      expect(page1.count).toBe(55);
      expect(page1.results).toHaveLength(50);
      expect(page1.next).toBe(`/api/v1/appointments?provider=${busy.id}&limit=50&offset=50`);
      const page2 = (await t.call('GET', page1.next, { token: t.adminToken })).json();
      expect(page2.results).toHaveLength(5);
      expect(page2.next).toBeNull();
      expect(page2.previous).toBe(`/api/v1/appointments?provider=${busy.id}&limit=50&offset=0`);
      const starts = [...page1.results, ...page2.results].map((r: Appointment) => r.start_time);
      expect(starts).toEqual([...starts].sort());
      expect(new Set(starts).size).toBe(55);

      expect((await list(`provider=${busy.id}&limit=200`)).json().results).toHaveLength(55);
      const tooMany = expectProblem(await list('limit=201'), 422, 'validation_failed');
      expect(tooMany.errors?.[0]?.field).toMatch(/limit/);
      expectProblem(await list('limit=0'), 422, 'validation_failed');
      expectProblem(await list('offset=-1'), 422, 'validation_failed');
      expectProblem(await list('limit=ten'), 422, 'validation_failed');
    });
  });

  describe('changing (PATCH /api/v1/appointments/:id)', () => {
    it('lets a patient cancel, recording who, when and why', async () => {
      const a = await booked();
      t.clock.set('2030-03-04T09:30:00Z');
      const res = await patch(a.id, patientA.token, { status: 'user_canceled', cancel_reason: 'travelling' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: a.id,
        status: 'user_canceled',
        cancellation: { by: 'patient', by_user: patientA.userId, at: '2030-03-04T09:30:00.000Z', reason: 'travelling' },
      });
      const stored = (await t.call('GET', `/api/v1/appointments/${a.id}`, { token: providerA.token })).json();
      expect(stored.cancellation).toEqual({ by: 'patient', by_user: patientA.userId, by_role: 'patient', at: '2030-03-04T09:30:00.000Z', reason: 'travelling' });
    });

    it('refuses a patient anything but user_canceled (403), notes included', async () => {
      const a = await booked({ provider_notes: 'original' });
      for (const body of [
        { provider_notes: 'mine now' },
        { status: 'in_progress' },
        { status: 'completed' },
        { status: 'provider_canceled' },
        { status: 'overdue' },
        { status: 'scheduled' },
        { status: 'user_canceled', provider_notes: 'sneaky' },
      ]) {
        expectProblem(await patch(a.id, patientA.token, body), 403, 'forbidden');
      }
      const row = await t.ctx.db.selectFrom('appointments').select(['status', 'provider_notes']).where('id', '=', a.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'scheduled', provider_notes: 'original' });
      expect(await history(a.id)).toHaveLength(1);
    });

    it("gives another patient a 404 even for an allowed change", async () => {
      const a = await booked();
      expectProblem(await patch(a.id, patientB.token, { status: 'user_canceled' }), 404, 'not_found');
      expectProblem(await patch(a.id, providerB.token, { provider_notes: 'x' }), 404, 'not_found');
      expect((await t.call('GET', `/api/v1/appointments/${a.id}`, { token: t.adminToken })).json().status).toBe('scheduled');
    });

    it('lets a provider write notes and move the visit along', async () => {
      const a = await booked();
      const notes = await patch(a.id, providerA.token, { provider_notes: 'allergic to penicillin' });
      expect(notes.statusCode).toBe(200);
      expect(notes.json()).toMatchObject({ provider_notes: 'allergic to penicillin', status: 'scheduled' });
      t.clock.set(a.start_time);
      const started = await patch(a.id, providerA.token, { status: 'in_progress' });
      expect(started.json().status).toBe('in_progress');
      const done = await patch(a.id, providerA.token, { status: 'completed', provider_notes: 'all good' });
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ status: 'completed', provider_notes: 'all good', cancellation: null });
      const cleared = await patch(a.id, providerA.token, { provider_notes: null });
      expect(cleared.statusCode).toBe(200);
      expect(cleared.json().provider_notes).toBeNull();
    });

    it('lets a provider cancel (provider_canceled) with cancellation details', async () => {
      const a = await booked();
      const res = await patch(a.id, providerA.token, { status: 'provider_canceled', cancel_reason: 'sick' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'provider_canceled', cancellation: { by: 'provider', by_user: providerA.userId, at: new Date(NOW).toISOString(), reason: 'sick' } });
    });

    it('refuses a provider setting user_canceled, overdue or scheduled (403)', async () => {
      const a = await booked();
      for (const status of ['user_canceled', 'overdue', 'scheduled']) {
        expectProblem(await patch(a.id, providerA.token, { status }), 403, 'forbidden');
      }
      expect((await t.call('GET', `/api/v1/appointments/${a.id}`, { token: t.adminToken })).json().status).toBe('scheduled');
    });

    it('refuses staff setting overdue (only the system does)', async () => {
      const a = await booked();
      expectProblem(await patch(a.id, staff.token, { status: 'overdue' }), 403, 'forbidden');
      expectProblem(await patch(a.id, t.adminToken, { status: 'overdue' }), 403, 'forbidden');
    });

    it('lets staff cancel on the patient side and write notes', async () => {
      const a = await booked();
      const res = await patch(a.id, staff.token, { status: 'user_canceled', provider_notes: 'called in', cancel_reason: 'patient phoned' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'user_canceled', provider_notes: 'called in', cancellation: { by: 'patient', by_user: staff.userId, reason: 'patient phoned' } });
    });

    it.each([
      ['cancel a completed one (patient)', ['completed'], 'patient', 'user_canceled'],
      ['cancel a completed one (provider)', ['completed'], 'provider', 'provider_canceled'],
      ['cancel twice (patient)', ['user_canceled'], 'patient', 'user_canceled'],
      ['cancel twice (provider)', ['provider_canceled'], 'provider', 'provider_canceled'],
      ['complete a canceled one', ['user_canceled'], 'provider', 'completed'],
      ['start a canceled one', ['provider_canceled'], 'provider', 'in_progress'],
      ['cancel one in progress', ['in_progress'], 'provider', 'provider_canceled'],
      ['cancel one in progress (patient)', ['in_progress'], 'patient', 'user_canceled'],
      ['restart a completed one', ['in_progress', 'completed'], 'provider', 'in_progress'],
      ['complete twice', ['completed'], 'provider', 'completed'],
    ] as const)('answers 409 invalid_transition: %s', async (_label, setup, who, status) => {
      const a = await booked();
      // At the visit's start, so that starting and completing it in the setup are allowed.
      t.clock.set(a.start_time);
      for (const step of setup) {
        const res = await patch(a.id, t.adminToken, { status: step });
        expect(res.statusCode).toBe(200);
      }
      const before = await history(a.id);
      const token = who === 'patient' ? patientA.token : providerA.token;
      const body = expectProblem(await patch(a.id, token, { status }), 409, 'invalid_transition');
      expect(body.current_status).toBe(setup[setup.length - 1]);
      expect((await t.call('GET', `/api/v1/appointments/${a.id}`, { token: t.adminToken })).json().status).toBe(setup[setup.length - 1]);
      expect(await history(a.id)).toEqual(before);
    });

    it('validates the body', async () => {
      const a = await booked();
      expectProblem(await patch(a.id, t.adminToken, {}), 422, 'validation_failed');
      expectProblem(await patch(a.id, t.adminToken, { status: 'done' }), 422, 'validation_failed');
      expectProblem(await patch(a.id, t.adminToken, { start_time: nextSlot() }), 422, 'validation_failed');
      const reason = expectProblem(await patch(a.id, t.adminToken, { cancel_reason: 'no status' }), 422, 'validation_failed');
      expect(reason.errors?.map((e) => e.field)).toEqual(['cancel_reason']);
      expectProblem(await patch(a.id, providerA.token, { status: 'completed', cancel_reason: 'not a cancel' }), 422, 'validation_failed');
      expect((await t.call('GET', `/api/v1/appointments/${a.id}`, { token: t.adminToken })).json().status).toBe('scheduled');
    });

    it('answers 404 for unknown and malformed ids', async () => {
      expectProblem(await patch(randomUUID(), t.adminToken, { provider_notes: 'x' }), 404, 'not_found');
      expectProblem(await patch('bogus', t.adminToken, { provider_notes: 'x' }), 404, 'not_found');
    });
  });

  describe('cancelling (POST /api/v1/appointments/:id/cancel)', () => {
    it('a patient cancel is user_canceled, with the reason', async () => {
      const a = await booked();
      const res = await cancel(a.id, patientA.token, { reason: 'cannot make it' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'user_canceled', cancellation: { by: 'patient', by_user: patientA.userId, at: new Date(NOW).toISOString(), reason: 'cannot make it' } });
    });

    it('works without a body (reason is optional)', async () => {
      const a = await booked();
      const res = await t.call('POST', `/api/v1/appointments/${a.id}/cancel`, { token: patientA.token });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'user_canceled', cancellation: { by: 'patient', reason: null } });
    });

    it('a provider cancel is provider_canceled', async () => {
      const a = await booked();
      const res = await cancel(a.id, providerA.token, { reason: 'conference' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'provider_canceled', cancellation: { by: 'provider', by_user: providerA.userId, reason: 'conference' } });
    });

    it('makes staff and admins say on whose behalf (422 otherwise)', async () => {
      const a = await booked();
      const missing = expectProblem(await cancel(a.id, staff.token, { reason: 'x' }), 422, 'validation_failed');
      expect(missing.errors?.map((e) => e.field)).toEqual(['on_behalf_of']);
      expectProblem(await cancel(a.id, t.adminToken), 422, 'validation_failed');
      expectProblem(await cancel(a.id, t.adminToken, { on_behalf_of: null }), 422, 'validation_failed');
      expectProblem(await cancel(a.id, staff.token, { on_behalf_of: 'clinic' }), 422, 'validation_failed');
      expect((await t.call('GET', `/api/v1/appointments/${a.id}`, { token: t.adminToken })).json().status).toBe('scheduled');

      const forProvider = await cancel(a.id, staff.token, { on_behalf_of: 'provider', reason: 'provider ill' });
      expect(forProvider.statusCode).toBe(200);
      expect(forProvider.json()).toMatchObject({ status: 'provider_canceled', cancellation: { by: 'provider', by_user: staff.userId, reason: 'provider ill' } });

      const b = await booked();
      const forPatient = await cancel(b.id, t.adminToken, { on_behalf_of: 'patient' });
      expect(forPatient.statusCode).toBe(200);
      expect(forPatient.json()).toMatchObject({ status: 'user_canceled', cancellation: { by: 'patient' } });
    });

    it("refuses a patient or provider cancelling on the other side's behalf (403)", async () => {
      const a = await booked();
      expectProblem(await cancel(a.id, patientA.token, { on_behalf_of: 'provider' }), 403, 'forbidden');
      expectProblem(await cancel(a.id, providerA.token, { on_behalf_of: 'patient' }), 403, 'forbidden');
      const own = await cancel(a.id, patientA.token, { on_behalf_of: 'patient' });
      expect(own.statusCode).toBe(200);
    });

    it('answers 409 when cancelling twice or cancelling a finished visit', async () => {
      const a = await booked();
      expect((await cancel(a.id, patientA.token)).statusCode).toBe(200);
      expectProblem(await cancel(a.id, patientA.token), 409, 'invalid_transition');
      expectProblem(await cancel(a.id, providerA.token), 409, 'invalid_transition');
      expectProblem(await cancel(a.id, staff.token, { on_behalf_of: 'provider' }), 409, 'invalid_transition');

      const b = await booked();
      t.clock.set(b.start_time);
      expect((await patch(b.id, providerA.token, { status: 'completed' })).statusCode).toBe(200);
      expectProblem(await cancel(b.id, patientA.token), 409, 'invalid_transition');
      expect((await t.call('GET', `/api/v1/appointments/${a.id}`, { token: t.adminToken })).json().cancellation.by).toBe('patient');
    });

    it("gives someone else's appointment a 404", async () => {
      const a = await booked();
      expectProblem(await cancel(a.id, patientB.token), 404, 'not_found');
      expectProblem(await cancel(a.id, providerB.token), 404, 'not_found');
      expectProblem(await cancel(randomUUID(), t.adminToken, { on_behalf_of: 'patient' }), 404, 'not_found');
      expectProblem(await cancel('x', patientA.token), 404, 'not_found');
      expect((await t.call('GET', `/api/v1/appointments/${a.id}`, { token: t.adminToken })).json().status).toBe('scheduled');
    });

    it('refuses unknown fields', async () => {
      const a = await booked();
      expectProblem(await cancel(a.id, patientA.token, { reason: 'x', refund: true }), 422, 'validation_failed');
    });
  });

  describe('history (GET /api/v1/appointments/:id/history)', () => {
    it('lists created, then notes and status changes, with actors and changes, in order', async () => {
      const a = await booked({ provider: providerB, patient: patientB, topics: [topic30] });
      expect((await patch(a.id, providerB.token, { provider_notes: 'prep labs' })).statusCode).toBe(200);
      t.clock.set(a.start_time);
      expect((await patch(a.id, providerB.token, { status: 'in_progress' })).statusCode).toBe(200);
      expect((await patch(a.id, providerB.token, { status: 'completed', provider_notes: 'done' })).statusCode).toBe(200);

      const events = await history(a.id, patientB.token);
      expect(events.map((e) => e.type)).toEqual(['created', 'updated', 'status_changed', 'status_changed']);
      const admin = (await t.call('GET', '/api/v1/me', { token: t.adminToken })).json();
      expect(events[0]).toMatchObject({ actor: { user_id: admin.id, role: 'admin' }, changes: { status: { from: null, to: 'scheduled' } } });
      expect(events[1]).toMatchObject({ actor: { user_id: providerB.userId, role: 'provider' }, changes: { provider_notes: { from: null, to: 'prep labs' } } });
      expect(events[1]!.changes.status).toBeUndefined();
      expect(events[2]).toMatchObject({ actor: { user_id: providerB.userId, role: 'provider' }, changes: { status: { from: 'scheduled', to: 'in_progress' } } });
      expect(events[3]).toMatchObject({
        actor: { user_id: providerB.userId, role: 'provider' },
        changes: { status: { from: 'in_progress', to: 'completed' }, provider_notes: { from: 'prep labs', to: 'done' } },
      });
      const eventIds = events.map((e) => e.id);
      expect(eventIds).toEqual([...eventIds].sort((x, y) => x - y));
      for (const e of events) expect(new Date(e.created_at).toISOString()).toBe(e.created_at);
    });

    it('records a cancellation with its reason and actor', async () => {
      const a = await booked({ provider: providerB, patient: patientB });
      expect((await cancel(a.id, staff.token, { on_behalf_of: 'patient', reason: 'rescheduling' })).statusCode).toBe(200);
      const events = await history(a.id);
      expect(events).toHaveLength(2);
      expect(events[1]).toMatchObject({
        type: 'canceled',
        actor: { user_id: staff.userId, role: 'staff' },
        changes: { status: { from: 'scheduled', to: 'user_canceled' }, reason: 'rescheduling' },
      });
    });

    it('adds nothing for a change that changes nothing', async () => {
      const a = await booked({ provider: providerB, patient: patientB, provider_notes: 'same' });
      expect((await patch(a.id, providerB.token, { provider_notes: 'same' })).statusCode).toBe(200);
      expect(await history(a.id)).toHaveLength(1);
    });

    it('has the same visibility as the appointment', async () => {
      const a = await booked({ provider: providerB, patient: patientB });
      for (const token of [patientB.token, providerB.token, staff.token, t.adminToken]) {
        expect((await t.call('GET', `/api/v1/appointments/${a.id}/history`, { token })).statusCode).toBe(200);
      }
      expectProblem(await t.call('GET', `/api/v1/appointments/${a.id}/history`, { token: patientA.token }), 404, 'not_found');
      expectProblem(await t.call('GET', `/api/v1/appointments/${a.id}/history`, { token: providerA.token }), 404, 'not_found');
      expectProblem(await t.call('GET', `/api/v1/appointments/${randomUUID()}/history`, { token: t.adminToken }), 404, 'not_found');
      expectProblem(await t.call('GET', '/api/v1/appointments/zzz/history', { token: t.adminToken }), 404, 'not_found');
      expectProblem(await t.call('GET', `/api/v1/appointments/${a.id}/history`), 401, 'unauthorized');
    });
  });
});
