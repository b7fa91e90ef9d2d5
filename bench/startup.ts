import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/support/server-process.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface StartupResult {
  /** A new DATA_DIR: initdb, first start of PostgreSQL, migrations, the admin. */
  firstStartSeconds: number;
  /** The same DATA_DIR again (median of three). */
  secondStartSeconds: number;
  /** Baseline in the same run: a bare Node HTTP server answering /health. */
  bareNodeSeconds: number;
  ratio: number;
}

/** Seconds from spawning `args` until GET /health answers 200; the process is then stopped with SIGTERM. */
async function timeToHealthy(args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const began = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, PORT: String(port), LOG_LEVEL: 'silent', ...env }, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode} before it was healthy`);
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status === 200, () => false);
      if (ok) return (performance.now() - began) / 1000;
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;

/** `npm start`'s server (compiled by scripts/build.mjs) on the embedded database, first and second start. */
export async function startupBenchmark(): Promise<StartupResult> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  const dataDir = mkdtempSync(join(tmpdir(), 'carebook-start-'));
  chmodSync(dataDir, 0o755);
  try {
    const env = { DATA_DIR: dataDir, ADMIN_EMAIL: 'start@carebook.test', ADMIN_PASSWORD: 'start-password-1' };
    const server = ['dist/server.js'];
    const firstStartSeconds = await timeToHealthy(server, env);
    const second: number[] = [];
    for (let i = 0; i < 3; i++) second.push(await timeToHealthy(server, env));
    const bare = [
      '-e',
      "require('node:http').createServer((q, s) => s.end('{\"status\":\"ok\"}')).listen(Number(process.env.PORT), '127.0.0.1'); process.on('SIGTERM', () => process.exit(0))",
    ];
    const bareRuns: number[] = [];
    for (let i = 0; i < 3; i++) bareRuns.push(await timeToHealthy(bare, {}));
    const secondStartSeconds = median(second);
    const bareNodeSeconds = median(bareRuns);
    return { firstStartSeconds: round(firstStartSeconds), secondStartSeconds: round(secondStartSeconds), bareNodeSeconds: round(bareNodeSeconds), ratio: round(bareNodeSeconds / secondStartSeconds) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
