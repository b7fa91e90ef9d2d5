import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, type Person, type TestApp } from './helpers.js';

const uniq = () => randomBytes(4).toString('hex');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(backends)('people on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let provider: Person;
  let otherProvider: Person;
  let patient: Person;
  let otherPatient: Person;

  const count = async (table: 'users' | 'providers' | 'patients') =>
    Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp(backend);
    staff = await makeStaff(t);
    provider = await makeProvider(t);
    otherProvider = await makeProvider(t);
    patient = await makePatient(t);
    otherPatient = await makePatient(t);
  });
  afterAll(() => t?.close());

  describe('POST /api/v1/providers', () => {
    it('creates the user and the provider profile (admin)', async () => {
      const email = `New.Provider-${uniq()}@Carebook.Test`;
      const res = await t.call('POST', '/api/v1/providers', {
        token: t.adminToken,
        body: { email, name: 'Dr. Grace Hopper', password: 'long-enough-1', specialization: 'Cardiology', timezone: 'Europe/Berlin', phone: '+14155550100' },
      });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body.id).toMatch(UUID);
      expect(body.user).toEqual({ id: expect.stringMatching(UUID), email: email.toLowerCase(), name: 'Dr. Grace Hopper', phone: '+14155550100' });
      expect(body.id).not.toBe(body.user.id);
      expect(body).toMatchObject({ name: 'Dr. Grace Hopper', specialization: 'Cardiology', timezone: 'Europe/Berlin', active: true });
      const row = await t.ctx.db.selectFrom('providers').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
      expect(row.user_id).toBe(body.user.id);
      const user = await t.ctx.db.selectFrom('users').selectAll().where('id', '=', body.user.id).executeTakeFirstOrThrow();
      expect(user.role).toBe('provider');
      expect(user.password_hash).not.toContain('long-enough-1');
      expect(JSON.stringify(body)).not.toContain('password');
      // The new provider can sign in.
      expect((await t.call('POST', '/api/v1/auth/token', { body: { email, password: 'long-enough-1' } })).statusCode).toBe(200);
    });

    it('defaults the time zone to UTC, and only admins add providers (issue 13: staff keep hours and appointments)', async () => {
      const body = { email: `p-${uniq()}@carebook.test`, name: 'Dr. Admin-made', password: 'long-enough-1' };
      expectProblem(await t.call('POST', '/api/v1/providers', { token: staff.token, body }), 403, 'forbidden');
      const res = await t.call('POST', '/api/v1/providers', { token: t.adminToken, body });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ timezone: 'UTC', specialization: null, active: true });
    });

    it('is refused to providers and patients (403) and to anonymous callers (401)', async () => {
      const body = { email: `p-${uniq()}@carebook.test`, name: 'Dr. Nope', password: 'long-enough-1' };
      const before = await count('users');
      expectProblem(await t.call('POST', '/api/v1/providers', { token: provider.token, body }), 403, 'forbidden');
      expectProblem(await t.call('POST', '/api/v1/providers', { token: patient.token, body }), 403, 'forbidden');
      expectProblem(await t.call('POST', '/api/v1/providers', { body }), 401, 'unauthorized');
      expect(await count('users')).toBe(before);
    });

    it('refuses a duplicate email in any case with 409 email_taken and creates nothing', async () => {
      const [users, providers, patients] = [await count('users'), await count('providers'), await count('patients')];
      const dupProvider = expectProblem(
        await t.call('POST', '/api/v1/providers', { token: t.adminToken, body: { email: provider.email.toUpperCase(), name: 'Dr. Twin', password: 'long-enough-1' } }),
        409,
        'email_taken',
      );
      expect(dupProvider.errors).toEqual([{ field: 'email', message: expect.any(String) }]);
      expectProblem(
        await t.call('POST', '/api/v1/patients', { token: t.adminToken, body: { email: provider.email.replace('provider', 'PROVIDER'), name: 'Pat Twin', password: 'long-enough-1' } }),
        409,
        'email_taken',
      );
      expectProblem(
        await t.call('POST', '/api/v1/users', { token: t.adminToken, body: { email: patient.email.toUpperCase(), name: 'Staff Twin', password: 'long-enough-1', role: 'staff' } }),
        409,
        'email_taken',
      );
      expect(await count('users')).toBe(users);
      expect(await count('providers')).toBe(providers);
      expect(await count('patients')).toBe(patients);
    });

    it('validates the fields with 422 and per-field errors', async () => {
      const bad = expectProblem(
        await t.call('POST', '/api/v1/providers', { token: t.adminToken, body: { email: 'not-an-email', name: '', password: 'short' } }),
        422,
        'validation_failed',
      );
      expect(bad.errors?.map((e) => e.field).sort()).toEqual(['email', 'name', 'password']);
      const missing = expectProblem(await t.call('POST', '/api/v1/providers', { token: t.adminToken, body: {} }), 422, 'validation_failed');
      expect(missing.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['email', 'name', 'password']));
    });

    it('refuses an invalid time zone with a field error', async () => {
      const before = await count('users');
      for (const timezone of ['Mars/Olympus_Mons', '+05:30', 'UTC+5', '', 'Europe/', 42]) {
        const res = await t.call('POST', '/api/v1/providers', { token: t.adminToken, body: { email: `tz-${uniq()}@carebook.test`, name: 'Dr. Zone', password: 'long-enough-1', timezone } });
        const body = expectProblem(res, 422, 'validation_failed');
        expect(body.errors?.map((e) => e.field)).toEqual(['timezone']);
      }
      expect(await count('users')).toBe(before);
    });
  });

  describe('providers: list, detail, update, (de)activate', () => {
    it('lists providers with pagination and search', async () => {
      const tag = `Zeta${uniq()}`;
      const made: string[] = [];
      for (const n of ['A', 'B', 'C']) {
        const res = await t.call('POST', '/api/v1/providers', { token: t.adminToken, body: { email: `${tag}-${n}@carebook.test`, name: `Dr. ${tag} ${n}`, password: 'long-enough-1' } });
        expect(res.statusCode).toBe(201);
        made.push(res.json().id);
      }
      const all = (await t.call('GET', `/api/v1/providers?search=${tag}`, { token: t.adminToken })).json();
      expect(all.count).toBe(3);
      expect(all.results.map((p: { id: string }) => p.id)).toEqual(made);
      expect(all.next).toBeNull();
      expect(all.previous).toBeNull();

      const first = await t.call('GET', `/api/v1/providers?search=${tag}&limit=2`, { token: t.adminToken });
      expect(first.statusCode).toBe(200);
      const page1 = first.json();
      expect(Object.keys(page1).sort()).toEqual(['count', 'next', 'previous', 'results']);
      expect(page1.count).toBe(3);
      expect(page1.results.map((p: { id: string }) => p.id)).toEqual(made.slice(0, 2));
      expect(page1.previous).toBeNull();
      expect(page1.next).toBe(`/api/v1/providers?search=${tag}&limit=2&offset=2`);

      const page2 = (await t.call('GET', page1.next, { token: t.adminToken })).json();
      expect(page2.results.map((p: { id: string }) => p.id)).toEqual(made.slice(2));
      expect(page2.next).toBeNull();
      expect(page2.previous).toBe(`/api/v1/providers?search=${tag}&limit=2&offset=0`);

      const none = (await t.call('GET', `/api/v1/providers?search=no-such-${tag}`, { token: t.adminToken })).json();
      expect(none).toEqual({ count: 0, next: null, previous: null, results: [] });
      // Search wildcards are literal.
      expect((await t.call('GET', '/api/v1/providers?search=%25%25%25', { token: t.adminToken })).json().count).toBe(0);

      expectProblem(await t.call('GET', '/api/v1/providers?limit=0', { token: t.adminToken }), 422, 'validation_failed');
      expectProblem(await t.call('GET', '/api/v1/providers?limit=201', { token: t.adminToken }), 422, 'validation_failed');
      expectProblem(await t.call('GET', '/api/v1/providers?offset=-1', { token: t.adminToken }), 422, 'validation_failed');
    });

    it('shows contact details to staff and to the provider themself, not to patients or other providers', async () => {
      const asStaff = (await t.call('GET', `/api/v1/providers/${provider.id}`, { token: staff.token })).json();
      expect(asStaff.user.email).toBe(provider.email);
      const asSelf = (await t.call('GET', `/api/v1/providers/${provider.id}`, { token: provider.token })).json();
      expect(asSelf.user.email).toBe(provider.email);
      const asPatient = await t.call('GET', `/api/v1/providers/${provider.id}`, { token: patient.token });
      expect(asPatient.statusCode).toBe(200);
      expect(asPatient.json().user).toBeUndefined();
      expect(asPatient.body).not.toContain(provider.email);
      const asOther = (await t.call('GET', `/api/v1/providers/${provider.id}`, { token: otherProvider.token })).json();
      expect(asOther.user).toBeUndefined();
    });

    it('answers 404 for an unknown or malformed provider id', async () => {
      expectProblem(await t.call('GET', `/api/v1/providers/${randomUUID()}`, { token: t.adminToken }), 404, 'not_found');
      expectProblem(await t.call('GET', '/api/v1/providers/not-an-id', { token: t.adminToken }), 404, 'not_found');
      expectProblem(await t.call('PATCH', `/api/v1/providers/${randomUUID()}`, { token: t.adminToken, body: { name: 'x' } }), 404, 'not_found');
      expectProblem(await t.call('POST', `/api/v1/providers/${randomUUID()}/deactivate`, { token: t.adminToken }), 404, 'not_found');
    });

    it('lets staff update a provider', async () => {
      const p = await makeProvider(t);
      const res = await t.call('PATCH', `/api/v1/providers/${p.id}`, {
        token: staff.token,
        body: { name: 'Dr. Renamed', specialization: 'Dermatology', timezone: 'Asia/Kolkata', phone: '+49 30 1234567' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: p.id, name: 'Dr. Renamed', specialization: 'Dermatology', timezone: 'Asia/Kolkata', active: true });
      // A practitioner's phone is stored in E.164 (issue 13).
      expect(res.json().user).toMatchObject({ id: p.userId, name: 'Dr. Renamed', phone: '+49301234567' });
      const again = (await t.call('GET', `/api/v1/providers/${p.id}`, { token: t.adminToken })).json();
      expect(again).toMatchObject({ name: 'Dr. Renamed', timezone: 'Asia/Kolkata' });
      // Clearing a nullable field.
      const cleared = await t.call('PATCH', `/api/v1/providers/${p.id}`, { token: staff.token, body: { specialization: null } });
      expect(cleared.json().specialization).toBeNull();
      expect(cleared.json().timezone).toBe('Asia/Kolkata');
    });

    it('refuses an invalid time zone or an unknown field on update', async () => {
      const tz = expectProblem(await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: t.adminToken, body: { timezone: 'Nowhere/Land' } }), 422, 'validation_failed');
      expect(tz.errors?.map((e) => e.field)).toEqual(['timezone']);
      expectProblem(await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: t.adminToken, body: { role: 'admin' } }), 422, 'validation_failed');
      const row = await t.ctx.db.selectFrom('providers').select('timezone').where('id', '=', provider.id).executeTakeFirstOrThrow();
      expect(row.timezone).toBe('UTC');
    });

    it('lets a provider update their own profile but not another provider, and not `active`', async () => {
      const own = await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: provider.token, body: { specialization: 'Pediatrics' } });
      expect(own.statusCode).toBe(200);
      expect(own.json().specialization).toBe('Pediatrics');

      expectProblem(await t.call('PATCH', `/api/v1/providers/${otherProvider.id}`, { token: provider.token, body: { specialization: 'Hacked' } }), 403, 'forbidden');
      const other = await t.ctx.db.selectFrom('providers').select('specialization').where('id', '=', otherProvider.id).executeTakeFirstOrThrow();
      expect(other.specialization).toBeNull();

      expectProblem(await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: provider.token, body: { active: false } }), 403, 'forbidden');
      expectProblem(await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: provider.token, body: { active: true } }), 403, 'forbidden');
      expectProblem(await t.call('POST', `/api/v1/providers/${provider.id}/deactivate`, { token: provider.token }), 403, 'forbidden');
      expect((await t.call('GET', '/api/v1/me', { token: provider.token })).statusCode).toBe(200);
    });

    it('refuses patients updating a provider', async () => {
      expectProblem(await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: patient.token, body: { name: 'x' } }), 403, 'forbidden');
      expectProblem(await t.call('POST', `/api/v1/providers/${provider.id}/deactivate`, { token: patient.token }), 403, 'forbidden');
    });

    it('deactivates and reactivates a provider; patients stop seeing an inactive one', async () => {
      const p = await makeProvider(t, { name: `Dr. Inactive ${uniq()}` });
      const off = await t.call('POST', `/api/v1/providers/${p.id}/deactivate`, { token: staff.token });
      expect(off.statusCode).toBe(200);
      expect(off.json()).toMatchObject({ id: p.id, active: false });
      expect((await t.call('GET', `/api/v1/providers/${p.id}`, { token: t.adminToken })).json().active).toBe(false);
      expectProblem(await t.call('GET', `/api/v1/providers/${p.id}`, { token: patient.token }), 404, 'not_found');
      const listed = (await t.call('GET', '/api/v1/providers?limit=200', { token: patient.token })).json();
      expect(listed.results.map((x: { id: string }) => x.id)).not.toContain(p.id);
      expect(listed.results.every((x: { active: boolean }) => x.active)).toBe(true);
      const inactiveOnly = (await t.call('GET', '/api/v1/providers?active=false&limit=200', { token: t.adminToken })).json();
      expect(inactiveOnly.results.map((x: { id: string }) => x.id)).toContain(p.id);

      const on = await t.call('POST', `/api/v1/providers/${p.id}/activate`, { token: t.adminToken });
      expect(on.statusCode).toBe(200);
      expect(on.json().active).toBe(true);
      expect((await t.call('GET', `/api/v1/providers/${p.id}`, { token: patient.token })).statusCode).toBe(200);
    });

    it('refuses to book an inactive provider (422 with a field error on provider)', async () => {
      const p = await makeProvider(t);
      const topic = await makeTopic(t, 30);
      expect((await t.call('POST', `/api/v1/providers/${p.id}/deactivate`, { token: t.adminToken })).statusCode).toBe(200);
      const before = await t.ctx.db.selectFrom('appointments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const asAdmin = expectProblem(await book(t, { provider: p.id, patient: patient.id, topics: [topic], start_time: '2030-05-01T10:00:00Z' }), 422, 'validation_failed');
      expect(asAdmin.errors?.map((e) => e.field)).toEqual(['provider']);
      const asPatient = expectProblem(await book(t, { provider: p.id, topics: [topic], start_time: '2030-05-01T10:00:00Z' }, patient.token), 422, 'validation_failed');
      expect(asPatient.errors?.map((e) => e.field)).toEqual(['provider']);
      const after = await t.ctx.db.selectFrom('appointments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));

      expect((await t.call('POST', `/api/v1/providers/${p.id}/activate`, { token: t.adminToken })).statusCode).toBe(200);
      expect((await book(t, { provider: p.id, patient: patient.id, topics: [topic], start_time: '2030-05-01T10:00:00Z' })).statusCode).toBe(201);
    });
  });

  describe('patients', () => {
    it('creates a patient (admin or staff) with user and profile', async () => {
      const email = `pat-${uniq()}@carebook.test`;
      const res = await t.call('POST', '/api/v1/patients', { token: staff.token, body: { email, name: 'Ada Patient', password: 'long-enough-1', date_of_birth: '1990-02-28' } });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body.id).toMatch(UUID);
      expect(body.user).toEqual({ id: expect.stringMatching(UUID), email, name: 'Ada Patient', phone: null });
      expect(body).toMatchObject({ name: 'Ada Patient', date_of_birth: '1990-02-28', active: true });
      const user = await t.ctx.db.selectFrom('users').select('role').where('id', '=', body.user.id).executeTakeFirstOrThrow();
      expect(user.role).toBe('patient');
    });

    it('refuses providers and patients creating patients (403)', async () => {
      const body = { email: `pat-${uniq()}@carebook.test`, name: 'Nope', password: 'long-enough-1' };
      expectProblem(await t.call('POST', '/api/v1/patients', { token: provider.token, body }), 403, 'forbidden');
      expectProblem(await t.call('POST', '/api/v1/patients', { token: patient.token, body }), 403, 'forbidden');
      expectProblem(await t.call('POST', '/api/v1/patients', { body }), 401, 'unauthorized');
    });

    it('refuses an impossible date of birth', async () => {
      const res = await t.call('POST', '/api/v1/patients', { token: t.adminToken, body: { email: `pat-${uniq()}@carebook.test`, name: 'Bad Date', password: 'long-enough-1', date_of_birth: '1990-02-30' } });
      expect(expectProblem(res, 422, 'validation_failed').errors?.map((e) => e.field)).toEqual(['date_of_birth']);
    });

    it('shows a patient only themself: another patient is 404, the list has only them', async () => {
      const own = await t.call('GET', `/api/v1/patients/${patient.id}`, { token: patient.token });
      expect(own.statusCode).toBe(200);
      expect(own.json()).toMatchObject({ id: patient.id, user: { id: patient.userId, email: patient.email } });

      const other = expectProblem(await t.call('GET', `/api/v1/patients/${otherPatient.id}`, { token: patient.token }), 404, 'not_found');
      const unknown = expectProblem(await t.call('GET', `/api/v1/patients/${randomUUID()}`, { token: patient.token }), 404, 'not_found');
      expect(other.detail).toBe(unknown.detail);

      const list = (await t.call('GET', '/api/v1/patients', { token: patient.token })).json();
      expect(list.count).toBe(1);
      expect(list.results.map((p: { id: string }) => p.id)).toEqual([patient.id]);
      const searched = (await t.call('GET', `/api/v1/patients?search=${encodeURIComponent(otherPatient.email)}`, { token: patient.token })).json();
      expect(searched.results.map((p: { id: string }) => p.id)).not.toContain(otherPatient.id);
    });

    it('lets staff, admins and providers list and search patients', async () => {
      const byEmail = (await t.call('GET', `/api/v1/patients?search=${encodeURIComponent(otherPatient.email)}`, { token: staff.token })).json();
      expect(byEmail.count).toBe(1);
      expect(byEmail.results[0].id).toBe(otherPatient.id);
      const asProvider = await t.call('GET', `/api/v1/patients/${otherPatient.id}`, { token: provider.token });
      expect(asProvider.statusCode).toBe(200);
      const all = (await t.call('GET', '/api/v1/patients?limit=1', { token: t.adminToken })).json();
      expect(all.count).toBe(await count('patients'));
      expect(all.results).toHaveLength(1);
      expect(all.next).toBe('/api/v1/patients?limit=1&offset=1');
    });

    it('lets a patient update their own profile, but not another, and not `active`', async () => {
      const res = await t.call('PATCH', `/api/v1/patients/${patient.id}`, { token: patient.token, body: { name: 'Renamed Patient', date_of_birth: '1985-07-01' } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ name: 'Renamed Patient', date_of_birth: '1985-07-01' });
      expectProblem(await t.call('PATCH', `/api/v1/patients/${otherPatient.id}`, { token: patient.token, body: { name: 'Hacked' } }), 404, 'not_found');
      expectProblem(await t.call('PATCH', `/api/v1/patients/${patient.id}`, { token: patient.token, body: { active: false } }), 403, 'forbidden');
      expectProblem(await t.call('POST', `/api/v1/patients/${patient.id}/deactivate`, { token: patient.token }), 403, 'forbidden');
      expectProblem(await t.call('PATCH', `/api/v1/patients/${patient.id}`, { token: provider.token, body: { name: 'By provider' } }), 403, 'forbidden');
      const row = await t.ctx.db.selectFrom('users').select(['name', 'active']).where('id', '=', otherPatient.userId).executeTakeFirstOrThrow();
      expect(row.name).not.toBe('Hacked');
      expect((await t.call('GET', '/api/v1/me', { token: patient.token })).json().name).toBe('Renamed Patient');
    });

    it('deactivates and reactivates a patient; an inactive patient cannot be booked', async () => {
      const p = await makePatient(t);
      const topic = await makeTopic(t, 30);
      const off = await t.call('POST', `/api/v1/patients/${p.id}/deactivate`, { token: staff.token });
      expect(off.statusCode).toBe(200);
      expect(off.json().active).toBe(false);
      const res = expectProblem(await book(t, { provider: provider.id, patient: p.id, topics: [topic], start_time: '2030-05-02T10:00:00Z' }), 422, 'validation_failed');
      expect(res.errors?.map((e) => e.field)).toEqual(['patient']);
      const on = await t.call('POST', `/api/v1/patients/${p.id}/activate`, { token: staff.token });
      expect(on.json().active).toBe(true);
    });

    it('answers 404 for unknown and malformed patient ids', async () => {
      expectProblem(await t.call('GET', `/api/v1/patients/${randomUUID()}`, { token: t.adminToken }), 404, 'not_found');
      expectProblem(await t.call('GET', '/api/v1/patients/12345', { token: t.adminToken }), 404, 'not_found');
    });
  });

  describe('POST /api/v1/users', () => {
    it('lets an admin create staff and admins', async () => {
      for (const role of ['staff', 'admin'] as const) {
        const email = `${role}-${uniq()}@carebook.test`;
        const res = await t.call('POST', '/api/v1/users', { token: t.adminToken, body: { email, name: `New ${role}`, password: 'long-enough-1', role } });
        expect(res.statusCode).toBe(201);
        expect(res.json()).toMatchObject({ id: expect.stringMatching(UUID), email, name: `New ${role}`, role, active: true });
        expect(res.body).not.toContain('password');
        const token = await t.login(email, 'long-enough-1');
        expect((await t.call('GET', '/api/v1/me', { token })).json()).toMatchObject({ role, provider_id: null, patient_id: null });
      }
    });

    it('is admin only: staff, providers and patients get 403', async () => {
      const body = { email: `u-${uniq()}@carebook.test`, name: 'Sneaky', password: 'long-enough-1', role: 'admin' };
      const before = await count('users');
      expectProblem(await t.call('POST', '/api/v1/users', { token: staff.token, body }), 403, 'forbidden');
      expectProblem(await t.call('POST', '/api/v1/users', { token: provider.token, body }), 403, 'forbidden');
      expectProblem(await t.call('POST', '/api/v1/users', { token: patient.token, body }), 403, 'forbidden');
      expect(await count('users')).toBe(before);
    });

    it('accepts only the admin and staff roles (422 otherwise)', async () => {
      const before = await count('users');
      for (const role of ['provider', 'patient', 'superuser', '', undefined, null]) {
        const res = await t.call('POST', '/api/v1/users', { token: t.adminToken, body: { email: `u-${uniq()}@carebook.test`, name: 'Wrong Role', password: 'long-enough-1', role } });
        const body = expectProblem(res, 422, 'validation_failed');
        expect(body.errors?.map((e) => e.field)).toEqual(['role']);
      }
      expect(await count('users')).toBe(before);
    });
  });
});
