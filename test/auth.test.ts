import { randomUUID } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { ADMIN, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, type Person, type TestApp } from './helpers.js';

const TOKEN_URL = '/api/v1/auth/token';

describe.each(backends)('auth on %s', (backend) => {
  let t: TestApp;
  let secret: Uint8Array;
  let provider: Person;
  let patient: Person;
  let staff: Person;

  beforeAll(async () => {
    t = await createTestApp(backend);
    // No JWT_SECRET is configured in tests, so the app generated one (kept in memory in tests, never in the database).
    secret = new TextEncoder().encode(t.ctx.keys.jwtSecret);
    provider = await makeProvider(t);
    patient = await makePatient(t);
    staff = await makeStaff(t);
  });
  afterAll(() => t?.close());

  /** A token signed like the app's own, with the claims a test wants to break. */
  function sign(claims: { sub?: string; iss?: string; exp?: number }, key: Uint8Array = secret) {
    const jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(Math.floor(Date.now() / 1000) - 120);
    if (claims.sub !== undefined) jwt.setSubject(claims.sub);
    jwt.setIssuer(claims.iss ?? 'carebook');
    jwt.setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 600);
    return jwt.sign(key);
  }

  describe('POST /api/v1/auth/token', () => {
    it('returns a bearer token for the right email and password', async () => {
      const res = await t.call('POST', TOKEN_URL, { body: { email: ADMIN.email, password: ADMIN.password } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = res.json();
      expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'token_type']);
      expect(body.token_type).toBe('Bearer');
      expect(body.expires_in).toBe(t.ctx.config.JWT_TTL_SECONDS);
      expect(body.access_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      const me = await t.call('GET', '/api/v1/me', { token: body.access_token });
      expect(me.statusCode).toBe(200);
      expect(me.json().email).toBe(ADMIN.email);
    });

    it('treats the email case-insensitively (and ignores surrounding spaces)', async () => {
      const upper = await t.call('POST', TOKEN_URL, { body: { email: ADMIN.email.toUpperCase(), password: ADMIN.password } });
      expect(upper.statusCode).toBe(200);
      const mixed = await t.call('POST', TOKEN_URL, { body: { email: `  ${provider.email.replace('provider', 'PROVIDER')}  `, password: 'provider-pass-1' } });
      expect(mixed.statusCode).toBe(200);
      const me = await t.call('GET', '/api/v1/me', { token: mixed.json().access_token });
      expect(me.json().provider_id).toBe(provider.id);
    });

    it('gives the same 401 for an unknown email and for a wrong password', async () => {
      const unknown = expectProblem(await t.call('POST', TOKEN_URL, { body: { email: 'nobody@carebook.test', password: ADMIN.password } }), 401, 'unauthorized');
      const wrong = expectProblem(await t.call('POST', TOKEN_URL, { body: { email: ADMIN.email, password: 'wrong-password' } }), 401, 'unauthorized');
      expect(unknown.detail).toBe(wrong.detail);
      expect(unknown.type).toBe(wrong.type);
      expect(unknown.title).toBe(wrong.title);
      expect(JSON.stringify(unknown)).not.toContain('nobody');
      // The password check is case-sensitive.
      expectProblem(await t.call('POST', TOKEN_URL, { body: { email: ADMIN.email, password: ADMIN.password.toUpperCase() } }), 401, 'unauthorized');
    });

    it('rejects a request without email or password with 422', async () => {
      const noPassword = expectProblem(await t.call('POST', TOKEN_URL, { body: { email: ADMIN.email } }), 422, 'validation_failed');
      expect(noPassword.errors?.map((e) => e.field)).toContain('password');
      const noEmail = expectProblem(await t.call('POST', TOKEN_URL, { body: { password: ADMIN.password } }), 422, 'validation_failed');
      expect(noEmail.errors?.map((e) => e.field)).toContain('email');
      expectProblem(await t.call('POST', TOKEN_URL, { body: { email: 42, password: ['x'] } }), 422, 'validation_failed');
    });

    it('refuses an inactive user with the same 401, and their existing token stops working', async () => {
      const p = await makePatient(t);
      const before = await t.call('GET', '/api/v1/me', { token: p.token });
      expect(before.statusCode).toBe(200);

      const off = await t.call('POST', `/api/v1/patients/${p.id}/deactivate`, { token: t.adminToken });
      expect(off.statusCode).toBe(200);
      expect(off.json().active).toBe(false);

      const wrong = expectProblem(await t.call('POST', TOKEN_URL, { body: { email: ADMIN.email, password: 'wrong-password' } }), 401, 'unauthorized');
      const inactive = expectProblem(await t.call('POST', TOKEN_URL, { body: { email: p.email, password: 'patient-pass-1' } }), 401, 'unauthorized');
      expect(inactive.detail).toBe(wrong.detail);

      expectProblem(await t.call('GET', '/api/v1/me', { token: p.token }), 401, 'unauthorized');
      expectProblem(await t.call('GET', '/api/v1/appointments', { token: p.token }), 401, 'unauthorized');

      const on = await t.call('POST', `/api/v1/patients/${p.id}/activate`, { token: t.adminToken });
      expect(on.statusCode).toBe(200);
      expect((await t.call('GET', '/api/v1/me', { token: p.token })).statusCode).toBe(200);
      expect((await t.call('POST', TOKEN_URL, { body: { email: p.email, password: 'patient-pass-1' } })).statusCode).toBe(200);
    });

    it('stops a deactivated provider token and a deactivated staff token at once', async () => {
      const pr = await makeProvider(t);
      expect((await t.call('POST', `/api/v1/providers/${pr.id}/deactivate`, { token: t.adminToken })).statusCode).toBe(200);
      expectProblem(await t.call('GET', '/api/v1/me', { token: pr.token }), 401, 'unauthorized');
      expectProblem(await t.call('POST', TOKEN_URL, { body: { email: pr.email, password: 'provider-pass-1' } }), 401, 'unauthorized');

      const st = await makeStaff(t);
      const off = await t.call('PATCH', `/api/v1/users/${st.userId}`, { token: t.adminToken, body: { active: false } });
      expect(off.statusCode).toBe(200);
      expectProblem(await t.call('GET', '/api/v1/topics', { token: st.token }), 401, 'unauthorized');
    });
  });

  describe('GET /api/v1/me', () => {
    const keys = ['email', 'id', 'name', 'patient_id', 'provider_id', 'role'];

    it('describes an admin', async () => {
      const res = await t.call('GET', '/api/v1/me', { token: t.adminToken });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(Object.keys(body).sort()).toEqual(keys);
      const admin = await t.ctx.db.selectFrom('users').select(['id', 'name']).where('email', '=', ADMIN.email).executeTakeFirstOrThrow();
      expect(body).toEqual({ id: admin.id, email: ADMIN.email, name: admin.name, role: 'admin', provider_id: null, patient_id: null });
    });

    it('describes a staff member', async () => {
      const body = (await t.call('GET', '/api/v1/me', { token: staff.token })).json();
      expect(Object.keys(body).sort()).toEqual(keys);
      expect(body).toMatchObject({ id: staff.userId, email: staff.email, role: 'staff', provider_id: null, patient_id: null });
    });

    it('describes a provider with their provider id', async () => {
      const body = (await t.call('GET', '/api/v1/me', { token: provider.token })).json();
      expect(Object.keys(body).sort()).toEqual(keys);
      expect(body).toMatchObject({ id: provider.userId, email: provider.email, role: 'provider', provider_id: provider.id, patient_id: null });
      expect(body.name).toMatch(/^Dr\. /);
    });

    it('describes a patient with their patient id', async () => {
      const body = (await t.call('GET', '/api/v1/me', { token: patient.token })).json();
      expect(Object.keys(body).sort()).toEqual(keys);
      expect(body).toMatchObject({ id: patient.userId, email: patient.email, role: 'patient', provider_id: null, patient_id: patient.id });
    });
  });

  describe('bad tokens', () => {
    const check = async (headers: Record<string, string>) => {
      const res = await t.call('GET', '/api/v1/me', { headers });
      const body = expectProblem(res, 401, 'unauthorized');
      expect(body).toMatchObject({ status: 401, title: 'Unauthorized' });
      expect(typeof body.type).toBe('string');
      expect(typeof body.detail).toBe('string');
      return body;
    };

    it('refuses a missing token', async () => {
      await check({});
    });

    it('refuses a garbage token and a wrong scheme', async () => {
      await check({ authorization: 'Bearer not-a-token' });
      await check({ authorization: 'Bearer a.b.c' });
      await check({ authorization: `Basic ${Buffer.from(`${ADMIN.email}:${ADMIN.password}`).toString('base64')}` });
      await check({ authorization: `Token ${t.adminToken}` });
      await check({ authorization: 'Bearer' });
      await check({ authorization: `Bearer ${'x'.repeat(8000)}` });
    });

    it('refuses a token whose signature was tampered with', async () => {
      const [h, p, s] = t.adminToken.split('.');
      const flipped = `${s!.slice(0, -2)}${s!.endsWith('AA') ? 'BB' : 'AA'}`;
      await check({ authorization: `Bearer ${h}.${p}.${flipped}` });
    });

    it('accepts a token forged here with the real secret (so the checks below are meaningful)', async () => {
      const token = await sign({ sub: patient.userId });
      const res = await t.call('GET', '/api/v1/me', { token });
      expect(res.statusCode).toBe(200);
      expect(res.json().patient_id).toBe(patient.id);
    });

    it('refuses a token signed with another secret', async () => {
      await check({ authorization: `Bearer ${await sign({ sub: patient.userId }, new TextEncoder().encode('another-secret-another-secret-another-secret'))}` });
    });

    it('refuses an expired token', async () => {
      const token = await sign({ sub: patient.userId, exp: Math.floor(Date.now() / 1000) - 60 });
      await check({ authorization: `Bearer ${token}` });
    });

    it('refuses a token from another issuer, an unsigned token, and one without a usable subject', async () => {
      await check({ authorization: `Bearer ${await sign({ sub: patient.userId, iss: 'someone-else' })}` });
      const unsecured = new UnsecuredJWT({}).setSubject(patient.userId).setIssuer('carebook').setExpirationTime('10m').encode();
      await check({ authorization: `Bearer ${unsecured}` });
      await check({ authorization: `Bearer ${await sign({})}` });
      await check({ authorization: `Bearer ${await sign({ sub: 'not-a-uuid' })}` });
      await check({ authorization: `Bearer ${await sign({ sub: randomUUID() })}` });
      // A profile id is not a user id.
      await check({ authorization: `Bearer ${await sign({ sub: patient.id })}` });
    });

    it('protects every signed-in route, not just /me', async () => {
      for (const url of ['/api/v1/topics', '/api/v1/appointments', '/api/v1/providers', '/api/v1/patients', '/api/v1/users']) {
        expectProblem(await t.call('GET', url), 401, 'unauthorized');
        expectProblem(await t.call('GET', url, { headers: { authorization: 'Bearer garbage' } }), 401, 'unauthorized');
      }
    });
  });

  describe('GET /health', () => {
    it('answers ok without a token', async () => {
      const res = await t.call('GET', '/health');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toEqual({ status: 'ok' });
    });
  });
});
