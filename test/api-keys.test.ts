import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, NOW, type Person, type TestApp } from './helpers.js';

describe.each(backends)('API keys on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let patient: Person;
  let topic: string;

  const createKey = async (scopes: string[], extra: Record<string, unknown> = {}) => {
    const res = await t.call('POST', '/api/v1/api-keys', { token: t.adminToken, body: { name: 'Front desk kiosk', scopes, ...extra } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; key: string; scopes: string[]; prefix: string };
  };
  const withKey = (key: string, method: string, url: string, body?: unknown, header: 'x-api-key' | 'bearer' = 'x-api-key') =>
    t.call(method, url, { ...(body !== undefined ? { body } : {}), headers: header === 'x-api-key' ? { 'x-api-key': key } : { authorization: `Bearer ${key}` } });

  beforeAll(async () => {
    t = await createTestApp(backend);
    provider = await makeProvider(t);
    patient = await makePatient(t);
    topic = await makeTopic(t, 30);
  });
  afterAll(() => t?.close());

  it('shows the key once, stores only its hash, and lists keys without it', async () => {
    const created = await createKey(['appointments:read']);
    expect(created.key).toMatch(/^cb_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.key.slice(0, 9));
    const list = (await t.call('GET', '/api/v1/api-keys', { token: t.adminToken })).json();
    expect(list).toMatchObject({ count: expect.any(Number), next: null, previous: null });
    expect(JSON.stringify(list)).not.toContain(created.key);
    const dump = (await sql<{ row: string }>`SELECT k::text AS row FROM api_keys k`.execute(t.ctx.db)).rows.map((r) => r.row).join('\n');
    expect(dump).not.toContain(created.key);
  });

  it('validates scopes and expiry', async () => {
    const bad = expectProblem(await t.call('POST', '/api/v1/api-keys', { token: t.adminToken, body: { name: 'x', scopes: ['everything'] } }), 422, 'validation_failed');
    expect(bad.errors?.[0]?.field).toMatch(/^scopes/);
    expectProblem(await t.call('POST', '/api/v1/api-keys', { token: t.adminToken, body: { name: 'x', scopes: [] } }), 422);
    expectProblem(await t.call('POST', '/api/v1/api-keys', { token: t.adminToken, body: { name: 'x', scopes: ['people:read'], expires_at: '2020-01-01T00:00:00Z' } }), 422);
    const staff = await makeStaff(t);
    expectProblem(await t.call('POST', '/api/v1/api-keys', { token: staff.token, body: { name: 'x', scopes: ['people:read'] } }), 403);
  });

  it('acts as staff within its scopes, through either header, and records its last use', async () => {
    const { key, id } = await createKey(['appointments:read', 'appointments:write']);
    const booked = await withKey(key, 'POST', '/api/v1/appointments', { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-05T10:00:00Z' });
    expect(booked.statusCode, booked.body).toBe(201);
    const list = await withKey(key, 'GET', '/api/v1/appointments', undefined, 'bearer');
    expect(list.statusCode).toBe(200);
    expect(list.json().results.map((a: any) => a.id)).toContain(booked.json().id);
    const row = (await t.call('GET', '/api/v1/api-keys?limit=200', { token: t.adminToken })).json().results.find((k: any) => k.id === id);
    expect(row.last_used_at).toBe(NOW.replace('Z', '.000Z'));
  });

  it('refuses what its scopes do not cover with 403 insufficient_scope, and users-only routes to every key', async () => {
    const { key } = await createKey(['appointments:read']);
    const refused = expectProblem(
      await withKey(key, 'POST', '/api/v1/appointments', { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-05T11:00:00Z' }),
      403,
      'insufficient_scope',
    );
    expect(refused.required_scope).toBe('appointments:write');
    expectProblem(await withKey(key, 'GET', '/api/v1/patients'), 403, 'insufficient_scope');
    for (const url of ['/api/v1/me', '/api/v1/users', '/api/v1/api-keys', '/api/v1/audit', '/api/v1/webhooks', '/api/v1/notifications']) {
      expectProblem(await withKey(key, 'GET', url), 403, 'insufficient_scope');
    }
    // Its role is staff: an admin-only write stays closed even with the scope.
    const people = await createKey(['people:write']);
    expectProblem(await withKey(people.key, 'POST', '/api/v1/providers', { email: 'k@carebook.test', name: 'Dr K', password: 'provider-pass-1' }), 403, 'forbidden');
  });

  it('stops working when revoked or expired, and an unknown or malformed key is 401', async () => {
    const revoked = await createKey(['people:read']);
    expect((await withKey(revoked.key, 'GET', '/api/v1/providers')).statusCode).toBe(200);
    expect((await t.call('DELETE', `/api/v1/api-keys/${revoked.id}`, { token: t.adminToken })).statusCode).toBe(204);
    expectProblem(await withKey(revoked.key, 'GET', '/api/v1/providers'), 401, 'unauthorized');
    const listed = (await t.call('GET', '/api/v1/api-keys?limit=200', { token: t.adminToken })).json().results.find((k: any) => k.id === revoked.id);
    expect(listed.revoked_at).not.toBeNull();
    expectProblem(await t.call('DELETE', '/api/v1/api-keys/00000000-0000-4000-8000-000000000000', { token: t.adminToken }), 404);

    const expiring = await createKey(['people:read'], { expires_at: '2030-03-04T09:00:00Z' });
    expect((await withKey(expiring.key, 'GET', '/api/v1/providers')).statusCode).toBe(200);
    t.clock.set('2030-03-04T09:00:00Z');
    try {
      expectProblem(await withKey(expiring.key, 'GET', '/api/v1/providers'), 401);
    } finally {
      t.clock.set(NOW);
    }
    expectProblem(await withKey(`cb_${'A'.repeat(43)}`, 'GET', '/api/v1/providers'), 401);
    expectProblem(await withKey('cb_short', 'GET', '/api/v1/providers'), 401);
  });

  it('stops working when the admin who created it is deactivated', async () => {
    const admin = await makeStaff(t, 'admin');
    const res = await t.call('POST', '/api/v1/api-keys', { token: admin.token, body: { name: 'theirs', scopes: ['people:read'] } });
    const { key } = res.json();
    expect((await withKey(key, 'GET', '/api/v1/providers')).statusCode).toBe(200);
    expect((await t.call('PATCH', `/api/v1/users/${admin.userId}`, { token: t.adminToken, body: { active: false } })).statusCode).toBe(200);
    expectProblem(await withKey(key, 'GET', '/api/v1/providers'), 401);
  });

  it('names each operation\'s scope in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/openapi.json')).json();
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-API-Key' });
    expect(doc.paths['/api/v1/appointments'].post['x-api-key-scope']).toBe('appointments:write');
    expect(doc.paths['/api/v1/slots'].get['x-api-key-scope']).toBe('schedule:read');
    expect(doc.paths['/api/v1/users'].get).not.toHaveProperty('x-api-key-scope');
  });
});
