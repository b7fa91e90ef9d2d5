import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, expectProblem, makePatient, NOW, type TestApp } from './helpers.js';
import { codeFromMail } from './support/accounts.js';
import { tempDataDir } from './support/notify.js';

const PASSWORD = 'patient-pass-1';

describe.each(backends)('sessions and password reset on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: tempDataDir() });
  });
  afterAll(() => t.close());

  const signIn = async (email: string, password = PASSWORD) => {
    const res = await t.call('POST', '/api/v1/auth/token', { body: { email, password } });
    expect(res.statusCode).toBe(200);
    return res.json() as { access_token: string; refresh_token: string; expires_in: number; token_type: string };
  };
  const refresh = (refresh_token: string) => t.call('POST', '/api/v1/auth/refresh', { body: { refresh_token } });
  const me = (token: string) => t.call('GET', '/api/v1/me', { token });

  it('signs in with an access token and a refresh token; a refresh rotates both', async () => {
    const patient = await makePatient(t);
    const session = await signIn(patient.email);
    expect(session).toMatchObject({ token_type: 'Bearer', expires_in: t.ctx.config.JWT_TTL_SECONDS, refresh_token: expect.stringMatching(/^cbr_/) });
    const stored = await t.ctx.db.selectFrom('refresh_tokens').select('token_hash').where('user_id', '=', patient.userId).execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(session.refresh_token);

    const next = await refresh(session.refresh_token);
    expect(next.statusCode).toBe(200);
    const rotated = next.json();
    expect(rotated.refresh_token).not.toBe(session.refresh_token);
    expect((await me(rotated.access_token)).json().id).toBe(patient.userId);
    expect((await refresh(rotated.refresh_token)).statusCode).toBe(200);
  });

  it('revokes the whole family when a spent refresh token comes back', async () => {
    const patient = await makePatient(t);
    const stolen = (await signIn(patient.email)).refresh_token;
    const legit = (await refresh(stolen)).json().refresh_token as string;
    const reuse = expectProblem(await refresh(stolen), 401, 'refresh_token_reused');
    expect(reuse.detail).toMatch(/sign in again/);
    // The token the rightful holder got by rotation is dead too.
    expectProblem(await refresh(legit), 401, 'unauthorized');
    // Other sign-ins (another device) are a different family and live on.
    const other = await signIn(patient.email);
    expect((await refresh(other.refresh_token)).statusCode).toBe(200);
  });

  it('signs out with the refresh token (every token rotated from it stops working); unknown tokens are 204 too', async () => {
    const patient = await makePatient(t);
    const first = (await signIn(patient.email)).refresh_token;
    const second = (await refresh(first)).json().refresh_token as string;
    const out = await t.call('POST', '/api/v1/auth/logout', { body: { refresh_token: first } });
    expect(out.statusCode).toBe(204);
    expectProblem(await refresh(second), 401, 'unauthorized');
    expect((await t.call('POST', '/api/v1/auth/logout', { body: { refresh_token: 'cbr_unknown' } })).statusCode).toBe(204);
  });

  it('refuses an expired refresh token (by the injected clock) and a deactivated user\'s', async () => {
    const patient = await makePatient(t);
    const session = await signIn(patient.email);
    t.clock.advanceMinutes(t.ctx.config.REFRESH_TOKEN_TTL_DAYS * 1440 + 1);
    try {
      expectProblem(await refresh(session.refresh_token), 401, 'unauthorized');
    } finally {
      t.clock.set(NOW);
    }
    const other = await makePatient(t);
    const live = await signIn(other.email);
    await t.call('POST', `/api/v1/patients/${other.id}/deactivate`, { token: t.adminToken });
    expectProblem(await refresh(live.refresh_token), 401, 'unauthorized');
  });

  it('ends the refresh tokens issued before a password change; the change answers a fresh session', async () => {
    const patient = await makePatient(t);
    const old = await signIn(patient.email);
    const changed = await t.call('POST', '/api/v1/me/password', { token: old.access_token, body: { current_password: PASSWORD, new_password: 'another-pass-2' } });
    expect(changed.statusCode).toBe(200);
    expectProblem(await refresh(old.refresh_token), 401, 'unauthorized');
    expect((await refresh(changed.json().refresh_token)).statusCode).toBe(200);
  });

  it("ends the refresh tokens issued before staff set a new password for the user", async () => {
    const patient = await makePatient(t);
    const old = await signIn(patient.email);
    const set = await t.call('PATCH', `/api/v1/users/${patient.userId}`, { token: t.adminToken, body: { password: 'set-by-admin-1' } });
    expect(set.statusCode).toBe(200);
    expectProblem(await refresh(old.refresh_token), 401, 'unauthorized');
    expect((await refresh((await signIn(patient.email, 'set-by-admin-1')).refresh_token)).statusCode).toBe(200);
  });

  describe('password reset by emailed code', () => {
    const forgot = (email: string) => t.call('POST', '/api/v1/auth/forgot-password', { body: { email } });
    const reset = (email: string, code: string, new_password = 'reset-pass-123') =>
      t.call('POST', '/api/v1/auth/reset-password', { body: { email, code, new_password } });

    it('answers the same for a known and an unknown address', async () => {
      const patient = await makePatient(t);
      const [known, unknown] = [await forgot(patient.email), await forgot(`nobody-${Date.now()}@carebook.test`)];
      expect(known.statusCode).toBe(202);
      expect([unknown.statusCode, unknown.body]).toEqual([known.statusCode, known.body]);
      const [r1, r2] = [await reset(patient.email, '000000'), await reset(`nobody-${Date.now()}@carebook.test`, '000000')];
      expectProblem(r1, 400, 'invalid_code');
      expect(r2.body).toBe(r1.body);
    });

    it('sets the new password and ends every session (access and refresh tokens)', async () => {
      const patient = await makePatient(t);
      const session = await signIn(patient.email);
      await forgot(patient.email.toUpperCase());
      const code = await codeFromMail(t, patient.email);
      expect(code).toMatch(/^\d{6}$/);
      expect((await reset(patient.email, code!)).statusCode).toBe(204);

      expectProblem(await me(session.access_token), 401, 'unauthorized');
      expectProblem(await refresh(session.refresh_token), 401, 'unauthorized');
      expectProblem(await t.call('POST', '/api/v1/auth/token', { body: { email: patient.email, password: PASSWORD } }), 401);
      expect((await signIn(patient.email, 'reset-pass-123')).access_token).toBeTruthy();
      // The code was used up.
      expectProblem(await reset(patient.email, code!, 'third-pass-1234'), 400, 'invalid_code');
    });

    it('expires the reset code after 10 minutes', async () => {
      const patient = await makePatient(t);
      await forgot(patient.email);
      const code = await codeFromMail(t, patient.email);
      t.clock.advanceMinutes(11);
      try {
        expectProblem(await reset(patient.email, code!), 400, 'invalid_code');
      } finally {
        t.clock.set(NOW);
      }
      expect((await signIn(patient.email)).access_token).toBeTruthy();
    });
  });
});
