import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createContext } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { rowCounts } from '../src/ops/backup.js';
import { createPostgresDatabase, serverBackend } from './databases.js';
import { runScript } from './support/server-process.js';

/*
 * Moving up: the embedded database of a DATA_DIR copied into an empty database on a PostgreSQL server
 * (CI's when TEST_DATABASE_URL is set, else the run's embedded server, which is PostgreSQL too).
 */
describe('move-to-postgres', () => {
  let dataDir: string;
  let target: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'carebook-move-'));
    chmodSync(dataDir, 0o755);
    target = await createPostgresDatabase(serverBackend, { empty: true });
  });
  afterAll(async () => {
    await target?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies every row, checks the counts, prints the DATABASE_URL, and the service answers the same from there', async () => {
    const env = { DATA_DIR: dataDir, RUN_WORKER: 'false' };
    const seeded = await runScript('src/cli.ts', env, ['seed-demo']);
    expect(seeded.code, seeded.output).toBe(0);

    const moved = await runScript('src/cli.ts', env, ['move-to-postgres', target.url]);
    expect(moved.code, moved.output).toBe(0);
    expect(moved.output).toContain('row counts match');
    const printed = /DATABASE_URL=(\S+)/.exec(moved.output)?.[1];
    expect(printed).toBeDefined();
    const expectedUrl = new URL(target.url);
    if (expectedUrl.password) expectedUrl.password = '****';
    expect(printed).toBe(expectedUrl.toString());

    // A second move onto the now filled database is refused.
    const again = await runScript('src/cli.ts', env, ['move-to-postgres', target.url]);
    expect(again.code).not.toBe(0);
    expect(again.output).toMatch(/not empty/);

    const source = await openDatabase({ dataDir, poolSize: 2 });
    const copy = await openDatabase({ url: target.url, poolSize: 2 });
    try {
      const counts = await rowCounts(source.db);
      expect(counts.appointments).toBeGreaterThan(0);
      expect(await rowCounts(copy.db)).toEqual(counts);

      // The same answers through the API, with DATA_DIR's keys (tokens and secrets carry over).
      const answer = async (database: typeof source) => {
        const ctx = await createContext(testConfig({ DATA_DIR: dataDir, KEYS_IN_MEMORY: false }), { database });
        const app = await buildApp(ctx);
        try {
          const login = await app.inject({ method: 'POST', url: '/api/v1/auth/token', payload: { email: 'admin@demo.carebook', password: 'demo-password' } });
          const token = login.json().access_token;
          const list = await app.inject({ method: 'GET', url: '/api/v1/appointments?limit=100', headers: { authorization: `Bearer ${token}` } });
          const providers = await app.inject({ method: 'GET', url: '/api/v1/providers', headers: { authorization: `Bearer ${token}` } });
          return [list.statusCode, list.body, providers.body];
        } finally {
          await app.close();
        }
      };
      const before = await answer(source);
      expect(before[0]).toBe(200);
      expect(await answer(copy)).toEqual(before);
    } finally {
      await source.close();
      await copy.close();
    }
  }, 400_000);
});
