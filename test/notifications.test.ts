import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestForLog } from '../src/log.js';
import { recordAppointmentEvent } from '../src/notifications/events.js';
import { backends } from './databases.js';
import { createTestApp, expectProblem, makePatient, type TestApp } from './helpers.js';
import { admin, bookAppointment, notificationsOf, record, tempDataDir } from './support/notify.js';
import { openSse } from './support/sse-client.js';

const PHONE = '+14155550100';

/** "channel:audience" for each row, sorted, to compare fan-outs at a glance. */
const shape = (rows: { channel: string; audience: string }[]) => rows.map((r) => `${r.channel}:${r.audience}`).sort();

describe.each(backends)('notification fan-out on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: tempDataDir() });
  });
  afterAll(() => t?.close());

  it('a transaction that rolls back leaves no notifications', async () => {
    const { appointmentId } = await bookAppointment(t, { providerFields: { phone: PHONE }, patientFields: { phone: PHONE } });
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await recordAppointmentEvent(trx, t.ctx, { type: 'completed', appointmentId, actor: admin });
        // Inside the transaction the patient's in-app, email and SMS rows exist…
        expect((await trx.selectFrom('notifications').select('id').where('appointment_id', '=', appointmentId).where('event', '=', 'completed').execute()).length).toBe(3);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    // …and after the rollback nothing is left to send.
    expect(await notificationsOf(t.ctx, appointmentId, 'completed')).toEqual([]);
  });

  it('a committed cancellation notifies both sides on every channel, saying who cancelled', async () => {
    const { appointmentId, patient, provider } = await bookAppointment(t, { providerFields: { phone: PHONE }, patientFields: { phone: PHONE } });
    await record(t.ctx, { type: 'canceled', appointmentId, actor: { userId: patient.userId, role: 'patient' }, data: { canceled_by: 'patient', reason: 'Feeling better' } });

    const rows = await notificationsOf(t.ctx, appointmentId, 'canceled');
    expect(shape(rows)).toEqual(['email:patient', 'email:provider', 'in_app:patient', 'in_app:provider', 'sms:patient', 'sms:provider']);
    // In-app is delivered by being written; the rest wait for the worker.
    for (const row of rows) expect(row.status).toBe(row.channel === 'in_app' ? 'sent' : 'pending');
    expect(rows.find((r) => r.channel === 'email' && r.audience === 'provider')!.recipient).toBe(provider.email);
    expect(rows.find((r) => r.channel === 'in_app' && r.audience === 'patient')!.recipient).toBe(patient.userId);
    expect(rows.find((r) => r.channel === 'sms' && r.audience === 'patient')!.recipient).toBe(PHONE);

    const toProvider = rows.find((r) => r.channel === 'in_app' && r.audience === 'provider')!.payload;
    const patientName = (await t.call('GET', `/api/v1/patients/${rows[0]!.payload.appointment.patient.id}`, { token: t.adminToken })).json().name as string;
    expect(toProvider.message!.body).toContain(`${patientName} canceled your appointment on Wednesday 6 March 2030, 10:00 (UTC).`);
    expect(toProvider.message!.body).toContain('Reason: Feeling better');
    expect(rows.find((r) => r.channel === 'in_app' && r.audience === 'patient')!.payload.message!.body).toContain('at your request');
    // Every row of one event shares its id; the snapshot carries no contact details.
    expect(new Set(rows.map((r) => r.payload.event_id)).size).toBe(1);
    expect(JSON.stringify(toProvider.appointment)).not.toContain(provider.email);
  });

  it('each event reaches the right people: held → patient, paid → provider and patient, overdue → provider', async () => {
    const { appointmentId } = await bookAppointment(t, { providerFields: { phone: PHONE }, patientFields: { phone: PHONE } });
    await record(t.ctx, { type: 'held', appointmentId, actor: admin });
    await record(t.ctx, { type: 'paid', appointmentId, actor: { userId: null, role: 'system' } });
    await record(t.ctx, { type: 'overdue', appointmentId, actor: { userId: null, role: 'system' } });
    await record(t.ctx, { type: 'no_show', appointmentId, actor: admin });
    expect(shape(await notificationsOf(t.ctx, appointmentId, 'held'))).toEqual(['email:patient', 'in_app:patient', 'sms:patient']);
    // Seed 004: the practitioner hears of a payment by email and SMS.
    expect(shape(await notificationsOf(t.ctx, appointmentId, 'paid'))).toEqual([
      'email:patient',
      'email:provider',
      'in_app:patient',
      'in_app:provider',
      'sms:patient',
      'sms:provider',
    ]);
    expect(shape(await notificationsOf(t.ctx, appointmentId, 'overdue'))).toEqual(['email:provider', 'in_app:provider', 'sms:provider']);
    expect(shape(await notificationsOf(t.ctx, appointmentId, 'no_show'))).toEqual(['email:patient', 'in_app:patient', 'sms:patient']);
  });

  it('respects each user\'s channel preferences, and sends SMS only to users with a phone', async () => {
    const { appointmentId, patient } = await bookAppointment(t, { providerFields: { phone: PHONE } });
    // The patient has no phone: no SMS whatever the preference says.
    const before = await t.call('GET', '/api/v1/me/preferences', { token: patient.token });
    expect(before.json()).toEqual({ notify_email: true, notify_sms: true, has_phone: false });
    await record(t.ctx, { type: 'rescheduled', appointmentId, actor: admin, data: { previous_start_time: '2030-03-06T09:00:00Z' } });
    expect(shape(await notificationsOf(t.ctx, appointmentId, 'rescheduled'))).toEqual(['email:patient', 'email:provider', 'in_app:patient', 'in_app:provider', 'sms:provider']);

    const res = await t.call('PATCH', '/api/v1/me/preferences', { token: patient.token, body: { notify_email: false } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ notify_email: false, notify_sms: true, has_phone: false });
    await record(t.ctx, { type: 'completed', appointmentId, actor: admin });
    expect(shape(await notificationsOf(t.ctx, appointmentId, 'completed'))).toEqual(['in_app:patient']);
  });

  it('a provider who turns SMS off gets email and in-app only', async () => {
    const { appointmentId, provider } = await bookAppointment(t, { providerFields: { phone: PHONE }, patientFields: { phone: PHONE } });
    expect((await t.call('PATCH', '/api/v1/me/preferences', { token: provider.token, body: { notify_sms: false } })).json()).toMatchObject({ notify_sms: false, has_phone: true });
    await record(t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'provider' } });
    expect(shape(await notificationsOf(t.ctx, appointmentId, 'canceled'))).toEqual(['email:patient', 'email:provider', 'in_app:patient', 'in_app:provider', 'sms:patient']);
  });

  it('refuses empty, unknown or wrongly typed preference changes', async () => {
    const patient = await makePatient(t);
    expectProblem(await t.call('PATCH', '/api/v1/me/preferences', { token: patient.token, body: {} }), 422, 'validation_failed');
    expectProblem(await t.call('PATCH', '/api/v1/me/preferences', { token: patient.token, body: { notify_fax: true } }), 422, 'validation_failed');
    expectProblem(await t.call('PATCH', '/api/v1/me/preferences', { token: patient.token, body: { notify_sms: 'no' } }), 422, 'validation_failed');
    expectProblem(await t.call('GET', '/api/v1/me/preferences'), 401, 'unauthorized');
  });

  it('the detail\'s notifications_sent lists notifications by side, without addresses or webhooks', async () => {
    const { appointmentId, provider } = await bookAppointment(t);
    await record(t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'provider' } });
    const detail = await t.call('GET', `/api/v1/appointments/${appointmentId}`, { token: t.adminToken });
    expect(detail.statusCode).toBe(200);
    const sent = (detail.json().notifications_sent as { channel: string; recipient: string; event: string; status: string; sent_at: string | null }[]).filter(
      (n) => n.event === 'canceled',
    );
    expect(sent.map((n) => `${n.channel}:${n.recipient}:${n.status}`).sort()).toEqual([
      'email:patient:pending',
      'email:provider:pending',
      'in_app:patient:sent',
      'in_app:provider:sent',
    ]);
    expect(sent.find((n) => n.channel === 'in_app')!.sent_at).toBe('2030-03-04T08:00:00.000Z');
    expect(JSON.stringify(sent)).not.toContain(provider.email);
  });

  it('gives each change a higher iCalendar SEQUENCE; a reminder repeats the current one', async () => {
    const { appointmentId } = await bookAppointment(t);
    const sequenceOf = async (event: string) => (await notificationsOf(t.ctx, appointmentId, event))[0]!.payload.sequence;
    await record(t.ctx, { type: 'rescheduled', appointmentId, actor: admin });
    const moved = await sequenceOf('rescheduled');
    await record(t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'provider' } });
    expect(await sequenceOf('canceled')).toBe(moved + 1);
  });
});

