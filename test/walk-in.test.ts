import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, type Person, type TestApp } from './helpers.js';
import { codeFromMail } from './support/accounts.js';
import { unique } from './support/fixtures-world.js';
import { tempDataDir } from './support/notify.js';

const ALL_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));

describe.each(backends)('walk-in patients on %s', (backend) => {
  let t: TestApp;
  let staff: Person;
  let provider: Person;
  let topic: string;
  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: tempDataDir() });
    staff = await makeStaff(t);
    provider = await makeProvider(t, { schedule: ALL_WEEK });
    topic = await makeTopic(t, 30);
  });
  afterAll(() => t.close());

  const walkIn = async (fields: Record<string, unknown> = {}) => {
    const res = await t.call('POST', '/api/v1/patients', { token: staff.token, body: { name: `Little ${unique()}`, date_of_birth: '2020-01-02', ...fields } });
    expect(res.statusCode).toBe(201);
    return res.json();
  };
  const invite = (patientId: string, email: string) => t.call('POST', `/api/v1/patients/${patientId}/invite`, { token: staff.token, body: { email } });
  const claim = (email: string, code: string, password = 'claimed-pass-1') => t.call('POST', '/api/v1/auth/claim', { body: { email, code, password } });

  it('creates a patient with no email and no password, who is booked like any other and gets no email', async () => {
    const patient = await walkIn();
    expect(patient.user.email).toBeNull();
    expect((await t.call('GET', `/api/v1/patients/${patient.id}`, { token: staff.token })).json().user.email).toBeNull();
    const res = await book(t, { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-06T09:00:00Z' }, staff.token);
    expect(res.statusCode).toBe(201);
    const rows = await t.ctx.db.selectFrom('notifications').select(['channel', 'audience']).where('appointment_id', '=', res.json().id).execute();
    expect(rows.filter((r) => r.audience === 'patient' && r.channel === 'email')).toEqual([]);
    expect(rows.some((r) => r.audience === 'provider')).toBe(true);
  });

  it('keeps the old contract: a patient with email and password signs in as before; a password needs an email', async () => {
    const patient = await makePatient(t);
    expect(patient.token).toBeTruthy();
    const problem = expectProblem(await t.call('POST', '/api/v1/patients', { token: staff.token, body: { name: 'No Mail', password: 'some-password-1' } }), 422, 'validation_failed');
    expect(problem.errors?.[0]?.field).toBe('email');
  });

  it('invites a walk-in by email; the code claims the account, which then sees its appointments', async () => {
    const patient = await walkIn();
    const booked = await book(t, { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-06T11:00:00Z' }, staff.token);
    const email = `parent-${unique()}@carebook.test`;
    const invited = await invite(patient.id, email);
    expect(invited.statusCode).toBe(202);
    expect(invited.json()).toEqual({ patient_id: patient.id, email, expires_in_minutes: 10 });
    const code = await codeFromMail(t, email);
    expect(code).toMatch(/^\d{6}$/);

    expectProblem(await claim(email, code === '123456' ? '654321' : '123456'), 400, 'invalid_code');
    expectProblem(await claim(`other-${unique()}@carebook.test`, code!), 400, 'invalid_code');
    const claimed = await claim(email.toUpperCase(), code!);
    expect(claimed.statusCode).toBe(200);
    const token = claimed.json().access_token as string;
    expect(claimed.json().refresh_token).toMatch(/^cbr_/);
    const me = (await t.call('GET', '/api/v1/me', { token })).json();
    expect(me).toMatchObject({ email, role: 'patient', patient_id: patient.id });
    const mine = (await t.call('GET', '/api/v1/appointments', { token })).json();
    expect(mine.results.map((a: { id: string }) => a.id)).toContain(booked.json().id);
    // Signing in with the chosen password works; the code is spent.
    expect(await t.login(email, 'claimed-pass-1')).toBeTruthy();
    expectProblem(await claim(email, code!), 400, 'invalid_code');
    // Claimed accounts are confirmed: booking is open to them.
    expect((await t.call('PATCH', '/api/v1/me/profile', { token, body: { gender: 'male' } })).statusCode).toBe(200);
  });

  it('refuses to invite a patient who already has an account, or to an address another account has', async () => {
    const member = await makePatient(t);
    expectProblem(await invite(member.id, `x-${unique()}@carebook.test`), 409, 'already_claimed');
    const patient = await walkIn();
    expectProblem(await invite(patient.id, member.email), 409, 'email_taken');
    expectProblem(await invite('00000000-0000-4000-8000-000000000000', `x-${unique()}@carebook.test`), 404, 'not_found');
  });

  it('limits invitations like codes: not twice within a minute', async () => {
    const patient = await walkIn();
    expect((await invite(patient.id, `a-${unique()}@carebook.test`)).statusCode).toBe(202);
    expectProblem(await invite(patient.id, `b-${unique()}@carebook.test`), 429, 'rate_limited');
  });
});
