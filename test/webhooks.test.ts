import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue } from '../src/notifications/delivery.js';
import { UNREACHABLE } from '../src/notifications/channels/webhook.js';
import { createSecretSealer, openSecret } from '../src/crypto/secrets.js';
import { backends } from './databases.js';
import { createTestApp, expectProblem, makePatient, type TestApp } from './helpers.js';
import { startReceiver, type HttpReceiver, type ReceivedRequest } from './support/http-receiver.js';
import { admin, bookAppointment, notificationsOf, record, tempDataDir } from './support/notify.js';

/** Standard Webhooks verification by the independent `standardwebhooks` package; throws when invalid. */
function verify(secret: string, request: ReceivedRequest): unknown {
  return new Webhook(secret).verify(request.body, {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  });
}

describe.each(backends)('webhooks on %s', (backend) => {
  let t: TestApp;
  let receiver: HttpReceiver;
  beforeAll(async () => {
    receiver = await startReceiver();
    // The receiver listens on 127.0.0.1: a private address, so this suite allows them.
    t = await createTestApp(backend, { DATA_DIR: tempDataDir(), NOTIFY_MAX_ATTEMPTS: 6, ALLOW_PRIVATE_WEBHOOK_URLS: true });
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  const subscribe = async (events: string[], url = receiver.url) => {
    const res = await t.call('POST', '/api/v1/webhooks', { token: t.adminToken, body: { url, events, description: 'test receiver' } });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; secret: string; status: string };
  };
  /** Requests to the receiver carrying this appointment event. */
  const hits = (type: string, appointmentId: string) =>
    receiver.requests.filter((r) => {
      const body = JSON.parse(r.body) as { type: string; data: { appointment: { id: string } } };
      return body.type === type && body.data.appointment.id === appointmentId;
    });

  it('only admins manage subscriptions, and bad input is a 422', async () => {
    const patient = await makePatient(t);
    expectProblem(await t.call('GET', '/api/v1/webhooks', { token: patient.token }), 403, 'forbidden');
    expectProblem(await t.call('POST', '/api/v1/webhooks', { token: patient.token, body: { url: receiver.url, events: ['*'] } }), 403, 'forbidden');
    expectProblem(await t.call('POST', '/api/v1/webhooks', { token: t.adminToken, body: { url: 'ftp://example.org/x', events: ['*'] } }), 422, 'validation_failed');
    expectProblem(await t.call('POST', '/api/v1/webhooks', { token: t.adminToken, body: { url: receiver.url, events: ['appointment.exploded'] } }), 422, 'validation_failed');
    expectProblem(await t.call('POST', '/api/v1/webhooks', { token: t.adminToken, body: { url: receiver.url, events: [] } }), 422, 'validation_failed');
    expectProblem(await t.call('GET', '/api/v1/webhooks/00000000-0000-0000-0000-000000000000', { token: t.adminToken }), 404, 'not_found');
    expectProblem(await t.call('GET', '/api/v1/webhooks/nope', { token: t.adminToken }), 404, 'not_found');
  });

  it('shows the secret once and keeps it encrypted at rest, bound to its subscription', async () => {
    const created = await subscribe(['appointment.created']);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(created.status).toBe('healthy');
    const fetched = (await t.call('GET', `/api/v1/webhooks/${created.id}`, { token: t.adminToken })).json();
    expect(fetched).not.toHaveProperty('secret');
    expect(JSON.stringify((await t.call('GET', '/api/v1/webhooks', { token: t.adminToken })).json())).not.toContain(created.secret);

    const row = await t.ctx.db.selectFrom('webhook_subscriptions').select(['secret_encrypted']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.secret_encrypted).not.toContain(created.secret.slice(6));
    expect(await openSecret(t.ctx.keys, 'webhook-secret-encryption', row.secret_encrypted, created.id)).toBe(created.secret);
    // Copied onto another row, or opened with another key, it does not decrypt.
    await expect(openSecret(t.ctx.keys, 'webhook-secret-encryption', row.secret_encrypted, '00000000-0000-0000-0000-000000000000')).rejects.toThrow(/Cannot decrypt/);
    await expect(createSecretSealer('another key material, 32+ chars long', 'webhook-secret-encryption').open(row.secret_encrypted, created.id)).rejects.toThrow(/Cannot decrypt/);
    await t.call('DELETE', `/api/v1/webhooks/${created.id}`, { token: t.adminToken });
  });

  it('delivers a signed cancellation that the standardwebhooks package verifies, logs it, and replays it on request', async () => {
    const subscription = await subscribe(['appointment.canceled']);
    const { appointmentId } = await bookAppointment(t);
    await record(t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'patient', reason: 'Travel' } });
    const [row] = (await notificationsOf(t.ctx, appointmentId, 'canceled')).filter((r) => r.channel === 'webhook');
    expect(row).toMatchObject({ status: 'pending', recipient: receiver.url, subscription_id: subscription.id, audience: 'subscriber' });

    await deliverDue(t.ctx);
    const [first] = hits('appointment.canceled', appointmentId);
    expect(first).toBeDefined();
    expect(first!.headers['content-type']).toBe('application/json');
    expect(first!.headers['webhook-id']).toBe(row!.id);
    const body = verify(subscription.secret, first!) as { type: string; timestamp: string; data: Record<string, any> };
    expect(body.type).toBe('appointment.canceled');
    expect(body.timestamp).toBe('2030-03-04T08:00:00.000Z');
    expect(body.data).toMatchObject({ canceled_by: 'patient', reason: 'Travel', appointment: { id: appointmentId }, actor: { role: 'admin' } });
    // A tampered body fails verification.
    expect(() => verify(subscription.secret, { ...first!, body: first!.body.replace('Travel', 'Trave1') })).toThrow();

    expect((await notificationsOf(t.ctx, appointmentId, 'canceled')).find((r) => r.id === row!.id)).toMatchObject({ status: 'sent', attempts: 1 });
    const log = (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries`, { token: t.adminToken })).json();
    expect(log.count).toBe(1);
    expect(log.results[0]).toMatchObject({ notification: row!.id, event: 'canceled', attempt: 1, success: true, status_code: 200, error: null, notification_status: 'sent' });

    // Replay by the delivery attempt's id: queued now, sent by the next pass, with the same webhook-id.
    const replay = await t.call('POST', `/api/v1/webhooks/${subscription.id}/deliveries/${log.results[0].id}/replay`, { token: t.adminToken });
    expect(replay.statusCode).toBe(202);
    expect(replay.json()).toEqual({ notification: row!.id, status: 'pending', next_attempt_at: '2030-03-04T08:00:00.000Z' });
    await deliverDue(t.ctx);
    const again = hits('appointment.canceled', appointmentId);
    expect(again).toHaveLength(2);
    expect(again[1]!.headers['webhook-id']).toBe(row!.id);
    verify(subscription.secret, again[1]!);

    // And by the notification's id.
    expect((await t.call('POST', `/api/v1/webhooks/${subscription.id}/deliveries/${row!.id}/replay`, { token: t.adminToken })).statusCode).toBe(202);
    await deliverDue(t.ctx);
    expect(hits('appointment.canceled', appointmentId)).toHaveLength(3);
    expect((await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries`, { token: t.adminToken })).json().count).toBe(3);

    expectProblem(
      await t.call('POST', `/api/v1/webhooks/${subscription.id}/deliveries/00000000-0000-0000-0000-000000000000/replay`, { token: t.adminToken }),
      404,
      'not_found',
    );
    await t.call('DELETE', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken });
  });

  it('retries a failing endpoint with growing waits, flags it failing without disabling it, then dead-letters; a replay after the fix delivers', async () => {
    const failing = await startReceiver();
    failing.respondWith(500, { error: 'down' });
    try {
      const subscription = await subscribe(['appointment.rescheduled'], failing.url);
      const { appointmentId } = await bookAppointment(t);
      await record(t.ctx, { type: 'rescheduled', appointmentId, actor: admin });
      const id = (await notificationsOf(t.ctx, appointmentId, 'rescheduled')).find((r) => r.channel === 'webhook')!.id;
      const state = () => t.ctx.db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

      const waits: number[] = [];
      for (let attempt = 1; attempt <= 6; attempt++) {
        const before = t.clock.now().getTime();
        await deliverDue(t.ctx);
        const row = await state();
        expect(row.attempts).toBe(attempt);
        if (attempt < 6) {
          expect(row.status).toBe('failed');
          expect(row.last_error).toBe('HTTP 500');
          const wait = row.next_attempt_at.getTime() - before;
          waits.push(wait);
          // Not retried before its time…
          t.clock.set(new Date(row.next_attempt_at.getTime() - 1000));
          await deliverDue(t.ctx);
          expect((await state()).attempts).toBe(attempt);
          // …and retried once it has come.
          t.clock.set(row.next_attempt_at);
        } else {
          expect(row.status).toBe('dead');
        }
      }
      expect(failing.requests).toHaveLength(6);
      // Exponential: about 30 s, 60 s, 120 s, … each longer than the last.
      expect(waits[0]).toBeGreaterThanOrEqual(30_000);
      expect(waits[0]).toBeLessThanOrEqual(33_000);
      for (let i = 1; i < waits.length; i++) expect(waits[i]!).toBeGreaterThan(waits[i - 1]!);

      const shown = (await t.call('GET', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken })).json();
      expect(shown).toMatchObject({ status: 'failing', active: true, consecutive_failures: 6, total_failures: 6, last_error: 'HTTP 500' });
      const log = (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries?limit=10`, { token: t.adminToken })).json();
      expect(log.results.map((d: { attempt: number }) => d.attempt)).toEqual([6, 5, 4, 3, 2, 1]);
      expect(log.results.every((d: { success: boolean; status_code: number }) => !d.success && d.status_code === 500)).toBe(true);
      expect(log.results[0].notification_status).toBe('dead');

      // The endpoint is fixed: replaying the dead message delivers it, and the subscription is healthy again.
      failing.respondWith(204);
      expect((await t.call('POST', `/api/v1/webhooks/${subscription.id}/deliveries/${id}/replay`, { token: t.adminToken })).statusCode).toBe(202);
      await deliverDue(t.ctx);
      expect(await state()).toMatchObject({ status: 'sent', attempts: 1 });
      expect(failing.requests).toHaveLength(7);
      verify(subscription.secret, failing.requests[6]!);
      expect((await t.call('GET', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken })).json()).toMatchObject({ status: 'healthy', consecutive_failures: 0 });
      await t.call('DELETE', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken });
    } finally {
      await failing.close();
      t.clock.set('2030-03-04T08:00:00Z');
    }
  });

  it('an unreachable endpoint is a failure to retry, with the network error logged', async () => {
    const gone = await startReceiver();
    const url = gone.url;
    await gone.close();
    const subscription = await subscribe(['appointment.completed'], url);
    const { appointmentId } = await bookAppointment(t);
    await record(t.ctx, { type: 'completed', appointmentId, actor: admin });
    await deliverDue(t.ctx);
    const row = (await notificationsOf(t.ctx, appointmentId, 'completed')).find((r) => r.channel === 'webhook')!;
    expect(row.status).toBe('failed');
    // One message for every failure below HTTP: the log must not tell a closed port from an open one.
    expect(row.last_error).toBe(UNREACHABLE);
    const log = (await t.call('GET', `/api/v1/webhooks/${subscription.id}/deliveries`, { token: t.adminToken })).json();
    expect(log.results[0]).toMatchObject({ success: false, status_code: null });
    await t.call('DELETE', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken });
  });

  it('a disabled subscription gets nothing new; its pending messages are dead-lettered; PATCH and DELETE work', async () => {
    const subscription = await subscribe(['*']);
    const { appointmentId } = await bookAppointment(t);
    await record(t.ctx, { type: 'started', appointmentId, actor: admin });
    const patched = await t.call('PATCH', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken, body: { active: false, events: ['appointment.started', 'appointment.started'] } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ active: false, status: 'disabled', events: ['appointment.started'] });

    await deliverDue(t.ctx);
    const webhookRows = (await notificationsOf(t.ctx, appointmentId, 'started')).filter((r) => r.channel === 'webhook' && r.subscription_id === subscription.id);
    expect(webhookRows).toHaveLength(1);
    expect(webhookRows[0]).toMatchObject({ status: 'dead', last_error: 'The subscription is disabled' });
    expect(hits('appointment.started', appointmentId)).toHaveLength(0);
    // Disabled: a new event does not even queue a message for it.
    await record(t.ctx, { type: 'completed', appointmentId, actor: admin });
    expect((await notificationsOf(t.ctx, appointmentId, 'completed')).filter((r) => r.subscription_id === subscription.id)).toHaveLength(0);

    expectProblem(await t.call('PATCH', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken, body: { secret: 'mine' } }), 422, 'validation_failed');
    expect((await t.call('DELETE', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken })).statusCode).toBe(204);
    expectProblem(await t.call('GET', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken }), 404, 'not_found');
    expectProblem(await t.call('DELETE', `/api/v1/webhooks/${subscription.id}`, { token: t.adminToken }), 404, 'not_found');
  });
});
