import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayHeaders, SIGNATURE_HEADER, signGatewayBody, TIMESTAMP_HEADER } from '../src/payments/gateway.js';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, type Person, type TestApp } from './helpers.js';
import { checkout, gatewayCallback } from './support/payments.js';

/**
 * Only the gateway confirms payments: `POST /api/v1/payments` needs its signature (HMAC-SHA256 over
 * timestamp and body, within 5 minutes), and names an order a checkout opened with the server's
 * amount. With the dummy gateway, Carebook's own page plays the gateway.
 */
const PRICE = 4200;

describe.each(backends)('paying through the gateway on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let patient: Person;
  let otherPatient: Person;
  let priced: string;
  let slot = 0;

  const statusOf = async (id: string) => (await t.ctx.db.selectFrom('appointments').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  const paymentCount = async (id: string) => (await t.ctx.db.selectFrom('payments').select('id').where('appointment_id', '=', id).execute()).length;

  async function hold(who: Person = patient): Promise<string> {
    const start = new Date(Date.parse('2030-03-08T00:00:00Z') + slot++ * 3600_000).toISOString();
    const res = await book(t, { provider: provider.id, topics: [priced], start_time: start }, who.token);
    if (res.statusCode !== 201 || res.json().status !== 'pending_payment') throw new Error(`hold failed: ${res.statusCode} ${res.body}`);
    return res.json().id;
  }

  beforeAll(async () => {
    t = await createTestApp(backend, { PUBLIC_URL: 'https://book.example.org' });
    provider = await makeProvider(t);
    patient = await makePatient(t);
    otherPatient = await makePatient(t);
    priced = (await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Gateway consult', duration: 30, price: PRICE, currency: 'EUR' } })).json().id;
  });
  afterAll(() => t?.close());

  it('refuses a patient confirming their own hold with made-up ids and the right amount (401), and nothing changes', async () => {
    const id = await hold();
    const body = { order_id: `order-${randomUUID()}`, payment_id: `pay-${randomUUID()}`, amount: PRICE, appointment_id: id };
    expectProblem(await t.call('POST', '/api/v1/payments', { token: patient.token, body }), 401, 'unauthorized');
    expectProblem(await t.call('POST', '/api/v1/payments', { token: t.adminToken, body }), 401, 'unauthorized');
    expect(await statusOf(id)).toBe('pending_payment');
    expect(await paymentCount(id)).toBe(0);
  });

  it('refuses callbacks whose signature is wrong, for another body, with another secret, or outside the 5-minute window', async () => {
    const id = await hold();
    const order = (await checkout(t, id, patient.token)).json();
    const body = { order_id: order.order_id, payment_id: `pay-${randomUUID()}`, amount: PRICE, appointment_id: id };
    const text = JSON.stringify(body);
    const now = Math.floor(Date.now() / 1000);
    const secret = t.ctx.payments.secret;
    const attempts: Record<string, string>[] = [
      {},
      { [TIMESTAMP_HEADER]: String(now) },
      { [TIMESTAMP_HEADER]: String(now), [SIGNATURE_HEADER]: 'v1=00' },
      gatewayHeaders('another-secret-another-secret-another', text),
      gatewayHeaders(secret, JSON.stringify({ ...body, amount: 1 })),
      { [TIMESTAMP_HEADER]: String(now - 6 * 60), [SIGNATURE_HEADER]: signGatewayBody(secret, now - 6 * 60, text) },
      { [TIMESTAMP_HEADER]: String(now + 6 * 60), [SIGNATURE_HEADER]: signGatewayBody(secret, now + 6 * 60, text) },
      { [TIMESTAMP_HEADER]: `${now}.5`, [SIGNATURE_HEADER]: signGatewayBody(secret, now, text) },
    ];
    for (const headers of attempts) expectProblem(await gatewayCallback(t, body, headers), 401, 'unauthorized');
    expect(await statusOf(id)).toBe('pending_payment');

    // Within the window, the same body signed properly goes through.
    const fourMinutesAgo = now - 4 * 60;
    const res = await gatewayCallback(t, body, { [TIMESTAMP_HEADER]: String(fourMinutesAgo), [SIGNATURE_HEADER]: signGatewayBody(secret, fourMinutesAgo, text) });
    expect(res.statusCode, res.body).toBe(201);
    expect(await statusOf(id)).toBe('scheduled');
  });

  it('opens an order for the server\'s amount, and takes only an order a checkout opened for that appointment', async () => {
    const id = await hold();
    const other = await hold(otherPatient);
    const opened = await checkout(t, id, patient.token);
    expect(opened.statusCode, opened.body).toBe(201);
    const order = opened.json();
    expect(order).toEqual({
      order_id: expect.stringMatching(/^order_/),
      appointment_id: id,
      amount: PRICE,
      currency: 'EUR',
      gateway: 'dummy',
      payment_url: `https://book.example.org/dummy-gateway/orders/${order.order_id}`,
    });
    const otherOrder = (await checkout(t, other, otherPatient.token)).json();

    const problem = expectProblem(await gatewayCallback(t, { order_id: 'order_made_up', payment_id: `pay-${randomUUID()}`, amount: PRICE, appointment_id: id }), 422, 'unknown_order');
    expect(problem.errors?.map((e) => e.field)).toEqual(['order_id']);
    expectProblem(await gatewayCallback(t, { order_id: otherOrder.order_id, payment_id: `pay-${randomUUID()}`, amount: PRICE, appointment_id: id }), 422, 'unknown_order');
    expectProblem(await gatewayCallback(t, { order_id: order.order_id, payment_id: `pay-${randomUUID()}`, amount: PRICE - 1, appointment_id: id }), 422, 'amount_mismatch');
    expect(await statusOf(id)).toBe('pending_payment');
    expect(await paymentCount(id)).toBe(0);
    // A signed report for an appointment that does not exist is 404.
    expectProblem(await gatewayCallback(t, { order_id: order.order_id, payment_id: `pay-${randomUUID()}`, amount: PRICE, appointment_id: randomUUID() }), 404, 'not_found');
  });

  it('lets the dummy gateway\'s page take the payment: its Pay button makes the server call its own signed callback', async () => {
    const id = await hold();
    const order = (await checkout(t, id, patient.token)).json();
    const path = new URL(order.payment_url).pathname;

    const page = await t.call('GET', path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain(`${PRICE} EUR`);
    expect(page.body).toContain(`action="${path}/pay"`);

    const paid = await t.app.inject({ method: 'POST', url: `${path}/pay`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.body).toContain('Paid');
    expect(await statusOf(id)).toBe('scheduled');
    const [payment] = await t.ctx.db.selectFrom('payments').selectAll().where('appointment_id', '=', id).execute();
    expect(payment).toMatchObject({ order_id: order.order_id, amount: PRICE, currency: 'EUR', created_by_user_id: patient.userId });
    const history = (await t.call('GET', `/api/v1/appointments/${id}/history`, { token: patient.token })).json();
    expect(history.at(-1)).toMatchObject({ type: 'paid', actor: { user_id: patient.userId, role: 'patient' } });

    // Paying again on the page is refused by the callback's own rules.
    const again = await t.app.inject({ method: 'POST', url: `${path}/pay`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect(again.statusCode).toBe(409);
    expect(await paymentCount(id)).toBe(1);
    expect((await t.call('GET', '/dummy-gateway/orders/order_unknown')).statusCode).toBe(404);
  });
});
