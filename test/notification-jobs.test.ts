import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/app.js';
import type { AppContext } from '../src/context.js';
import { openDatabase } from '../src/db/database.js';
import { startWorker } from '../src/jobs/worker.js';
import { recordAppointmentEvent } from '../src/notifications/events.js';
import { DELIVERY_QUEUE, enqueueDelivery } from '../src/notifications/queue.js';
import { backends, serverBackend } from './databases.js';
import { createTestApp, type TestApp } from './helpers.js';
import { spawnScript } from './support/server-process.js';
import { startReceiver } from './support/http-receiver.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { admin, bookAppointment, drainNotifications, notificationsOf, record, tempDataDir, waitFor } from './support/notify.js';

/** Delivery jobs still to run (queued, waiting for a retry, or running), by notification id. */
async function openJobs(ctx: AppContext, notificationIds: string[], states = ['created', 'retry', 'active']): Promise<Map<string, number>> {
  const { rows } = await sql<{ notification: string; n: number }>`
    SELECT data->>'notification' AS notification, count(*)::int AS n FROM pgboss.job
    WHERE name = ${DELIVERY_QUEUE} AND state::text = ANY(${states}::text[]) AND data->>'notification' = ANY(${notificationIds}::text[])
    GROUP BY 1`.execute(ctx.db);
  return new Map(rows.map((r) => [r.notification, r.n]));
}

/** Another process's view of the same database: its own pool and channels; the same clock unless told. */
async function secondInstance(t: TestApp, clock: 'same' | 'system' = 'same') {
  const database = await openDatabase({ url: t.url, poolSize: 10 });
  const ctx = await createContext(t.ctx.config, { database, ...(clock === 'same' ? { clock: t.clock } : {}) });
  return { ctx, close: () => database.close() };
}


