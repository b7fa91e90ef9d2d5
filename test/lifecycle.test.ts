import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sweepExpiredHolds, sweepOverdue } from '../src/appointments/appointments.service.js';
import type { AppointmentStatus } from '../src/db/types.js';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, NOW, type Person, type TestApp } from './helpers.js';
import { checkoutAndPay } from './support/payments.js';

type Appointment = {
  id: string;
  provider: string;
  patient: string;
  status: string;
  start_time: string;
  end_time: string;
  topics: string[];
  duration_minutes: number;
  facility: string | null;
  hold_expires_at: string | null;
  cancellation: { by: string; by_user: string | null; at: string | null; reason: string | null } | null;
} & Record<string, unknown>;
type HistoryEntry = { id: number; type: string; actor: { user_id: string | null; role: string }; changes: Record<string, unknown>; created_at: string };

const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const hhmm = (iso: string) => iso.slice(11, 16);
const STATUS_ACTIONS = [
  ['start', 'in_progress'],
  ['complete', 'completed'],
  ['no-show', 'no_show'],
  ['mark-no-show', 'no_show'],
] as const;

/** Small API helpers shared by the describe blocks below; `get` returns the block's app. */
function tools(get: () => TestApp) {
  const t = () => get();
  const detail = async (id: string, token = t().adminToken): Promise<Appointment> => {
    const res = await t().call('GET', `/api/v1/appointments/${id}`, { token });
    if (res.statusCode !== 200) throw new Error(`GET ${id}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const history = async (id: string, token = t().adminToken): Promise<HistoryEntry[]> => {
    const res = await t().call('GET', `/api/v1/appointments/${id}/history`, { token });
    if (res.statusCode !== 200) throw new Error(`history ${id}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const booked = async (body: Record<string, unknown>, token?: string): Promise<Appointment> => {
    const res = await book(t(), body, token);
    if (res.statusCode !== 201) throw new Error(`booking failed: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const action = (id: string, name: string, token?: string, body?: unknown) => t().call('POST', `/api/v1/appointments/${id}/${name}`, { token, body });
  const cancel = (id: string, token: string, body: unknown = {}) => action(id, 'cancel', token, body);
  const reschedule = (id: string, token: string, body: Record<string, unknown>) => action(id, 'reschedule', token, body);
  const patch = (id: string, token: string, body: unknown) => t().call('PATCH', `/api/v1/appointments/${id}`, { token, body });
  const topicWith = async (fields: Record<string, unknown>, duration = 30) => {
    const res = await t().call('POST', '/api/v1/topics', { token: t().adminToken, body: { name: `T ${randomUUID().slice(0, 8)}`, duration, ...fields } });
    if (res.statusCode !== 201) throw new Error(`topic create failed: ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  };
  const facility = async (fields: Record<string, unknown> = {}) => {
    const res = await t().call('POST', '/api/v1/facilities', { token: t().adminToken, body: { name: `F ${randomUUID().slice(0, 8)}`, timezone: 'UTC', ...fields } });
    if (res.statusCode !== 201) throw new Error(`facility create failed: ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  };
  return { detail, history, booked, action, cancel, reschedule, patch, topicWith, facility };
}

// ---------------------------------------------------------------------------------------------

describe.each(backends)('lifecycle actions on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let provider: Person;
  let otherProvider: Person;
  let patient: Person;
  let otherPatient: Person;
  let topic30: string;
  let topic45: string;
  const { detail, history, booked, action, cancel, reschedule, topicWith } = tools(() => t);

  // Each appointment gets its own 3-hour block, so tests never collide by accident.
  let block = 0;
  const nextStart = () => new Date(Date.parse('2030-04-01T00:00:00Z') + block++ * 3 * 3600_000).toISOString();
  const scheduled = (fields: Record<string, unknown> = {}) =>
    booked({ provider: provider.id, patient: patient.id, topics: [topic30], start_time: nextStart(), ...fields });

  beforeAll(async () => {
    t = await createTestApp(backend);
    staff = await makeStaff(t);
    provider = await makeProvider(t);
    otherProvider = await makeProvider(t);
    patient = await makePatient(t);
    otherPatient = await makePatient(t);
    topic30 = await makeTopic(t, 30);
    topic45 = await makeTopic(t, 45);
  });
  afterAll(() => t?.close());
  afterEach(() => t.clock.set(NOW));

  describe('start, complete, no-show', () => {
    it('starts (in_progress) and completes a visit, with history by the provider', async () => {
      const a = await scheduled();
      t.clock.set(a.start_time);
      const started = await action(a.id, 'start', provider.token);
      expect(started.statusCode).toBe(200);
      expect(started.json()).toMatchObject({ id: a.id, status: 'in_progress' });
      const done = await action(a.id, 'complete', provider.token);
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ id: a.id, status: 'completed' });
      expect((await detail(a.id, patient.token)).status).toBe('completed');
      const events = await history(a.id);
      expect(events.map((e) => e.type)).toEqual(['created', 'status_changed', 'status_changed']);
      expect(events[1]).toMatchObject({ actor: { user_id: provider.userId, role: 'provider' }, changes: { status: { from: 'scheduled', to: 'in_progress' } } });
      expect(events[2]).toMatchObject({ actor: { user_id: provider.userId, role: 'provider' }, changes: { status: { from: 'in_progress', to: 'completed' } } });
      // Completed is final.
      expectProblem(await action(a.id, 'start', provider.token), 409, 'invalid_transition');
      expectProblem(await action(a.id, 'complete', staff.token), 409, 'invalid_transition');
    });

    it('refuses a no-show before the start time (409 not_started_yet) and records it after', async () => {
      const a = await scheduled();
      for (const name of ['no-show', 'mark-no-show']) {
        for (const token of [provider.token, staff.token, t.adminToken]) {
          expectProblem(await action(a.id, name, token), 409, 'not_started_yet');
        }
      }
      t.clock.set(plusMinutes(a.start_time, -1));
      expectProblem(await action(a.id, 'no-show', provider.token), 409, 'not_started_yet');
      expect((await detail(a.id)).status).toBe('scheduled');
      expect((await history(a.id)).map((e) => e.type)).toEqual(['created']);

      t.clock.set(plusMinutes(a.start_time, 5));
      const res = await action(a.id, 'no-show', provider.token);
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe('no_show');
      const events = await history(a.id);
      expect(events[events.length - 1]).toMatchObject({ type: 'status_changed', actor: { role: 'provider' }, changes: { status: { from: 'scheduled', to: 'no_show' } } });
      expectProblem(await action(a.id, 'mark-no-show', provider.token), 409, 'invalid_transition');

      const b = await scheduled();
      t.clock.set(plusMinutes(b.start_time, 1));
      const marked = await action(b.id, 'mark-no-show', staff.token);
      expect(marked.statusCode).toBe(200);
      expect(marked.json().status).toBe('no_show');
    });

    it('records a no-show for an overdue visit', async () => {
      const a = await scheduled();
      t.clock.set(plusMinutes(a.start_time, 20));
      await sweepOverdue(t.ctx);
      expect((await detail(a.id)).status).toBe('overdue');
      const res = await action(a.id, 'mark-no-show', provider.token);
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe('no_show');
      const events = await history(a.id);
      expect(events[events.length - 1]).toMatchObject({ changes: { status: { from: 'overdue', to: 'no_show' } } });
    });

    it.each(STATUS_ACTIONS)('%s: refused to patients (403), allowed to the provider, staff and admins, 404 for another provider', async (name, status) => {
      const startAfter = name === 'no-show' || name === 'mark-no-show';
      for (const [who, token] of [
        ['provider', provider.token],
        ['staff', staff.token],
        ['admin', t.adminToken],
      ] as const) {
        const a = await scheduled();
        // A no-show only after the start; starting and completing from the start on.
        t.clock.set(startAfter ? plusMinutes(a.start_time, 1) : a.start_time);
        expectProblem(await action(a.id, name, patient.token), 403, 'forbidden');
        expectProblem(await action(a.id, name, otherPatient.token), 403, 'forbidden');
        expectProblem(await action(a.id, name, otherProvider.token), 404, 'not_found');
        expectProblem(await action(a.id, name), 401);
        expect((await detail(a.id)).status).toBe('scheduled');
        expect((await history(a.id)).map((e) => e.type)).toEqual(['created']);

        const res = await action(a.id, name, token);
        expect(res.statusCode, `${name} by ${who}: ${res.body}`).toBe(200);
        expect(res.json().status).toBe(status);
        const events = await history(a.id);
        expect(events[events.length - 1]).toMatchObject({ actor: { role: who }, changes: { status: { from: 'scheduled', to: status } } });
        t.clock.set(NOW);
      }
      expectProblem(await action(randomUUID(), name, provider.token), 404, 'not_found');
      expectProblem(await action('not-an-id', name, staff.token), 404, 'not_found');
    });

    it('lets the provider start an overdue visit late', async () => {
      const a = await scheduled();
      t.clock.set(plusMinutes(a.start_time, 30));
      await sweepOverdue(t.ctx);
      const res = await action(a.id, 'start', provider.token);
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe('in_progress');
    });
  });

  describe('cancel', () => {
    it("cancels on the caller's side; another patient or provider gets 404", async () => {
      const a = await scheduled();
      expectProblem(await cancel(a.id, otherPatient.token), 404, 'not_found');
      expectProblem(await cancel(a.id, otherProvider.token), 404, 'not_found');
      const res = await cancel(a.id, patient.token, { reason: 'feeling better' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'user_canceled', cancellation: { by: 'patient', by_user: patient.userId, reason: 'feeling better' } });
      expectProblem(await cancel(a.id, patient.token), 409, 'invalid_transition');
      const b = await scheduled();
      const byProvider = await cancel(b.id, provider.token);
      expect(byProvider.json()).toMatchObject({ status: 'provider_canceled', cancellation: { by: 'provider', by_user: provider.userId } });
    });
  });

  describe('reschedule', () => {
    it('frees the old time and takes the new one, keeping both in the history', async () => {
      const a = await scheduled();
      const oldStart = a.start_time;
      const newStart = plusMinutes(oldStart, 90);
      const res = await reschedule(a.id, patient.token, { start_time: newStart });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: a.id, status: 'scheduled', start_time: newStart, end_time: plusMinutes(newStart, 30), topics: [topic30] });
      expect(await detail(a.id, provider.token)).toMatchObject({ start_time: newStart, end_time: plusMinutes(newStart, 30) });

      // The old time is free for anyone; the new one is taken.
      const taken = await book(t, { provider: provider.id, topics: [topic30], start_time: oldStart }, otherPatient.token);
      expect(taken.statusCode).toBe(201);
      const refused = expectProblem(await book(t, { provider: provider.id, topics: [topic30], start_time: newStart }, otherPatient.token), 409, 'slot_unavailable');
      expect(refused.busy).toEqual(['provider']);

      const events = await history(a.id, patient.token);
      expect(events.map((e) => e.type)).toEqual(['created', 'rescheduled']);
      expect(events[1]).toMatchObject({
        actor: { user_id: patient.userId, role: 'patient' },
        changes: {
          start_time: { from: oldStart, to: newStart },
          end_time: { from: plusMinutes(oldStart, 30), to: plusMinutes(newStart, 30) },
        },
      });
    });

    it('may overlap its own old time', async () => {
      const a = await scheduled();
      const res = await reschedule(a.id, provider.token, { start_time: plusMinutes(a.start_time, 15) });
      expect(res.statusCode).toBe(200);
      expect(res.json().start_time).toBe(plusMinutes(a.start_time, 15));
      const events = await history(a.id);
      expect(events[events.length - 1]).toMatchObject({ type: 'rescheduled', actor: { role: 'provider' } });
    });

    it('changes the topics (and so the length) when given', async () => {
      const a = await scheduled();
      const newStart = plusMinutes(a.start_time, 60);
      const res = await reschedule(a.id, patient.token, { start_time: newStart, topics: [topic45, topic30] });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ topics: [topic45, topic30], duration_minutes: 75, end_time: plusMinutes(newStart, 75) });
      const events = await history(a.id);
      expect(events[events.length - 1]!.changes).toMatchObject({ topics: { from: [topic30], to: [topic45, topic30] } });
    });

    it('refuses a patient\'s move to topics that change what a confirmed visit costs (409 price_changed); staff may', async () => {
      const priced = await topicWith({ price: 4500, currency: 'EUR' });
      const a = await scheduled();
      const newStart = plusMinutes(a.start_time, 60);
      const refused = expectProblem(await reschedule(a.id, patient.token, { start_time: newStart, topics: [priced] }), 409, 'price_changed');
      expect(refused).toMatchObject({ price: null, new_price: { amount: 4500, currency: 'EUR' } });
      expect(await detail(a.id)).toMatchObject({ start_time: a.start_time, topics: [topic30], price: null });
      // Moving it with topics of the same (no) price is fine, and so is staff changing the price.
      expect((await reschedule(a.id, patient.token, { start_time: newStart, topics: [topic45] })).statusCode).toBe(200);
      expect((await reschedule(a.id, staff.token, { start_time: plusMinutes(newStart, 60), topics: [priced] })).statusCode).toBe(200);
      // Booked by staff with its price, the visit keeps it when the patient moves it.
      const paidFor = await scheduled({ topics: [priced] });
      expect(paidFor.price).toEqual({ amount: 4500, currency: 'EUR' });
      expect((await reschedule(paidFor.id, patient.token, { start_time: plusMinutes(paidFor.start_time, 60) })).statusCode).toBe(200);
      expectProblem(await reschedule(paidFor.id, patient.token, { start_time: plusMinutes(paidFor.start_time, 90), topics: [topic30] }), 409, 'price_changed');
    });

    it("accepts seed 000's `topic` name for the topics too", async () => {
      const a = await scheduled();
      const newStart = plusMinutes(a.start_time, 60);
      const res = await reschedule(a.id, patient.token, { start_time: newStart, topic: topic45 });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ topics: [topic45], duration_minutes: 45, end_time: plusMinutes(newStart, 45) });
    });

    it('refuses a time that conflicts (409) and changes nothing', async () => {
      const a = await scheduled();
      const b = await scheduled({ patient: otherPatient.id });
      const c = await booked({ provider: otherProvider.id, patient: patient.id, topics: [topic30], start_time: nextStart() });
      const providerBusy = expectProblem(await reschedule(a.id, patient.token, { start_time: plusMinutes(b.start_time, 10) }), 409, 'slot_unavailable');
      expect(providerBusy.busy).toEqual(['provider']);
      const patientBusy = expectProblem(await reschedule(a.id, staff.token, { start_time: c.start_time }), 409, 'slot_unavailable');
      expect(patientBusy.busy).toEqual(['patient']);
      expect(await detail(a.id)).toMatchObject({ start_time: a.start_time, end_time: a.end_time, status: 'scheduled' });
      expect((await history(a.id)).map((e) => e.type)).toEqual(['created']);
    });

    it('refuses a time outside the provider\'s hours (422 outside_availability) and a past time (422)', async () => {
      const hours = await makeProvider(t, { slot_minutes: 30, schedule: [{ weekday: 'tuesday', start: '09:00', end: '12:00' }] });
      const a = await booked({ provider: hours.id, patient: patient.id, topics: [topic30], start_time: '2030-03-05T09:00:00Z' });
      expectProblem(await reschedule(a.id, patient.token, { start_time: '2030-03-05T13:00:00Z' }), 422, 'outside_availability');
      expectProblem(await reschedule(a.id, hours.token, { start_time: '2030-03-05T11:45:00Z' }), 422);
      expectProblem(await reschedule(a.id, staff.token, { start_time: '2030-03-04T07:00:00Z' }), 422, 'validation_failed');
      expect(await detail(a.id)).toMatchObject({ start_time: '2030-03-05T09:00:00.000Z', status: 'scheduled' });
      const ok = await reschedule(a.id, patient.token, { start_time: '2030-03-05T11:30:00Z' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().end_time).toBe('2030-03-05T12:00:00.000Z');
    });

    it('refuses moving a completed, cancelled, in-progress or no-show visit (409 invalid_transition)', async () => {
      const completed = await scheduled();
      t.clock.set(completed.start_time);
      await action(completed.id, 'complete', provider.token);
      t.clock.set(NOW);
      const canceled = await scheduled();
      await cancel(canceled.id, patient.token);
      const providerCanceled = await scheduled();
      await cancel(providerCanceled.id, provider.token);
      const inProgress = await scheduled();
      t.clock.set(inProgress.start_time);
      await action(inProgress.id, 'start', provider.token);
      t.clock.set(NOW);
      for (const a of [completed, canceled, providerCanceled, inProgress]) {
        const before = await detail(a.id);
        for (const token of [patient.token, provider.token, staff.token]) {
          expectProblem(await reschedule(a.id, token, { start_time: plusMinutes(a.start_time, 60) }), 409, 'invalid_transition');
        }
        expect(await detail(a.id)).toEqual(before);
      }
    });

    it("lets a patient move only their own appointment: another patient's or provider's is 404", async () => {
      const a = await scheduled();
      expectProblem(await reschedule(a.id, otherPatient.token, { start_time: plusMinutes(a.start_time, 60) }), 404, 'not_found');
      expectProblem(await reschedule(a.id, otherProvider.token, { start_time: plusMinutes(a.start_time, 60) }), 404, 'not_found');
      expectProblem(await reschedule(a.id, '', { start_time: plusMinutes(a.start_time, 60) }), 401);
      expect((await detail(a.id)).start_time).toBe(a.start_time);
    });

    it('puts an overdue visit back on the calendar when it is moved', async () => {
      const a = await scheduled();
      t.clock.set(plusMinutes(a.start_time, 30));
      await sweepOverdue(t.ctx);
      const res = await reschedule(a.id, staff.token, { start_time: plusMinutes(a.start_time, 120) });
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe('scheduled');
      const events = await history(a.id);
      expect(events[events.length - 1]).toMatchObject({ type: 'rescheduled', changes: { status: { from: 'overdue', to: 'scheduled' } } });
    });

    it('can move onto the time of a lapsed hold, which then expires', async () => {
      const priced = await makeTopic(t, 30);
      const patch = await t.call('PATCH', `/api/v1/topics/${priced}`, { token: t.adminToken, body: { price: 1000, currency: 'EUR' } });
      expect(patch.statusCode).toBe(200);
      const holdStart = nextStart();
      const hold = await booked({ provider: provider.id, topics: [priced], start_time: holdStart }, otherPatient.token);
      expect(hold.status).toBe('pending_payment');
      const a = await scheduled();
      expectProblem(await reschedule(a.id, patient.token, { start_time: holdStart }), 409, 'slot_unavailable');
      t.clock.set(plusMinutes(NOW, 16));
      const res = await reschedule(a.id, patient.token, { start_time: holdStart });
      expect(res.statusCode).toBe(200);
      expect((await detail(hold.id)).status).toBe('expired');
    });

    it('refuses moving a hold whose time to pay has lapsed, even before the sweeper ran', async () => {
      const priced = await makeTopic(t, 30);
      await t.call('PATCH', `/api/v1/topics/${priced}`, { token: t.adminToken, body: { price: 1000, currency: 'EUR' } });
      const hold = await booked({ provider: provider.id, topics: [priced], start_time: nextStart() }, patient.token);
      expect(hold.status).toBe('pending_payment');
      t.clock.set(plusMinutes(NOW, 16));
      const res = await reschedule(hold.id, patient.token, { start_time: plusMinutes(hold.start_time, 60) });
      expect(res.statusCode, res.body).toBe(409);
      expect(['invalid_transition', 'hold_expired']).toContain(res.json().code);
      expect((await detail(hold.id)).start_time).toBe(hold.start_time);
    });

    it('validates the body', async () => {
      const a = await scheduled();
      expectProblem(await reschedule(a.id, patient.token, {}), 422, 'validation_failed');
      expectProblem(await reschedule(a.id, patient.token, { start_time: 'tomorrow' }), 422, 'validation_failed');
      expectProblem(await reschedule(a.id, patient.token, { start_time: '2030-05-01T10:00:00' }), 422, 'validation_failed');
      expectProblem(await reschedule(a.id, patient.token, { start_time: plusMinutes(a.start_time, 60), provider: otherProvider.id }), 422, 'validation_failed');
      expectProblem(await reschedule(a.id, patient.token, { start_time: plusMinutes(a.start_time, 60), topics: [] }), 422, 'validation_failed');
      expectProblem(await reschedule(a.id, patient.token, { start_time: plusMinutes(a.start_time, 60), topics: [randomUUID()] }), 422, 'validation_failed');
      expect((await detail(a.id)).start_time).toBe(a.start_time);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe.each(backends)('patient cut-offs on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let patient: Person;
  let topic: string;
  const { detail, booked, cancel, reschedule, patch, topicWith } = tools(() => t);
  /** NOW is Monday 08:00 UTC: these are 23 and 25 hours ahead. */
  const IN_23H = '2030-03-05T07:00:00Z';
  const IN_25H = '2030-03-05T09:00:00Z';

  const setCutoff = async (provider: Person, minutes: number) => {
    const res = await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: t.adminToken, body: { patient_cancel_cutoff_minutes: minutes } });
    expect(res.statusCode).toBe(200);
    expect(res.json().patient_cancel_cutoff_minutes).toBe(minutes);
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    staff = await makeStaff(t);
    topic = await makeTopic(t, 30);
  });
  beforeEach(async () => {
    patient = await makePatient(t);
  });
  afterAll(() => t?.close());
  afterEach(() => t.clock.set(NOW));

  it('has no cut-off by default: a patient may cancel a minute before the start', async () => {
    const provider = await makeProvider(t);
    const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: IN_23H });
    t.clock.set(plusMinutes(IN_23H, -1));
    expect((await cancel(a.id, patient.token)).statusCode).toBe(200);
  });

  it("refuses a patient's cancel inside the provider's cut-off (409 too_late_to_cancel) and allows it outside", async () => {
    const provider = await makeProvider(t);
    await setCutoff(provider, 1440);
    const late = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: IN_23H });
    const early = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: IN_25H });

    const problem = expectProblem(await cancel(late.id, patient.token), 409, 'too_late_to_cancel');
    expect(problem.cutoff_minutes).toBe(1440);
    expectProblem(await t.call('DELETE', `/api/v1/appointments/${late.id}`, { token: patient.token }), 409, 'too_late_to_cancel');
    expectProblem(await patch(late.id, patient.token, { status: 'user_canceled' }), 409, 'too_late_to_cancel');
    expect((await detail(late.id)).status).toBe('scheduled');

    const ok = await cancel(early.id, patient.token);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('user_canceled');
  });

  it('follows the clock: 25 hours ahead is fine, two hours later it is too late', async () => {
    const provider = await makeProvider(t);
    await setCutoff(provider, 1440);
    const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: IN_25H });
    t.clock.advanceMinutes(2 * 60);
    expectProblem(await cancel(a.id, patient.token), 409, 'too_late_to_cancel');
    expectProblem(await reschedule(a.id, patient.token, { start_time: plusMinutes(IN_25H, 120) }), 409, 'too_late_to_reschedule');
  });

  it("refuses a patient's reschedule inside the cut-off (409 too_late_to_reschedule), by POST and by PUT", async () => {
    const provider = await makeProvider(t);
    await setCutoff(provider, 1440);
    const late = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: IN_23H });
    const problem = expectProblem(await reschedule(late.id, patient.token, { start_time: plusMinutes(IN_25H, 24 * 60) }), 409, 'too_late_to_reschedule');
    expect(problem.cutoff_minutes).toBe(1440);
    expectProblem(
      await t.call('PUT', `/api/v1/appointments/${late.id}`, { token: patient.token, body: { start_time: plusMinutes(IN_25H, 24 * 60), topics: [topic] } }),
      409,
      'too_late_to_reschedule',
    );
    expect((await detail(late.id)).start_time).toBe('2030-03-05T07:00:00.000Z');
    // Outside the cut-off the patient may move it.
    const early = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: IN_25H });
    expect((await reschedule(early.id, patient.token, { start_time: plusMinutes(IN_25H, 24 * 60) })).statusCode).toBe(200);
  });

  it('lets staff, admins and the provider override the cut-off', async () => {
    const provider = await makeProvider(t);
    await setCutoff(provider, 1440);
    const a = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: IN_23H });
    const moved = await reschedule(a.id, staff.token, { start_time: plusMinutes(IN_23H, 60) });
    expect(moved.statusCode).toBe(200);
    const byStaff = await cancel(a.id, staff.token, { on_behalf_of: 'patient', reason: 'called the clinic' });
    expect(byStaff.statusCode).toBe(200);
    expect(byStaff.json()).toMatchObject({ status: 'user_canceled', cancellation: { by: 'patient', by_user: staff.userId } });

    const b = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: IN_23H });
    const byAdmin = await t.call('DELETE', `/api/v1/appointments/${b.id}`, { token: t.adminToken });
    expect(byAdmin.statusCode).toBe(204);
    expect((await detail(b.id)).status).toBe('user_canceled');

    const c = await booked({ provider: provider.id, patient: patient.id, topics: [topic], start_time: IN_23H });
    const byProvider = await cancel(c.id, provider.token);
    expect(byProvider.statusCode).toBe(200);
    expect(byProvider.json().status).toBe('provider_canceled');
  });

  it("applies a topic's cut-off too, the strictest of provider and topics winning", async () => {
    const provider = await makeProvider(t);
    await setCutoff(provider, 60);
    const strictTopic = await topicWith({ patient_cancel_cutoff_minutes: 2880 });
    const lenientTopic = await topicWith({ patient_cancel_cutoff_minutes: 30 });
    const in30h = '2030-03-05T14:00:00Z';

    // The topic (48 h) is stricter than the provider (1 h).
    const a = await booked({ provider: provider.id, patient: patient.id, topics: [strictTopic], start_time: in30h });
    const problem = expectProblem(await cancel(a.id, patient.token), 409, 'too_late_to_cancel');
    expect(problem.cutoff_minutes).toBe(2880);
    expectProblem(await reschedule(a.id, patient.token, { start_time: plusMinutes(in30h, 24 * 60) }), 409, 'too_late_to_reschedule');
    // One strict topic among several is enough.
    const b = await booked({ provider: provider.id, patient: patient.id, topics: [lenientTopic, strictTopic], start_time: plusMinutes(in30h, 60) });
    expect(expectProblem(await cancel(b.id, patient.token), 409, 'too_late_to_cancel').cutoff_minutes).toBe(2880);
    // Without the strict topic, the provider's hour applies.
    const c = await booked({ provider: provider.id, patient: patient.id, topics: [lenientTopic], start_time: plusMinutes(in30h, 120) });
    expect((await cancel(c.id, patient.token)).statusCode).toBe(200);

    // The provider (24 h) is stricter than the topic (30 min).
    const strictProvider = await makeProvider(t);
    await setCutoff(strictProvider, 1440);
    const d = await booked({ provider: strictProvider.id, patient: patient.id, topics: [lenientTopic], start_time: IN_23H });
    expect(expectProblem(await cancel(d.id, patient.token), 409, 'too_late_to_cancel').cutoff_minutes).toBe(1440);
    expect((await t.call('GET', `/api/v1/topics/${strictTopic}`, { token: t.adminToken })).json().patient_cancel_cutoff_minutes).toBe(2880);
  });

  it('lets a provider set their own cut-off, but not another provider\'s', async () => {
    const provider = await makeProvider(t);
    const other = await makeProvider(t);
    const own = await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: provider.token, body: { patient_cancel_cutoff_minutes: 720 } });
    expect(own.statusCode).toBe(200);
    expect(own.json().patient_cancel_cutoff_minutes).toBe(720);
    expectProblem(await t.call('PATCH', `/api/v1/providers/${other.id}`, { token: provider.token, body: { patient_cancel_cutoff_minutes: 720 } }), 403, 'forbidden');
    expectProblem(await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: t.adminToken, body: { patient_cancel_cutoff_minutes: -1 } }), 422, 'validation_failed');
    expectProblem(await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: patient.token, body: { patient_cancel_cutoff_minutes: 0 } }), 403, 'forbidden');
  });
});

// ---------------------------------------------------------------------------------------------

describe.each(backends)('single-room facilities on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let topic: string;
  const { detail, booked, cancel, reschedule, facility } = tools(() => t);
  const TUESDAY = '2030-03-05';
  const at = (hm: string, day = TUESDAY) => `${day}T${hm}:00Z`;

  /** Two providers who work Tuesdays 09:00–17:00 UTC (30-minute grid) at the given facilities, and two patients. */
  async function cast(facilities: string[]) {
    const schedule = [{ weekday: 'tuesday', start: '09:00', end: '17:00' }];
    const [a, b] = [await makeProvider(t, { facilities, slot_minutes: 30, schedule }), await makeProvider(t, { facilities, slot_minutes: 30, schedule })];
    const [x, y] = [await makePatient(t), await makePatient(t)];
    return { a: a!, b: b!, x: x!, y: y! };
  }
  const slotStarts = async (provider: string, facilityId: string) => {
    const res = await t.call('GET', `/api/v1/slots?provider=${provider}&date=${TUESDAY}&duration=30&facility=${facilityId}`, { token: t.adminToken });
    if (res.statusCode !== 200) throw new Error(`slots: ${res.statusCode} ${res.body}`);
    return (res.json().results as { start_time: string }[]).map((s) => hhmm(s.start_time));
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    staff = await makeStaff(t);
    topic = await makeTopic(t, 30);
  });
  afterAll(() => t?.close());
  afterEach(() => t.clock.set(NOW));

  it('refuses a second provider overlapping at a single room (409, busy facility); a normal facility takes both', async () => {
    const room = await facility({ single_occupancy: true });
    const clinic = await facility();
    expect((await t.call('GET', `/api/v1/facilities/${room}`, { token: t.adminToken })).json().single_occupancy).toBe(true);
    const { a, b, x, y } = await cast([room, clinic]);

    const first = await booked({ provider: a.id, patient: x.id, topics: [topic], start_time: at('10:00'), facility: room });
    expect(first).toMatchObject({ facility: room, mode: 'in_person', status: 'scheduled' });
    const sameTime = expectProblem(await book(t, { provider: b.id, patient: y.id, topics: [topic], start_time: at('10:00'), facility: room }, staff.token), 409, 'slot_unavailable');
    expect(sameTime.busy).toEqual(['facility']);
    // A patient booking for themself gets the same answer, without learning whose visit it is.
    const byPatient = expectProblem(await book(t, { provider: b.id, topics: [topic], start_time: at('10:00'), facility: room }, y.token), 409, 'slot_unavailable');
    expect(byPatient.busy).toEqual(['facility']);
    expect(JSON.stringify(byPatient)).not.toContain(x.id);
    expect(JSON.stringify(byPatient)).not.toContain(first.id);
    // Back to back is fine, and so is the same time elsewhere (or by video).
    expect((await book(t, { provider: b.id, patient: y.id, topics: [topic], start_time: at('10:30'), facility: room })).statusCode).toBe(201);
    expect((await book(t, { provider: b.id, patient: y.id, topics: [topic], start_time: at('10:00'), mode: 'video' })).statusCode).toBe(201);

    const c1 = await book(t, { provider: a.id, patient: x.id, topics: [topic], start_time: at('14:00'), facility: clinic });
    const c2 = await book(t, { provider: b.id, patient: y.id, topics: [topic], start_time: at('14:00'), facility: clinic });
    expect([c1.statusCode, c2.statusCode]).toEqual([201, 201]);
  });

  it('is enforced by the database', async () => {
    const room = await facility({ single_occupancy: true });
    const { a, b, x, y } = await cast([room]);
    const first = await booked({ provider: a.id, patient: x.id, topics: [topic], start_time: at('11:00'), facility: room });
    const row = await t.ctx.db.selectFrom('appointments').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(row.exclusive_facility_id).toBe(room);
    await expect(
      t.ctx.db
        .insertInto('appointments')
        .values({
          provider_id: b.id,
          patient_id: y.id,
          start_time: new Date(at('11:15')),
          end_time: new Date(at('11:45')),
          provider_notes: null,
          created_by_user_id: staff.userId,
          facility_id: room,
          mode: 'in_person',
          exclusive_facility_id: room,
          status: 'scheduled',
          hold_expires_at: null,
          price_amount: null,
          currency: null,
        })
        .execute(),
    ).rejects.toMatchObject({ code: '23P01' });
  });

  it('refuses moving another visit into the room while it is taken', async () => {
    const room = await facility({ single_occupancy: true });
    const { a, b, x, y } = await cast([room]);
    await booked({ provider: a.id, patient: x.id, topics: [topic], start_time: at('09:00'), facility: room });
    const other = await booked({ provider: b.id, patient: y.id, topics: [topic], start_time: at('12:00'), facility: room });
    const moved = expectProblem(await reschedule(other.id, y.token, { start_time: at('09:00') }), 409, 'slot_unavailable');
    expect(moved.busy).toEqual(['facility']);
    expect((await detail(other.id)).start_time).toBe(at('12:00').replace('Z', '.000Z'));
  });

  it("does not offer, in slot search at a single room, times another provider has taken there", async () => {
    const room = await facility({ single_occupancy: true });
    const clinic = await facility();
    const { a, b, x } = await cast([room, clinic]);
    const all = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30'];
    expect(await slotStarts(b.id, room)).toEqual(all);
    await booked({ provider: a.id, patient: x.id, topics: [topic], start_time: at('13:00'), facility: room });
    expect(await slotStarts(b.id, room)).toEqual(all.filter((s) => s !== '13:00'));
    // The same provider at a normal facility is still free then.
    expect(await slotStarts(b.id, clinic)).toEqual(all);
  });

  it('refuses turning a facility into a single room while it has overlapping future appointments (409 facility_overlaps), changing nothing', async () => {
    const clinic = await facility({ name: 'Shared clinic' });
    const { a, b, x, y } = await cast([clinic]);
    const one = await booked({ provider: a.id, patient: x.id, topics: [topic], start_time: at('15:00'), facility: clinic });
    const two = await booked({ provider: b.id, patient: y.id, topics: [topic], start_time: at('15:00'), facility: clinic });
    const before = (await t.call('GET', `/api/v1/facilities/${clinic}`, { token: t.adminToken })).json();

    expectProblem(
      await t.call('PATCH', `/api/v1/facilities/${clinic}`, { token: t.adminToken, body: { single_occupancy: true, name: 'Renamed clinic' } }),
      409,
      'facility_overlaps',
    );
    expect((await t.call('GET', `/api/v1/facilities/${clinic}`, { token: t.adminToken })).json()).toEqual(before);
    const rows = await t.ctx.db.selectFrom('appointments').select(['id', 'exclusive_facility_id', 'status']).where('facility_id', '=', clinic).execute();
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toMatchObject({ exclusive_facility_id: null, status: 'scheduled' });
    // Still a shared facility: a third overlapping visit is fine.
    const third = await makeProvider(t, { facilities: [clinic] });
    expect((await book(t, { provider: third.id, patient: (await makePatient(t)).id, topics: [topic], start_time: at('15:10'), facility: clinic })).statusCode).toBe(201);

    // Once the overlaps are gone (cancelled), it can become a single room, which then holds.
    expect((await cancel(two.id, staff.token, { on_behalf_of: 'patient' })).statusCode).toBe(200);
    const thirdRow = await t.ctx.db.selectFrom('appointments').select('id').where('provider_id', '=', third.id).executeTakeFirstOrThrow();
    expect((await cancel(thirdRow.id, staff.token, { on_behalf_of: 'provider' })).statusCode).toBe(200);
    const ok = await t.call('PATCH', `/api/v1/facilities/${clinic}`, { token: t.adminToken, body: { single_occupancy: true } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().single_occupancy).toBe(true);
    const refused = expectProblem(await book(t, { provider: b.id, patient: y.id, topics: [topic], start_time: at('15:00'), facility: clinic }), 409, 'slot_unavailable');
    expect(refused.busy).toEqual(['facility']);
    expect((await detail(one.id)).status).toBe('scheduled');

    // And back: a shared facility again takes overlapping visits.
    const off = await t.call('PATCH', `/api/v1/facilities/${clinic}`, { token: t.adminToken, body: { single_occupancy: false } });
    expect(off.statusCode).toBe(200);
    expect((await book(t, { provider: b.id, patient: y.id, topics: [topic], start_time: at('15:00'), facility: clinic })).statusCode).toBe(201);
  });

  it('ignores overlaps that are already over when becoming a single room', async () => {
    const annex = await facility();
    const { a, b, x, y } = await cast([annex]);
    await booked({ provider: a.id, patient: x.id, topics: [topic], start_time: at('16:00'), facility: annex });
    await booked({ provider: b.id, patient: y.id, topics: [topic], start_time: at('16:00'), facility: annex });
    t.clock.set('2030-03-06T08:00:00Z');
    const res = await t.call('PATCH', `/api/v1/facilities/${annex}`, { token: t.adminToken, body: { single_occupancy: true } });
    expect(res.statusCode).toBe(200);
    expect(res.json().single_occupancy).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------

/**
 * The product's transition table, written out independently of src/appointments/status.ts
 * (`from>to`: who may make the change). Admins act as staff.
 */
const ALLOWED: Record<string, readonly string[]> = {
  'pending_payment>scheduled': ['system'],
  'pending_payment>expired': ['system'],
  'pending_payment>user_canceled': ['patient', 'staff'],
  'pending_payment>provider_canceled': ['provider', 'staff'],
  'scheduled>in_progress': ['provider', 'staff'],
  'scheduled>completed': ['provider', 'staff'],
  'scheduled>no_show': ['provider', 'staff'],
  'scheduled>user_canceled': ['patient', 'staff'],
  'scheduled>provider_canceled': ['provider', 'staff'],
  'scheduled>overdue': ['system'],
  'overdue>in_progress': ['provider', 'staff'],
  'overdue>completed': ['provider', 'staff'],
  'overdue>no_show': ['provider', 'staff'],
  'overdue>user_canceled': ['patient', 'staff'],
  'overdue>provider_canceled': ['provider', 'staff'],
  'in_progress>completed': ['provider', 'staff'],
};
const FROM_STATUSES: AppointmentStatus[] = [
  'pending_payment',
  'scheduled',
  'in_progress',
  'overdue',
  'completed',
  'no_show',
  'user_canceled',
  'provider_canceled',
  'expired',
];
/** Statuses an appointment may be moved from (a reschedule is not a status change). */
const MOVABLE = new Set(['pending_payment', 'scheduled', 'overdue']);

type Who = 'patient' | 'provider' | 'staff' | 'admin';
type Cell = { from: AppointmentStatus; action: string; who: Who; onBehalfOf?: 'patient' | 'provider' };
type Verdict = { http: 200; status: string } | { http: 403 } | { http: 409 };

function verdictFor(cell: Cell): Verdict {
  const actor = cell.who === 'admin' ? 'staff' : cell.who;
  const statusChange = (to: string): Verdict => {
    if (ALLOWED[`${cell.from}>${to}`]?.includes(actor)) return { http: 200, status: to };
    const everAllowed = Object.entries(ALLOWED).some(([key, actors]) => key.endsWith(`>${to}`) && actors.includes(actor));
    return everAllowed ? { http: 409 } : { http: 403 };
  };
  const target = STATUS_ACTIONS.find(([name]) => name === cell.action)?.[1];
  if (target) return cell.who === 'patient' ? { http: 403 } : statusChange(target);
  if (cell.action === 'cancel') {
    const side = cell.who === 'patient' || cell.who === 'provider' ? cell.who : cell.onBehalfOf!;
    return statusChange(side === 'patient' ? 'user_canceled' : 'provider_canceled');
  }
  // reschedule
  return MOVABLE.has(cell.from) ? { http: 200, status: cell.from === 'overdue' ? 'scheduled' : cell.from } : { http: 409 };
}

const CELLS: Cell[] = FROM_STATUSES.flatMap((from) => [
  ...STATUS_ACTIONS.flatMap(([action]) => (['patient', 'provider', 'staff', 'admin'] as const).map((who) => ({ from, action, who }))),
  { from, action: 'cancel', who: 'patient' as const },
  { from, action: 'cancel', who: 'provider' as const },
  { from, action: 'cancel', who: 'staff' as const, onBehalfOf: 'patient' as const },
  { from, action: 'cancel', who: 'staff' as const, onBehalfOf: 'provider' as const },
  { from, action: 'cancel', who: 'admin' as const, onBehalfOf: 'patient' as const },
  ...(['patient', 'provider', 'staff', 'admin'] as const).map((who) => ({ from, action: 'reschedule', who })),
]);

describe.each(backends)('the transition table through the API on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let provider: Person;
  let patient: Person;
  let priced: string;
  const { detail, history, booked, action, cancel, patch } = tools(() => t);
  const tokens = () => ({ patient: patient.token, provider: provider.token, staff: staff.token, admin: t.adminToken });

  // Every cell gets its own two hours, later than the cell before, so the clock only moves forward.
  let index = 0;
  const nextStart = () => new Date(Date.parse('2031-01-06T00:00:00Z') + index++ * 2 * 3600_000).toISOString();

  /**
   * An appointment in status `from`, with the clock left just after its start (16 minutes after, for
   * `overdue`), so a no-show may be recorded and a live hold has not lapsed yet.
   */
  async function appointmentIn(from: AppointmentStatus): Promise<Appointment> {
    const start = nextStart();
    t.clock.set(plusMinutes(start, -10));
    const isHold = from === 'pending_payment' || from === 'expired';
    const a = isHold
      ? await booked({ provider: provider.id, topics: [priced], start_time: start }, patient.token)
      : await booked({ provider: provider.id, patient: patient.id, topics: [priced], start_time: start });
    t.clock.set(plusMinutes(start, 1));
    const ok = async (res: Promise<{ statusCode: number; body: string }>) => {
      const r = await res;
      if (r.statusCode !== 200) throw new Error(`setup to ${from} failed: ${r.statusCode} ${r.body}`);
    };
    switch (from) {
      case 'in_progress':
        await ok(action(a.id, 'start', staff.token));
        break;
      case 'completed':
        await ok(action(a.id, 'complete', staff.token));
        break;
      case 'no_show':
        await ok(action(a.id, 'no-show', staff.token));
        break;
      case 'user_canceled':
        await ok(cancel(a.id, staff.token, { on_behalf_of: 'patient' }));
        break;
      case 'provider_canceled':
        await ok(cancel(a.id, staff.token, { on_behalf_of: 'provider' }));
        break;
      case 'overdue':
        t.clock.set(plusMinutes(start, 16));
        await sweepOverdue(t.ctx);
        break;
      case 'expired':
        t.clock.set(plusMinutes(start, 6));
        await sweepExpiredHolds(t.ctx);
        break;
      default:
        break;
    }
    const now = await detail(a.id);
    if (now.status !== from) throw new Error(`setup to ${from} ended in ${now.status}`);
    return now;
  }

  beforeAll(async () => {
    t = await createTestApp(backend);
    staff = await makeStaff(t);
    provider = await makeProvider(t);
    patient = await makePatient(t);
    const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Matrix visit', duration: 30, price: 5000, currency: 'EUR' } });
    priced = res.json().id;
  });
  afterAll(() => t?.close());

  it('covers every status and every action', () => {
    expect(CELLS).toHaveLength(9 * 25);
    expect(new Set(CELLS.map((c) => c.from)).size).toBe(9);
    // Sanity of the expectations: the allowed status changes by people appear among the cells.
    const allowedByPeople = Object.entries(ALLOWED).filter(([, actors]) => actors.some((a) => a !== 'system')).map(([key]) => key);
    const reached = new Set(
      CELLS.map((c) => ({ c, v: verdictFor(c) }))
        .filter(({ c, v }) => v.http === 200 && c.action !== 'reschedule')
        .map(({ c, v }) => `${c.from}>${(v as { status: string }).status}`),
    );
    expect([...reached].sort()).toEqual(allowedByPeople.sort());
  });

  it.each(CELLS.map((c) => [`${c.from} ${c.action} by ${c.who}${c.onBehalfOf ? ` for the ${c.onBehalfOf}` : ''}`, c] as const))('%s', async (_name, cell) => {
    const a = await appointmentIn(cell.from);
    const before = await detail(a.id);
    const eventsBefore = await history(a.id);
    const token = tokens()[cell.who];
    const res =
      cell.action === 'cancel'
        ? await cancel(a.id, token, cell.onBehalfOf ? { on_behalf_of: cell.onBehalfOf } : {})
        : cell.action === 'reschedule'
          ? await action(a.id, 'reschedule', token, { start_time: plusMinutes(a.start_time, 30) })
          : await action(a.id, cell.action, token);
    const verdict = verdictFor(cell);

    if (verdict.http === 200) {
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe(verdict.status);
      expect((await detail(a.id)).status).toBe(verdict.status);
      const events = await history(a.id);
      expect(events).toHaveLength(eventsBefore.length + 1);
      expect(events[events.length - 1]!.actor).toEqual({ user_id: cell.who === 'admin' ? expect.any(String) : tokensUser(cell.who), role: cell.who });
      if (cell.action === 'reschedule') {
        expect(res.json().start_time).toBe(plusMinutes(a.start_time, 30));
        expect(events[events.length - 1]).toMatchObject({ type: 'rescheduled', changes: { start_time: { from: a.start_time, to: plusMinutes(a.start_time, 30) } } });
      } else {
        expect(events[events.length - 1]!.changes).toMatchObject({ status: { from: cell.from, to: verdict.status } });
      }
    } else {
      if (verdict.http === 403) expectProblem(res, 403, 'forbidden');
      else expectProblem(res, 409, 'invalid_transition');
      const after = await detail(a.id);
      expect(after).toEqual({ ...before, notifications_sent: after.notifications_sent });
      expect(await history(a.id)).toEqual(eventsBefore);
    }
  });

  /** The user id behind a role's token (admins are checked loosely: the bootstrap admin has no Person). */
  function tokensUser(who: Exclude<Who, 'admin'>) {
    return { patient: patient.userId, provider: provider.userId, staff: staff.userId }[who];
  }

  it.each(FROM_STATUSES)('nobody but the system sets pending_payment, scheduled, overdue or expired (from %s): 403', async (from) => {
    const a = await appointmentIn(from);
    const eventsBefore = await history(a.id);
    for (const to of ['pending_payment', 'scheduled', 'overdue', 'expired']) {
      for (const [who, token] of Object.entries(tokens())) {
        const res = await patch(a.id, token, { status: to });
        expect(res.statusCode, `${who} PATCH ${from} -> ${to}: ${res.body}`).toBe(403);
        expect(res.json().code).toBe('forbidden');
      }
    }
    expect((await detail(a.id)).status).toBe(from);
    expect(await history(a.id)).toEqual(eventsBefore);
  });

  it.each(FROM_STATUSES)('a payment (the system) confirms only a live hold (from %s)', async (from) => {
    const a = await appointmentIn(from);
    const res = await checkoutAndPay(t, a.id, patient.token, { payment_id: `p-${randomUUID()}`, amount: 5000 });
    if (from === 'pending_payment') {
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().appointment.status).toBe('scheduled');
    } else {
      expectProblem(res, 409, from === 'expired' ? 'hold_expired' : 'payment_not_expected');
      expect((await detail(a.id)).status).toBe(from);
    }
  });
});
