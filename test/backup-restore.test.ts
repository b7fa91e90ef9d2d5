import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, killIfRunning, runScript, type ServerProcess, startServer } from './support/server-process.js';

/*
 * A backup taken while the server runs, restored into a fresh DATA_DIR, gives the same API answers:
 * the same records, tokens still valid (the key file travels with the backup), encrypted secrets
 * still readable, and new records after it (sequences moved past the restored ids).
 */

const ADMIN = { email: 'backup-admin@carebook.test', password: 'backup-admin-password-1' };

describe('backup and restore of the embedded database', () => {
  let root: string;
  let first: ServerProcess | undefined;
  let second: ServerProcess | undefined;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'carebook-backup-'));
    chmodSync(root, 0o755);
  });
  afterAll(async () => {
    await killIfRunning(first);
    await killIfRunning(second);
    rmSync(root, { recursive: true, force: true });
  });

  const envFor = (dataDir: string) => ({ DATA_DIR: dataDir, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, RUN_WORKER: 'false' });

  it('restores a backup taken while the server runs into a fresh DATA_DIR with the same answers', async () => {
    const dirA = join(root, 'a');
    const dirB = join(root, 'b');
    const file = join(root, 'carebook.backup.gz');
    first = await startServer(envFor(dirA));
    const admin = (await api(first.base, 'POST', '/api/v1/auth/token', undefined, ADMIN)).body.access_token as string;
    const provider = await api(first.base, 'POST', '/api/v1/providers', admin, { email: 'dr-backup@carebook.test', name: 'Dr Backup', password: 'provider-pass-1', timezone: 'Europe/Berlin' });
    expect(provider.status, provider.text).toBe(201);
    const patient = await api(first.base, 'POST', '/api/v1/patients', admin, { email: 'pat-backup@carebook.test', name: 'Pat Backup', password: 'patient-pass-1' });
    const topic = await api(first.base, 'POST', '/api/v1/topics', admin, { name: 'Checkup', duration: 30 });
    const booked = await api(first.base, 'POST', '/api/v1/appointments', admin, { provider: provider.body.id, patient: patient.body.id, topics: [topic.body.id], start_time: '2031-05-05T09:00:00Z' });
    expect(booked.status, booked.text).toBe(201);
    const webhook = await api(first.base, 'POST', '/api/v1/webhooks', admin, { url: 'https://hooks.example.org/backup', events: ['*'] });
    expect(webhook.status, webhook.text).toBe(201);
    const patientToken = (await api(first.base, 'POST', '/api/v1/auth/token', undefined, { email: 'pat-backup@carebook.test', password: 'patient-pass-1' })).body.access_token;
    const feed = await api(first.base, 'POST', '/api/v1/me/calendar-feed', patientToken);
    const feedPath = new URL(feed.body.url).pathname;

    const reads = ['/api/v1/appointments', `/api/v1/appointments/${booked.body.id}/history`, '/api/v1/providers', '/api/v1/patients', '/api/v1/topics', '/api/v1/webhooks', `/api/v1/webhooks/${webhook.body.id}`];
    const answers = async (base: string) => Promise.all(reads.map(async (path) => (await api(base, 'GET', path, admin)).text));
    const before = await answers(first.base);
    const feedBefore = await (await fetch(`${first.base}${feedPath}`)).text();

    const backup = await runScript('src/cli.ts', envFor(dirA), ['backup', file]);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/appointments\s+1/);
    expect(existsSync(file)).toBe(true);

    // Restoring over the DATA_DIR of a running server is refused, and changes nothing.
    const refused = await runScript('src/cli.ts', envFor(dirA), ['restore', file]);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('Restore refused');
    expect((await api(first.base, 'GET', '/api/v1/appointments', admin)).text).toBe(before[0]);

    first.child.kill('SIGTERM');
    await first.exited;

    const restored = await runScript('src/cli.ts', envFor(dirB), ['restore', file]);
    expect(restored.code, restored.output).toBe(0);
    // A second restore into the now filled folder is refused.
    const again = await runScript('src/cli.ts', envFor(dirB), ['restore', file]);
    expect(again.code).not.toBe(0);
    expect(again.output).toMatch(/not empty/);

    second = await startServer(envFor(dirB));
    expect(await answers(second.base)).toEqual(before);
    // The same keys: tokens issued before the backup still work, and so do feed URLs.
    expect((await api(second.base, 'GET', '/api/v1/me', patientToken)).status).toBe(200);
    expect(await (await fetch(`${second.base}${feedPath}`)).text()).toBe(feedBefore);
    // New records get fresh ids and sequence numbers after the restored ones.
    const next = await api(second.base, 'POST', '/api/v1/appointments', admin, { provider: provider.body.id, patient: patient.body.id, topics: [topic.body.id], start_time: '2031-05-05T10:00:00Z' });
    expect(next.status, next.text).toBe(201);
    const history = await api(second.base, 'GET', `/api/v1/appointments/${next.body.id}/history`, admin);
    expect(history.status).toBe(200);
    expect((await api(second.base, 'GET', '/ready')).body).toMatchObject({ status: 'ready' });
  }, 400_000);
});
