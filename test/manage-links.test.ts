import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signLink, tokenHash, verifyLink } from '../src/manage-links/tokens.js';
import { composeEmail } from '../src/notifications/channels/email.js';
import { runDueReminders } from '../src/notifications/reminders.js';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, NOW, type Person, type TestApp } from './helpers.js';
import { notificationsOf, tempDataDir } from './support/notify.js';

const PUBLIC_URL = 'https://care.example.org';
const ALL_DAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));
/** The provider's patient cut-off: patients may not cancel or move within 2 hours of the start. */
const CUTOFF_MINUTES = 120;

interface Links {
  view: string;
  cancel: string;
  reschedule: string;
}

/** The manage links in the email as it is sent (rendered at delivery, like the worker does). */
async function linksIn(t: TestApp, row: Awaited<ReturnType<typeof notificationsOf>>[number]): Promise<{ links: Links | undefined; text: string; html: string }> {
  const mail = await composeEmail(t.ctx.config, row, t.ctx.keys);
  const text = String(mail.text);
  const html = String(mail.html);
  const find = (label: string) => text.match(new RegExp(`${label}: ${PUBLIC_URL.replace(/\./g, '\\.')}/m/([A-Za-z0-9_-]+)`))?.[1];
  const view = find('View it');
  const cancel = find('Cancel it');
  const reschedule = find('Move it to another time');
  return { links: view && cancel && reschedule ? { view, cancel, reschedule } : undefined, text, html };
}

