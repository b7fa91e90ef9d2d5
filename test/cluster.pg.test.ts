import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from './databases.js';
import { api, killIfRunning, type ServerProcess, startServer } from './support/server-process.js';

/* Server mode on every core: WEB_CONCURRENCY API processes share the port, and one that dies is replaced. */

const childrenOf = (pid: number): number[] => {
  try {
    return execFileSync('pgrep', ['-P', String(pid), '-f', 'server'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
};

const ADMIN = { email: 'cluster-admin@carebook.test', password: 'cluster-admin-password-1' };

describe('WEB_CONCURRENCY with DATABASE_URL', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  const dataDir = mkdtempSync(join(tmpdir(), 'carebook-cluster-'));
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    database = await createPostgresDatabase();
  });
  afterAll(async () => {
    await killIfRunning(server);
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs two API processes on one port, replaces one that is killed, and stops them all on SIGTERM', { timeout: 150_000 }, async () => {
    // A fresh DATA_DIR: both processes start without a key file and must agree on the keys they generate.
    server = await startServer({ DATABASE_URL: database.url, WEB_CONCURRENCY: '2', RUN_WORKER: 'false', DATA_DIR: dataDir, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    const primary = server.child.pid!;
    await expect.poll(() => childrenOf(primary).length, { timeout: 45_000 }).toBe(2);
    // Connections are handed out in turn, so these reach both processes: a token from one works on the other.
    const token = (await api(server.base, 'POST', '/api/v1/auth/token', undefined, ADMIN)).body.access_token as string;
    const answers = await Promise.all(Array.from({ length: 20 }, () => api(server!.base, 'GET', '/api/v1/me', token).then((r) => r.status)));
    expect(answers).toEqual(Array(20).fill(200));
    const [victim] = childrenOf(primary);
    process.kill(victim!, 'SIGKILL');

    // The other process keeps answering while the replacement starts (a connection the dead one held may fail once).
    const health = () => fetch(`${server!.base}/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.status, () => 0);
    await expect.poll(health, { timeout: 10_000, interval: 100 }).toBe(200);
    await expect.poll(() => childrenOf(primary).filter((pid) => pid !== victim).length, { timeout: 45_000, interval: 200 }).toBe(2);
    await expect.poll(health, { timeout: 10_000, interval: 100 }).toBe(200);

    const children = childrenOf(primary);
    server.child.kill('SIGTERM');
    const [code] = (await server.exited) as [number];
    expect(code).toBe(0);
    for (const pid of children) expect(() => process.kill(pid, 0)).toThrow();
  });
});
