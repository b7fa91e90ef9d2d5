import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<unknown>;
}

/** Runs a script of the repository (`src/server.ts`, `src/cli.ts`) as a child process with `env` added. */
export function spawnScript(script: string, env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit');
  return { child, output: () => output, exited };
}

/** Runs a script to its end; resolves with its exit code and everything it printed. */
export async function runScript(script: string, env: Record<string, string>, args: string[] = []) {
  const run = spawnScript(script, env, args);
  const [code] = (await run.exited) as [number | null];
  return { code, output: run.output() };
}

/** Starts the real server as a child process and waits until /health answers 200 (within `healthyWithinMs`). */
export async function startServer(env: Record<string, string>, { healthyWithinMs = 30_000 } = {}): Promise<ServerProcess> {
  const port = await freePort();
  const run = spawnScript('src/server.ts', { HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'silent', WEB_CONCURRENCY: '1', ...env });
  let gone = false;
  void run.exited.then(() => (gone = true));

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + healthyWithinMs;
  for (;;) {
    if (gone) throw new Error(`server exited before it was healthy:\n${run.output()}`);
    if (Date.now() > deadline) {
      run.child.kill('SIGKILL');
      throw new Error(`server not healthy within ${healthyWithinMs / 1000} s:\n${run.output()}`);
    }
    try {
      const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ...run, base };
}

export async function api(base: string, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, text };
}

/** Kills a server a test left running (it failed half-way), so the file can drop its database. */
export async function killIfRunning(server: ServerProcess | undefined): Promise<void> {
  if (server && server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}
