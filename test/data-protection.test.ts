import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, expectProblem, type TestApp } from './helpers.js';
import { codeFromMail, verifiedVisitor, VISITOR_PASSWORD } from './support/accounts.js';
import { buildWorld, type World } from './support/fixtures-world.js';
import { tempDataDir } from './support/notify.js';
import { checkoutAndPay } from './support/payments.js';

describe.each(backends)('data protection on %s', (backend) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: tempDataDir() });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const exportOf = async (token: string) => {
    const res = await t.call('GET', '/api/v1/me/export', { token });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  describe('GET /me/export', () => {
    it("holds the caller's account, profile, appointments, notifications and payments, and nobody else's", async () => {
      const held = await w.holdForPatientA();
      expect((await checkoutAndPay(t, held, w.patientA.token)).statusCode).toBe(201);
      const data = await exportOf(w.patientA.token);
      expect(data.account).toMatchObject({ id: w.patientA.userId, email: w.patientA.email, role: 'patient', name: 'Patient A' });
      expect(data.profile).toMatchObject({ patient_id: w.patientA.id, email: w.patientA.email, email_verified: true });
      const ids = data.appointments.map((a: { id: string }) => a.id);
      expect(ids).toEqual(expect.arrayContaining([w.appointmentA, held]));
      expect(ids).not.toContain(w.appointmentB);
      expect(data.notifications.map((n: { id: string }) => n.id)).toContain(w.notificationA);
      expect(data.notifications.every((n: { recipient: string }) => n.recipient !== w.patientB.email)).toBe(true);
      expect(data.payments).toHaveLength(1);
      expect(data.payments[0]).toMatchObject({ appointment_id: held, amount: w.price, status: 'succeeded' });
    });

    it("includes a visitor's registration details, and account emails without their codes", async () => {
      const visitor = await verifiedVisitor(t);
      const data = await exportOf(visitor.token);
      expect(data.profile).toMatchObject({
        type: 'visitor',
        nationality: 'DE',
        gender: 'female',
        date_of_birth: '1990-05-17',
        address: { line1: '1 Main Street', city: 'Berlin', country: 'DE' },
      });
      const mails = data.notifications.filter((n: { event: string }) => n.event === 'account.verify_email');
      expect(mails).toHaveLength(1);
      expect(mails[0].message).toBeNull();
      const code = await codeFromMail(t, visitor.email);
      expect(JSON.stringify(mails)).not.toContain(code);
    });

    it("gives a provider their own appointments", async () => {
      const data = await exportOf(w.providerA.token);
      expect(data.profile).toBeNull();
      const ids = data.appointments.map((a: { id: string }) => a.id);
      expect(ids).toContain(w.appointmentA);
      expect(ids).not.toContain(w.appointmentB);
    });
  });

  describe('POST /patients/{id}/erase', () => {
    it('removes the person from every read and from sign-in; the appointments stay for the provider, without their identity', async () => {
      const visitor = await verifiedVisitor(t, { name: 'Zelda Quarrington' });
      const me = (await t.call('GET', '/api/v1/me', { token: visitor.token })).json();
      const booked = await t.call('POST', '/api/v1/appointments', {
        token: visitor.token,
        body: { provider: w.providerA.id, topics: [w.topic], start_time: w.nextSlot(), reason: 'Zelda has a sore knee' },
      });
      expect(booked.statusCode).toBe(201);
      const appointmentId = booked.json().id as string;
      const refresh = (await t.call('POST', '/api/v1/auth/token', { body: { email: visitor.email, password: VISITOR_PASSWORD } })).json().refresh_token;

      const erased = await t.call('POST', `/api/v1/patients/${me.patient_id}/erase`, { token: t.adminToken });
      expect(erased.statusCode).toBe(204);

      // Gone from sign-in and sessions.
      expectProblem(await t.call('GET', '/api/v1/me', { token: visitor.token }), 401);
      expectProblem(await t.call('POST', '/api/v1/auth/token', { body: { email: visitor.email, password: VISITOR_PASSWORD } }), 401);
      expectProblem(await t.call('POST', '/api/v1/auth/refresh', { body: { refresh_token: refresh } }), 401);
      // Gone from every read of patients.
      expectProblem(await t.call('GET', `/api/v1/patients/${me.patient_id}`, { token: t.adminToken }), 404);
      const search = (await t.call('GET', '/api/v1/patients?search=Zelda', { token: t.adminToken })).json();
      expect(search.count).toBe(0);
      expectProblem(await t.call('POST', `/api/v1/patients/${me.patient_id}/erase`, { token: t.adminToken }), 404);

      // The appointment stays on the provider's calendar, without the name or the patient's words.
      const seen = await t.call('GET', `/api/v1/appointments/${appointmentId}`, { token: w.providerA.token });
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).toMatchObject({ id: appointmentId, patient: me.patient_id, patient_name: 'Erased patient' });
      expect(JSON.stringify(seen.json())).not.toMatch(/Zelda|sore knee/);

      // And nowhere in the database does the name, the address or the email remain.
      const tables = ['users', 'patients', 'appointments', 'appointment_events', 'notifications', 'account_codes', 'refresh_tokens', 'idempotency_keys'];
      for (const table of tables) {
        const hits = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)} AS r WHERE row_to_json(r)::text ~ ${'Quarrington|sore knee'} OR row_to_json(r)::text ILIKE ${`%${visitor.email}%`}`.execute(t.ctx.db);
        expect({ table, n: Number(hits.rows[0]!.n) }).toEqual({ table, n: 0 });
      }
      const user = await t.ctx.db.selectFrom('users').selectAll().where('id', '=', me.id).executeTakeFirstOrThrow();
      expect(user).toMatchObject({ email: null, password_hash: null, active: false, phone: null });
      expect(user.erased_at).not.toBeNull();
    });

    it('is for admins: staff are refused, and the patient stays', async () => {
      const staffToken = w.staff.token;
      expectProblem(await t.call('POST', `/api/v1/patients/${w.patientB.id}/erase`, { token: staffToken }), 403);
      expect((await t.call('GET', `/api/v1/patients/${w.patientB.id}`, { token: t.adminToken })).statusCode).toBe(200);
    });
  });
});
