import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, makePatient, type TestApp } from './helpers.js';
import { openSse, type SseConnection } from './support/sse-client.js';
import { tempDataDir } from './support/notify.js';

/** At most NOTIFY_MAX_STREAMS_PER_USER open notification streams per user: a new one closes that user's oldest. */
describe.each(backends)('notification stream limit on %s', (backend) => {
  let t: TestApp;
  let base: string;
  const opened: SseConnection[] = [];
  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: tempDataDir(), NOTIFY_MAX_STREAMS_PER_USER: 2 });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const s of opened) s.close();
    await t?.close();
  });

  const open = async (token: string) => {
    const stream = await openSse(`${base}/api/v1/notifications/stream`, { authorization: `Bearer ${token}` });
    opened.push(stream);
    expect(stream.status).toBe(200);
    await stream.until((text) => text.includes(': connected'));
    return stream;
  };
  const isOpen = async (s: SseConnection) => !(await Promise.race([s.ended.then(() => true), new Promise((r) => setImmediate(() => r(false)))]));

  it('closes the oldest stream of a user who opens one too many, and leaves other users alone', async () => {
    const patient = await makePatient(t);
    const other = await makePatient(t);
    const theirs = await open(other.token);
    const first = await open(patient.token);
    const second = await open(patient.token);
    const third = await open(patient.token);
    await first.ended;
    expect(await isOpen(second)).toBe(true);
    expect(await isOpen(third)).toBe(true);
    expect(await isOpen(theirs)).toBe(true);
    const fourth = await open(patient.token);
    await second.ended;
    expect(await isOpen(third)).toBe(true);
    expect(await isOpen(fourth)).toBe(true);
  });
});
