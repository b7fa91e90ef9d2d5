import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createContext } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createPostgresDatabase } from './databases.js';
import { expectProblem } from './helpers.js';
import { api, killIfRunning, type ServerProcess, startServer } from './support/server-process.js';
import { startTcpProxy } from './support/tcp-proxy.js';

/*
 * The database dropping connections under the app: backends terminated in the middle of a booking
 * load (what a failover or `pg_terminate_backend` does), and a database that is unreachable for a
 * while. Requests on a lost connection fail with 503; the process never exits for it.
 */

const ADMIN = { email: 'loss-admin@carebook.test', password: 'loss-admin-password-1' };
const unique = () => randomBytes(4).toString('hex');

describe('losing database connections', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    database = await createPostgresDatabase();
  });
  afterAll(async () => {
    await killIfRunning(server);
    await database?.drop();
  });

  it('survives its backends being terminated three times under a booking load, losing no acknowledged booking', async () => {
    server = await startServer({ DATABASE_URL: database.url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, NOTIFY_POLL_MS: '100' });
    const base = server.base;
    const token = (await api(base, 'POST', '/api/v1/auth/token', undefined, ADMIN)).body.access_token as string;
    const make = async (path: string, body: unknown) => {
      const res = await api(base, 'POST', path, token, body);
      if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${res.text}`);
      return res.body.id as string;
    };
    const topic = await make('/api/v1/topics', { name: `Loss ${unique()}`, duration: 15 });
    const person = (path: string) => make(path, { email: `loss-${unique()}@carebook.test`, name: `Loss ${unique()}`, password: 'loss-pass-123' });
    const providers = await Promise.all(Array.from({ length: 4 }, () => person('/api/v1/providers')));
    const patients = await Promise.all(Array.from({ length: 16 }, () => person('/api/v1/patients')));

    const dayZero = Date.UTC(new Date().getUTCFullYear() + 1, 5, 1, 8);
    const acknowledged: string[] = [];
    const statuses: Record<number, number> = {};
    const unexpected: string[] = [];
    let stop = false;
    let slot = 0;
    const loop = async () => {
      while (!stop) {
        const n = slot++;
        const res = await fetch(`${base}/api/v1/appointments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            provider: providers[n % providers.length],
            patient: patients[n % patients.length],
            topics: [topic],
            start_time: new Date(dayZero + n * 15 * 60_000).toISOString(),
          }),
          signal: AbortSignal.timeout(20_000),
        }).catch((error: unknown) => {
          unexpected.push(`no answer: ${String(error)}`);
          return undefined;
        });
        if (!res) continue;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const body = (await res.json()) as { id?: string; code?: string };
        if (res.status === 201) acknowledged.push(body.id!);
        else if (res.status !== 503) unexpected.push(`${res.status} ${JSON.stringify(body)}`);
        else if (res.headers.get('content-type')?.startsWith('application/problem+json') !== true) unexpected.push('503 without problem+json');
      }
    };

    const killer = new pg.Client({ connectionString: database.url });
    await killer.connect();
    const name = new URL(database.url).pathname.slice(1);
    const loops = Array.from({ length: 20 }, loop);
    try {
      for (let round = 0; round < 3; round++) {
        const before = acknowledged.length;
        while (acknowledged.length < before + 30) {
          if (server.child.exitCode !== null) throw new Error(`the server exited:\n${server.output()}`);
          await new Promise((r) => setTimeout(r, 20));
        }
        const { rowCount } = await killer.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        expect(rowCount).toBeGreaterThan(0);
      }
      // It answers again within a few seconds of the last termination.
      const after = acknowledged.length;
      const deadline = Date.now() + 5000;
      while (acknowledged.length < after + 10 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(acknowledged.length).toBeGreaterThanOrEqual(after + 10);
    } finally {
      stop = true;
      await Promise.all(loops);
      await killer.end();
    }

    expect(server.child.exitCode, server.output()).toBeNull();
    expect(unexpected).toEqual([]);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const check = new pg.Client({ connectionString: database.url });
    await check.connect();
    try {
      const { rows } = await check.query<{ id: string }>('SELECT id FROM appointments WHERE id = ANY($1::uuid[])', [acknowledged]);
      expect(rows.length).toBe(acknowledged.length);
    } finally {
      await check.end();
    }
  });

  it('answers 503 while the database is unreachable, and 200 once it is back', async () => {
    const created = await createPostgresDatabase();
    const target = new URL(created.url);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(created.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const db = await openDatabase({ url: viaProxy.toString(), poolSize: 4 });
    const ctx = await createContext(testConfig({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }), { database: db });
    const app = await buildApp(ctx);
    try {
      const login = () => app.inject({ method: 'POST', url: '/api/v1/auth/token', payload: ADMIN });
      expect((await login()).statusCode).toBe(200);

      await proxy.cut();
      expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(503);
      const refused = await login();
      expect(refused.headers['retry-after']).toBe('1');
      expectProblem(refused, 503, 'database_unavailable');

      await proxy.restore();
      expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
      expect((await login()).statusCode).toBe(200);
    } finally {
      await proxy.cut();
      await app.close();
      await db.close();
      await created.drop();
    }
  });
});
