import PgBoss from 'pg-boss';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sweepOverdue } from '../src/appointments/appointments.service.js';
import { OVERDUE_QUEUE, startWorker } from '../src/jobs/worker.js';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, NOW, type Person, type TestApp } from './helpers.js';

const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

describe.each(backends)('overdue marking on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let patient: Person;
  let staff: Person;
  let topic: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    provider = await makeProvider(t);
    patient = await makePatient(t);
    staff = await makeStaff(t);
    topic = await makeTopic(t, 30);
  });
  afterAll(() => t?.close());
  afterEach(() => t.clock.set(NOW));

  /** Books at `start` with the clock just before it, so any start is "in the future". */
  async function bookAt(start: string, who: { provider?: Person; patient?: Person } = {}) {
    t.clock.set(plusMinutes(start, -60));
    const res = await book(t, { provider: (who.provider ?? provider).id, patient: (who.patient ?? patient).id, topics: [topic], start_time: start });
    if (res.statusCode !== 201) throw new Error(`booking failed: ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  }
  const statusOf = async (id: string) =>
    (await t.ctx.db.selectFrom('appointments').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  const historyOf = async (id: string) => (await t.call('GET', `/api/v1/appointments/${id}/history`, { token: t.adminToken })).json();
  const patch = (id: string, token: string, body: unknown) => t.call('PATCH', `/api/v1/appointments/${id}`, { token, body });

  // Each test uses a later day than the one before, so a sweep never meets an earlier test's leftovers.

  it('uses a 15-minute grace period by default', () => {
    expect(t.ctx.config.OVERDUE_GRACE_MINUTES).toBe(15);
  });

  it('leaves an appointment scheduled within the grace period and marks it overdue after it', async () => {
    const start = '2030-03-05T10:00:00Z';
    const id = await bookAt(start);

    t.clock.set(start);
    expect(await sweepOverdue(t.ctx)).toBe(0);
    t.clock.set(plusMinutes(start, 14));
    expect(await sweepOverdue(t.ctx)).toBe(0);
    expect(await statusOf(id)).toBe('scheduled');
    expect((await t.call('GET', `/api/v1/appointments/${id}`, { token: patient.token })).json().status).toBe('scheduled');

    t.clock.set(plusMinutes(start, 16));
    expect(await sweepOverdue(t.ctx)).toBe(1);
    expect(await statusOf(id)).toBe('overdue');
    const seen = (await t.call('GET', `/api/v1/appointments/${id}`, { token: provider.token })).json();
    expect(seen).toMatchObject({ status: 'overdue', cancellation: null });

    // A second sweep finds nothing more to do.
    expect(await sweepOverdue(t.ctx)).toBe(0);
    expect(await statusOf(id)).toBe('overdue');
  });

  it('adds a history entry by the system', async () => {
    const start = '2030-03-06T10:00:00Z';
    const id = await bookAt(start);
    t.clock.set(plusMinutes(start, 30));
    expect(await sweepOverdue(t.ctx)).toBe(1);
    const events = await historyOf(id);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['created', 'status_changed']);
    expect(events[1]).toMatchObject({ actor: { user_id: null, role: 'system' }, changes: { status: { from: 'scheduled', to: 'overdue' } } });
    // The patient sees the same history.
    const asPatient = await t.call('GET', `/api/v1/appointments/${id}/history`, { token: patient.token });
    expect(asPatient.json()).toEqual(events);
  });

  it('leaves canceled, in-progress and completed appointments alone', async () => {
    const day = '2030-03-07T08:00:00Z';
    const scheduled = await bookAt(day);
    const userCanceled = await bookAt(plusMinutes(day, 60));
    const providerCanceled = await bookAt(plusMinutes(day, 120));
    const inProgress = await bookAt(plusMinutes(day, 180));
    const completed = await bookAt(plusMinutes(day, 240));
    expect((await t.call('POST', `/api/v1/appointments/${userCanceled}/cancel`, { token: patient.token, body: {} })).statusCode).toBe(200);
    expect((await t.call('POST', `/api/v1/appointments/${providerCanceled}/cancel`, { token: provider.token, body: {} })).statusCode).toBe(200);
    // A visit starts and completes only near its start.
    t.clock.set(plusMinutes(day, 180));
    expect((await patch(inProgress, provider.token, { status: 'in_progress' })).statusCode).toBe(200);
    t.clock.set(plusMinutes(day, 240));
    expect((await patch(completed, provider.token, { status: 'completed' })).statusCode).toBe(200);

    t.clock.set(plusMinutes(day, 24 * 60));
    expect(await sweepOverdue(t.ctx)).toBe(1);
    expect(await statusOf(scheduled)).toBe('overdue');
    expect(await statusOf(userCanceled)).toBe('user_canceled');
    expect(await statusOf(providerCanceled)).toBe('provider_canceled');
    expect(await statusOf(inProgress)).toBe('in_progress');
    expect(await statusOf(completed)).toBe('completed');
    for (const id of [userCanceled, providerCanceled, inProgress, completed]) {
      const events = await historyOf(id);
      expect(events.some((e: { actor: { role: string } }) => e.actor.role === 'system')).toBe(false);
    }
  });

  it('marks every late appointment in one sweep and leaves later ones scheduled', async () => {
    const day = '2030-03-08T08:00:00Z';
    const otherProvider = await makeProvider(t);
    const otherPatient = await makePatient(t);
    const late1 = await bookAt(day);
    const late2 = await bookAt(day, { provider: otherProvider, patient: otherPatient });
    const late3 = await bookAt(plusMinutes(day, 60));
    const notYet = await bookAt(plusMinutes(day, 120));
    t.clock.set(plusMinutes(day, 60 + 20));
    expect(await sweepOverdue(t.ctx)).toBe(3);
    expect([await statusOf(late1), await statusOf(late2), await statusOf(late3)]).toEqual(['overdue', 'overdue', 'overdue']);
    expect(await statusOf(notYet)).toBe('scheduled');
    const listed = (await t.call('GET', `/api/v1/appointments?status=overdue&from=${day}`, { token: t.adminToken })).json();
    expect(listed.results.map((a: { id: string }) => a.id).sort()).toEqual([late1, late2, late3].sort());
    // Tidy up: the next test starts on a later day anyway, but leave nothing scheduled in the past.
    t.clock.set(plusMinutes(day, 24 * 60));
    expect(await sweepOverdue(t.ctx)).toBe(1);
  });

  it('honours the configured grace period', async () => {
    const start = '2030-03-09T10:00:00Z';
    const id = await bookAt(start);
    t.clock.set(plusMinutes(start, 30));
    expect(await sweepOverdue({ ...t.ctx, config: { ...t.ctx.config, OVERDUE_GRACE_MINUTES: 60 } })).toBe(0);
    expect(await statusOf(id)).toBe('scheduled');
    t.clock.set(plusMinutes(start, 1));
    expect(await sweepOverdue({ ...t.ctx, config: { ...t.ctx.config, OVERDUE_GRACE_MINUTES: 0 } })).toBe(1);
    expect(await statusOf(id)).toBe('overdue');
  });

  it('lets the provider still start and complete an overdue visit', async () => {
    const start = '2030-03-10T10:00:00Z';
    const a = await bookAt(start);
    const b = await bookAt(plusMinutes(start, 60));
    t.clock.set(plusMinutes(start, 60 + 20));
    expect(await sweepOverdue(t.ctx)).toBe(2);

    const started = await patch(a, provider.token, { status: 'in_progress' });
    expect(started.statusCode).toBe(200);
    expect(started.json().status).toBe('in_progress');
    const done = await patch(a, provider.token, { status: 'completed', provider_notes: 'arrived late' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', provider_notes: 'arrived late' });

    const direct = await patch(b, provider.token, { status: 'completed' });
    expect(direct.statusCode).toBe(200);
    expect(direct.json().status).toBe('completed');

    const events = await historyOf(a);
    expect(events.map((e: { type: string; actor: { role: string } }) => `${e.type}:${e.actor.role}`)).toEqual([
      'created:admin',
      'status_changed:system',
      'status_changed:provider',
      'status_changed:provider',
    ]);
    expect(events[2].changes.status).toEqual({ from: 'overdue', to: 'in_progress' });
  });

  it('lets either side cancel an overdue visit, but nobody put it back to scheduled', async () => {
    const start = '2030-03-11T10:00:00Z';
    const a = await bookAt(start);
    const b = await bookAt(plusMinutes(start, 60));
    const c = await bookAt(plusMinutes(start, 120));
    t.clock.set(plusMinutes(start, 120 + 20));
    expect(await sweepOverdue(t.ctx)).toBe(3);

    expectProblem(await patch(a, provider.token, { status: 'scheduled' }), 403, 'forbidden');
    expectProblem(await patch(a, staff.token, { status: 'scheduled' }), 403, 'forbidden');
    expectProblem(await patch(a, staff.token, { status: 'overdue' }), 403, 'forbidden');

    const byPatient = await t.call('POST', `/api/v1/appointments/${a}/cancel`, { token: patient.token, body: { reason: 'overslept' } });
    expect(byPatient.statusCode).toBe(200);
    expect(byPatient.json()).toMatchObject({ status: 'user_canceled', cancellation: { by: 'patient', reason: 'overslept' } });
    const byProvider = await patch(b, provider.token, { status: 'provider_canceled' });
    expect(byProvider.json().status).toBe('provider_canceled');
    const byStaff = await patch(c, staff.token, { status: 'in_progress' });
    expect(byStaff.json().status).toBe('in_progress');
  });

  describe('the pg-boss worker', () => {
    it('starts and stops cleanly', async () => {
      const worker = await startWorker(t.ctx);
      await worker.stop();
      // The app's database is still usable afterwards.
      const health = await t.call('GET', '/health');
      expect(health.json()).toEqual({ status: 'ok' });
      const queue = await t.ctx.db
        .selectFrom('pgboss.queue' as 'users')
        .select('name' as 'email')
        .where('name' as 'email', '=', OVERDUE_QUEUE)
        .execute();
      expect(queue).toHaveLength(1);
    });

    it('marks appointments overdue when a job arrives on the queue', async () => {
      const start = '2030-03-12T10:00:00Z';
      const id = await bookAt(start);
      t.clock.set(plusMinutes(start, 20));

      const worker = await startWorker(t.ctx);
      const sender = new PgBoss({ connectionString: t.ctx.database.connectionString, schema: 'pgboss', max: 2, supervise: false, schedule: false, migrate: false });
      try {
        await sender.start();
        const jobId = await sender.send(OVERDUE_QUEUE, {});
        expect(jobId).toEqual(expect.any(String));
        await vi.waitFor(async () => expect(await statusOf(id)).toBe('overdue'), { timeout: 30_000, interval: 200 });
        const events = await historyOf(id);
        expect(events[events.length - 1]).toMatchObject({ actor: { user_id: null, role: 'system' } });
      } finally {
        await sender.stop({ graceful: false, wait: true, timeout: 5_000 });
        await worker.stop();
      }
    });
  });
});
