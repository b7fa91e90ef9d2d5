import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayHeaders } from '../src/payments/gateway.js';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, type Person, type TestApp } from './helpers.js';

/**
 * `Idempotency-Key` on POST /appointments, checkouts and the gateway's payment callback: a retry with
 * the same key and body within 24 hours gets the first answer (not a 409), another body with the
 * same key is 422, and keys belong to their caller.
 */
describe.each(backends)('Idempotency-Key on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let patient: Person;
  let topic: string;
  let priced: string;
  let slot = 0;
  const nextStart = () => new Date(Date.parse('2030-03-09T00:00:00Z') + slot++ * 3600_000).toISOString();
  const withKey = (key: string) => ({ 'idempotency-key': key });
  const appointmentsAt = async (start: string) =>
    (await t.ctx.db.selectFrom('appointments').select('id').where('start_time', '=', new Date(start)).execute()).length;

  beforeAll(async () => {
    t = await createTestApp(backend);
    provider = await makeProvider(t);
    patient = await makePatient(t);
    topic = await makeTopic(t);
    priced = (await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Priced', duration: 30, price: 900, currency: 'EUR' } })).json().id;
  });
  afterAll(() => t?.close());

  it('answers a retried booking with the first answer, once booked, and refuses the key for another booking', async () => {
    const key = randomUUID();
    const body = { provider: provider.id, topics: [topic], start_time: nextStart() };
    const first = await t.call('POST', '/api/v1/appointments', { token: patient.token, body, headers: withKey(key) });
    expect(first.statusCode, first.body).toBe(201);
    const again = await t.call('POST', '/api/v1/appointments', { token: patient.token, body, headers: withKey(key) });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await appointmentsAt(body.start_time)).toBe(1);
    // Without the key, the same request is a new booking attempt: refused, the time is taken.
    expectProblem(await book(t, body, patient.token), 409, 'slot_unavailable');
    expectProblem(await t.call('POST', '/api/v1/appointments', { token: patient.token, body: { ...body, start_time: nextStart() }, headers: withKey(key) }), 422, 'idempotency_key_reused');

    // Another caller's key of the same name is theirs.
    const other = await makePatient(t);
    const theirs = await t.call('POST', '/api/v1/appointments', { token: other.token, body: { ...body, start_time: nextStart() }, headers: withKey(key) });
    expect(theirs.statusCode, theirs.body).toBe(201);

    // After 24 hours the key is forgotten: the same request runs again.
    t.clock.advanceMinutes(25 * 60);
    try {
      expectProblem(await t.call('POST', '/api/v1/appointments', { token: patient.token, body, headers: withKey(key) }), 409, 'slot_unavailable');
    } finally {
      t.clock.set('2030-03-04T08:00:00Z');
    }
  });

  it('keeps a refusal too: a retry of a refused booking is the same refusal', async () => {
    const start = nextStart();
    expect((await book(t, { provider: provider.id, topics: [topic], start_time: start }, patient.token)).statusCode).toBe(201);
    const key = randomUUID();
    const other = await makePatient(t);
    const body = { provider: provider.id, topics: [topic], start_time: start };
    const first = await t.call('POST', '/api/v1/appointments', { token: other.token, body, headers: withKey(key) });
    expectProblem(first, 409, 'slot_unavailable');
    const again = await t.call('POST', '/api/v1/appointments', { token: other.token, body, headers: withKey(key) });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual(first.json());
  });

  it('answers a retried checkout with the same order, and a retried gateway callback with the same payment', async () => {
    const hold = (await book(t, { provider: provider.id, topics: [priced], start_time: nextStart() }, patient.token)).json();
    const key = randomUUID();
    const url = `/api/v1/appointments/${hold.id}/checkout`;
    const first = await t.call('POST', url, { token: patient.token, headers: withKey(key) });
    expect(first.statusCode, first.body).toBe(201);
    const again = await t.call('POST', url, { token: patient.token, headers: withKey(key) });
    expect(again.json().order_id).toBe(first.json().order_id);
    expect((await t.ctx.db.selectFrom('payment_orders').select('id').where('appointment_id', '=', hold.id).execute()).length).toBe(1);

    const callback = (body: Record<string, unknown>, callbackKey: string) => {
      const text = JSON.stringify(body);
      return t.call('POST', '/api/v1/payments', { body: text, headers: { ...gatewayHeaders(t.ctx.payments.secret, text), ...withKey(callbackKey) } });
    };
    const payment = { order_id: first.json().order_id, payment_id: `pay-${randomUUID()}`, amount: 900, appointment_id: hold.id };
    const paidKey = randomUUID();
    const paid = await callback(payment, paidKey);
    expect(paid.statusCode, paid.body).toBe(201);
    expect((await callback(payment, paidKey)).json()).toEqual(paid.json());
    expectProblem(await callback({ ...payment, payment_id: `pay-${randomUUID()}` }, paidKey), 422, 'idempotency_key_reused');
  });

  it('refuses a malformed key', async () => {
    for (const key of ['', 'x'.repeat(256), 'with space']) {
      expectProblem(
        await t.call('POST', '/api/v1/appointments', { token: patient.token, body: { provider: provider.id, topics: [topic], start_time: nextStart() }, headers: withKey(key) }),
        422,
        'validation_failed',
      );
    }
  });
});