describe.each(backends)('manage links on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let patient: Person;
  let topic: string;
  let hour = 0;
  /** A fresh start within the provider's hours (09:00–16:00 from 2030-03-11 on); the 7th and 8th are left for moves. */
  const nextStart = () => {
    const n = hour++;
    return new Date(Date.parse('2030-03-11T09:00:00Z') + Math.floor(n / 8) * 86_400_000 + (n % 8) * 3_600_000).toISOString();
  };

  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: tempDataDir(), PUBLIC_URL });
    provider = await makeProvider(t, { schedule: ALL_DAY, patient_cancel_cutoff_minutes: CUTOFF_MINUTES });
    patient = await makePatient(t);
    topic = await makeTopic(t, 30);
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set(NOW));

  /** Books as staff; returns the appointment and the links of its confirmation email to the patient. */
  async function booked(start = nextStart(), who = patient) {
    const res = await book(t, { provider: provider.id, patient: who.id, topics: [topic], start_time: start });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const [email] = (await notificationsOf(t.ctx, id, 'created')).filter((n) => n.channel === 'email' && n.audience === 'patient');
    const { links } = await linksIn(t, email!);
    expect(links, 'the confirmation email carries the three links').toBeDefined();
    return { id, start, links: links! };
  }

  const open = (token: string) => t.call('GET', `/api/v1/manage/${token}`);
  const cancel = (token: string, body?: unknown) => t.call('POST', `/api/v1/manage/${token}/cancel`, body === undefined ? {} : { body });
  const reschedule = (token: string, start: string) => t.call('POST', `/api/v1/manage/${token}/reschedule`, { body: { start_time: start } });
  const statusOf = async (id: string) => (await t.ctx.db.selectFrom('appointments').select(['status', 'start_time']).where('id', '=', id).executeTakeFirstOrThrow());

  it('puts view, cancel and reschedule links in the confirmation email to the patient, and nowhere else', async () => {
    const { id, links } = await booked();
    expect(new Set(Object.values(links)).size).toBe(3);
    const rows = await notificationsOf(t.ctx, id, 'created');
    const patientMail = rows.find((n) => n.channel === 'email' && n.audience === 'patient')!;
    const { text, html } = await linksIn(t, patientMail);
    expect(text).toContain('Manage this appointment without signing in');
    expect(text).toMatch(/possible until Monday 11 March 2030, 0\d:00 \(UTC\)/);
    expect(html).toContain(`<a href="${PUBLIC_URL}/m/${links.cancel}">Cancel it</a>`);
    // The provider's email and the in-app entries carry no link, and no row stores one.
    for (const row of rows.filter((n) => n !== patientMail)) {
      expect(row.payload.manage).toBeUndefined();
      if (row.channel === 'email') expect((await linksIn(t, row)).links).toBeUndefined();
    }
    // Each link names this appointment and its own action.
    expect(verifyLink(t.ctx.keys, links.view)).toMatchObject({ appointmentId: id, action: 'view' });
    expect(verifyLink(t.ctx.keys, links.cancel)).toMatchObject({ appointmentId: id, action: 'cancel' });
    expect(verifyLink(t.ctx.keys, links.reschedule)).toMatchObject({ appointmentId: id, action: 'reschedule' });
  });

  it('opens the appointment as its patient sees it, with what the link allows', async () => {
    const { id, start, links } = await booked();
    const res = await open(links.view);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.link).toEqual({ action: 'view', allows: ['view'], expires_at: new Date(Date.parse(start) + 30 * 60_000).toISOString() });
    expect(body.appointment).toMatchObject({ id, status: 'scheduled', start_time: start, timezone: 'UTC', duration_minutes: 30, topics: [expect.any(String)] });
    expect(body.appointment.provider_name).toMatch(/^Dr\. /);
    expect(body.appointment).not.toHaveProperty('provider_notes');
    const cancelView = (await open(links.cancel)).json();
    expect(cancelView.link).toEqual({ action: 'cancel', allows: ['view', 'cancel'], expires_at: new Date(Date.parse(start) - CUTOFF_MINUTES * 60_000).toISOString() });
    expect((await open(links.reschedule)).json().link.allows).toEqual(['view', 'reschedule']);
    // Opening changes nothing and can be repeated (mail scanners open links too).
    expect((await open(links.cancel)).statusCode).toBe(200);
    expect((await statusOf(id)).status).toBe('scheduled');
  });

  it('cancels once, as the patient; the second use is refused and the other links are dead', async () => {
    const { id, links } = await booked();
    const res = await cancel(links.cancel, { reason: 'Feeling better' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'user_canceled' });
    const stored = await t.ctx.db.selectFrom('appointments').select(['status', 'cancel_reason', 'canceled_by_user_id']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'user_canceled', cancel_reason: 'Feeling better', canceled_by_user_id: patient.userId });

    expect(expectProblem(await cancel(links.cancel), 410, 'link_used').detail).toMatch(/already used.*sign in/);
    expectProblem(await open(links.cancel), 410, 'link_used');
    expect(expectProblem(await open(links.view), 410, 'link_superseded').detail).toMatch(/changed after this link was sent/);
    expectProblem(await reschedule(links.reschedule, nextStart()), 410, 'link_superseded');

    // The audit trail names the patient, acting through the link's route.
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('record_type', '=', 'appointments').where('record_id', '=', id).where('action', '=', 'update').execute();
    expect(audit.map((a) => [a.actor_type, a.actor_id, a.route])).toContainEqual(['user', patient.userId, 'POST /api/v1/manage/:token/cancel']);
    // The patient and the provider hear of it as the patient's own cancellation.
    const told = await notificationsOf(t.ctx, id, 'canceled');
    expect(told.find((n) => n.audience === 'provider' && n.channel === 'in_app')!.payload.message!.body).toContain('canceled your appointment');
  });

  it('reschedules once, under the same checks; the new confirmation carries new links', async () => {
    const { id, links } = await booked();
    // A refused move (outside the provider's hours) leaves the link usable.
    expectProblem(await reschedule(links.reschedule, '2030-03-07T20:00:00Z'), 422);
    const to = '2030-03-07T10:00:00.000Z';
    const slots = await t.call('GET', `/api/v1/manage/${links.reschedule}/slots?date=2030-03-07`);
    expect(slots.statusCode, slots.body).toBe(200);
    expect(slots.json().results.map((s: { start_time: string }) => s.start_time)).toContain(to);
    const res = await reschedule(links.reschedule, to);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'scheduled', start_time: to });
    expect((await statusOf(id)).start_time.toISOString()).toBe(to);

    expectProblem(await reschedule(links.reschedule, '2030-03-07T11:00:00Z'), 410, 'link_used');
    expectProblem(await open(links.view), 410, 'link_superseded');
    expectProblem(await cancel(links.cancel), 410, 'link_superseded');

    const [moved] = (await notificationsOf(t.ctx, id, 'rescheduled')).filter((n) => n.channel === 'email' && n.audience === 'patient');
    const fresh = (await linksIn(t, moved!)).links!;
    expect(fresh.view).not.toBe(links.view);
    expect((await open(fresh.view)).json().appointment.start_time).toBe(to);
    expect((await cancel(fresh.cancel)).json().status).toBe('user_canceled');
  });

  it("refuses a move onto a taken time exactly as the patient's own reschedule does, and leaves the link usable", async () => {
    const { id, links } = await booked();
    const busy = await booked();
    const own = await t.call('POST', `/api/v1/appointments/${id}/reschedule`, { token: patient.token, body: { start_time: busy.start } });
    const viaLink = await reschedule(links.reschedule, busy.start);
    expect(viaLink.statusCode).toBe(own.statusCode);
    expect(expectProblem(viaLink, 409).code).toBe(expectProblem(own, 409).code);
    expect((await open(links.reschedule)).statusCode).toBe(200);
  });

  it('any change to the appointment kills its outstanding links', async () => {
    const { id, links } = await booked();
    const before = await t.ctx.db.selectFrom('appointments').select('version').where('id', '=', id).executeTakeFirstOrThrow();
    // A provider's note is a change too (no email about it, and still the links die).
    const patch = await t.call('PATCH', `/api/v1/appointments/${id}`, { token: provider.token, body: { provider_notes: 'Bring the X-ray' } });
    expect(patch.statusCode, patch.body).toBe(200);
    const after = await t.ctx.db.selectFrom('appointments').select('version').where('id', '=', id).executeTakeFirstOrThrow();
    expect(after.version).toBe(before.version + 1);
    for (const token of Object.values(links)) expectProblem(await open(token), 410, 'link_superseded');
    expectProblem(await cancel(links.cancel), 410, 'link_superseded');
    expect((await statusOf(id)).status).toBe('scheduled');

    // Bookkeeping alone (the iCalendar change count) is no change; code cannot set the version either.
    const { id: other, links: otherLinks } = await booked();
    await sql`UPDATE appointments SET announced_changes = announced_changes + 5, updated_at = now(), version = 99 WHERE id = ${other}`.execute(t.ctx.db);
    expect((await open(otherLinks.view)).statusCode).toBe(200);
    // A staff move of the time kills them too.
    const moved = await t.call('POST', `/api/v1/appointments/${other}/reschedule`, { token: t.adminToken, body: { start_time: nextStart() } });
    expect(moved.statusCode, moved.body).toBe(200);
    expectProblem(await open(otherLinks.cancel), 410, 'link_superseded');
  });

  it('cancel and reschedule links expire at the patient cut-off, view links at the end (by the clock)', async () => {
    const { start, links } = await booked();
    const cutoff = Date.parse(start) - CUTOFF_MINUTES * 60_000;
    t.clock.set(new Date(cutoff - 1000));
    expect((await open(links.cancel)).statusCode).toBe(200);
    expect((await t.call('GET', `/api/v1/manage/${links.reschedule}/slots?date=2030-03-07`)).statusCode).toBe(200);
    t.clock.set(new Date(cutoff));
    expect(expectProblem(await open(links.cancel), 410, 'link_expired').detail).toMatch(/only until .* contact the clinic/);
    expectProblem(await cancel(links.cancel), 410, 'link_expired');
    expectProblem(await reschedule(links.reschedule, '2030-03-08T10:00:00Z'), 410, 'link_expired');
    expect((await open(links.view)).statusCode).toBe(200);
    t.clock.set(new Date(Date.parse(start) + 30 * 60_000));
    expectProblem(await open(links.view), 410, 'link_expired');
  });

  it('a link reaches only its own appointment and its own action', async () => {
    const mine = await booked();
    const other = await booked(nextStart(), await makePatient(t));
    // The other appointment's id under this link's signature: not a link of ours.
    const raw = Buffer.from(mine.links.cancel, 'base64url');
    Buffer.from(other.id.replace(/-/g, ''), 'hex').copy(raw, 0);
    const forged = raw.toString('base64url');
    expectProblem(await open(forged), 404, 'link_not_found');
    expectProblem(await cancel(forged), 404, 'link_not_found');
    // A flipped bit in the signature, a token of the right shape, garbage, an id: all 404.
    const flipped = Buffer.from(mine.links.cancel, 'base64url');
    flipped[flipped.length - 1]! ^= 1;
    for (const token of [flipped.toString('base64url'), 'A'.repeat(71), 'not-a-link', other.id, '%00', mine.links.cancel.slice(0, -1)]) {
      expectProblem(await open(encodeURIComponent(token)), 404, 'link_not_found');
    }
    // A signature over an appointment that does not exist.
    expectProblem(await open(signLink(t.ctx.keys, { appointmentId: '00000000-0000-4000-8000-000000000000', action: 'view', version: 1 })), 404, 'link_not_found');
    // A view link cancels nothing; a cancel link moves nothing.
    expectProblem(await cancel(mine.links.view), 403, 'link_wrong_action');
    expectProblem(await reschedule(mine.links.cancel, nextStart()), 403, 'link_wrong_action');
    expectProblem(await t.call('GET', `/api/v1/manage/${mine.links.cancel}/slots?date=2030-03-07`), 403, 'link_wrong_action');
    expect((await statusOf(other.id)).status).toBe('scheduled');
    expect((await cancel(other.links.cancel)).statusCode).toBe(200);
    expect((await statusOf(mine.id)).status).toBe('scheduled');
  });

  it('two uses at once: exactly one cancels', async () => {
    const { links } = await booked();
    const answers = await Promise.all([cancel(links.cancel), cancel(links.cancel), cancel(links.cancel)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 410, 410]);
  });

  it('the reminder email carries the links too', async () => {
    const { id, start, links } = await booked();
    t.clock.set(new Date(Date.parse(start) - 24 * 3_600_000));
    await runDueReminders(t.ctx);
    const [reminder] = (await notificationsOf(t.ctx, id, 'reminder')).filter((n) => n.channel === 'email' && n.audience === 'patient');
    const { links: reminded, text } = await linksIn(t, reminder!);
    expect(text).toContain('Reminder');
    // The appointment has not changed since the confirmation: the same links, still good.
    expect(reminded).toEqual(links);
    expect((await open(reminded!.view)).statusCode).toBe(200);
  });

  it('keeps no token in plain text anywhere in the database', async () => {
    const { links } = await booked();
    expect((await cancel(links.cancel)).statusCode).toBe(200);
    const tables = await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`.execute(t.ctx.db);
    const hits: string[] = [];
    for (const { name } of tables.rows) {
      const found = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM ${sql.table(name)} AS r
        WHERE strpos(row_to_json(r)::text, ${links.cancel}) > 0 OR strpos(row_to_json(r)::text, ${links.view}) > 0 OR strpos(row_to_json(r)::text, ${links.reschedule}) > 0`.execute(t.ctx.db);
      if (found.rows[0]!.n > 0) hits.push(name);
    }
    expect(hits).toEqual([]);
    // What is kept of a used link is its SHA-256.
    const use = await t.ctx.db.selectFrom('manage_link_uses').selectAll().where('token_hash', '=', tokenHash(links.cancel)).executeTakeFirst();
    expect(use).toMatchObject({ action: 'cancel' });
  });
});
