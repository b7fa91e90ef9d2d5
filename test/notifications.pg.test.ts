import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/app.js';
import type { AppContext } from '../src/context.js';
import { openDatabase } from '../src/db/database.js';
import { runDueReminders } from '../src/notifications/reminders.js';
import { serverBackend } from './databases.js';
import { createTestApp, type TestApp } from './helpers.js';
import { startReceiver, type HttpReceiver } from './support/http-receiver.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { admin, bookAppointment, drainNotifications, notificationsOf, record, tempDataDir } from './support/notify.js';

/** Another process's view of the same database: its own pool, its own channels, the same clock. */
async function secondInstance(t: TestApp): Promise<{ ctx: AppContext; close(): Promise<void> }> {
  const database = await openDatabase({ url: t.url, poolSize: 10 });
  const ctx = await createContext(t.ctx.config, { database, clock: t.clock });
  return { ctx, close: () => database.close() };
}

/** Message-IDs are `<notification id@…>`: how many times each notification reached the SMTP sink. */
function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('notifications on PostgreSQL with several worker instances', () => {
  let t: TestApp;
  let receiver: HttpReceiver;
  let sink: SmtpSink;
  beforeAll(async () => {
    receiver = await startReceiver();
    sink = await startSmtpSink();
    // The receiver listens on 127.0.0.1: a private address, so this suite allows them.
    t = await createTestApp(serverBackend, { DATA_DIR: tempDataDir(), SMTP_URL: sink.url, ALLOW_PRIVATE_WEBHOOK_URLS: true });
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
    await sink?.close();
  });

  it('a crash between commit and delivery loses nothing: a fresh instance sends what the dead one left', async () => {
    const subscription = (await t.call('POST', '/api/v1/webhooks', { token: t.adminToken, body: { url: receiver.url, events: ['appointment.canceled'] } })).json();
    const { appointmentId, patient } = await bookAppointment(t);
    // Committed, and then "the process dies": this instance never runs its delivery loop.
    await record(t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'provider' } });
    const rows = await notificationsOf(t.ctx, appointmentId, 'canceled');
    // One message was claimed by a worker that died mid-send: its lease is still running.
    const claimed = rows.find((r) => r.channel === 'email' && r.audience === 'patient')!;
    await t.ctx.db
      .updateTable('notifications')
      .set({ status: 'sending', attempts: 1, locked_until: new Date(t.clock.now().getTime() + 5 * 60_000) })
      .where('id', '=', claimed.id)
      .execute();

    const restarted = await secondInstance(t);
    try {
      await drainNotifications(restarted.ctx);
      const hooks = receiver.requests.filter((r) => r.headers['webhook-id'] === rows.find((n) => n.channel === 'webhook')!.id);
      expect(hooks).toHaveLength(1);
      expect(JSON.parse(hooks[0]!.body)).toMatchObject({ type: 'appointment.canceled', data: { appointment: { id: appointmentId } } });
      expect(sink.messages.some((m) => m.data.includes(`<${claimed.id}@`))).toBe(false);

      // Once the dead worker's lease runs out, the claimed message goes out too.
      t.clock.advanceMinutes(6);
      await drainNotifications(restarted.ctx);
      expect(sink.messages.filter((m) => m.data.includes(`<${claimed.id}@`) && m.to.includes(patient.email))).toHaveLength(1);
      const after = await notificationsOf(t.ctx, appointmentId, 'canceled');
      expect(after.map((r) => r.status)).toEqual(after.map(() => 'sent'));
      expect(after.find((r) => r.id === claimed.id)!.attempts).toBe(2);
    } finally {
      await restarted.close();
      await t.call('DELETE', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken });
      t.clock.set('2030-03-04T08:00:00Z');
    }
  });

  it('two workers draining at once send each reminder and each webhook exactly once', async () => {
    const subscription = (await t.call('POST', '/api/v1/webhooks', { token: t.adminToken, body: { url: receiver.url, events: ['*'] } })).json();
    const APPOINTMENTS = 12;
    const booked = await Promise.all(
      Array.from({ length: APPOINTMENTS }, (_, i) => bookAppointment(t, { start: new Date(Date.parse('2030-03-06T09:00:00Z') + i * 3600_000).toISOString() })),
    );
    for (const b of booked) await record(t.ctx, { type: 'created', appointmentId: b.appointmentId, actor: admin });
    // Everything so far goes out first, so the race below is about reminders and their messages.
    while ((await drainNotifications(t.ctx)) > 0);
    const hitsBefore = receiver.requests.length;
    const mailsBefore = sink.messages.length;

    // Every reminder is due; no appointment has started.
    t.clock.set('2030-03-05T21:00:00Z');
    const workers = [await secondInstance(t), await secondInstance(t)];
    try {
      // Each worker keeps polling until nothing is left to do, so both compete for every batch.
      const outstanding = async () => {
        const now = t.clock.now();
        const reminders = await t.ctx.db.selectFrom('reminders').select('id').where('status', '=', 'pending').where('remind_at', '<=', now).execute();
        const messages = await t.ctx.db.selectFrom('notifications').select('id').where('status', 'in', ['pending', 'failed', 'sending']).execute();
        return reminders.length + messages.length;
      };
      const drain = async (ctx: AppContext) => {
        let claimed = 0;
        const deadline = Date.now() + 30_000;
        while ((await outstanding()) > 0) {
          if (Date.now() > deadline) throw new Error('the workers did not finish within 30 s');
          claimed += (await runDueReminders(ctx)) + (await drainNotifications(ctx, 3));
        }
        return claimed;
      };
      const claimed = await Promise.all(workers.map((w) => drain(w.ctx)));
      // 12 reminders and 36 messages at least (other tests' due work may join in), and both workers took part.
      expect(claimed[0]! + claimed[1]!).toBeGreaterThanOrEqual(APPOINTMENTS * 4);
      expect(claimed.every((n) => n > 0)).toBe(true);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
    }

    for (const b of booked) {
      const reminders = await t.ctx.db.selectFrom('reminders').selectAll().where('appointment_id', '=', b.appointmentId).execute();
      expect(reminders.map((r) => r.status)).toEqual(['sent']);
      const sent = await notificationsOf(t.ctx, b.appointmentId, 'reminder');
      expect(sent.map((r) => `${r.channel}:${r.audience}`).sort()).toEqual(['email:patient', 'email:provider', 'in_app:patient', 'in_app:provider', 'webhook:subscriber']);
      expect(sent.every((r) => r.status === 'sent' && r.attempts <= 1)).toBe(true);
    }

    // (Other appointments in this database may have reminders of their own: count only these.)
    const ids = new Set(booked.map((b) => b.appointmentId));
    const hooks = receiver.requests.slice(hitsBefore);
    const reminderHooks = hooks.filter((r) => {
      const body = JSON.parse(r.body) as { type: string; data: { appointment: { id: string } } };
      return body.type === 'appointment.reminder' && ids.has(body.data.appointment.id);
    });
    expect(reminderHooks).toHaveLength(APPOINTMENTS);
    expect([...countBy(hooks, (r) => String(r.headers['webhook-id'])).values()].every((n) => n === 1)).toBe(true);
    const mails = sink.messages.slice(mailsBefore);
    expect(mails.filter((m) => ids.has(/^X-Carebook-Appointment: (.*)$/im.exec(m.data)![1]!.trim()))).toHaveLength(APPOINTMENTS * 2);
    expect([...countBy(mails, (m) => /^Message-ID: (.*)$/im.exec(m.data)![1]!).values()].every((n) => n === 1)).toBe(true);
    await t.call('DELETE', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken });
    t.clock.set('2030-03-04T08:00:00Z');
  });
});
