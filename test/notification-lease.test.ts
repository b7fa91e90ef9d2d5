import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, type TestApp } from './helpers.js';
import { admin, bookAppointment, drainNotifications, notificationsOf, record, tempDataDir, waitFor } from './support/notify.js';

/**
 * A claimed notification is leased to its worker: renewed while the send runs, and short
 * (NOTIFY_LEASE_MS, a minute by default), so a message whose worker died mid-send is retried by
 * another worker within a minute instead of five.
 */
describe.each(backends)('delivery leases on %s', (backend) => {
  let server: Server;
  let url: string;
  /** Requests held open until the test lets them answer. */
  const held: (() => void)[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      held.push(() => res.writeHead(200).end('{}'));
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => {
    for (const answer of held) answer();
    server.close();
  });

  async function webhookInFlight(t: TestApp) {
    await t.call('POST', '/api/v1/webhooks', { token: t.adminToken, body: { url, events: ['appointment.completed'] } });
    const { appointmentId } = await bookAppointment(t);
    await record(t.ctx, { type: 'completed', appointmentId, actor: admin });
    const before = held.length;
    const firstWorker = drainNotifications(t.ctx);
    await waitFor(() => held.length > before, 'the webhook request to arrive');
    // The same batch's emails are sent first: a row still being sent when a test moves the clock on
    // by a minute would look abandoned to the second worker (its lease not yet renewed) and be taken.
    await waitFor(async () => (await notificationsOf(t.ctx, appointmentId)).every((r) => r.channel === 'webhook' || r.status === 'sent'), 'the other notices to be sent');
    const row = async () => (await notificationsOf(t.ctx, appointmentId, 'completed')).find((r) => r.channel === 'webhook')!;
    return { firstWorker, row };
  }

  it('lets another worker retry a message whose worker stopped mid-send once a minute has passed', async () => {
    const t = await createTestApp(backend, { DATA_DIR: tempDataDir(), ALLOW_PRIVATE_WEBHOOK_URLS: true });
    try {
      const { firstWorker, row } = await webhookInFlight(t);
      expect(await row()).toMatchObject({ status: 'sending', attempts: 1 });
      // The first worker hangs (as if dead); a minute later on the domain clock another worker takes over.
      t.clock.advanceMinutes(1);
      const sent = held.length;
      const secondWorker = drainNotifications(t.ctx);
      await waitFor(() => held.length > sent, 'the retry to arrive');
      expect(await row()).toMatchObject({ status: 'sending', attempts: 2 });
      for (const answer of held.splice(0)) answer();
      await Promise.all([firstWorker, secondWorker]);
      // The stale first attempt did not overwrite the second's result.
      expect(await row()).toMatchObject({ status: 'sent', attempts: 2 });
    } finally {
      await t.close();
    }
  });

  it('renews the lease while the send is still running, so no other worker takes it', async () => {
    const t = await createTestApp(backend, { DATA_DIR: tempDataDir(), ALLOW_PRIVATE_WEBHOOK_URLS: true, NOTIFY_LEASE_MS: 1500 });
    try {
      const { firstWorker, row } = await webhookInFlight(t);
      const leasedUntil = (await row()).locked_until!.getTime();
      t.clock.set(new Date(leasedUntil + 60_000).toISOString());
      // A renewal (every NOTIFY_LEASE_MS / 3) moves the lease past the new "now".
      await waitFor(async () => (await row()).locked_until!.getTime() > t.clock.now().getTime(), 'the lease to be renewed');
      const sent = held.length;
      expect(await drainNotifications(t.ctx)).toBe(0);
      expect(held.length).toBe(sent);
      for (const answer of held.splice(0)) answer();
      await firstWorker;
      expect(await row()).toMatchObject({ status: 'sent', attempts: 1 });
    } finally {
      await t.close();
    }
  });
});
