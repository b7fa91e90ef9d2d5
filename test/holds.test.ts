import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sweepExpiredHolds } from '../src/appointments/appointments.service.js';
import { eventOutbox } from '../src/notifications/events.js';
import { loadNotice } from '../src/notifications/snapshot.js';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, NOW, type Person, type TestApp } from './helpers.js';
import { checkoutAndPay } from './support/payments.js';

type Appointment = {
  id: string;
  status: string;
  start_time: string;
  end_time: string;
  hold_expires_at: string | null;
  price: { amount: number; currency: string } | null;
  payment: { status: string; payment_id: string | null; paid_at: string | null };
} & Record<string, unknown>;
type HistoryEntry = { id: number; type: string; actor: { user_id: string | null; role: string }; changes: Record<string, unknown>; created_at: string };

const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const plusSeconds = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();
/** `HH:MM` of a UTC instant (every provider here works in UTC). */
const hhmm = (iso: string) => iso.slice(11, 16);
const TUESDAY = '2030-03-05';
const EXPIRY = plusMinutes(NOW, 15);

/** Creates a topic as admin with the given extra fields and returns its id. */
async function topic(t: TestApp, fields: Record<string, unknown> = {}, duration = 30): Promise<string> {
  const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: `T ${randomUUID().slice(0, 8)}`, duration, ...fields } });
  if (res.statusCode !== 201) throw new Error(`topic create failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

function helpers(get: () => TestApp) {
  const detail = async (id: string, token = get().adminToken): Promise<Appointment> => {
    const res = await get().call('GET', `/api/v1/appointments/${id}`, { token });
    if (res.statusCode !== 200) throw new Error(`GET ${id} failed: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const history = async (id: string, token = get().adminToken): Promise<HistoryEntry[]> => {
    const res = await get().call('GET', `/api/v1/appointments/${id}/history`, { token });
    if (res.statusCode !== 200) throw new Error(`history ${id} failed: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const statusOf = async (id: string) =>
    (await get().ctx.db.selectFrom('appointments').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  /** Books and insists on 201. */
  const booked = async (body: Record<string, unknown>, token?: string): Promise<Appointment> => {
    const res = await book(get(), body, token);
    if (res.statusCode !== 201) throw new Error(`booking failed: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const slotStarts = async (provider: string, date: string, extra = '') => {
    const res = await get().call('GET', `/api/v1/slots?provider=${provider}&date=${date}&duration=30${extra}`, { token: get().adminToken });
    if (res.statusCode !== 200) throw new Error(`slot search failed: ${res.statusCode} ${res.body}`);
    return (res.json().results as { start_time: string }[]).map((s) => hhmm(s.start_time));
  };
  return { detail, history, statusOf, booked, slotStarts };
}

describe.each(backends)('holds until payment on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let patient: Person;
  let otherPatient: Person;
  let priced: string; // 30 minutes, 4500 EUR
  let free: string; // 30 minutes, no price
  const { detail, history, statusOf, booked, slotStarts } = helpers(() => t);

  /** A provider who works Tuesdays 09:00–12:00 UTC on a 30-minute grid, fresh for each test. */
  const tuesdayProvider = () => makeProvider(t, { slot_minutes: 30, schedule: [{ weekday: 'tuesday', start: '09:00', end: '12:00' }] });

  beforeAll(async () => {
    t = await createTestApp(backend);
    staff = await makeStaff(t);
    priced = await topic(t, { price: 4500, currency: 'EUR' });
    free = await topic(t);
  });
  afterAll(() => t?.close());
  // Each test gets its own two patients, so their calendars never meet another test's.
  beforeEach(async () => {
    patient = await makePatient(t);
    otherPatient = await makePatient(t);
  });
  afterEach(() => t.clock.set(NOW));

  describe('priced topics', () => {
    it('store a price in minor units with its ISO 4217 currency', async () => {
      const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Consultation', duration: 20, price: 150000, currency: 'INR' } });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ price: 150000, currency: 'INR' });
      const again = await t.call('GET', `/api/v1/topics/${res.json().id}`, { token: patient.token });
      expect(again.json()).toMatchObject({ price: 150000, currency: 'INR' });
      const plain = await t.call('GET', `/api/v1/topics/${free}`, { token: t.adminToken });
      expect(plain.json()).toMatchObject({ price: null, currency: null });
    });

    it('refuse a price without a currency, a currency without a price, and malformed ones', async () => {
      const create = (body: Record<string, unknown>) => t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name: 'Bad', duration: 30, ...body } });
      const noCurrency = expectProblem(await create({ price: 1000 }), 422, 'validation_failed');
      expect(noCurrency.errors?.map((e) => e.field)).toContain('currency');
      const noPrice = expectProblem(await create({ currency: 'EUR' }), 422, 'validation_failed');
      expect(noPrice.errors?.map((e) => e.field)).toContain('price');
      expectProblem(await create({ price: 1000, currency: null }), 422, 'validation_failed');
      expectProblem(await create({ price: 10.5, currency: 'EUR' }), 422, 'validation_failed');
      expectProblem(await create({ price: -1, currency: 'EUR' }), 422, 'validation_failed');
      expectProblem(await create({ price: 1000, currency: 'eur' }), 422, 'validation_failed');
      expectProblem(await create({ price: 1000, currency: 'EURO' }), 422, 'validation_failed');
      // Nothing was created by any of them.
      const list = await t.call('GET', '/api/v1/topics?search=Bad', { token: t.adminToken });
      expect(list.json().count).toBe(0);
    });

    it('refuse clearing only one of price and currency on update', async () => {
      const id = await topic(t, { price: 100, currency: 'USD' });
      for (const body of [{ currency: null }, { price: null }]) {
        const res = await t.call('PATCH', `/api/v1/topics/${id}`, { token: t.adminToken, body });
        expect(res.statusCode).toBe(422);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      expect((await t.call('GET', `/api/v1/topics/${id}`, { token: t.adminToken })).json()).toMatchObject({ price: 100, currency: 'USD' });
      const cleared = await t.call('PATCH', `/api/v1/topics/${id}`, { token: t.adminToken, body: { price: null, currency: null } });
      expect(cleared.statusCode).toBe(200);
      expect(cleared.json()).toMatchObject({ price: null, currency: null });
    });

    it('change the price of a priced topic without restating its currency', async () => {
      const id = await topic(t, { price: 100, currency: 'USD' });
      const res = await t.call('PATCH', `/api/v1/topics/${id}`, { token: t.adminToken, body: { price: 250 } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ price: 250, currency: 'USD' });
    });
  });

  describe('booking a priced visit', () => {
    it("makes a patient's booking a hold for HOLD_MINUTES (15 by default), priced and awaiting payment", async () => {
      expect(t.ctx.config.HOLD_MINUTES).toBe(15);
      const provider = await tuesdayProvider();
      const res = await book(t, { provider: provider.id, topics: [priced], start_time: `${TUESDAY}T09:00:00Z` }, patient.token);
      expect(res.statusCode).toBe(201);
      const hold = res.json() as Appointment;
      expect(hold).toMatchObject({
        status: 'pending_payment',
        patient: patient.id,
        provider: provider.id,
        hold_expires_at: EXPIRY,
        price: { amount: 4500, currency: 'EUR' },
        payment: { status: 'pending', payment_id: null, paid_at: null },
      });
      // The detail says the same to the patient, the provider and staff.
      for (const token of [patient.token, provider.token, staff.token]) {
        expect(await detail(hold.id, token)).toMatchObject({ status: 'pending_payment', hold_expires_at: EXPIRY, payment: { status: 'pending' } });
      }
      const events = await history(hold.id, patient.token);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'created',
        actor: { user_id: patient.userId, role: 'patient' },
        changes: { status: { from: null, to: 'pending_payment' }, hold_expires_at: EXPIRY },
      });
    });

    it('measures the hold from the moment of booking, not from the start of the day', async () => {
      const provider = await tuesdayProvider();
      t.clock.set('2030-03-04T13:37:00Z');
      const hold = await booked({ provider: provider.id, topics: [priced], start_time: `${TUESDAY}T10:00:00Z` }, patient.token);
      expect(hold.hold_expires_at).toBe('2030-03-04T13:52:00.000Z');
    });

    it('books straight to scheduled when staff, an admin or the provider books, still showing the price', async () => {
      const provider = await tuesdayProvider();
      const byStaff = await booked({ provider: provider.id, patient: patient.id, topics: [priced], start_time: `${TUESDAY}T09:00:00Z` }, staff.token);
      const byAdmin = await booked({ provider: provider.id, patient: patient.id, topics: [priced], start_time: `${TUESDAY}T09:30:00Z` });
      const byProvider = await booked({ patient: patient.id, topics: [priced], start_time: `${TUESDAY}T10:00:00Z` }, provider.token);
      for (const a of [byStaff, byAdmin, byProvider]) {
        expect(a).toMatchObject({ status: 'scheduled', hold_expires_at: null, price: { amount: 4500, currency: 'EUR' } });
        expect(a.payment.status).not.toBe('pending');
        expect(a.payment.payment_id).toBeNull();
      }
      // None of them ever lapses.
      t.clock.set(plusMinutes(NOW, 60));
      await sweepExpiredHolds(t.ctx);
      for (const a of [byStaff, byAdmin, byProvider]) expect(await statusOf(a.id)).toBe('scheduled');
    });

    it('books a free visit straight to scheduled, with nothing to pay', async () => {
      const provider = await tuesdayProvider();
      const a = await booked({ provider: provider.id, topics: [free], start_time: `${TUESDAY}T09:00:00Z` }, patient.token);
      expect(a).toMatchObject({ status: 'scheduled', hold_expires_at: null, price: null, payment: { status: 'not_required', payment_id: null, paid_at: null } });
      const zero = await topic(t, { price: 0, currency: 'EUR' });
      const b = await booked({ provider: provider.id, topics: [zero], start_time: `${TUESDAY}T10:00:00Z` }, patient.token);
      expect(b.status).toBe('scheduled');
      expect(b.hold_expires_at).toBeNull();
      expect(b.payment.status).toBe('not_required');
    });

    it('prices a visit with several topics at their sum, and refuses mixing currencies', async () => {
      const provider = await tuesdayProvider();
      const extra = await topic(t, { price: 500, currency: 'EUR' }, 15);
      const dollars = await topic(t, { price: 700, currency: 'USD' }, 15);
      const both = await booked({ provider: provider.id, topics: [priced, extra, free], start_time: `${TUESDAY}T09:00:00Z` }, patient.token);
      expect(both).toMatchObject({ status: 'pending_payment', price: { amount: 5000, currency: 'EUR' } });
      const mixed = expectProblem(
        await book(t, { provider: provider.id, topics: [priced, dollars], start_time: `${TUESDAY}T11:00:00Z` }, otherPatient.token),
        422,
        'validation_failed',
      );
      expect(mixed.errors?.map((e) => e.field)).toContain('topics');
    });
  });

  describe('a hold occupies its time', () => {
    it('refuses another booking over it and is not offered by slot search', async () => {
      const provider = await tuesdayProvider();
      const otherProvider = await tuesdayProvider();
      const before = await slotStarts(provider.id, TUESDAY);
      expect(before).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);

      const hold = await booked({ provider: provider.id, topics: [priced], start_time: `${TUESDAY}T10:00:00Z` }, patient.token);
      expect(hold.status).toBe('pending_payment');

      // The provider's calendar: another patient, by themself or through staff.
      const sameTime = expectProblem(await book(t, { provider: provider.id, topics: [free], start_time: `${TUESDAY}T10:00:00Z` }, otherPatient.token), 409, 'slot_unavailable');
      expect(sameTime.busy).toEqual(['provider']);
      const overlapping = expectProblem(
        await book(t, { provider: provider.id, patient: otherPatient.id, topics: [free], start_time: `${TUESDAY}T10:15:00Z` }, staff.token),
        409,
        'slot_unavailable',
      );
      expect(overlapping.busy).toEqual(['provider']);
      // The patient's calendar: the same patient with another provider.
      const patientBusy = expectProblem(await book(t, { provider: otherProvider.id, topics: [free], start_time: `${TUESDAY}T10:00:00Z` }, patient.token), 409, 'slot_unavailable');
      expect(patientBusy.busy).toEqual(['patient']);

      expect(await slotStarts(provider.id, TUESDAY)).toEqual(['09:00', '09:30', '10:30', '11:00', '11:30']);
      // Still held one second before it lapses.
      t.clock.set(plusSeconds(EXPIRY, -1));
      expect(await slotStarts(provider.id, TUESDAY)).toEqual(['09:00', '09:30', '10:30', '11:00', '11:30']);
      expectProblem(await book(t, { provider: provider.id, topics: [free], start_time: `${TUESDAY}T10:00:00Z` }, otherPatient.token), 409, 'slot_unavailable');
      expect(await statusOf(hold.id)).toBe('pending_payment');
    });

    it('is enforced by the database: a second occupying row over a hold is refused', async () => {
      const provider = await tuesdayProvider();
      const hold = await booked({ provider: provider.id, topics: [priced], start_time: `${TUESDAY}T11:00:00Z` }, patient.token);
      const row = await t.ctx.db.selectFrom('appointments').selectAll().where('id', '=', hold.id).executeTakeFirstOrThrow();
      await expect(
        t.ctx.db
          .insertInto('appointments')
          .values({
            provider_id: provider.id,
            patient_id: otherPatient.id,
            start_time: row.start_time,
            end_time: row.end_time,
            provider_notes: null,
            created_by_user_id: staff.userId,
            facility_id: null,
            mode: null,
            exclusive_facility_id: null,
            status: 'scheduled',
            hold_expires_at: null,
            price_amount: null,
            currency: null,
          })
          .execute(),
      ).rejects.toMatchObject({ code: '23P01' });
    });
  });

  describe('a lapsed hold frees its time without waiting for the sweeper', () => {
    it('is offered again by slot search and can be booked over by someone else; the old hold is then expired, by the system', async () => {
      const provider = await tuesdayProvider();
      const hold = await booked({ provider: provider.id, topics: [priced], start_time: `${TUESDAY}T10:00:00Z` }, patient.token);

      t.clock.set(plusSeconds(EXPIRY, 1));
      // No sweeper has run: the row still says pending_payment, yet the time is free.
      expect(await statusOf(hold.id)).toBe('pending_payment');
      expect(await slotStarts(provider.id, TUESDAY)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);

      const res = await book(t, { provider: provider.id, topics: [free], start_time: `${TUESDAY}T10:00:00Z` }, otherPatient.token);
      expect(res.statusCode).toBe(201);
      const taken = res.json() as Appointment;
      expect(taken).toMatchObject({ status: 'scheduled', patient: otherPatient.id, start_time: `${TUESDAY}T10:00:00.000Z` });

      const old = await detail(hold.id, patient.token);
      expect(old).toMatchObject({ status: 'expired', payment: { status: 'expired', payment_id: null } });
      const events = await history(hold.id, patient.token);
      expect(events.map((e) => e.type)).toEqual(['created', 'status_changed']);
      expect(events[1]).toMatchObject({ actor: { user_id: null, role: 'system' }, changes: { status: { from: 'pending_payment', to: 'expired' } } });
      // The time is now the new booking's.
      expect(await slotStarts(provider.id, TUESDAY)).toEqual(['09:00', '09:30', '10:30', '11:00', '11:30']);
      // The sweeper later has nothing to do for it, and never touches the new booking.
      await sweepExpiredHolds(t.ctx);
      expect(await statusOf(hold.id)).toBe('expired');
      expect(await statusOf(taken.id)).toBe('scheduled');
      expect((await history(hold.id)).filter((e) => e.type === 'status_changed')).toHaveLength(1);
    });

    it("releases a lapsed hold on the patient's side too (the same patient booking another provider then)", async () => {
      const provider = await tuesdayProvider();
      const otherProvider = await tuesdayProvider();
      const hold = await booked({ provider: provider.id, topics: [priced], start_time: `${TUESDAY}T09:30:00Z` }, patient.token);
      t.clock.set(plusMinutes(EXPIRY, 1));
      const res = await book(t, { provider: otherProvider.id, topics: [priced], start_time: `${TUESDAY}T09:30:00Z` }, patient.token);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ status: 'pending_payment', hold_expires_at: plusMinutes(EXPIRY, 16) });
      expect(await statusOf(hold.id)).toBe('expired');
      const events = await history(hold.id);
      expect(events[events.length - 1]).toMatchObject({ type: 'status_changed', actor: { role: 'system' }, changes: { status: { from: 'pending_payment', to: 'expired' } } });
    });

    it('lets the same patient book the time again after their own hold lapsed', async () => {
      const provider = await tuesdayProvider();
      const hold = await booked({ provider: provider.id, topics: [priced], start_time: `${TUESDAY}T11:30:00Z` }, patient.token);
      t.clock.set(plusMinutes(EXPIRY, 5));
      const again = await book(t, { provider: provider.id, topics: [priced], start_time: `${TUESDAY}T11:30:00Z` }, patient.token);
      expect(again.statusCode).toBe(201);
      expect(again.json().id).not.toBe(hold.id);
      expect(again.json()).toMatchObject({ status: 'pending_payment', hold_expires_at: plusMinutes(EXPIRY, 20) });
      expect(await statusOf(hold.id)).toBe('expired');
    });

    it('answers a booking with the same appointment a later read returns (hold, price, facility, several topics)', async () => {
      const roomRes = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: `Room ${randomUUID().slice(0, 6)}`, timezone: 'UTC', single_occupancy: true } });
      const room = roomRes.json().id as string;
      const provider = await makeProvider(t, { facilities: [room] });
      const created = await booked({ provider: provider.id, topics: [priced, free], start_time: `${TUESDAY}T15:00:00Z`, facility: room, mode: 'in_person' }, patient.token);
      expect(created).toMatchObject({ status: 'pending_payment', price: { amount: 4500, currency: 'EUR' }, facility: room, topics: [priced, free] });
      const { notifications_sent: _sent, ...read } = await detail(created.id, patient.token);
      expect(read).toEqual(created);
    });

    it('writes the notifications and reminders that the booking, read back, calls for (held by a patient, created by staff)', async () => {
      const facility = (
        await t.call('POST', '/api/v1/facilities', {
          token: t.adminToken,
          body: { name: `Clinic ${randomUUID().slice(0, 6)}`, timezone: 'Europe/Paris', address: ['1 Rue de la Paix', 'Paris'] },
        })
      ).json().id as string;
      const provider = await makeProvider(t, { facilities: [facility], phone: '+14155550101' });
      const smsPatient = await makePatient(t, { phone: '+14155550102' });
      for (const events of [['appointment.held'], ['appointment.created'], ['*']]) {
        const res = await t.call('POST', '/api/v1/webhooks', { token: t.adminToken, body: { url: 'https://example.org/hook', events } });
        expect(res.statusCode).toBe(201);
      }
      const bookings = [
        { event: 'held' as const, by: smsPatient, role: 'patient' as const, start: `${TUESDAY}T15:00:00Z` },
        { event: 'created' as const, by: staff, role: 'staff' as const, start: `${TUESDAY}T16:00:00Z` },
      ];
      for (const { event, by, role, start } of bookings) {
        const body = { provider: provider.id, patient: smsPatient.id, topics: [priced, free], start_time: start, facility, mode: 'in_person' };
        const { id } = await booked(body, by.token);
        const written = await t.ctx.db.selectFrom('notifications').selectAll().where('appointment_id', '=', id).orderBy('seq').execute();
        const notice = (await loadNotice(t.ctx.db, id, event))!;
        // What recording the event would write from the appointment as stored, seen as it was before
        // the event's own rows: no earlier changes (sequence 0) and no reminders.
        const expected = eventOutbox(t.ctx, { ...notice, sequence: 0, reminders: [] }, { type: event, actor: { userId: by.userId, role } });
        const comparable = (row: { channel: string; audience: string; recipient: string; subscription_id: string | null; payload: unknown }) => {
          const { event_id: _id, occurred_at: _at, ...payload } = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as Record<string, unknown>;
          return { channel: row.channel, audience: row.audience, recipient: row.recipient, subscription_id: row.subscription_id, payload };
        };
        expect(written.map(comparable)).toEqual(expected.notifications.map((n) => comparable(n as never)));
        expect(written.filter((n) => n.channel === 'webhook')).toHaveLength(2);
        const reminders = await t.ctx.db.selectFrom('reminders').select(['offset_minutes', 'remind_at']).where('appointment_id', '=', id).orderBy('offset_minutes').execute();
        expect(reminders).toEqual(
          expected.reminders.insert.map((r) => ({ offset_minutes: r.offset_minutes, remind_at: r.remind_at })).sort((a, b) => a.offset_minutes - b.offset_minutes),
        );
        expect(reminders.length > 0).toBe(event === 'created');
      }
    });

    it('releases a lapsed hold at a single-room facility for another provider and patient there', async () => {
      const roomRes = await t.call('POST', '/api/v1/facilities', { token: t.adminToken, body: { name: `Room ${randomUUID().slice(0, 6)}`, timezone: 'UTC', single_occupancy: true } });
      expect(roomRes.statusCode).toBe(201);
      const room = roomRes.json().id as string;
      const first = await makeProvider(t, { facilities: [room] });
      const second = await makeProvider(t, { facilities: [room] });
      const hold = await booked({ provider: first.id, topics: [priced], start_time: `${TUESDAY}T15:00:00Z`, facility: room }, patient.token);
      expect(hold.status).toBe('pending_payment');
      const blocked = expectProblem(
        await book(t, { provider: second.id, topics: [free], start_time: `${TUESDAY}T15:00:00Z`, facility: room }, otherPatient.token),
        409,
        'slot_unavailable',
      );
      expect(blocked.busy).toEqual(['facility']);
      t.clock.set(plusMinutes(EXPIRY, 1));
      const res = await book(t, { provider: second.id, topics: [free], start_time: `${TUESDAY}T15:00:00Z`, facility: room }, otherPatient.token);
      expect(res.statusCode).toBe(201);
      expect(await statusOf(hold.id)).toBe('expired');
    });
  });

  describe('cancelling a hold', () => {
    it('lets the patient cancel their hold, which frees the time and is never swept', async () => {
      const provider = await tuesdayProvider();
      const hold = await booked({ provider: provider.id, topics: [priced], start_time: `${TUESDAY}T09:00:00Z` }, patient.token);
      const res = await t.call('POST', `/api/v1/appointments/${hold.id}/cancel`, { token: patient.token, body: { reason: 'found another slot' } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'user_canceled', hold_expires_at: null, cancellation: { by: 'patient', reason: 'found another slot' } });
      expect(await slotStarts(provider.id, TUESDAY)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
      const taken = await book(t, { provider: provider.id, topics: [free], start_time: `${TUESDAY}T09:00:00Z` }, otherPatient.token);
      expect(taken.statusCode).toBe(201);

      t.clock.set(plusMinutes(EXPIRY, 10));
      await sweepExpiredHolds(t.ctx);
      expect(await statusOf(hold.id)).toBe('user_canceled');
      const events = await history(hold.id);
      expect(events.map((e) => e.type)).toEqual(['created', 'canceled']);
      expect(events[1]).toMatchObject({ actor: { user_id: patient.userId, role: 'patient' }, changes: { status: { from: 'pending_payment', to: 'user_canceled' } } });
    });

    it('lets the provider call off a hold (provider_canceled)', async () => {
      const provider = await tuesdayProvider();
      const hold = await booked({ provider: provider.id, topics: [priced], start_time: `${TUESDAY}T10:30:00Z` }, patient.token);
      const res = await t.call('POST', `/api/v1/appointments/${hold.id}/cancel`, { token: provider.token, body: {} });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'provider_canceled', hold_expires_at: null });
    });
  });
});