describe.each(backends)('in-app feed and preferences API on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: tempDataDir() });
  });
  afterAll(() => t?.close());

  it('lists the caller\'s notifications, filters unread, marks one and then all read; another user\'s is 404', async () => {
    const { appointmentId, patient, provider } = await bookAppointment(t);
    await record(t.ctx, { type: 'rescheduled', appointmentId, actor: admin, data: { previous_start_time: '2030-03-06T09:00:00Z' } });
    await record(t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'provider', reason: 'Unwell' } });

    const feed = await t.call('GET', '/api/v1/notifications', { token: patient.token });
    expect(feed.statusCode).toBe(200);
    const items = (feed.json().results as { id: string; event: string; title: string; body: string; appointment: string; read: boolean }[]).filter((i) =>
      ['rescheduled', 'canceled'].includes(i.event),
    );
    // Newest first.
    expect(items.map((i) => i.event)).toEqual(['canceled', 'rescheduled']);
    expect(items[0]).toMatchObject({ title: 'Appointment canceled', appointment: appointmentId, read: false });
    expect(items[0]!.body).toContain('Reason: Unwell');

    const canceled = items[0]!;
    const read = await t.call('POST', `/api/v1/notifications/${canceled.id}/read`, { token: patient.token });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: canceled.id, read: true, read_at: '2030-03-04T08:00:00.000Z' });
    // Reading again keeps the first read time.
    t.clock.advanceMinutes(5);
    expect((await t.call('POST', `/api/v1/notifications/${canceled.id}/read`, { token: patient.token })).json().read_at).toBe('2030-03-04T08:00:00.000Z');

    const unread = (await t.call('GET', '/api/v1/notifications?unread=true', { token: patient.token })).json();
    expect(unread.results.map((i: { id: string }) => i.id)).not.toContain(canceled.id);
    expect(unread.count).toBe(unread.results.length);

    // The provider cannot see or mark the patient's notification.
    expectProblem(await t.call('POST', `/api/v1/notifications/${canceled.id}/read`, { token: provider.token }), 404, 'not_found');
    expectProblem(await t.call('POST', '/api/v1/notifications/not-an-id/read', { token: provider.token }), 404, 'not_found');
    const providerFeed = (await t.call('GET', '/api/v1/notifications', { token: provider.token })).json();
    expect(providerFeed.results.map((i: { id: string }) => i.id)).not.toContain(canceled.id);
    expect(providerFeed.results.some((i: { event: string }) => i.event === 'canceled')).toBe(true);

    const all = await t.call('POST', '/api/v1/notifications/read-all', { token: patient.token });
    expect(all.statusCode).toBe(200);
    expect(all.json().updated).toBeGreaterThanOrEqual(1);
    expect((await t.call('GET', '/api/v1/notifications?unread=true', { token: patient.token })).json().count).toBe(0);
    // The provider's stay unread.
    expect((await t.call('GET', '/api/v1/notifications?unread=true', { token: provider.token })).json().count).toBeGreaterThan(0);
    t.clock.set('2030-03-04T08:00:00Z');
  });

  it('paginates the feed as {count, next, previous, results}', async () => {
    const { appointmentId, patient } = await bookAppointment(t);
    for (let i = 0; i < 3; i++) await record(t.ctx, { type: 'rescheduled', appointmentId, actor: admin });
    const first = (await t.call('GET', '/api/v1/notifications?limit=2', { token: patient.token })).json();
    expect(first.results).toHaveLength(2);
    expect(first.count).toBeGreaterThanOrEqual(3);
    expect(first.previous).toBeNull();
    expect(first.next).toContain('offset=2');
    const second = (await t.call('GET', first.next, { token: patient.token })).json();
    expect(second.previous).toContain('offset=0');
    expect(second.results[0].id).not.toBe(first.results[1].id);
    expectProblem(await t.call('GET', '/api/v1/notifications?unread=maybe', { token: patient.token }), 422, 'validation_failed');
    expectProblem(await t.call('GET', '/api/v1/notifications'), 401, 'unauthorized');
  });
});

