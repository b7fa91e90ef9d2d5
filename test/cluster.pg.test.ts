import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from './databases.js';
import { type ServerProcess, startServer } from './support/server-process.js';

/* Server mode on every core: WEB_CONCURRENCY API processes share the port, and one that dies is replaced. */

const childrenOf = (pid: number): number[] => {
  try {
    return execFileSync('pgrep', ['-P', String(pid), '-f', 'server'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
};

describe('WEB_CONCURRENCY with DATABASE_URL', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    database = await createPostgresDatabase();
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    await database?.drop();
  });

  it('runs two API processes on one port, replaces one that is killed, and stops them all on SIGTERM', { timeout: 150_000 }, async () => {
    server = await startServer({ DATABASE_URL: database.url, WEB_CONCURRENCY: '2', RUN_WORKER: 'false' });
    const primary = server.child.pid!;
    await expect.poll(() => childrenOf(primary).length, { timeout: 45_000 }).toBe(2);
    const [victim] = childrenOf(primary);
    process.kill(victim!, 'SIGKILL');

    // The other process keeps answering while the replacement starts.
    expect((await fetch(`${server.base}/health`)).status).toBe(200);
    await expect.poll(() => childrenOf(primary).filter((pid) => pid !== victim).length, { timeout: 45_000, interval: 200 }).toBe(2);
    expect((await fetch(`${server.base}/health`)).status).toBe(200);

    const children = childrenOf(primary);
    server.child.kill('SIGTERM');
    const [code] = (await server.exited) as [number];
    expect(code).toBe(0);
    for (const pid of children) expect(() => process.kill(pid, 0)).toThrow();
  });
});
