import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, type TestApp } from './helpers.js';

/**
 * Accounts: a password change needs the current password and ends every session before it; only
 * staff see inactive providers; a provider sees a patient's contact details and date of birth only
 * after having (had) an appointment with them.
 */
describe.each(backends)('accounts on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t?.close());

  const me = (token: string) => t.call('GET', '/api/v1/me', { token });

  describe('changing a password', () => {
    it('needs the current password, answers a new token, and ends every earlier session', async () => {
      const patient = await makePatient(t);
      const otherDevice = await t.login(patient.email, 'patient-pass-1');
      const problem = expectProblem(
        await t.call('POST', '/api/v1/me/password', { token: patient.token, body: { current_password: 'wrong-password', new_password: 'brand-new-pass-1' } }),
        422,
        'validation_failed',
      );
      expect(problem.errors?.map((e) => e.field)).toEqual(['current_password']);
      expect((await me(otherDevice)).statusCode).toBe(200);

      const res = await t.call('POST', '/api/v1/me/password', { token: patient.token, body: { current_password: 'patient-pass-1', new_password: 'brand-new-pass-1' } });
      expect(res.statusCode, res.body).toBe(200);
      const fresh = res.json().access_token as string;
      expectProblem(await me(patient.token), 401);
      expectProblem(await me(otherDevice), 401);
      expect((await me(fresh)).statusCode).toBe(200);
      expectProblem(await t.call('POST', '/api/v1/auth/token', { body: { email: patient.email, password: 'patient-pass-1' } }), 401);
      expect((await me(await t.login(patient.email, 'brand-new-pass-1'))).statusCode).toBe(200);
    });

    it('through PATCH on one\'s own record needs current_password too; staff resetting it do not, and the old tokens end', async () => {
      const patient = await makePatient(t);
      const url = `/api/v1/patients/${patient.id}`;
      expectProblem(await t.call('PATCH', url, { token: patient.token, body: { password: 'brand-new-pass-2' } }), 422, 'validation_failed');
      expectProblem(await t.call('PATCH', url, { token: patient.token, body: { password: 'brand-new-pass-2', current_password: 'nope-nope' } }), 422, 'validation_failed');
      expect((await me(patient.token)).statusCode).toBe(200);
      expect((await t.call('PATCH', url, { token: patient.token, body: { password: 'brand-new-pass-2', current_password: 'patient-pass-1' } })).statusCode).toBe(200);
      expectProblem(await me(patient.token), 401);

      const provider = await makeProvider(t);
      expect((await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: t.adminToken, body: { password: 'reset-by-admin-1' } })).statusCode).toBe(200);
      expectProblem(await me(provider.token), 401);
      expect((await me(await t.login(provider.email, 'reset-by-admin-1'))).statusCode).toBe(200);
    });

    it('ends stream tickets issued before the change', async () => {
      const patient = await makePatient(t);
      const ticket = (await t.call('POST', '/api/v1/notifications/stream-tickets', { token: patient.token })).json().ticket as string;
      await t.call('POST', '/api/v1/me/password', { token: patient.token, body: { current_password: 'patient-pass-1', new_password: 'brand-new-pass-3' } });
      expectProblem(await t.call('GET', `/api/v1/notifications/stream?ticket=${ticket}`), 401);
    });
  });

  it('shows inactive providers to staff only', async () => {
    const inactive = await makeProvider(t);
    expect((await t.call('POST', `/api/v1/providers/${inactive.id}/deactivate`, { token: t.adminToken })).statusCode).toBe(200);
    const patient = await makePatient(t);
    const provider = await makeProvider(t);
    for (const token of [patient.token, provider.token]) {
      const listed = (await t.call('GET', '/api/v1/providers?active=false&limit=200', { token })).json();
      expect(listed.results.map((p: { id: string }) => p.id)).not.toContain(inactive.id);
      expect(listed.results.every((p: { active: boolean }) => p.active)).toBe(true);
      expectProblem(await t.call('GET', `/api/v1/providers/${inactive.id}`, { token }), 404);
    }
    const staffView = (await t.call('GET', '/api/v1/providers?active=false&limit=200', { token: t.adminToken })).json();
    expect(staffView.results.map((p: { id: string }) => p.id)).toContain(inactive.id);
  });

  it("shows a provider a patient's contact details and date of birth only once they have (had) an appointment", async () => {
    const provider = await makeProvider(t);
    const stranger = await makePatient(t, { date_of_birth: '1980-01-02', phone: '+14155550111' });
    const seen = await makePatient(t, { date_of_birth: '1990-03-04', phone: '+14155550122' });
    const topic = await makeTopic(t);
    const booked = await book(t, { provider: provider.id, patient: seen.id, topics: [topic], start_time: '2030-03-06T10:00:00Z' });
    expect(booked.statusCode, booked.body).toBe(201);
    // A cancelled visit still counts: they had an appointment.
    expect((await t.call('POST', `/api/v1/appointments/${booked.json().id}/cancel`, { token: t.adminToken, body: { on_behalf_of: 'patient' } })).statusCode).toBe(200);

    const list = (await t.call('GET', '/api/v1/patients?limit=200', { token: provider.token })).json();
    const shown = new Map(list.results.map((p: { id: string }) => [p.id, p]));
    expect(shown.get(stranger.id)).toEqual({ id: stranger.id, name: expect.any(String), active: true, created_at: expect.any(String), updated_at: expect.any(String) });
    expect(shown.get(seen.id)).toMatchObject({ date_of_birth: '1990-03-04', user: { email: seen.email, phone: '+14155550122' } });

    const one = (await t.call('GET', `/api/v1/patients/${stranger.id}`, { token: provider.token })).json();
    expect(JSON.stringify(one)).not.toContain(stranger.email);
    expect(one.date_of_birth).toBeUndefined();
    expect((await t.call('GET', `/api/v1/patients/${seen.id}`, { token: provider.token })).json()).toMatchObject({ user: { email: seen.email } });
    // Staff see everyone in full.
    expect((await t.call('GET', `/api/v1/patients/${stranger.id}`, { token: t.adminToken })).json()).toMatchObject({ date_of_birth: '1980-01-02', user: { email: stranger.email } });
  });
});
