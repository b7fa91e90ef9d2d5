import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, runScript, type ServerProcess, startServer } from './support/server-process.js';

/*
 * The embedded database's folder, as a user meets it: a server owns DATA_DIR, the CLI works while
 * it runs, a second server is refused with a clear message, and a server killed with SIGKILL
 * leaves a folder the next start opens with everything it had acknowledged.
 */

const ADMIN = { email: 'datadir-admin@carebook.test', password: 'datadir-admin-password-1' };

describe('one DATA_DIR, several processes', () => {
  let dataDir: string;
  let env: Record<string, string>;
  const servers: ServerProcess[] = [];

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'carebook-datadir-'));
    chmodSync(dataDir, 0o755);
    env = { DATA_DIR: dataDir, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, RUN_WORKER: 'false' };
  });
  afterAll(async () => {
    for (const s of servers) {
      if (s.child.exitCode === null && s.child.signalCode === null) {
        s.child.kill('SIGTERM');
        await s.exited;
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  const token = async (base: string, email = ADMIN.email, password = ADMIN.password) => {
    const res = await api(base, 'POST', '/api/v1/auth/token', undefined, { email, password });
    expect(res.status, res.text).toBe(200);
    return res.body.access_token as string;
  };

  it('lets the CLI work through a running server, refuses a second server, and survives SIGKILL', async () => {
    const first = await startServer(env);
    servers.push(first);
    const admin = await token(first.base);
    const patient = await api(first.base, 'POST', '/api/v1/patients', admin, { email: 'kept@carebook.test', name: 'Kept Patient', password: 'kept-password-1' });
    expect(patient.status, patient.text).toBe(201);

    // The CLI while the server runs: it joins the server's PostgreSQL, and the server sees the user at once.
    const cli = await runScript('src/cli.ts', env, ['create-user', '--role', 'staff', '--email', 'cli-staff@carebook.test', '--password', 'cli-staff-pass-1', '--name', 'CLI Staff']);
    expect(cli.code, cli.output).toBe(0);
    await token(first.base, 'cli-staff@carebook.test', 'cli-staff-pass-1');

    // A second server on the same folder is refused, naming the owner, and the owner is unharmed.
    const second = await runScript('src/server.ts', { ...env, PORT: '0', LOG_LEVEL: 'silent' });
    expect(second.code).not.toBe(0);
    expect(second.output).toContain(`in use by Carebook process ${first.child.pid}`);
    expect((await fetch(`${first.base}/health`)).status).toBe(200);

    first.child.kill('SIGKILL');
    await first.exited;

    const third = await startServer(env);
    servers.push(third);
    const again = await token(third.base);
    const found = await api(third.base, 'GET', `/api/v1/patients/${patient.body.id}`, again);
    expect(found.status, found.text).toBe(200);
    expect(found.body.user.email).toBe('kept@carebook.test');
    await token(third.base, 'cli-staff@carebook.test', 'cli-staff-pass-1');
    expect(JSON.parse(readFileSync(join(dataDir, 'carebook.lock'), 'utf8')).pid).toBe(third.child.pid);

    // A clean stop takes its PostgreSQL down with it and gives the folder back.
    third.child.kill('SIGTERM');
    const [code] = (await third.exited) as [number];
    expect(code).toBe(0);
    expect(existsSync(join(dataDir, 'carebook.lock'))).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('refuses a folder written by PGlite with a message that says what to do', async () => {
    const legacy = mkdtempSync(join(tmpdir(), 'carebook-pglite-'));
    try {
      chmodSync(legacy, 0o755);
      writeFileSync(join(legacy, 'PG_VERSION'), '17\n');
      const run = await runScript('src/server.ts', { ...env, DATA_DIR: legacy, PORT: '0' });
      expect(run.code).not.toBe(0);
      expect(run.output).toContain('written by an older Carebook (PGlite)');
    } finally {
      rmSync(legacy, { recursive: true, force: true });
    }
  });
});
