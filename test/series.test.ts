import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { checkoutAndPay } from './support/payments.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, type Person, type TestApp } from './helpers.js';

const ALL_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));

type Appointment = { id: string; status: string; start_time: string; end_time: string; series_id: string | null; hold_expires_at: string | null };

describe.each(backends)('recurring series (%s)', (backend) => {
  let t: TestApp;
  let topic: string;
  let pricedTopic: string;
  beforeAll(async () => {
    t = await createTestApp(backend);
    topic = await makeTopic(t, 30);
    const priced = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Paid series', duration: 30, price: 4000, currency: 'EUR' } });
    pricedTopic = priced.json().id;
  });
  afterAll(() => t.close());

  const newParties = async (schedule = ALL_WEEK, timezone = 'America/New_York') => ({
    provider: await makeProvider(t, { timezone, schedule }),
    patient: await makePatient(t),
  });
  const series = (provider: Person, patient: Person, start: string, rrule: string, extra: Record<string, unknown> = {}) =>
    book(t, { provider: provider.id, patient: patient.id, topics: [topic], start_time: start, recurrence: { rrule }, ...extra });
  const getSeries = async (id: string, token = t.adminToken) => {
    const res = await t.call('GET', `/api/v1/series/${id}`, { token });
    expect(res.statusCode).toBe(200);
    return res.json() as { id: string; timezone: string; occurrences: Appointment[] };
  };
  const countOf = async (patientId: string) =>
    Number((await t.ctx.db.selectFrom('appointments').select((eb) => eb.fn.countAll<number>().as('n')).where('patient_id', '=', patientId).executeTakeFirstOrThrow()).n);

  it('books a weekly series that stays at 09:00 New York time across the March DST change, each occurrence an ordinary appointment', async () => {
    const { provider, patient } = await newParties();
    const res = await series(provider, patient, '2030-03-05T14:00:00Z', 'FREQ=WEEKLY;COUNT=4');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.series_id).toBeTruthy();
    expect(body.id).toBe(body.occurrences[0].id);
    expect(body.skipped).toEqual([]);
    expect(body.occurrences.map((o: Appointment) => o.start_time)).toEqual([
      '2030-03-05T14:00:00.000Z', // 09:00 EST
      '2030-03-12T13:00:00.000Z', // 09:00 EDT
      '2030-03-19T13:00:00.000Z',
      '2030-03-26T13:00:00.000Z',
    ]);
    const read = await getSeries(body.series_id, patient.token);
    expect(read.timezone).toBe('America/New_York');
    expect(read.occurrences.map((o) => o.id)).toEqual(body.occurrences.map((o: Appointment) => o.id));
    for (const o of read.occurrences) {
      expect(o.series_id).toBe(body.series_id);
      expect(o.status).toBe('scheduled');
      const single = await t.call('GET', `/api/v1/appointments/${o.id}`, { token: patient.token });
      expect(single.json().series_id).toBe(body.series_id);
    }
    // Someone else's series is not found.
    const stranger = await makePatient(t);
    expect((await t.call('GET', `/api/v1/series/${body.series_id}`, { token: stranger.token })).statusCode).toBe(404);
  });

  it('books nothing when one occurrence is refused, and names every refused date with its reason', async () => {
    const { provider, patient } = await newParties();
    const other = await makePatient(t);
    expect((await book(t, { provider: provider.id, patient: other.id, topics: [topic], start_time: '2030-03-19T13:00:00Z' })).statusCode).toBe(201);
    const before = await countOf(patient.id);
    const problem = expectProblem(await series(provider, patient, '2030-03-05T14:00:00Z', 'FREQ=WEEKLY;COUNT=4'), 409, 'series_unavailable');
    expect(problem.refused_dates).toEqual(['2030-03-19']);
    expect((problem.refused as { code: string }[])[0]!.code).toBe('slot_unavailable');
    expect(await countOf(patient.id)).toBe(before);
    expect(await t.ctx.db.selectFrom('appointment_series').select('id').where('patient_id', '=', patient.id).execute()).toEqual([]);
  });

  it('lists each date outside the hours with outside_availability, and skip_conflicts books the rest', async () => {
    const { provider, patient } = await newParties(WEEKDAYS, 'Europe/Berlin');
    // Daily from Friday 8 March 2030, 10:00 Berlin: Saturday and Sunday are outside the hours.
    const refused = expectProblem(await series(provider, patient, '2030-03-08T09:00:00Z', 'FREQ=DAILY;COUNT=4'), 409, 'series_unavailable');
    expect(refused.refused_dates).toEqual(['2030-03-09', '2030-03-10']);
    expect((refused.refused as { code: string }[]).map((r) => r.code)).toEqual(['outside_availability', 'outside_availability']);
    expect(await countOf(patient.id)).toBe(0);

    const res = await series(provider, patient, '2030-03-08T09:00:00Z', 'FREQ=DAILY;COUNT=4', { skip_conflicts: true });
    expect(res.statusCode).toBe(201);
    expect(res.json().occurrences.map((o: Appointment) => o.start_time)).toEqual(['2030-03-08T09:00:00.000Z', '2030-03-11T09:00:00.000Z']);
    expect(res.json().skipped.map((s: { date: string }) => s.date)).toEqual(['2030-03-09', '2030-03-10']);
  });

  it('supports BYDAY and UNTIL, and refuses a rule without an end or with more than 52 occurrences', async () => {
    const { provider, patient } = await newParties();
    const res = await series(provider, patient, '2030-04-02T14:00:00Z', 'FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20300411T235959Z');
    expect(res.statusCode).toBe(201);
    expect(res.json().occurrences.map((o: Appointment) => o.start_time.slice(0, 10))).toEqual(['2030-04-02', '2030-04-04', '2030-04-09', '2030-04-11']);
    for (const rrule of ['FREQ=WEEKLY', 'FREQ=DAILY;COUNT=53', 'FREQ=HOURLY;COUNT=3', 'not a rule']) {
      const problem = expectProblem(await series(provider, patient, '2030-06-03T14:00:00Z', rrule), 422);
      expect(problem.errors?.[0]?.field).toBe('recurrence.rrule');
    }
  });

  it('cancels one occurrence, this and the following ones, or all', async () => {
    const { provider, patient } = await newParties();
    const created = (await series(provider, patient, '2030-05-06T13:00:00Z', 'FREQ=WEEKLY;COUNT=6')).json();
    const ids: string[] = created.occurrences.map((o: Appointment) => o.id);
    const cancel = (body: Record<string, unknown>) => t.call('POST', `/api/v1/series/${created.series_id}/cancel`, { token: patient.token, body });
    const statuses = async () => (await getSeries(created.series_id)).occurrences.map((o) => o.status);

    expect((await cancel({ scope: 'one', appointment: ids[1] })).json().changed).toEqual([ids[1]]);
    expect(await statuses()).toEqual(['scheduled', 'user_canceled', 'scheduled', 'scheduled', 'scheduled', 'scheduled']);
    expect((await cancel({ scope: 'following', appointment: ids[3] })).json().changed).toEqual([ids[3], ids[4], ids[5]]);
    expect(await statuses()).toEqual(['scheduled', 'user_canceled', 'scheduled', 'user_canceled', 'user_canceled', 'user_canceled']);
    // An occurrence already canceled cannot be canceled again by name; `all` takes what is left.
    expectProblem(await cancel({ scope: 'one', appointment: ids[1] }), 409, 'invalid_transition');
    expect((await cancel({ scope: 'all' })).json().changed).toEqual([ids[0], ids[2]]);
    expect(await statuses()).toEqual(Array(6).fill('user_canceled'));
    expectProblem(await cancel({ scope: 'following' }), 422);
  });

  it('moves one occurrence, this and the following ones, or all, keeping the local time across DST', async () => {
    const { provider, patient } = await newParties();
    // Mondays 09:00 New York from 28 October 2030; the US clocks go back on 3 November.
    const created = (await series(provider, patient, '2030-10-28T13:00:00Z', 'FREQ=WEEKLY;COUNT=4')).json();
    const ids: string[] = created.occurrences.map((o: Appointment) => o.id);
    const move = (body: Record<string, unknown>) => t.call('POST', `/api/v1/series/${created.series_id}/reschedule`, { token: patient.token, body });
    const starts = async () => (await getSeries(created.series_id)).occurrences.map((o) => o.start_time);
    expect(await starts()).toEqual(['2030-10-28T13:00:00.000Z', '2030-11-04T14:00:00.000Z', '2030-11-11T14:00:00.000Z', '2030-11-18T14:00:00.000Z']);

    // One: the second occurrence to 11:00 local that day.
    let res = await move({ scope: 'one', appointment: ids[1], start_time: '2030-11-04T16:00:00Z' });
    expect(res.statusCode).toBe(200);
    expect(await starts()).toEqual(['2030-10-28T13:00:00.000Z', '2030-11-04T16:00:00.000Z', '2030-11-11T14:00:00.000Z', '2030-11-18T14:00:00.000Z']);

    // Following from the third: a day later, at 10:00 local.
    res = await move({ scope: 'following', appointment: ids[2], start_time: '2030-11-12T15:00:00Z' });
    expect(res.statusCode).toBe(200);
    expect(await starts()).toEqual(['2030-10-28T13:00:00.000Z', '2030-11-04T16:00:00.000Z', '2030-11-12T15:00:00.000Z', '2030-11-19T15:00:00.000Z']);

    // All: the first (before the change, EDT) to 08:00 local; every other one to 08:00 local on its own date.
    res = await move({ scope: 'all', start_time: '2030-10-28T12:00:00Z' });
    expect(res.statusCode).toBe(200);
    expect(res.json().occurrences.map((o: Appointment) => o.start_time)).toEqual([
      '2030-10-28T12:00:00.000Z', // 08:00 EDT
      '2030-11-04T13:00:00.000Z', // 08:00 EST
      '2030-11-12T13:00:00.000Z',
      '2030-11-19T13:00:00.000Z',
    ]);

    // All or nothing: one occurrence landing on someone else's booking moves none.
    const other = await makePatient(t);
    expect((await book(t, { provider: provider.id, patient: other.id, topics: [topic], start_time: '2030-11-19T14:00:00Z' })).statusCode).toBe(201);
    const problem = expectProblem(await move({ scope: 'all', start_time: '2030-10-28T13:00:00Z' }), 409, 'series_unavailable');
    expect(problem.refused_dates).toEqual(['2030-11-19']);
    expect((await starts())[0]).toBe('2030-10-28T12:00:00.000Z');
  });

  it('holds a priced series booked by a patient as one: every occurrence with the same expiry', async () => {
    const { provider, patient } = await newParties();
    const res = await book(t, { provider: provider.id, topics: [pricedTopic], start_time: '2030-07-01T13:00:00Z', recurrence: { rrule: 'FREQ=WEEKLY;COUNT=3' } }, patient.token);
    expect(res.statusCode).toBe(201);
    const occurrences: Appointment[] = res.json().occurrences;
    expect(occurrences.map((o) => o.status)).toEqual(['pending_payment', 'pending_payment', 'pending_payment']);
    expect(new Set(occurrences.map((o) => o.hold_expires_at)).size).toBe(1);

    // Paid as one: the checkout asks for the whole series, and one payment confirms every occurrence.
    const opened = await t.call('POST', `/api/v1/appointments/${occurrences[1]!.id}/checkout`, { token: patient.token });
    expect(opened.statusCode).toBe(201);
    expect(opened.json().amount).toBe(3 * 4000);
    const paid = await checkoutAndPay(t, occurrences[0]!.id, patient.token);
    expect(paid.statusCode).toBeLessThan(300);
    const after = (await getSeries(res.json().series_id, patient.token)).occurrences as (Appointment & { payment: { status: string } })[];
    expect(after.map((o) => [o.status, o.payment.status])).toEqual(Array(3).fill(['scheduled', 'paid']));
  });

  it('answers slot search with recurrence: only starts free on every occurrence', async () => {
    const { provider } = await newParties(WEEKDAYS);
    const other = await makePatient(t);
    // The third Tuesday at 09:00 New York (after the DST change) is taken.
    expect((await book(t, { provider: provider.id, patient: other.id, topics: [topic], start_time: '2030-03-19T13:00:00Z' })).statusCode).toBe(201);
    const search = async (extra: string) => {
      const res = await t.call('GET', `/api/v1/slots?provider=${provider.id}&date=2030-03-05&duration=30${extra}`, { token: t.adminToken });
      expect(res.statusCode).toBe(200);
      return (res.json().results as { start_time: string }[]).map((s) => s.start_time);
    };
    const once = await search('');
    const weekly = await search(`&recurrence=${encodeURIComponent('FREQ=WEEKLY;COUNT=6')}`);
    expect(once).toContain('2030-03-05T14:00:00.000Z');
    expect(weekly).not.toContain('2030-03-05T14:00:00.000Z');
    expect(weekly).toContain('2030-03-05T14:30:00.000Z');
    // On the 15-minute grid, 08:45, 09:00 and 09:15 local would each overlap the booking on the 19th.
    expect(once.filter((s) => !weekly.includes(s))).toEqual(['2030-03-05T13:45:00.000Z', '2030-03-05T14:00:00.000Z', '2030-03-05T14:15:00.000Z']);
    expectProblem(await t.call('GET', `/api/v1/slots?provider=${provider.id}&date=2030-03-05&duration=30&recurrence=FREQ%3DWEEKLY`, { token: t.adminToken }), 422);
  });
});
