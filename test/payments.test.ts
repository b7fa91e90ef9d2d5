import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sweepExpiredHolds } from '../src/appointments/appointments.service.js';
import { backends } from './databases.js';
import { checkout, gatewayCallback } from './support/payments.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, NOW, type Person, type TestApp } from './helpers.js';

type Appointment = {
  id: string;
  status: string;
  start_time: string;
  hold_expires_at: string | null;
  price: { amount: number; currency: string } | null;
  payment: { status: string; payment_id: string | null; paid_at: string | null };
  updated_at: string;
} & Record<string, unknown>;
type Payment = { id: string; appointment_id: string; order_id: string; payment_id: string; amount: number; currency: string; status: string; created_at: string };
type HistoryEntry = { id: number; type: string; actor: { user_id: string | null; role: string }; changes: Record<string, unknown>; created_at: string };

const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const PRICE = 12500;
const EXPIRY = plusMinutes(NOW, 15);

describe.each(backends)('payments on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let provider: Person;
  let patient: Person;
  let otherPatient: Person;
  let priced: string; // 30 minutes, 12500 INR
  let free: string;

  // Every appointment gets its own hour, so tests never collide.
  let slot = 0;
  const nextStart = () => new Date(Date.parse('2030-03-06T00:00:00Z') + slot++ * 3600_000).toISOString();

  /** Order ids `payment()` made up: `pay` replaces one with the order a checkout opens. */
  const placeholders = new Set<string>();
  /**
   * Pays the way it happens: the caller (`token`) starts a checkout, whose refusals (401, 403, 404,
   * 409) are the answer; the gateway then reports the payment of the order it opened, signed. The
   * order's id goes into `body.order_id`, as the gateway reports it. A body whose order is open
   * already (a retry, or a deliberately different order) goes to the gateway's callback as it is.
   */
  const pay = async (body: Record<string, unknown>, token?: string) => {
    if (placeholders.has(body.order_id as string)) {
      const opened = await checkout(t, body.appointment_id as string, token);
      if (opened.statusCode !== 201) return opened;
      body.order_id = opened.json().order_id;
    }
    return gatewayCallback(t, body);
  };
  const payment = (appointmentId: string, extra: Record<string, unknown> = {}) => {
    const order_id = `order-${randomUUID()}`;
    placeholders.add(order_id);
    return { order_id, payment_id: `pay-${randomUUID()}`, amount: PRICE, appointment_id: appointmentId, ...extra };
  };
  const detail = async (id: string, token = t.adminToken): Promise<Appointment> => {
    const res = await t.call('GET', `/api/v1/appointments/${id}`, { token });
    if (res.statusCode !== 200) throw new Error(`GET ${id}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const history = async (id: string, token = t.adminToken): Promise<HistoryEntry[]> => (await t.call('GET', `/api/v1/appointments/${id}/history`, { token })).json();
  const paymentRows = (appointmentId: string) => t.ctx.db.selectFrom('payments').selectAll().where('appointment_id', '=', appointmentId).execute();
  const row = (id: string) => t.ctx.db.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  /** A patient's hold on a priced visit, taken at the current clock. */
  async function hold(who: Person = patient): Promise<Appointment> {
    const res = await book(t, { provider: provider.id, topics: [priced], start_time: nextStart() }, who.token);
    if (res.statusCode !== 201) throw new Error(`hold failed: ${res.statusCode} ${res.body}`);
    const a = res.json() as Appointment;
    if (a.status !== 'pending_payment') throw new Error(`expected a hold, got ${a.status}`);
    return a;
  }

  /** Everything a failed payment must leave as it was. */
  async function expectUnchanged(before: Appointment) {
    const now = await detail(before.id);
    expect(now).toEqual({ ...before, notifications_sent: now.notifications_sent });
    expect(await paymentRows(before.id)).toHaveLength(0);
    expect((await history(before.id)).some((e) => e.type === 'paid')).toBe(false);
  }

  beforeAll(async () => {
    t = await createTestApp(backend);
    staff = await makeStaff(t);
    provider = await makeProvider(t);
    patient = await makePatient(t);
    otherPatient = await makePatient(t);
    const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Paid consult', duration: 30, price: PRICE, currency: 'INR' } });
    priced = res.json().id;
    free = (await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Free chat', duration: 30 } })).json().id;
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set(NOW));
  afterEach(() => t.clock.set(NOW));

  describe('a successful payment', () => {
    it('records the payment and confirms the appointment', async () => {
      const a = await hold();
      t.clock.advanceMinutes(3);
      const body = payment(a.id);
      const res = await pay(body, patient.token);
      expect(res.statusCode).toBe(201);
      const { payment: paid, appointment } = res.json() as { payment: Payment; appointment: Appointment };
      expect(paid).toEqual({
        id: expect.any(String),
        appointment_id: a.id,
        order_id: body.order_id,
        payment_id: body.payment_id,
        amount: PRICE,
        currency: 'INR',
        status: 'succeeded',
        created_at: expect.any(String),
      });
      expect(appointment).toMatchObject({
        id: a.id,
        status: 'scheduled',
        hold_expires_at: null,
        price: { amount: PRICE, currency: 'INR' },
        payment: { status: 'paid', payment_id: body.payment_id, paid_at: paid.created_at },
      });
      for (const token of [patient.token, provider.token, staff.token]) {
        expect(await detail(a.id, token)).toMatchObject({ status: 'scheduled', hold_expires_at: null, payment: { status: 'paid', payment_id: body.payment_id } });
      }
      const rows = await paymentRows(a.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: paid.id, payment_id: body.payment_id, order_id: body.order_id, amount: PRICE, currency: 'INR', created_by_user_id: patient.userId });

      const events = await history(a.id, patient.token);
      expect(events.map((e) => e.type)).toEqual(['created', 'paid']);
      expect(events[1]).toMatchObject({
        actor: { user_id: patient.userId, role: 'patient' },
        changes: { status: { from: 'pending_payment', to: 'scheduled' }, payment_id: body.payment_id, amount: PRICE },
      });
    });

    it('keeps a paid visit on the calendar after the hold would have lapsed', async () => {
      const a = await hold();
      expect((await pay(payment(a.id), patient.token)).statusCode).toBe(201);
      t.clock.set(plusMinutes(EXPIRY, 60));
      await sweepExpiredHolds(t.ctx);
      expect((await row(a.id)).status).toBe('scheduled');
      const over = expectProblem(await book(t, { provider: provider.id, patient: otherPatient.id, topics: [free], start_time: a.start_time }), 409, 'slot_unavailable');
      expect(over.busy).toEqual(['provider']);
    });

    it('may be confirmed by staff or an admin on the patient\'s behalf', async () => {
      for (const [token, role] of [
        [staff.token, 'staff'],
        [t.adminToken, 'admin'],
      ] as const) {
        const a = await hold();
        const res = await pay(payment(a.id), token);
        expect(res.statusCode).toBe(201);
        expect(res.json().appointment.status).toBe('scheduled');
        const events = await history(a.id);
        expect(events[events.length - 1]).toMatchObject({ type: 'paid', actor: { role } });
      }
    });

    it('may be made up to the last moment of the hold', async () => {
      const a = await hold();
      t.clock.set(new Date(Date.parse(EXPIRY) - 1000).toISOString());
      const res = await pay(payment(a.id), patient.token);
      expect(res.statusCode).toBe(201);
      expect(res.json().appointment.status).toBe('scheduled');
    });
  });

  describe('idempotency by payment_id', () => {
    it('answers the same call again with the same answer and no second payment', async () => {
      const a = await hold();
      const body = payment(a.id);
      const first = await pay(body, patient.token);
      expect(first.statusCode).toBe(201);
      const updatedAfterFirst = (await row(a.id)).updated_at.toISOString();
      const eventsAfterFirst = await history(a.id);

      const second = await pay(body, patient.token);
      expect(second.statusCode).toBe(201);
      expect(second.json()).toEqual(first.json());
      // Even after the hold would have lapsed, a replay is still the same answer.
      t.clock.set(plusMinutes(EXPIRY, 30));
      const third = await pay(body, patient.token);
      expect(third.statusCode).toBe(201);
      expect(third.json().payment).toEqual(first.json().payment);
      expect(third.json().appointment.status).toBe('scheduled');

      expect(await paymentRows(a.id)).toHaveLength(1);
      expect((await row(a.id)).updated_at.toISOString()).toBe(updatedAfterFirst);
      expect(await history(a.id)).toEqual(eventsAfterFirst);
    });

    it('refuses the same payment_id for a different payment (409 payment_id_reused)', async () => {
      const a = await hold();
      const b = await hold();
      const body = payment(a.id);
      expect((await pay(body, patient.token)).statusCode).toBe(201);
      expectProblem(await pay({ ...body, amount: PRICE + 1 }, patient.token), 409, 'payment_id_reused');
      expectProblem(await pay({ ...body, order_id: 'another-order' }, patient.token), 409, 'payment_id_reused');
      const beforeB = await detail(b.id);
      expectProblem(await pay({ ...body, appointment_id: b.id }, patient.token), 409, 'payment_id_reused');
      expect(await paymentRows(a.id)).toHaveLength(1);
      await expectUnchanged(beforeB);
    });

    it('refuses a second, different payment for a paid appointment (409 already_paid)', async () => {
      const a = await hold();
      expect((await pay(payment(a.id), patient.token)).statusCode).toBe(201);
      expectProblem(await pay(payment(a.id), patient.token), 409, 'already_paid');
      expect(await paymentRows(a.id)).toHaveLength(1);
    });
  });

  describe('refused payments change nothing', () => {
    it('refuses a wrong amount with 422 amount_mismatch', async () => {
      const a = await hold();
      for (const amount of [PRICE - 1, PRICE + 1, 0]) {
        const problem = expectProblem(await pay(payment(a.id, { amount }), patient.token), 422, 'amount_mismatch');
        expect(problem.errors?.map((e) => e.field)).toEqual(['amount']);
      }
      await expectUnchanged(a);
      // The right amount still works afterwards.
      expect((await pay(payment(a.id), patient.token)).statusCode).toBe(201);
    });

    it('refuses paying a lapsed hold that was not swept yet (409 hold_expired)', async () => {
      const a = await hold();
      t.clock.set(plusMinutes(EXPIRY, 1));
      expectProblem(await pay(payment(a.id), patient.token), 409, 'hold_expired');
      // Not even a correct amount by staff gets through, and a wrong amount is still "expired".
      expectProblem(await pay(payment(a.id), staff.token), 409, 'hold_expired');
      expectProblem(await pay(payment(a.id, { amount: 1 }), patient.token), 409, 'hold_expired');
      expect((await row(a.id)).status).toBe('pending_payment');
      await expectUnchanged(a);
    });

    it('refuses paying a hold at the very moment it lapses', async () => {
      const a = await hold();
      t.clock.set(EXPIRY);
      expectProblem(await pay(payment(a.id), patient.token), 409, 'hold_expired');
      expect(await paymentRows(a.id)).toHaveLength(0);
    });

    it('refuses paying a swept (expired) hold (409 hold_expired)', async () => {
      const a = await hold();
      t.clock.set(plusMinutes(EXPIRY, 1));
      await sweepExpiredHolds(t.ctx);
      const expired = await detail(a.id);
      expect(expired.status).toBe('expired');
      expectProblem(await pay(payment(a.id), patient.token), 409, 'hold_expired');
      await expectUnchanged(expired);
    });

    it('refuses paying a scheduled free appointment (409 payment_not_expected)', async () => {
      const res = await book(t, { provider: provider.id, topics: [free], start_time: nextStart() }, patient.token);
      expect(res.json().status).toBe('scheduled');
      const a = res.json() as Appointment;
      expectProblem(await pay(payment(a.id), patient.token), 409, 'payment_not_expected');
      expectProblem(await pay(payment(a.id, { amount: 0 }), patient.token), 409, 'payment_not_expected');
      await expectUnchanged(a);
    });

    it('refuses paying a cancelled hold (409 payment_not_expected)', async () => {
      const a = await hold();
      const canceled = await t.call('POST', `/api/v1/appointments/${a.id}/cancel`, { token: patient.token, body: {} });
      expect(canceled.statusCode).toBe(200);
      const before = await detail(a.id);
      expectProblem(await pay(payment(a.id), patient.token), 409, 'payment_not_expected');
      await expectUnchanged(before);
    });

    it("answers 404 for another patient's appointment, and for one that does not exist", async () => {
      const a = await hold(otherPatient);
      const problem = expectProblem(await pay(payment(a.id), patient.token), 404, 'not_found');
      expect(JSON.stringify(problem)).not.toContain(otherPatient.id);
      await expectUnchanged(a);
      expectProblem(await pay(payment(randomUUID()), patient.token), 404, 'not_found');
      expectProblem(await pay(payment(randomUUID()), staff.token), 404, 'not_found');
    });

    it('refuses providers (403) and anonymous callers (401)', async () => {
      const a = await hold();
      expectProblem(await pay(payment(a.id), provider.token), 403, 'forbidden');
      expectProblem(await pay(payment(a.id)), 401);
      await expectUnchanged(a);
    });

    it('validates the body', async () => {
      const a = await hold();
      const body = payment(a.id);
      const bad = [
        { ...body, amount: 125.5 },
        { ...body, amount: -PRICE },
        { ...body, amount: String(PRICE) },
        { ...body, order_id: '' },
        { ...body, payment_id: '   ' },
        { ...body, appointment_id: 'not-an-id' },
        { ...body, extra: true },
        { order_id: body.order_id, payment_id: body.payment_id, amount: PRICE },
        { order_id: body.order_id, amount: PRICE, appointment_id: a.id },
      ];
      // What the gateway reports is checked: each goes to its callback as it is, signed.
      for (const b of bad) expectProblem(await gatewayCallback(t, b), 422, 'validation_failed');
      await expectUnchanged(a);
    });
  });

  describe('listing payments', () => {
    it('lets admins and staff list payments, paginated and filtered by appointment', async () => {
      const a = await hold();
      const b = await hold(otherPatient);
      const pa = (await pay(payment(a.id), patient.token)).json().payment as Payment;
      const pb = (await pay(payment(b.id), otherPatient.token)).json().payment as Payment;

      const all = await t.call('GET', '/api/v1/payments', { token: t.adminToken });
      expect(all.statusCode).toBe(200);
      const page = all.json();
      expect(Object.keys(page).sort()).toEqual(['count', 'next', 'previous', 'results']);
      const total = Number((await t.ctx.db.selectFrom('payments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      expect(page.count).toBe(total);
      expect(page.results.map((p: Payment) => p.id)).toEqual(expect.arrayContaining([pa.id, pb.id]));

      const onlyA = await t.call('GET', `/api/v1/payments?appointment=${a.id}`, { token: staff.token });
      expect(onlyA.statusCode).toBe(200);
      expect(onlyA.json()).toEqual({ count: 1, next: null, previous: null, results: [pa] });

      const first = (await t.call('GET', '/api/v1/payments?limit=1', { token: t.adminToken })).json();
      expect(first.count).toBe(total);
      expect(first.results).toHaveLength(1);
      expect(first.next).toContain('offset=1');
      expect(first.previous).toBeNull();
      const second = (await t.call('GET', first.next, { token: t.adminToken })).json();
      expect(second.results).toHaveLength(1);
      expect(second.results[0].id).not.toBe(first.results[0].id);
      expect(second.previous).toContain('offset=0');

      const none = await t.call('GET', `/api/v1/payments?appointment=${randomUUID()}`, { token: t.adminToken });
      expect(none.json()).toEqual({ count: 0, next: null, previous: null, results: [] });
    });

    it('refuses patients and providers (403) and anonymous callers (401)', async () => {
      expectProblem(await t.call('GET', '/api/v1/payments', { token: patient.token }), 403, 'forbidden');
      expectProblem(await t.call('GET', '/api/v1/payments', { token: provider.token }), 403, 'forbidden');
      expectProblem(await t.call('GET', '/api/v1/payments'), 401);
    });
  });
});