describe.each(backends)('notification delivery jobs on %s', (backend) => {
  let t: TestApp;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp(backend, { DATA_DIR: tempDataDir(), SMTP_URL: sink.url, NOTIFY_MAX_ATTEMPTS: 3, ALLOW_PRIVATE_WEBHOOK_URLS: true });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('a command that rolls back leaves no job and no row; a committed one has one job per message to send', async () => {
    const { appointmentId } = await bookAppointment(t);
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${DELIVERY_QUEUE}`.execute(t.ctx.db);
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await recordAppointmentEvent(trx, t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'provider' } });
        // The jobs were sent inside this transaction: visible to it…
        const inside = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${DELIVERY_QUEUE}`.execute(trx);
        expect(inside.rows[0]!.n).toBeGreaterThan(before.rows[0]!.n);
        throw new Error('the command failed after writing its notifications');
      }),
    ).rejects.toThrow(/command failed/);
    // …and gone with it.
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${DELIVERY_QUEUE}`.execute(t.ctx.db);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
    expect(await notificationsOf(t.ctx, appointmentId, 'canceled')).toEqual([]);
    await drainNotifications(t.ctx);
    expect(sink.messages.filter((m) => m.data.includes('X-Carebook-Event: canceled') && m.data.includes(appointmentId))).toEqual([]);

    await record(t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'provider' } });
    const rows = await notificationsOf(t.ctx, appointmentId, 'canceled');
    const toSend = rows.filter((r) => r.channel !== 'in_app');
    expect(toSend.map((r) => r.channel).sort()).toEqual(['email', 'email']);
    const queued = await openJobs(t.ctx, rows.map((r) => r.id));
    expect(Object.fromEntries(queued)).toEqual(Object.fromEntries(toSend.map((r) => [r.id, 1])));
    while ((await drainNotifications(t.ctx)) > 0);
    expect((await notificationsOf(t.ctx, appointmentId, 'canceled')).every((r) => r.status === 'sent')).toBe(true);
    expect((await openJobs(t.ctx, rows.map((r) => r.id))).size).toBe(0);
  });

  it('a notification with several jobs (pg-boss delivers at least once) is sent once, even by two workers at the same moment', async () => {
    const { appointmentId } = await bookAppointment(t);
    await record(t.ctx, { type: 'completed', appointmentId, actor: admin });
    const [email] = (await notificationsOf(t.ctx, appointmentId, 'completed')).filter((r) => r.channel === 'email');
    await t.ctx.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 3; i++) await enqueueDelivery(trx, email!.id);
    });
    expect((await openJobs(t.ctx, [email!.id])).get(email!.id)).toBe(4);
    const other = await secondInstance(t);
    try {
      // Each takes two of the four jobs: both workers hold a job for the same row at once.
      await Promise.all([drainNotifications(t.ctx, 2), drainNotifications(other.ctx, 2)]);
      while ((await drainNotifications(t.ctx)) > 0);
    } finally {
      await other.close();
    }
    const mails = sink.messages.filter((m) => m.data.includes(`<${email!.id}@`));
    expect(mails).toHaveLength(1);
    expect((await notificationsOf(t.ctx, appointmentId, 'completed')).find((r) => r.id === email!.id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect((await openJobs(t.ctx, [email!.id])).size).toBe(0);
  });

  it('a failing endpoint is retried with the same webhook-id, then dead-lettered after NOTIFY_MAX_ATTEMPTS; no job is left', async () => {
    const failing = await startReceiver();
    failing.respondWith(503, { error: 'busy' });
    try {
      const subscription = (await t.call('POST', '/api/v1/webhooks', { token: t.adminToken, body: { url: failing.url, events: ['appointment.no_show'] } })).json();
      const { appointmentId } = await bookAppointment(t);
      await record(t.ctx, { type: 'no_show', appointmentId, actor: admin });
      const hook = (await notificationsOf(t.ctx, appointmentId, 'no_show')).find((r) => r.channel === 'webhook')!;
      for (let attempt = 1; attempt <= t.ctx.config.NOTIFY_MAX_ATTEMPTS; attempt++) {
        while ((await drainNotifications(t.ctx)) > 0);
        const row = (await notificationsOf(t.ctx, appointmentId, 'no_show')).find((r) => r.id === hook.id)!;
        expect(row.attempts).toBe(attempt);
        if (attempt < t.ctx.config.NOTIFY_MAX_ATTEMPTS) {
          expect(row.status).toBe('failed');
          // Its retry is a job due at the row's next attempt.
          expect((await openJobs(t.ctx, [hook.id])).get(hook.id)).toBe(1);
          t.clock.set(row.next_attempt_at);
        } else {
          expect(row).toMatchObject({ status: 'dead', last_error: 'HTTP 503', sent_at: null });
        }
      }
      expect(failing.requests).toHaveLength(t.ctx.config.NOTIFY_MAX_ATTEMPTS);
      expect(new Set(failing.requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([hook.id]));
      expect((await openJobs(t.ctx, [hook.id])).size).toBe(0);
      await t.call('DELETE', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken });
    } finally {
      await failing.close();
      t.clock.set('2030-03-04T08:00:00Z');
    }
  });

  it('a job whose handler keeps failing is retried by pg-boss, then dead-lettered: its notification is marked dead', async () => {
    const { appointmentId } = await bookAppointment(t);
    await record(t.ctx, { type: 'started', appointmentId, actor: admin });
    const [email] = (await notificationsOf(t.ctx, appointmentId, 'started')).filter((r) => r.channel === 'email');
    // The claim of this one row fails (as it would with the database refusing it), every time.
    await sql`CREATE FUNCTION refuse_claim() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'claim refused for the test'; END $$`.execute(t.ctx.db);
    await sql`CREATE TRIGGER refuse_claim BEFORE UPDATE ON notifications FOR EACH ROW
      WHEN (NEW.id = ${sql.lit(email!.id)}::uuid AND NEW.status = 'sending') EXECUTE FUNCTION refuse_claim()`.execute(t.ctx.db);
    try {
      // NOTIFY_MAX_ATTEMPTS (3) retries after the first run; then the dead letter queue's handler.
      for (let run = 1; run <= 1 + t.ctx.config.NOTIFY_MAX_ATTEMPTS; run++) {
        expect((await notificationsOf(t.ctx, appointmentId, 'started')).find((r) => r.id === email!.id)).toMatchObject({ status: 'pending', attempts: 0 });
        await drainNotifications(t.ctx);
      }
    } finally {
      await sql`DROP TRIGGER refuse_claim ON notifications; DROP FUNCTION refuse_claim()`.execute(t.ctx.db);
    }
    const row = (await notificationsOf(t.ctx, appointmentId, 'started')).find((r) => r.id === email!.id)!;
    expect(row).toMatchObject({ status: 'dead', attempts: 0, sent_at: null });
    expect(row.last_error).toMatch(/^Its delivery kept failing before an attempt could start: claim refused for the test/);
    expect((await openJobs(t.ctx, [email!.id])).size).toBe(0);
    expect(sink.messages.some((m) => m.data.includes(`<${email!.id}@`))).toBe(false);
  });
});

/** A webhook endpoint that holds every request open until the test lets it answer 200. */
async function holdingEndpoint() {
  const requests: { headers: IncomingHttpHeaders; answer: () => void }[] = [];
  let answering = false;
  const server: Server = createServer((req, res) => {
    req.resume();
    const answer = () => res.writeHead(200).end('{}');
    requests.push({ headers: req.headers, answer });
    if (answering) answer();
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    requests,
    answerFromNowOn() {
      answering = true;
    },
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}

describe('notification delivery across a worker that is killed', () => {
  const KEYS = { JWT_SECRET: 'a-shared-jwt-secret-for-this-test-only-0123', ENCRYPTION_KEY: 'a-shared-encryption-key-for-this-test-only-0' };
  let t: TestApp;
  let endpoint: Awaited<ReturnType<typeof holdingEndpoint>>;
  beforeAll(async () => {
    endpoint = await holdingEndpoint();
    t = await createTestApp(serverBackend, { DATA_DIR: tempDataDir(), ALLOW_PRIVATE_WEBHOOK_URLS: true, NOTIFY_LEASE_MS: 1000, ...KEYS });
  });
  afterAll(async () => {
    endpoint?.close();
    await t?.close();
  });

  it('a committed notice goes out after a restart: its worker died mid-send, the next one sends it with the same webhook-id', async () => {
    // The commit happens on the wall clock, as in production: the worker processes run on it.
    t.clock.set(new Date().toISOString());
    await t.call('POST', '/api/v1/webhooks', { token: t.adminToken, body: { url: endpoint.url, events: ['appointment.canceled'] } });
    const { appointmentId } = await bookAppointment(t);
    await record(t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'provider' } });
    const hook = async () => (await notificationsOf(t.ctx, appointmentId, 'canceled')).find((r) => r.channel === 'webhook')!;
    // Committed; no worker has run yet.
    expect(await hook()).toMatchObject({ status: 'pending', attempts: 0 });

    const worker = spawnScript('src/jobs/worker-main.ts', {
      DATABASE_URL: t.url,
      DATA_DIR: tempDataDir(),
      LOG_LEVEL: 'silent',
      ALLOW_PRIVATE_WEBHOOK_URLS: 'true',
      NOTIFY_LEASE_MS: '1000',
      ...KEYS,
    });
    try {
      await waitFor(() => endpoint.requests.length > 0 || worker.child.exitCode !== null, 'the worker process to send the webhook', 60_000);
      expect(worker.child.exitCode, worker.output()).toBeNull();
    } finally {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    expect(await hook()).toMatchObject({ status: 'sending', attempts: 1 });

    // A fresh worker (wall clock) takes over once the dead one's lease has run out.
    endpoint.answerFromNowOn();
    const restarted = await secondInstance(t, 'system');
    const started = await startWorker(restarted.ctx);
    try {
      await waitFor(async () => (await hook()).status === 'sent', 'the restarted worker to deliver', 30_000);
    } finally {
      await started.stop();
      await restarted.close();
    }
    const row = await hook();
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    expect(endpoint.requests.map((r) => r.headers['webhook-id'])).toEqual([row.id, row.id]);
    // Nothing is queued for it any more; the dead worker's job stays 'active' until pg-boss expires it,
    // and its retry then finds the row sent (a repeat that sends nothing).
    expect((await openJobs(t.ctx, [row.id], ['created', 'retry'])).size).toBe(0);
    expect((await openJobs(t.ctx, [row.id], ['active'])).get(row.id)).toBe(1);
    t.clock.set('2030-03-04T08:00:00Z');
  }, 150_000);

  it('a cancellation notice leaves within about a second of its commit (measured)', async () => {
    const measured = await secondInstance(t, 'system');
    const worker = await startWorker(measured.ctx);
    try {
      const latencies: number[] = [];
      for (let i = 0; i < 5; i++) {
        t.clock.set(new Date().toISOString());
        const { appointmentId } = await bookAppointment(t, { start: new Date(Date.parse('2030-04-01T09:00:00Z') + i * 3600_000).toISOString() });
        // The booking's own notices first, so the figure is the cancellation's alone.
        await waitFor(async () => (await notificationsOf(t.ctx, appointmentId)).every((r) => r.status === 'sent'), 'the booking notices');
        const before = endpoint.requests.length;
        const committed = performance.now();
        await record(t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'provider' } });
        await waitFor(() => endpoint.requests.length > before, 'the cancellation webhook', 10_000);
        latencies.push(Math.round(performance.now() - committed));
      }
      console.log(`commit → webhook received: ${latencies.join(', ')} ms (polling every ${Math.max(0.5, t.ctx.config.NOTIFY_POLL_MS / 1000)} s)`);
      expect(Math.min(...latencies)).toBeLessThan(1500);
    } finally {
      await worker.stop();
      await measured.close();
      t.clock.set('2030-03-04T08:00:00Z');
    }
  });
});
