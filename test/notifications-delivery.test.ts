import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../src/jobs/worker.js';
import { backends } from './databases.js';
import { createTestApp, type TestApp } from './helpers.js';
import { startReceiver, type HttpReceiver } from './support/http-receiver.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { admin, bookAppointment, drainNotifications, notificationsOf, record, tempDataDir, waitFor } from './support/notify.js';

const PHONE = '+14155550100';

/** The message with quoted-printable soft breaks and escapes undone, to search its text (not its headers). */
const unfold = (mime: string) =>
  Buffer.from(mime.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

describe.each(backends)('email through SMTP on %s', (backend) => {
  let t: TestApp;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp(backend, { DATA_DIR: tempDataDir(), SMTP_URL: sink.url, MAIL_FROM: 'Carebook Clinic <clinic@carebook.test>' });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('sends text and HTML with an .ics METHOD:CANCEL attachment for a cancellation, to both sides', async () => {
    const { appointmentId, patient, provider } = await bookAppointment(t);
    await record(t.ctx, { type: 'canceled', appointmentId, actor: { userId: patient.userId, role: 'patient' }, data: { canceled_by: 'patient' } });
    await drainNotifications(t.ctx);

    const rows = (await notificationsOf(t.ctx, appointmentId, 'canceled')).filter((r) => r.channel === 'email');
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    const toProvider = sink.messages.find((m) => m.to.includes(provider.email) && m.data.includes(`X-Carebook-Event: canceled`));
    expect(toProvider).toBeDefined();
    expect(toProvider!.from).toBe('clinic@carebook.test');
    const mime = toProvider!.data;
    expect(mime).toMatch(/^Subject: Appointment canceled: Wednesday 6 March 2030, 10:00 \(UTC\)/m);
    expect(unfold(mime)).toContain('When: Wednesday 6 March 2030, 10:00 (UTC) – 10:30');
    expect(mime).toContain('Content-Type: text/plain');
    expect(mime).toContain('Content-Type: text/html');
    expect(mime).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=CANCEL/);
    expect(mime).toContain('filename=cancel.ics');
    // The calendar part is base64 in the message: decode it and check the iCalendar itself.
    const ics = Buffer.from(/filename=cancel\.ics\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/.exec(toProvider!.data)![1]!.replace(/\s+/g, ''), 'base64').toString('utf8');
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain(`UID:${appointmentId}`);
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toMatch(/SEQUENCE:\d+/);
    expect(ics).toContain('DTSTART:20300306T100000Z');
    expect(sink.messages.some((m) => m.to.includes(patient.email) && m.data.includes('X-Carebook-Event: canceled'))).toBe(true);
  });

  it('a rescheduling carries METHOD:REQUEST, so the calendar entry moves', async () => {
    const { appointmentId, patient } = await bookAppointment(t);
    await record(t.ctx, { type: 'rescheduled', appointmentId, actor: admin });
    await drainNotifications(t.ctx);
    const message = sink.messages.find((m) => m.to.includes(patient.email) && m.data.includes('X-Carebook-Event: rescheduled'));
    expect(message!.data).toMatch(/method=REQUEST/);
  });
});

