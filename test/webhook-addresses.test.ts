import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postWebhook, UNREACHABLE } from '../src/notifications/channels/webhook.js';
import { backends } from './databases.js';
import { createTestApp, expectProblem, type TestApp } from './helpers.js';
import { startReceiver, type HttpReceiver } from './support/http-receiver.js';
import { admin, bookAppointment, drainNotifications, notificationsOf, record, tempDataDir } from './support/notify.js';

// Lets one test give a name an address that it cannot have in DNS; every other lookup is the real one.
const dnsAnswers = vi.hoisted(() => ({ byName: new Map<string, { address: string; family: number }[]>(), calls: [] as string[] }));
vi.mock('node:dns/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:dns/promises')>();
  const lookup = (async (host: string, options: unknown) => {
    dnsAnswers.calls.push(host);
    return dnsAnswers.byName.get(host) ?? real.lookup(host, options as never);
  }) as typeof real.lookup;
  return { ...real, default: { ...real, lookup }, lookup };
});

/**
 * Webhooks reach the public internet only: private, loopback, link-local and metadata addresses
 * (in every spelling) and URLs with credentials are refused at registration, and at delivery the
 * resolved address is checked and is the one connected to. ALLOW_PRIVATE_WEBHOOK_URLS lifts the
 * address rule (not the credentials rule).
 */
const REFUSED = [
  'http://127.0.0.1/hook',
  'http://[::1]/hook',
  'http://0x7f000001/hook',
  'http://2130706433/hook',
  'http://017700000001/hook',
  'http://10.0.0.1/hook',
  'http://192.168.1.20/hook',
  'http://172.16.0.1/hook',
  'http://100.64.0.1/hook',
  'http://0.0.0.0/hook',
  'http://[fd00::1]/hook',
  'http://[fe80::1]/hook',
  'http://[::ffff:127.0.0.1]/hook',
  'http://[::ffff:a9fe:a9fe]/hook',
  'http://169.254.169.254/latest/meta-data/',
  'http://localhost:5432/',
  'http://LOCALHOST./',
  'http://api.localhost/',
  'https://user:pass@hooks.example.org/hook',
  'https://token@hooks.example.org/hook',
];

describe.each(backends)('webhook addresses on %s', (backend) => {
  let t: TestApp;
  let receiver: HttpReceiver;
  const subscribe = (url: string, app = t) => app.call('POST', '/api/v1/webhooks', { token: app.adminToken, body: { url, events: ['*'] } });

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await createTestApp(backend, { DATA_DIR: tempDataDir() });
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it.each(REFUSED)('refuses to register %s (422 on url)', async (url) => {
    const problem = expectProblem(await subscribe(url), 422, 'validation_failed');
    expect(problem.errors?.map((e) => e.field)).toEqual(['url']);
  });

  it('refuses changing a subscription to an internal address, and accepts public ones', async () => {
    const created = await subscribe('https://hooks.example.org/carebook');
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    for (const url of ['http://127.0.0.1:6379/', 'http://169.254.169.254/', 'https://a:b@hooks.example.org/']) {
      expectProblem(await t.call('PATCH', `/api/v1/webhooks/${id}`, { token: t.adminToken, body: { url } }), 422, 'validation_failed');
    }
    expect((await t.call('PATCH', `/api/v1/webhooks/${id}`, { token: t.adminToken, body: { url: 'https://93.184.215.14/hook' } })).statusCode).toBe(200);
    await t.call('DELETE', `/api/v1/webhooks/${id}`, { token: t.adminToken });
  });

  it('refuses at delivery an address that is internal once resolved, without reaching it or saying more', async () => {
    const created = await subscribe('https://hooks.example.org/carebook');
    const id = created.json().id;
    // As if the row predated the check, or its name now pointed inside: the delivery checks again.
    const port = new URL(receiver.url).port;
    for (const url of [`http://127.0.0.1:${port}/direct`, `http://localhost:${port}/by-name`]) {
      await t.ctx.db.updateTable('webhook_subscriptions').set({ url }).where('id', '=', id).execute();
      const { appointmentId } = await bookAppointment(t);
      await record(t.ctx, { type: 'completed', appointmentId, actor: admin });
      await drainNotifications(t.ctx);
      const row = (await notificationsOf(t.ctx, appointmentId, 'completed')).find((r) => r.channel === 'webhook' && r.subscription_id === id)!;
      expect(row.status).toBe('failed');
      expect(row.last_error).toBe('The endpoint resolves to a private, loopback or link-local address, which webhooks may not reach');
    }
    expect(receiver.requests).toEqual([]);
    await t.call('DELETE', `/api/v1/webhooks/${id}`, { token: t.adminToken });
  });

  it('with ALLOW_PRIVATE_WEBHOOK_URLS=true, takes internal addresses, never credentials', async () => {
    const open = await createTestApp(backend, { DATA_DIR: tempDataDir(), ALLOW_PRIVATE_WEBHOOK_URLS: true });
    try {
      expect((await subscribe('http://127.0.0.1:9/hook', open)).statusCode).toBe(201);
      expect((await subscribe('http://[fd00::1]/hook', open)).statusCode).toBe(201);
      expectProblem(await subscribe('https://user:pass@hooks.example.org/hook', open), 422, 'validation_failed');
    } finally {
      await open.close();
    }
  });
});

describe('webhook delivery connects to the address it checked', () => {
  let receiver: HttpReceiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver?.close());

  it('resolves the name once and connects to that address, keeping the name in the Host header', async () => {
    const port = new URL(receiver.url).port;
    dnsAnswers.byName.set('pinned.carebook.test', [{ address: '127.0.0.1', family: 4 }]);
    dnsAnswers.calls.length = 0;
    const outcome = await postWebhook({ url: `http://pinned.carebook.test:${port}/pinned`, secret: 'whsec_c2VjcmV0', id: 'n1', body: '{}', allowPrivate: true });
    expect(outcome).toMatchObject({ ok: true, statusCode: 200 });
    expect(dnsAnswers.calls).toEqual(['pinned.carebook.test']);
    expect(receiver.requests.at(-1)).toMatchObject({ path: '/pinned', headers: { host: `pinned.carebook.test:${port}` } });
  });

  it('refuses a name with any internal address, and reports network failures without socket detail', async () => {
    dnsAnswers.byName.set('rebind.carebook.test', [
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.1', family: 4 },
    ]);
    const refused = await postWebhook({ url: 'http://rebind.carebook.test/hook', secret: 'whsec_c2VjcmV0', id: 'n2', body: '{}' });
    expect(refused).toMatchObject({ ok: false, error: 'The endpoint resolves to a private, loopback or link-local address, which webhooks may not reach' });

    // A closed port and an open port that does not speak HTTP read the same.
    const closed = await startReceiver();
    const closedUrl = closed.url;
    await closed.close();
    const { createServer } = await import('node:net');
    const notHttp = createServer((socket) => socket.end('-ERR unknown command\r\n')).listen(0, '127.0.0.1');
    await new Promise((resolve) => notHttp.once('listening', resolve));
    const notHttpUrl = `http://127.0.0.1:${(notHttp.address() as { port: number }).port}/`;
    try {
      const errors = await Promise.all(
        [closedUrl, notHttpUrl].map((url) => postWebhook({ url, secret: 'whsec_c2VjcmV0', id: 'n3', body: '{}', allowPrivate: true })),
      );
      expect(errors.map((e) => e.error)).toEqual([UNREACHABLE, UNREACHABLE]);
    } finally {
      notHttp.close();
    }
  });
});