describe.each(backends)('notification stream (SSE) on %s', (backend) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: tempDataDir(), NOTIFY_POLL_MS: 50 });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t?.close());

  it('pushes the caller\'s new in-app notification as an SSE event', async () => {
    const { appointmentId, patient } = await bookAppointment(t);
    const stream = await openSse(`${base}/api/v1/notifications/stream`, { authorization: `Bearer ${patient.token}` });
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
      await stream.until((s) => s.includes(': connected'));

      // Written after the stream opened: only new notifications are pushed.
      await record(t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'provider' } });
      const text = await stream.until((s) => /^data: .*\n/m.test(s));
      const event = /^event: (.*)$/m.exec(text)![1];
      const data = JSON.parse(/^data: (.*)$/m.exec(text)![1]!);
      expect(event).toBe('notification');
      expect(data).toMatchObject({ event: 'canceled', appointment: appointmentId, read: false, title: 'Appointment canceled' });
      expect(/^id: (\d+)$/m.exec(text)).not.toBeNull();
    } finally {
      stream.close();
    }
  });

  it('resumes from Last-Event-ID with what was missed, and never shows another user\'s', async () => {
    const { appointmentId, patient } = await bookAppointment(t);
    await record(t.ctx, { type: 'rescheduled', appointmentId, actor: admin });
    const stream = await openSse(`${base}/api/v1/notifications/stream`, { authorization: `Bearer ${patient.token}`, 'last-event-id': '0' });
    try {
      const text = await stream.until((s) => s.includes('"event":"rescheduled"'));
      const ids = [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!).id as string);
      const mine = new Set((await t.ctx.db.selectFrom('notifications').select('id').where('user_id', '=', patient.userId).execute()).map((r) => r.id));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(mine.has(id)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      stream.close();
    }
  });

  it('opens with a stream ticket instead of the header (a browser EventSource), and a ticket opens nothing else', async () => {
    const { appointmentId, patient } = await bookAppointment(t);
    const issued = await t.call('POST', '/api/v1/notifications/stream-tickets', { token: patient.token });
    expect(issued.statusCode).toBe(201);
    const { ticket, expires_in } = issued.json() as { ticket: string; expires_in: number };
    expect(expires_in).toBe(60);

    const stream = await openSse(`${base}/api/v1/notifications/stream?ticket=${encodeURIComponent(ticket)}`);
    try {
      expect(stream.status).toBe(200);
      await stream.until((s) => s.includes(': connected'));
      await record(t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'provider' } });
      const text = await stream.until((s) => /^data: .*\n/m.test(s));
      expect(JSON.parse(/^data: (.*)$/m.exec(text)![1]!)).toMatchObject({ event: 'canceled', appointment: appointmentId });
    } finally {
      stream.close();
    }

    // The ticket is no access token, and an access token is no ticket.
    expectProblem(await t.call('GET', '/api/v1/notifications', { token: ticket }), 401);
    for (const bad of [patient.token, 'not-a-ticket']) {
      const refused = await openSse(`${base}/api/v1/notifications/stream?ticket=${encodeURIComponent(bad)}`);
      await refused.ended;
      expect(refused.status).toBe(401);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expectProblem(await t.call('POST', '/api/v1/notifications/stream-tickets'), 401);
  });

  it('keeps a stream ticket out of the request log', () => {
    const logged = requestForLog({ method: 'GET', url: '/api/v1/notifications/stream?limit=1&ticket=eyJ.secret.sig', host: 'h', ip: '127.0.0.1', socket: { remotePort: 1 } } as never);
    expect(logged.url).toBe('/api/v1/notifications/stream?limit=1&ticket=[redacted]');
  });

  it('needs a token', async () => {
    const stream = await openSse(`${base}/api/v1/notifications/stream`);
    await stream.ended;
    expect(stream.status).toBe(401);
    expect(stream.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('app.close() ends open streams instead of hanging on them', async () => {
    const other = await createTestApp(backend, { DATA_DIR: tempDataDir(), NOTIFY_POLL_MS: 50 });
    await other.app.listen({ host: '127.0.0.1', port: 0 });
    const port = (other.app.server.address() as AddressInfo).port;
    const stream = await openSse(`http://127.0.0.1:${port}/api/v1/notifications/stream`, { authorization: `Bearer ${other.adminToken}` });
    expect(stream.status).toBe(200);
    await stream.until((s) => s.includes(': connected'));
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(5000);
    // The client sees the stream end.
    await stream.ended;
  });
});
