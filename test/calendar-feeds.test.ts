import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, type Person, type TestApp } from './helpers.js';

/** The feed's events as an independent parser (ical.js, not the writer) reads them. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('method')).toBeNull();
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      location: event.location,
      status: vevent.getFirstPropertyValue('status') as string | null,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      text: vevent.toString(),
    };
  });
}

describe.each(backends)('calendar feeds on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let patient: Person;
  let otherPatient: Person;
  let topic: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    provider = await makeProvider(t);
    patient = await makePatient(t, { phone: '+14155550123' });
    otherPatient = await makePatient(t);
    topic = await makeTopic(t, 30);
  });
  afterAll(() => t?.close());

  const issue = async (person: Person) => {
    const res = await t.call('POST', '/api/v1/me/calendar-feed', { token: person.token });
    expect(res.statusCode).toBe(201);
    return res.json() as { url: string; token: string; active: boolean };
  };
  const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: new URL(url).pathname });

  it('serves the owner\'s appointments with stable UIDs, a SEQUENCE that grows, and STATUS:CANCELLED', async () => {
    const mine = (await book(t, { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-05T09:00:00Z' })).json();
    const moved = (await book(t, { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-05T10:00:00Z' })).json();
    const notMine = (await book(t, { provider: provider.id, patient: otherPatient.id, topics: [topic], start_time: '2030-03-05T11:00:00Z' })).json();
    const feed = await issue(patient);
    expect(feed.url).toMatch(/\/ical\/[A-Za-z0-9_-]{43}\.ics$/);

    const first = await fetchFeed(feed.url);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/^text\/calendar/);
    const before = parseFeed(first.body);
    expect(before.map((e) => e.uid).sort()).toEqual([mine.id, moved.id].sort());
    const movedBefore = before.find((e) => e.uid === moved.id)!;
    expect(movedBefore).toMatchObject({ start: '2030-03-05T10:00:00.000Z', end: '2030-03-05T10:30:00.000Z', status: 'CONFIRMED' });

    // Another person's appointment, and anyone's contact details, never appear.
    expect(first.body).not.toContain(notMine.id);
    expect(first.body).not.toContain(otherPatient.email);
    expect(first.body).not.toContain(patient.email);
    expect(first.body).not.toContain('4155550123');

    const res = await t.call('POST', `/api/v1/appointments/${moved.id}/reschedule`, { token: t.adminToken, body: { start_time: '2030-03-05T12:00:00Z' } });
    expect(res.statusCode).toBe(200);
    const cancel = await t.call('POST', `/api/v1/appointments/${mine.id}/cancel`, { token: patient.token, body: {} });
    expect(cancel.statusCode).toBe(200);

    const after = parseFeed((await fetchFeed(feed.url)).body);
    const movedAfter = after.find((e) => e.uid === moved.id)!;
    expect(movedAfter.start).toBe('2030-03-05T12:00:00.000Z');
    expect(movedAfter.sequence).toBeGreaterThan(movedBefore.sequence);
    const cancelled = after.find((e) => e.uid === mine.id)!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sequence).toBeGreaterThan(before.find((e) => e.uid === mine.id)!.sequence);
  });

  it('gives a provider their own appointments, named by patient', async () => {
    const other = await makeProvider(t);
    const a = (await book(t, { provider: provider.id, patient: otherPatient.id, topics: [topic], start_time: '2030-03-06T09:00:00Z' })).json();
    const b = (await book(t, { provider: other.id, patient: otherPatient.id, topics: [topic], start_time: '2030-03-06T10:00:00Z' })).json();
    const events = parseFeed((await fetchFeed((await issue(provider)).url)).body);
    expect(events.map((e) => e.uid)).toContain(a.id);
    expect(events.map((e) => e.uid)).not.toContain(b.id);
    expect(events.find((e) => e.uid === a.id)!.summary).toContain('Pat ');
  });

  it('a rotated token kills the old URL, and a revoked feed answers 404', async () => {
    const first = await issue(otherPatient);
    expect((await fetchFeed(first.url)).statusCode).toBe(200);
    const second = await issue(otherPatient);
    expect(second.url).not.toBe(first.url);
    expectProblem(await fetchFeed(first.url), 404, 'not_found');
    expect((await fetchFeed(second.url)).statusCode).toBe(200);

    const status = await t.call('GET', '/api/v1/me/calendar-feed', { token: otherPatient.token });
    expect(status.json()).toMatchObject({ active: true });
    expect(status.body).not.toContain(second.token);

    expect((await t.call('DELETE', '/api/v1/me/calendar-feed', { token: otherPatient.token })).statusCode).toBe(204);
    expectProblem(await fetchFeed(second.url), 404, 'not_found');
    expect((await t.call('GET', '/api/v1/me/calendar-feed', { token: otherPatient.token })).json()).toMatchObject({ active: false, created_at: null });
    expectProblem(await t.call('DELETE', '/api/v1/me/calendar-feed', { token: otherPatient.token }), 404);
  });

  it('stores only a hash of the token', async () => {
    const feed = await issue(provider);
    const rows = await t.ctx.db.selectFrom('calendar_feeds').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === feed.token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('gives staff, who have no appointments of their own, an empty calendar', async () => {
    const res = await t.call('POST', '/api/v1/me/calendar-feed', { token: t.adminToken });
    expect(res.statusCode).toBe(201);
    expect(parseFeed((await fetchFeed(res.json().url)).body)).toEqual([]);
  });

  it('refuses made-up and malformed tokens with 404', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: `/ical/${'A'.repeat(43)}.ics` }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: '/ical/x.ics' }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: `/ical/${'%00'.repeat(10)}.ics` }), 404);
  });
});
