import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { ADMIN, createTestApp, expectProblem, makeProvider, makeTopic, NOW, type TestApp } from './helpers.js';
import { codeFromMail, deliver, registerVisitor, registration, VISITOR_PASSWORD } from './support/accounts.js';
import { tempDataDir } from './support/notify.js';

const ALL_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));

describe.each(backends)('visitor sign-up and email verification on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: tempDataDir() });
  });
  afterAll(() => t.close());

  const register = (body: unknown) => t.call('POST', '/api/v1/auth/register', { body });
  const verify = (email: string, code: string) => t.call('POST', '/api/v1/auth/verify-email', { body: { email, code } });
  const resend = (email: string) => t.call('POST', '/api/v1/auth/resend-code', { body: { email } });
  const codeRows = (email: string) =>
    t.ctx.db
      .selectFrom('account_codes as c')
      .innerJoin('users as u', 'u.id', 'c.user_id')
      .select(['c.id', 'c.code_hash', 'c.used_at', 'c.attempts'])
      .where('u.email', '=', email.toLowerCase())
      .where('c.purpose', '=', 'verify_email')
      .execute();
  const resetClock = () => t.clock.set(NOW);

  it('creates an unconfirmed patient account and emails a 6-digit code through the outbox', async () => {
    const email = await registerVisitor(t);
    const user = await t.ctx.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    expect(user).toMatchObject({ role: 'patient', email_verified: false, active: true });
    const mail = await t.ctx.db.selectFrom('notifications').selectAll().where('user_id', '=', user.id).execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ channel: 'email', appointment_id: null, recipient: email, event: 'account.verify_email', status: 'pending' });

    const code = await codeFromMail(t, email);
    expect(code).toMatch(/^\d{6}$/);
    // Even while it waited in the outbox, the code was encrypted.
    expect(JSON.stringify(mail[0]!.payload)).not.toContain(code!);
    // Stored hashed; the outbox forgets it once the message is out.
    const [row] = await codeRows(email);
    expect(row!.code_hash).not.toContain(code!);
    const sent = await t.ctx.db.selectFrom('notifications').select(['status', 'payload']).where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(sent.status).toBe('sent');
    expect(JSON.stringify(sent.payload)).not.toContain(code!);
  });

  it('keeps address, nationality and gender encrypted at rest, and shows them on the profile', async () => {
    const email = await registerVisitor(t, { name: 'Erika Musterfrau' });
    const token = await t.login(email, VISITOR_PASSWORD);
    const stored = await t.ctx.db
      .selectFrom('patients as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select(['p.personal_sealed', 'p.signup_type', 'p.date_of_birth'])
      .where('u.email', '=', email)
      .executeTakeFirstOrThrow();
    // Ciphertext (compact JWE: base64url parts, the key part empty for `dir`): no spaces or quotes, so no address line or JSON key survives.
    expect(stored.personal_sealed).toMatch(/^[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(stored.personal_sealed).not.toMatch(/Main Street|"nationality"|"gender"/);
    expect(stored.signup_type).toBe('visitor');
    const profile = await t.call('GET', '/api/v1/me/profile', { token });
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toEqual({
      patient_id: expect.any(String),
      email,
      email_verified: false,
      type: 'visitor',
      name: 'Erika Musterfrau',
      address: { line1: '1 Main Street', line2: 'Flat 4', postal_code: '10115', city: 'Berlin', state: 'Berlin', country: 'DE' },
      nationality: 'DE',
      gender: 'female',
      date_of_birth: '1990-05-17',
    });
  });

  it('answers register, resend and verify the same for a known and an unknown address', async () => {
    const known = await registerVisitor(t);
    const unknown = `nobody-${Date.now()}@carebook.test`;
    const again = await register(registration({ email: known }));
    const fresh = await register(registration());
    const verified = await register(registration({ email: ADMIN.email.toUpperCase() }));
    for (const res of [again, verified]) {
      expect(res.statusCode).toBe(fresh.statusCode);
      expect(res.body).toBe(fresh.body);
    }
    const [r1, r2] = [await resend(known), await resend(unknown)];
    expect([r1.statusCode, r1.body]).toEqual([r2.statusCode, r2.body]);
    const [v1, v2, v3] = [await verify(known, '000000'), await verify(unknown, '000000'), await verify(ADMIN.email, '000000')];
    expectProblem(v1, 400, 'invalid_code');
    expect(v2.body).toBe(v1.body);
    expect(v3.body).toBe(v1.body);
    // Registering the admin's address again changed nothing about the admin.
    expect(await t.login(ADMIN.email, ADMIN.password)).toBeTruthy();
  });

  it('treats the email case-insensitively: one account per address', async () => {
    const email = await registerVisitor(t);
    expect((await register(registration({ email: email.toUpperCase() }))).statusCode).toBe(202);
    const users = await t.ctx.db.selectFrom('users').select('id').where('email', 'ilike', email).execute();
    expect(users).toHaveLength(1);
  });

  it('refuses bad fields with 422: a future or pre-1900 birth date, an unknown country, a bad type', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ date_of_birth: '2030-03-05' }, 'date_of_birth'],
      [{ date_of_birth: '1899-12-31' }, 'date_of_birth'],
      [{ nationality: 'ZZ' }, 'nationality'],
      [{ address: { line1: 'x', postal_code: '1', city: 'c', state: 's', country: 'XX' } }, 'address.country'],
      [{ type: 'provider' }, 'type'],
      [{ gender: 'unknown' }, 'gender'],
      [{ email: 'not-an-email' }, 'email'],
    ];
    for (const [fields, field] of cases) {
      const problem = expectProblem(await register(registration(fields)), 422, 'validation_failed');
      expect(problem.errors?.map((e) => e.field)).toContain(field);
    }
  });

  it('lets an unconfirmed visitor sign in, but not change the profile or book (403 email_not_verified), until the code is entered', async () => {
    const provider = await makeProvider(t, { schedule: ALL_WEEK });
    const topic = await makeTopic(t, 30);
    const email = await registerVisitor(t);
    const token = await t.login(email, VISITOR_PASSWORD);
    const me = (await t.call('GET', '/api/v1/me', { token })).json();
    const booking = { provider: provider.id, topics: [topic], start_time: '2030-03-06T10:00:00Z' };

    const refusedPatch = expectProblem(await t.call('PATCH', '/api/v1/me/profile', { token, body: { name: 'New Name' } }), 403, 'email_not_verified');
    expect(refusedPatch.detail).toMatch(/verify-email/);
    expectProblem(await t.call('PATCH', `/api/v1/patients/${me.patient_id}`, { token, body: { name: 'New Name' } }), 403, 'email_not_verified');
    expectProblem(await t.call('POST', '/api/v1/appointments', { token, body: booking }), 403, 'email_not_verified');
    // The guard runs before validation, like the others.
    expectProblem(await t.call('POST', '/api/v1/appointments', { token, body: { nonsense: true } }), 403, 'email_not_verified');

    const code = await codeFromMail(t, email);
    const ok = await verify(email.toUpperCase(), code!);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ email_verified: true });
    // The same token works, now confirmed.
    expect((await t.call('PATCH', '/api/v1/me/profile', { token, body: { name: 'New Name', gender: 'other' } })).json()).toMatchObject({
      name: 'New Name',
      gender: 'other',
      email_verified: true,
    });
    expect((await t.call('POST', '/api/v1/appointments', { token, body: booking })).statusCode).toBe(201);
    // A code works once.
    expectProblem(await verify(email, code!), 400, 'invalid_code');
  });

  it('expires a code after 10 minutes (by the injected clock)', async () => {
    const email = await registerVisitor(t);
    const code = await codeFromMail(t, email);
    t.clock.advanceMinutes(10);
    try {
      expectProblem(await verify(email, code!), 400, 'invalid_code');
    } finally {
      resetClock();
    }
    const almost = await registerVisitor(t);
    const fresh = await codeFromMail(t, almost);
    t.clock.advanceMinutes(9.9);
    try {
      expect((await verify(almost, fresh!)).statusCode).toBe(200);
    } finally {
      resetClock();
    }
  });

  it('kills a code after 5 wrong tries: the right one no longer works', async () => {
    const email = await registerVisitor(t);
    const code = await codeFromMail(t, email);
    const wrong = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 4; i++) expectProblem(await verify(email, wrong), 400, 'invalid_code');
    // Four wrong tries leave it alive.
    const other = await registerVisitor(t);
    const otherCode = await codeFromMail(t, other);
    for (let i = 0; i < 4; i++) await verify(other, otherCode === '111111' ? '222222' : '111111');
    expect((await verify(other, otherCode!)).statusCode).toBe(200);

    expectProblem(await verify(email, wrong), 400, 'invalid_code');
    expectProblem(await verify(email, code!), 400, 'invalid_code');
    // A new code starts afresh.
    t.clock.advanceMinutes(1);
    try {
      await resend(email);
      const next = await codeFromMail(t, email);
      expect(next).not.toBeUndefined();
      expect((await verify(email, next!)).statusCode).toBe(200);
    } finally {
      resetClock();
    }
  });

  it('limits resending: once a minute and 5 an hour per account; a new code retires the old one', async () => {
    const email = await registerVisitor(t);
    const first = await codeFromMail(t, email);
    expect((await resend(email)).statusCode).toBe(202);
    expect(await codeRows(email)).toHaveLength(1);
    try {
      for (let i = 1; i <= 5; i++) {
        t.clock.advanceMinutes(1.1);
        expect((await resend(email)).statusCode).toBe(202);
      }
      await deliver(t);
      // The registration's code and four resends make five in the hour; the fifth resend sent nothing.
      expect(await codeRows(email)).toHaveLength(5);
      expect((await t.ctx.db.selectFrom('notifications').select('id').where('recipient', '=', email).execute()).length).toBe(5);
      expectProblem(await verify(email, first!), 400, 'invalid_code');
      t.clock.advanceMinutes(60);
      await resend(email);
      expect(await codeRows(email)).toHaveLength(6);
      const latest = await codeFromMail(t, email);
      expect((await verify(email, latest!)).statusCode).toBe(200);
    } finally {
      resetClock();
    }
  });

  it('never lists an account email in the in-app feed', async () => {
    const email = await registerVisitor(t);
    const token = await t.login(email, VISITOR_PASSWORD);
    const feed = await t.call('GET', '/api/v1/notifications', { token });
    expect(feed.json().results).toEqual([]);
  });
});
