import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, type TestApp } from './helpers.js';

/**
 * /openapi.json passes a real linter: Redocly's recommended rules (redocly.yaml says which are off
 * and why), errors and warnings alike.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

describe.each(backends.slice(0, 1))('OpenAPI lint (%s)', (backend) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp(backend);
    dir = mkdtempSync(join(tmpdir(), 'carebook-lint-'));
  });
  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('redocly lint finds no problem in the served document', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, (await t.call('GET', '/openapi.json')).body);
    const lint = await run(join(root, 'node_modules/.bin/redocly'), ['lint', file, '--config', join(root, 'redocly.yaml'), '--format', 'json', '--max-problems', '50'], {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }));
    const report = JSON.parse(lint.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string; location: { pointer: string }[] }[] };
    const problems = report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);
});