describe.each(backends)('email to .eml files without SMTP_URL, and the log SMS driver, on %s', (backend) => {
  let t: TestApp;
  const dataDir = tempDataDir();
  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: dataDir });
  });
  afterAll(() => t?.close());

  it('writes each email as an .eml file under DATA_DIR/mail and each SMS to DATA_DIR/sms.log', async () => {
    const { appointmentId, patient } = await bookAppointment(t, { patientFields: { phone: PHONE } });
    await record(t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'provider', reason: 'Clinic closed' } });
    await drainNotifications(t.ctx);

    const rows = await notificationsOf(t.ctx, appointmentId, 'canceled');
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    const patientEmail = rows.find((r) => r.channel === 'email' && r.audience === 'patient')!;
    const file = readdirSync(join(dataDir, 'mail')).find((f) => f.endsWith(`${patientEmail.id}.eml`));
    expect(file).toBeDefined();
    const eml = readFileSync(join(dataDir, 'mail', file!), 'utf8');
    expect(eml).toMatch(new RegExp(`^To: ${patient.email}$`, 'm'));
    expect(eml).toContain('method=CANCEL');
    expect(unfold(eml)).toContain('Reason: Clinic closed');

    const sms = readFileSync(join(dataDir, 'sms.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { to: string; body: string; reference: string });
    const smsRow = rows.find((r) => r.channel === 'sms')!;
    const line = sms.find((s) => s.reference === smsRow.id);
    expect(line).toMatchObject({ to: PHONE });
    expect(line!.body).toMatch(/^Carebook: Dr\. \S+ canceled your appointment on .*\. Reason: Clinic closed$/);
  });

  it('a sending row whose lease ran out is sent again; one still leased is left alone', async () => {
    const { appointmentId } = await bookAppointment(t);
    await record(t.ctx, { type: 'completed', appointmentId, actor: admin });
    const [email] = (await notificationsOf(t.ctx, appointmentId, 'completed')).filter((r) => r.channel === 'email');
    // As if a worker had claimed it and died: the lease is still running…
    const now = t.clock.now().getTime();
    await t.ctx.db.updateTable('notifications').set({ status: 'sending', attempts: 1, locked_until: new Date(now + 60_000) }).where('id', '=', email!.id).execute();
    await drainNotifications(t.ctx);
    expect((await notificationsOf(t.ctx, appointmentId, 'completed')).find((r) => r.id === email!.id)).toMatchObject({ status: 'sending', attempts: 1 });
    // …until it runs out.
    t.clock.advanceMinutes(2);
    await drainNotifications(t.ctx);
    expect((await notificationsOf(t.ctx, appointmentId, 'completed')).find((r) => r.id === email!.id)).toMatchObject({ status: 'sent', attempts: 2, locked_until: null });
    t.clock.set('2030-03-04T08:00:00Z');
  });

  it('a message whose every attempt was cut off mid-send is dead-lettered, not retried forever', async () => {
    const { appointmentId } = await bookAppointment(t);
    await record(t.ctx, { type: 'no_show', appointmentId, actor: admin });
    const [email] = (await notificationsOf(t.ctx, appointmentId, 'no_show')).filter((r) => r.channel === 'email');
    const expired = new Date(t.clock.now().getTime() - 1000);
    await t.ctx.db
      .updateTable('notifications')
      .set({ status: 'sending', attempts: t.ctx.config.NOTIFY_MAX_ATTEMPTS, locked_until: expired })
      .where('id', '=', email!.id)
      .execute();
    await drainNotifications(t.ctx);
    const row = (await notificationsOf(t.ctx, appointmentId, 'no_show')).find((r) => r.id === email!.id)!;
    expect(row).toMatchObject({ status: 'dead', attempts: t.ctx.config.NOTIFY_MAX_ATTEMPTS, sent_at: null });
    expect(row.last_error).toMatch(/interrupted/);
  });

  it('the worker delivers on its own and stop() waits for the pass in flight', async () => {
    const { appointmentId } = await bookAppointment(t);
    const worker = await startWorker(t.ctx);
    try {
      await record(t.ctx, { type: 'started', appointmentId, actor: admin });
      await waitFor(async () => (await notificationsOf(t.ctx, appointmentId, 'started')).every((r) => r.status === 'sent'), 'the worker to deliver');
    } finally {
      await worker.stop();
    }
    expect((await notificationsOf(t.ctx, appointmentId, 'started')).filter((r) => r.channel === 'email')).toHaveLength(1);
  });
});

describe.each(backends)('SMS through a Twilio-compatible API on %s', (backend) => {
  let t: TestApp;
  let gateway: HttpReceiver;
  beforeAll(async () => {
    gateway = await startReceiver();
    t = await createTestApp(backend, {
      DATA_DIR: tempDataDir(),
      SMS_DRIVER: 'twilio',
      TWILIO_API_URL: gateway.url,
      TWILIO_ACCOUNT_SID: 'AC0123456789',
      TWILIO_AUTH_TOKEN: 'secret-token',
      TWILIO_FROM: '+15005550006',
    });
  });
  afterAll(async () => {
    await t?.close();
    await gateway?.close();
  });

  it('POSTs a form with To, From and Body and basic auth; a refusal is retried with the gateway\'s error', async () => {
    const { appointmentId } = await bookAppointment(t, { providerFields: { phone: PHONE } });
    gateway.respondWith(201, { sid: 'SM0001', status: 'queued' });
    await record(t.ctx, { type: 'paid', appointmentId, actor: { userId: null, role: 'system' } });
    await drainNotifications(t.ctx);

    // Only this event's message (the booking itself may have sent one too).
    const requests = gateway.requests.filter((r) => new URLSearchParams(r.body).get('Body')?.includes('has paid'));
    expect(requests).toHaveLength(1);
    expect(requests[0]!.path).toBe('/2010-04-01/Accounts/AC0123456789/Messages.json');
    const request = requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from('AC0123456789:secret-token').toString('base64')}`);
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(request.body);
    expect(form.get('To')).toBe(PHONE);
    expect(form.get('From')).toBe('+15005550006');
    expect(form.get('Body')).toMatch(/^Carebook: .* has paid: the appointment on .* is confirmed\.$/);
    expect((await notificationsOf(t.ctx, appointmentId, 'paid')).find((r) => r.channel === 'sms')).toMatchObject({ status: 'sent' });

    gateway.respondWith(400, { code: 21211, message: "The 'To' number is not a valid phone number." });
    await record(t.ctx, { type: 'overdue', appointmentId, actor: { userId: null, role: 'system' } });
    await drainNotifications(t.ctx);
    const sms = (await notificationsOf(t.ctx, appointmentId, 'overdue')).find((r) => r.channel === 'sms')!;
    expect(sms.status).toBe('failed');
    expect(sms.last_error).toContain('SMS gateway answered 400: 21211');
    expect(sms.last_error).not.toContain('secret-token');
  });
});
