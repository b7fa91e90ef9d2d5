import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepExpiredRequests } from '../src/appointments/approval.service.js';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, type Person, type TestApp } from './helpers.js';

const ALL_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));

describe.each(backends)('requests that need approval (%s)', (backend) => {
  let t: TestApp;
  let provider: Person;
  let confirmTopic: string;
  let pricedConfirmTopic: string;
  let plainTopic: string;
  let slot = 0;
  const nextStart = () => new Date(Date.parse('2030-04-01T00:00:00Z') + slot++ * 3_600_000).toISOString();

  beforeAll(async () => {
    t = await createTestApp(backend, { REQUEST_EXPIRY_HOURS: 24 });
    provider = await makeProvider(t, { schedule: ALL_WEEK });
    const topic = async (body: Record<string, unknown>) => (await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: `T ${slot++}`, duration: 30, ...body } })).json();
    const confirm = await topic({ requires_confirmation: true });
    expect(confirm.requires_confirmation).toBe(true);
    confirmTopic = confirm.id;
    pricedConfirmTopic = (await topic({ requires_confirmation: true, price: 5000, currency: 'EUR' })).id;
    plainTopic = (await topic({})).id;
  });
  afterAll(() => t.close());

  const request = async (patient: Person, topicId = confirmTopic, start = nextStart(), providerId = provider.id) => {
    const res = await book(t, { provider: providerId, topics: [topicId], start_time: start }, patient.token);
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; status: string; start_time: string; request_expires_at: string | null; hold_expires_at: string | null };
  };
  const events = async (appointmentId: string) =>
    (await t.ctx.db.selectFrom('notifications').select(['event', 'audience']).where('appointment_id', '=', appointmentId).where('channel', '=', 'in_app').orderBy('seq').execute()).map(
      (n) => `${n.event}:${n.audience}`,
    );

  it("starts a patient's booking of a topic that requires confirmation as requested, holding its time, and tells both sides", async () => {
    const patient = await makePatient(t);
    const asked = await request(patient);
    expect(asked.status).toBe('requested');
    expect(asked.request_expires_at).toBe(new Date(Date.parse('2030-03-04T08:00:00Z') + 24 * 3_600_000).toISOString());
    expect(await events(asked.id)).toEqual(['requested:patient', 'requested:provider']);
    // The time is held: nobody else gets it meanwhile.
    const other = await makePatient(t);
    expectProblem(await book(t, { provider: provider.id, patient: other.id, topics: [plainTopic], start_time: asked.start_time }), 409, 'slot_unavailable');
    // Staff booking the same topic need no approval.
    const staffBooked = await book(t, { provider: provider.id, patient: other.id, topics: [confirmTopic], start_time: nextStart() });
    expect(staffBooked.json().status).toBe('scheduled');
  });

  it('requires confirmation for every topic of a provider who asks for it', async () => {
    const strict = await makeProvider(t, { schedule: ALL_WEEK, requires_confirmation: true });
    const read = await t.call('GET', `/api/v1/providers/${strict.id}`, { token: t.adminToken });
    expect(read.json().requires_confirmation).toBe(true);
    const patient = await makePatient(t);
    expect((await request(patient, plainTopic, nextStart(), strict.id)).status).toBe('requested');
  });

  it('lets the provider approve a request (scheduled), or a priced one to a hold for its payment', async () => {
    const patient = await makePatient(t);
    const asked = await request(patient);
    expectProblem(await t.call('POST', `/api/v1/appointments/${asked.id}/approve`, { token: patient.token }), 403);
    const other = await makeProvider(t);
    expectProblem(await t.call('POST', `/api/v1/appointments/${asked.id}/approve`, { token: other.token }), 404);
    const approved = await t.call('POST', `/api/v1/appointments/${asked.id}/approve`, { token: provider.token });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('scheduled');
    expect(approved.json().request_expires_at).toBeNull();
    expect(await events(asked.id)).toEqual(['requested:patient', 'requested:provider', 'approved:patient', 'approved:provider']);
    expectProblem(await t.call('POST', `/api/v1/appointments/${asked.id}/approve`, { token: provider.token }), 409, 'invalid_transition');

    const priced = await request(patient, pricedConfirmTopic);
    expect(priced.status).toBe('requested');
    const held = (await t.call('POST', `/api/v1/appointments/${priced.id}/approve`, { token: provider.token })).json();
    expect(held.status).toBe('pending_payment');
    expect(held.hold_expires_at).toBe(new Date(Date.parse('2030-03-04T08:00:00Z') + 15 * 60_000).toISOString());
  });

  it('lets the provider decline with a reason, freeing the time, and the patient is told why', async () => {
    const patient = await makePatient(t);
    const asked = await request(patient);
    const declined = await t.call('POST', `/api/v1/appointments/${asked.id}/decline`, { token: provider.token, body: { reason: 'Fully booked that week' } });
    expect(declined.statusCode).toBe(200);
    expect(declined.json().status).toBe('declined');
    const message = await t.ctx.db
      .selectFrom('notifications')
      .select('payload')
      .where('appointment_id', '=', asked.id)
      .where('event', '=', 'declined')
      .where('audience', '=', 'patient')
      .where('channel', '=', 'in_app')
      .executeTakeFirstOrThrow();
    expect(message.payload.message?.body).toContain('Fully booked that week');
    const other = await makePatient(t);
    expect((await book(t, { provider: provider.id, patient: other.id, topics: [plainTopic], start_time: asked.start_time })).statusCode).toBe(201);
    expectProblem(await t.call('POST', `/api/v1/appointments/${asked.id}/decline`, { token: provider.token }), 409, 'invalid_transition');
  });

  it('declines a request automatically once REQUEST_EXPIRY_HOURS pass unanswered, telling both sides', async () => {
    const patient = await makePatient(t);
    const asked = await request(patient);
    const answered = await request(patient);
    await t.call('POST', `/api/v1/appointments/${answered.id}/approve`, { token: provider.token });
    t.clock.set(new Date(Date.parse(asked.request_expires_at!) - 1000).toISOString());
    await sweepExpiredRequests(t.ctx);
    expect((await t.call('GET', `/api/v1/appointments/${asked.id}`, { token: patient.token })).json().status).toBe('requested');
    t.clock.set(asked.request_expires_at!);
    expect(await sweepExpiredRequests(t.ctx)).toBeGreaterThanOrEqual(1);
    expect((await t.call('GET', `/api/v1/appointments/${asked.id}`, { token: patient.token })).json().status).toBe('declined');
    expect((await t.call('GET', `/api/v1/appointments/${answered.id}`, { token: patient.token })).json().status).toBe('scheduled');
    expect((await events(asked.id)).slice(-2)).toEqual(['declined:patient', 'declined:provider']);
    t.clock.set('2030-03-04T08:00:00Z');
  });

  it('lets the patient withdraw a request', async () => {
    const patient = await makePatient(t);
    const asked = await request(patient);
    const res = await t.call('POST', `/api/v1/appointments/${asked.id}/cancel`, { token: patient.token });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('user_canceled');
  });
});
