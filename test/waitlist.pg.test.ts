import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepWaitlist } from '../src/waitlist/waitlist.service.js';
import { serverBackend } from './databases.js';
import { book, createTestApp, makePatient, makeProvider, makeTopic, type Person, type TestApp } from './helpers.js';

/*
 * Concurrent cancellations and concurrent sweeps on one PostgreSQL server: every freed slot is
 * offered to exactly one entry, no entry holds two offers, and the entries served are the first in
 * the queue.
 */
describe('waitlist under concurrency (PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(serverBackend);
  });
  afterAll(() => t.close());

  it('offers each slot freed by concurrent cancellations to one entry, with sweeps running at once', async () => {
    const topic = await makeTopic(t, 30);
    // Four 30-minute slots on Tuesday 5 March 2030, 09:00-11:00 UTC, all booked.
    const provider = await makeProvider(t, { slot_minutes: 30, schedule: [{ weekday: 'tuesday', start: '09:00', end: '11:00' }] });
    const holders: { id: string; patient: Person }[] = [];
    for (let i = 0; i < 4; i++) {
      const patient = await makePatient(t);
      const start = new Date(Date.parse('2030-03-05T09:00:00Z') + i * 30 * 60_000).toISOString();
      const res = await book(t, { provider: provider.id, patient: patient.id, topics: [topic], start_time: start });
      expect(res.statusCode).toBe(201);
      holders.push({ id: res.json().id, patient });
    }
    const waiting: { entry: string; patient: Person }[] = [];
    for (let i = 0; i < 6; i++) {
      const patient = await makePatient(t);
      const res = await t.call('POST', '/api/v1/waitlist', { token: patient.token, body: { provider: provider.id, topics: [topic], from: '2030-03-05', to: '2030-03-05' } });
      expect(res.statusCode).toBe(201);
      waiting.push({ entry: res.json().id, patient });
      t.clock.advanceMinutes(1);
    }

    // Cancellations and sweeps interleaved, all at once.
    const cancels = holders.map((h) => t.call('POST', `/api/v1/appointments/${h.id}/cancel`, { token: h.patient.token }));
    const sweeps = [sweepWaitlist(t.ctx), sweepWaitlist(t.ctx), sweepWaitlist(t.ctx)];
    const answers = await Promise.all(cancels);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200]);
    await Promise.all(sweeps);
    await Promise.all([sweepWaitlist(t.ctx), sweepWaitlist(t.ctx)]);

    const entries = await t.ctx.db.selectFrom('waitlist_entries').select(['id', 'status', 'offer_appointment_id']).where('id', 'in', waiting.map((w) => w.entry)).execute();
    const offered = entries.filter((e) => e.status === 'offered');
    expect(offered).toHaveLength(4);
    expect(entries.filter((e) => e.status === 'waiting')).toHaveLength(2);
    const offers = await t.ctx.db
      .selectFrom('appointments')
      .select(['id', 'start_time', 'patient_id'])
      .where('provider_id', '=', provider.id)
      .where('status', '=', 'offered')
      .execute();
    // One offer per freed slot, each to a different entry's patient.
    expect(offers).toHaveLength(4);
    expect(new Set(offers.map((o) => o.start_time.toISOString())).size).toBe(4);
    expect(new Set(offers.map((o) => o.patient_id)).size).toBe(4);
    expect(new Set(offered.map((e) => e.offer_appointment_id))).toEqual(new Set(offers.map((o) => o.id)));
    // The first four in the queue were served (they joined a minute apart).
    expect(new Set(offered.map((e) => e.id))).toEqual(new Set(waiting.slice(0, 4).map((w) => w.entry)));
  });
});
