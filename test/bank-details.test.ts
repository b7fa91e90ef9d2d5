import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createContext } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { backends } from './databases.js';
import { ADMIN, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, type Person, type TestApp } from './helpers.js';

const DETAILS = { pan: 'ABCDE1234F', account_number: '001234567890', ifsc: 'HDFC0001234' };
const OLD_KEY = randomBytes(32).toString('base64');
const NEW_KEY = randomBytes(32).toString('base64');

describe.each(backends)('bank details on %s', (backend) => {
  let t: TestApp;
  let provider: Person;

  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_ENCRYPTION_KEY: OLD_KEY });
    provider = await makeProvider(t);
  });
  afterAll(() => t?.close());

  it('validates PAN and IFSC formats', async () => {
    const bad = expectProblem(
      await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: provider.token, body: { bank_details: { pan: 'ABC1234567', account_number: '12', ifsc: 'HDFC1001234' } } }),
      422,
      'validation_failed',
    );
    expect(bad.errors?.map((e) => e.field).sort()).toEqual(['bank_details.account_number', 'bank_details.ifsc', 'bank_details.pan']);
    expectProblem(await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: provider.token, body: { bank_details: { ...DETAILS, swift: 'X' } } }), 422);
  });

  it('masks them for the practitioner and admins, hides them from staff and patients, and reveals them to the practitioner only', async () => {
    const set = await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: provider.token, body: { bank_details: DETAILS } });
    expect(set.statusCode, set.body).toBe(200);
    const masked = { pan: '******234F', account_number: '********7890', ifsc: '*******1234', masked: true };
    expect(set.json().bank_details).toEqual(masked);
    expect((await t.call('GET', `/api/v1/providers/${provider.id}`, { token: t.adminToken })).json().bank_details).toEqual(masked);
    expect((await t.call('GET', `/api/v1/providers?limit=200`, { token: t.adminToken })).json().results.find((p: any) => p.id === provider.id).bank_details).toEqual(masked);

    const staff = await makeStaff(t);
    const patient = await makePatient(t);
    const other = await makeProvider(t);
    for (const token of [staff.token, patient.token, other.token]) {
      const res = await t.call('GET', `/api/v1/providers/${provider.id}`, { token });
      expect(res.json()).not.toHaveProperty('bank_details');
      expect(res.body).not.toContain('234F');
    }
    // Staff may edit a provider, but not their bank details.
    expectProblem(await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: staff.token, body: { bank_details: DETAILS } }), 403);

    const revealed = await t.call('POST', `/api/v1/providers/${provider.id}/bank-details/reveal`, { token: provider.token });
    expect(revealed.statusCode).toBe(200);
    expect(revealed.json()).toEqual({ ...DETAILS, masked: false });
    for (const token of [t.adminToken, staff.token, other.token]) {
      expectProblem(await t.call('POST', `/api/v1/providers/${provider.id}/bank-details/reveal`, { token }), 403);
    }
    expectProblem(await t.call('POST', `/api/v1/providers/${provider.id}/bank-details/reveal`, { token: patient.token }), 403);
  });

  it('keeps no plaintext in the table: a JWE (dir, A256GCM) with its key id beside it', async () => {
    const row = await t.ctx.db.selectFrom('providers').select(['bank_details_sealed', 'bank_details_key_id']).where('id', '=', provider.id).executeTakeFirstOrThrow();
    expect(row.bank_details_sealed).toMatch(/^[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const header = JSON.parse(Buffer.from(row.bank_details_sealed!.split('.')[0]!, 'base64url').toString());
    expect(header).toMatchObject({ alg: 'dir', enc: 'A256GCM', kid: row.bank_details_key_id });
    const dump = (await sql<{ row: string }>`SELECT p::text AS row FROM providers p`.execute(t.ctx.db)).rows.map((r) => r.row).join('\n');
    const trail = (await sql<{ row: string }>`SELECT a::text AS row FROM audit_log a`.execute(t.ctx.db)).rows.map((r) => r.row).join('\n');
    for (const secret of Object.values(DETAILS)) {
      expect(dump).not.toContain(secret);
      expect(trail).not.toContain(secret);
    }
  });

  it('still opens details sealed with the previous key after a rotation, and reseals with the new key on the next write', async () => {
    const rotated = await createContext(testConfig({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, DATA_ENCRYPTION_KEY: NEW_KEY, DATA_ENCRYPTION_PREVIOUS_KEYS: OLD_KEY }), {
      database: t.ctx.database,
      clock: t.clock,
    });
    const app = await buildApp(rotated);
    try {
      const call = (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) =>
        app.inject({ method, url, headers: { authorization: `Bearer ${provider.token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { payload: JSON.stringify(body) } : {}) });
      const revealed = await call('POST', `/api/v1/providers/${provider.id}/bank-details/reveal`);
      expect(revealed.statusCode, revealed.body).toBe(200);
      expect(revealed.json()).toMatchObject(DETAILS);
      const before = await t.ctx.db.selectFrom('providers').select('bank_details_key_id').where('id', '=', provider.id).executeTakeFirstOrThrow();
      expect((await call('PATCH', `/api/v1/providers/${provider.id}`, { bank_details: { ...DETAILS, account_number: '009999999999' } })).statusCode).toBe(200);
      const after = await t.ctx.db.selectFrom('providers').select('bank_details_key_id').where('id', '=', provider.id).executeTakeFirstOrThrow();
      expect(after.bank_details_key_id).not.toBe(before.bank_details_key_id);
      expect(after.bank_details_key_id).toBe(rotated.dataKeys.current.id);

      // Without the old key in the list, a detail it sealed would not open: the app that only has the old key now fails to.
      const res = await t.call('POST', `/api/v1/providers/${provider.id}/bank-details/reveal`, { token: provider.token });
      expect(res.statusCode).toBe(500);
    } finally {
      await app.close();
    }
  });

  it('never puts bank details in a webhook payload', async () => {
    expect((await t.call('POST', '/api/v1/webhooks', { token: t.adminToken, body: { url: 'https://hooks.example.org/bank', events: ['*'] } })).statusCode).toBe(201);
    const patient = await makePatient(t);
    const topic = await makeTopic(t, 30);
    const booked = await t.call('POST', '/api/v1/appointments', { token: t.adminToken, body: { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-05T10:00:00Z' } });
    expect(booked.statusCode, booked.body).toBe(201);
    const rows = await t.ctx.db.selectFrom('notifications').select('payload').where('channel', '=', 'webhook').execute();
    expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('bank_details');
    for (const secret of Object.values(DETAILS)) expect(text).not.toContain(secret);
  });
});