describe.each(backends)('the hold sweeper on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let patient: Person;
  let otherPatient: Person;
  let priced: string;
  const { history, statusOf, booked } = helpers(() => t);

  beforeAll(async () => {
    t = await createTestApp(backend);
    provider = await makeProvider(t);
    patient = await makePatient(t);
    otherPatient = await makePatient(t);
    priced = await topic(t, { price: 2500, currency: 'USD' });
  });
  afterAll(() => t?.close());

  it('expires exactly the holds whose time is up, each with a history entry by the system', async () => {
    // Holds taken at 08:00, 08:05 and 08:10; one cancelled; one booked by staff (no hold); one paid.
    const a = await booked({ provider: provider.id, topics: [priced], start_time: '2030-03-05T09:00:00Z' }, patient.token);
    // The provider is busy at 09:00 with the hold, so staff book another time.
    expectProblem(await book(t, { provider: provider.id, patient: otherPatient.id, topics: [priced], start_time: '2030-03-05T09:00:00Z' }), 409, 'slot_unavailable');
    const byStaff = await booked({ provider: provider.id, patient: otherPatient.id, topics: [priced], start_time: '2030-03-05T12:00:00Z' });
    t.clock.advanceMinutes(5);
    const b = await booked({ provider: provider.id, topics: [priced], start_time: '2030-03-05T10:00:00Z' }, patient.token);
    const canceled = await booked({ provider: provider.id, topics: [priced], start_time: '2030-03-05T13:00:00Z' }, patient.token);
    expect((await t.call('POST', `/api/v1/appointments/${canceled.id}/cancel`, { token: patient.token, body: {} })).statusCode).toBe(200);
    const paid = await booked({ provider: provider.id, topics: [priced], start_time: '2030-03-05T14:00:00Z' }, patient.token);
    const pay = await checkoutAndPay(t, paid.id, patient.token, { payment_id: 'pay-sweep', amount: 2500 });
    expect(pay.statusCode).toBe(201);
    t.clock.advanceMinutes(5);
    const c = await booked({ provider: provider.id, topics: [priced], start_time: '2030-03-05T11:00:00Z' }, patient.token);
    expect([a.hold_expires_at, b.hold_expires_at, c.hold_expires_at]).toEqual(['2030-03-04T08:15:00.000Z', '2030-03-04T08:20:00.000Z', '2030-03-04T08:25:00.000Z']);

    // Not before their time.
    t.clock.set('2030-03-04T08:14:59Z');
    expect(await sweepExpiredHolds(t.ctx)).toBe(0);
    expect([await statusOf(a.id), await statusOf(b.id), await statusOf(c.id)]).toEqual(['pending_payment', 'pending_payment', 'pending_payment']);

    t.clock.set('2030-03-04T08:15:01Z');
    expect(await sweepExpiredHolds(t.ctx)).toBe(1);
    expect([await statusOf(a.id), await statusOf(b.id), await statusOf(c.id)]).toEqual(['expired', 'pending_payment', 'pending_payment']);
    expect(await sweepExpiredHolds(t.ctx)).toBe(0);

    t.clock.set('2030-03-04T08:24:00Z');
    expect(await sweepExpiredHolds(t.ctx)).toBe(1);
    expect([await statusOf(b.id), await statusOf(c.id)]).toEqual(['expired', 'pending_payment']);

    t.clock.set('2030-03-04T09:00:00Z');
    expect(await sweepExpiredHolds(t.ctx)).toBe(1);
    expect(await statusOf(c.id)).toBe('expired');
    expect(await sweepExpiredHolds(t.ctx)).toBe(0);

    // Everything else is untouched.
    expect(await statusOf(canceled.id)).toBe('user_canceled');
    expect(await statusOf(byStaff.id)).toBe('scheduled');
    expect(await statusOf(paid.id)).toBe('scheduled');

    for (const id of [a.id, b.id, c.id]) {
      const events = await history(id, patient.token);
      expect(events.map((e) => e.type)).toEqual(['created', 'status_changed']);
      expect(events[1]).toMatchObject({ actor: { user_id: null, role: 'system' }, changes: { status: { from: 'pending_payment', to: 'expired' } } });
      const shown = (await t.call('GET', `/api/v1/appointments/${id}`, { token: patient.token })).json();
      expect(shown).toMatchObject({ status: 'expired', payment: { status: 'expired' } });
    }
    for (const id of [canceled.id, byStaff.id, paid.id]) {
      expect((await history(id)).some((e) => e.actor.role === 'system')).toBe(false);
    }
    // Expired holds free their time: the 09:00 that staff could not book before can be booked now.
    const rebooked = await booked({ provider: provider.id, patient: otherPatient.id, topics: [priced], start_time: '2030-03-05T09:00:00Z' });
    expect(rebooked.status).toBe('scheduled');
  });
});

describe.each(backends)('a configured hold length on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { HOLD_MINUTES: 5 });
  });
  afterAll(() => t?.close());

  it('uses HOLD_MINUTES for hold_expires_at and for when the time frees up', async () => {
    const provider = await makeProvider(t);
    const patient = await makePatient(t);
    const other = await makePatient(t);
    const priced = await topic(t, { price: 999, currency: 'GBP' });
    const res = await book(t, { provider: provider.id, topics: [priced], start_time: '2030-03-05T09:00:00Z' }, patient.token);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'pending_payment', hold_expires_at: plusMinutes(NOW, 5), price: { amount: 999, currency: 'GBP' } });
    t.clock.set(plusMinutes(NOW, 4));
    expectProblem(await book(t, { provider: provider.id, topics: [priced], start_time: '2030-03-05T09:00:00Z' }, other.token), 409, 'slot_unavailable');
    t.clock.set(plusMinutes(NOW, 6));
    const over = await book(t, { provider: provider.id, topics: [priced], start_time: '2030-03-05T09:00:00Z' }, other.token);
    expect(over.statusCode).toBe(201);
    expect((await t.call('GET', `/api/v1/appointments/${res.json().id}`, { token: patient.token })).json().status).toBe('expired');
  });
});
