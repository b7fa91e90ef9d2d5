import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sweepWaitlist } from '../src/waitlist/waitlist.service.js';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, NOW, type Person, type TestApp } from './helpers.js';

type Entry = {
  id: string;
  status: string;
  priority: number;
  offer: { appointment: string; start_time: string; end_time: string; expires_at: string } | null;
  appointment: string | null;
};

const TUESDAY = '2030-03-05';
const NINE = `${TUESDAY}T09:00:00.000Z`;
const HALF_PAST = `${TUESDAY}T09:30:00.000Z`;

describe.each(backends)('waitlist (%s)', (backend) => {
  let t: TestApp;
  let topic: string;
  let provider: Person;
  let staff: Person;
  beforeAll(async () => {
    t = await createTestApp(backend, { WAITLIST_OFFER_MINUTES: 30 });
    topic = await makeTopic(t, 30);
    staff = await makeStaff(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    t.clock.set(NOW);
    // A provider with two 30-minute slots on Tuesday, 09:00 and 09:30 (UTC).
    provider = await makeProvider(t, { slot_minutes: 30, schedule: [{ weekday: 'tuesday', start: '09:00', end: '10:00' }] });
  });

  const entryOf = async (person: Person, id: string): Promise<Entry> => {
    const res = await t.call('GET', '/api/v1/waitlist', { token: person.token });
    expect(res.statusCode).toBe(200);
    return res.json().results.find((e: Entry) => e.id === id);
  };
  const join = async (patient: Person, extra: Record<string, unknown> = {}, token = patient.token) => {
    const res = await t.call('POST', '/api/v1/waitlist', {
      token,
      body: { provider: provider.id, topics: [topic], from: TUESDAY, to: TUESDAY, ...(token === patient.token ? {} : { patient: patient.id }), ...extra },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as Entry;
  };
  const fullyBooked = async () => {
    const [x, y] = [await makePatient(t), await makePatient(t)];
    const a = (await book(t, { provider: provider.id, patient: x.id, topics: [topic], start_time: NINE })).json().id as string;
    const b = (await book(t, { provider: provider.id, patient: y.id, topics: [topic], start_time: HALF_PAST })).json().id as string;
    return { nine: { id: a, patient: x }, halfPast: { id: b, patient: y } };
  };
  const cancel = async (id: string, patient: Person) => expect((await t.call('POST', `/api/v1/appointments/${id}/cancel`, { token: patient.token })).statusCode).toBe(200);

  it('offers freed time to the first entry by priority then join time, one at a time, along the chain of decline, lapse and accept', async () => {
    const booked = await fullyBooked();
    const [a, b, c] = [await makePatient(t), await makePatient(t), await makePatient(t)];
    const entryA = await join(a);
    t.clock.advanceMinutes(1);
    const entryB = await join(b);
    t.clock.advanceMinutes(1);
    // Staff put C first, though C joined last.
    const entryC = await join(c, { priority: 5 }, staff.token);
    expect(entryC.priority).toBe(5);
    expect(entryA.status).toBe('waiting');
    expectProblem(await t.call('POST', '/api/v1/waitlist', { token: a.token, body: { provider: provider.id, topics: [topic], from: TUESDAY, to: TUESDAY, priority: 9 } }), 403);

    expect((await sweepWaitlist(t.ctx)).offered).toBe(0);

    // A cancellation frees 09:00: C is offered it, held for WAITLIST_OFFER_MINUTES.
    await cancel(booked.nine.id, booked.nine.patient);
    expect((await sweepWaitlist(t.ctx)).offered).toBe(1);
    const offeredC = await entryOf(c, entryC.id);
    expect(offeredC.status).toBe('offered');
    expect(offeredC.offer).toMatchObject({ start_time: NINE, expires_at: new Date(t.clock.now().getTime() + 30 * 60_000).toISOString() });
    expect((await entryOf(a, entryA.id)).status).toBe('waiting');
    const patientNote = await t.ctx.db.selectFrom('notifications').select('event').where('appointment_id', '=', offeredC.offer!.appointment).where('user_id', '=', (await t.ctx.db.selectFrom('patients').select('user_id').where('id', '=', c.id).executeTakeFirstOrThrow()).user_id).execute();
    expect(patientNote.map((n) => n.event)).toContain('offered');
    // The time is held: nobody else can book it meanwhile, and a second sweep offers it to no one else.
    const outsider = await makePatient(t);
    expectProblem(await book(t, { provider: provider.id, patient: outsider.id, topics: [topic], start_time: NINE }), 409, 'slot_unavailable');
    expect((await sweepWaitlist(t.ctx)).offered).toBe(0);

    // C declines: the next sweep offers 09:00 to A (who joined before B).
    expect((await t.call('POST', `/api/v1/waitlist/${entryC.id}/decline`, { token: c.token })).json().status).toBe('waiting');
    await sweepWaitlist(t.ctx);
    expect((await entryOf(a, entryA.id)).offer?.start_time).toBe(NINE);
    expect((await entryOf(c, entryC.id)).status).toBe('waiting');

    // A lets it lapse: B is next.
    t.clock.advanceMinutes(31);
    expectProblem(await t.call('POST', `/api/v1/waitlist/${entryA.id}/accept`, { token: a.token }), 409, 'offer_expired');
    await sweepWaitlist(t.ctx);
    expect((await entryOf(a, entryA.id)).status).toBe('waiting');
    const offeredB = await entryOf(b, entryB.id);
    expect(offeredB.offer?.start_time).toBe(NINE);

    // B accepts: booked through the normal rules, an ordinary scheduled appointment.
    const accepted = await t.call('POST', `/api/v1/waitlist/${entryB.id}/accept`, { token: b.token });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'booked', appointment: offeredB.offer!.appointment, offer: null });
    const appointment = (await t.call('GET', `/api/v1/appointments/${offeredB.offer!.appointment}`, { token: b.token })).json();
    expect(appointment).toMatchObject({ status: 'scheduled', start_time: NINE, patient: b.id });
    expectProblem(await t.call('POST', `/api/v1/waitlist/${entryB.id}/accept`, { token: b.token }), 409, 'no_offer');

    // 09:30 comes free: C (first in order, and never offered 09:30) gets it; A still waits.
    await cancel(booked.halfPast.id, booked.halfPast.patient);
    await sweepWaitlist(t.ctx);
    expect((await entryOf(c, entryC.id)).offer?.start_time).toBe(HALF_PAST);
    expect((await entryOf(a, entryA.id)).status).toBe('waiting');

    // Leaving: A's entry is left; C's pending offer is given up when C leaves, freeing the time for A.
    expect((await t.call('DELETE', `/api/v1/waitlist/${entryC.id}`, { token: c.token })).statusCode).toBe(204);
    expect((await entryOf(c, entryC.id)).status).toBe('left');
    await sweepWaitlist(t.ctx);
    expect((await entryOf(a, entryA.id)).offer?.start_time).toBe(HALF_PAST);
  });

  it('keeps entries private, respects times of day, and offers a priced visit as a hold to pay once accepted', async () => {
    const priced = (await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Paid wait', duration: 30, price: 3000, currency: 'EUR' } })).json().id;
    const [a, b] = [await makePatient(t), await makePatient(t)];
    // A only at 09:30 or later.
    const entryA = await join(a, { topics: [priced], times_of_day: [{ from: '09:30', to: '12:00' }] });
    expect((await t.call('GET', '/api/v1/waitlist', { token: b.token })).json().results).toEqual([]);
    expectProblem(await t.call('POST', `/api/v1/waitlist/${entryA.id}/accept`, { token: b.token }), 404);
    expectProblem(await t.call('DELETE', `/api/v1/waitlist/${entryA.id}`, { token: b.token }), 404);

    await sweepWaitlist(t.ctx);
    const offered = await entryOf(a, entryA.id);
    expect(offered.offer?.start_time).toBe(HALF_PAST);
    const accepted = (await t.call('POST', `/api/v1/waitlist/${entryA.id}/accept`, { token: a.token })).json();
    const appointment = (await t.call('GET', `/api/v1/appointments/${accepted.appointment}`, { token: a.token })).json();
    expect(appointment.status).toBe('pending_payment');
    expect(appointment.price).toEqual({ amount: 3000, currency: 'EUR' });
  });

  it('keeps the chain in rows: a fresh app on the same database lapses and re-offers what the first one left', async () => {
    const booked = await fullyBooked();
    const [a, b] = [await makePatient(t), await makePatient(t)];
    const entryA = await join(a);
    t.clock.advanceMinutes(1);
    const entryB = await join(b);
    await cancel(booked.nine.id, booked.nine.patient);
    await sweepWaitlist(t.ctx);
    expect((await entryOf(a, entryA.id)).status).toBe('offered');
    // No timer holds the offer: a sweep by anyone (another worker, after a restart) later lapses it and moves on.
    t.clock.advanceMinutes(45);
    const { createContext } = await import('../src/app.js');
    const other = await createContext(t.ctx.config, { database: t.ctx.database, clock: t.clock });
    await sweepWaitlist(other);
    expect((await entryOf(a, entryA.id)).status).toBe('waiting');
    expect((await entryOf(b, entryB.id)).offer?.start_time).toBe(NINE);
  });
});
