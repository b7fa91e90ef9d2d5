import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverBackend } from './databases.js';
import { checkout, gatewayCallback } from './support/payments.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, type Person, type TestApp } from './helpers.js';

/**
 * Payment races: a pool of connections to one PostgreSQL server shows two payments for one
 * appointment arriving together (on CI's PostgreSQL when TEST_DATABASE_URL is set, else the embedded one).
 */
describe('concurrent payments on postgres', () => {
  const ROUNDS = 10;
  const PRICE = 3000;
  let t: TestApp;
  let staff: Person;
  let provider: Person;
  let patient: Person;
  let priced: string;
  let slot = 0;

  /** The order a checkout by `token` opens: the gateway reports payments of it. */
  const orderFor = async (appointmentId: string, token: string) => {
    const res = await checkout(t, appointmentId, token);
    if (res.statusCode !== 201) throw new Error(`checkout failed: ${res.statusCode} ${res.body}`);
    return res.json().order_id as string;
  };
  const pay = (body: Record<string, unknown>) => gatewayCallback(t, body);
  const paymentRows = (appointmentId: string) => t.ctx.db.selectFrom('payments').selectAll().where('appointment_id', '=', appointmentId).execute();

  async function hold(): Promise<string> {
    const start = new Date(Date.parse('2030-03-07T00:00:00Z') + slot++ * 3600_000).toISOString();
    const res = await book(t, { provider: provider.id, topics: [priced], start_time: start }, patient.token);
    if (res.statusCode !== 201 || res.json().status !== 'pending_payment') throw new Error(`hold failed: ${res.statusCode} ${res.body}`);
    return res.json().id;
  }

  beforeAll(async () => {
    t = await createTestApp(serverBackend);
    staff = await makeStaff(t);
    provider = await makeProvider(t);
    patient = await makePatient(t);
    const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Race consult', duration: 30, price: PRICE, currency: 'EUR' } });
    priced = res.json().id;
  });
  afterAll(() => t?.close());

  it(`lets exactly one of two different payments for one appointment through (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const appointmentId = await hold();
      // One checkout by the patient, one by staff: two orders, two callbacks at once, two connections, one appointment.
      const orders = [await orderFor(appointmentId, patient.token), await orderFor(appointmentId, staff.token)];
      const bodies = [0, 1].map((i) => ({ order_id: orders[i], payment_id: `race-${randomUUID()}`, amount: PRICE, appointment_id: appointmentId }));
      const responses = await Promise.all([pay(bodies[0]!), pay(bodies[1]!)]);
      const codes = responses.map((r) => r.statusCode).sort();
      expect(codes, `round ${round}: ${responses.map((r) => r.body).join(' | ')}`).toEqual([201, 409]);
      const winner = responses.find((r) => r.statusCode === 201)!;
      const loser = responses.find((r) => r.statusCode === 409)!;
      expectProblem(loser, 409, 'already_paid');

      const rows = await paymentRows(appointmentId);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.payment_id).toBe(winner.json().payment.payment_id);
      const shown = (await t.call('GET', `/api/v1/appointments/${appointmentId}`, { token: patient.token })).json();
      expect(shown).toMatchObject({ status: 'scheduled', hold_expires_at: null, payment: { status: 'paid', payment_id: winner.json().payment.payment_id } });
      const history = (await t.call('GET', `/api/v1/appointments/${appointmentId}/history`, { token: t.adminToken })).json();
      expect(history.filter((e: { type: string }) => e.type === 'paid')).toHaveLength(1);
    }
  });

  it(`answers the same payment sent twice at once with one payment, twice (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const appointmentId = await hold();
      const body = { order_id: await orderFor(appointmentId, patient.token), payment_id: `twin-${randomUUID()}`, amount: PRICE, appointment_id: appointmentId };
      const responses = await Promise.all([pay(body), pay(body)]);
      expect(
        responses.map((r) => r.statusCode),
        `round ${round}: ${responses.map((r) => r.body).join(' | ')}`,
      ).toEqual([201, 201]);
      const [a, b] = responses.map((r) => r.json());
      expect(a.payment.id).toBe(b.payment.id);
      expect(a.payment).toEqual(b.payment);
      expect(a.appointment.status).toBe('scheduled');
      expect(b.appointment.status).toBe('scheduled');
      const rows = await paymentRows(appointmentId);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.id).toBe(a.payment.id);
      const history = (await t.call('GET', `/api/v1/appointments/${appointmentId}/history`, { token: t.adminToken })).json();
      expect(history.filter((e: { type: string }) => e.type === 'paid')).toHaveLength(1);
    }
  });
});
