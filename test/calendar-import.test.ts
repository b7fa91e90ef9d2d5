import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarUrlProblem } from '../src/calendars/fetch.js';
import { syncCalendars } from '../src/calendars/sources.service.js';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeStaff, type Person, type TestApp } from './helpers.js';

const ics = (...events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Calendar//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
const vevent = (fields: Record<string, string>) => ['BEGIN:VEVENT', 'DTSTAMP:20300101T000000Z', ...Object.entries(fields).map(([k, v]) => `${k}:${v}`), 'END:VEVENT'].join('\r\n');

/** Mondays 09:00–10:00 in Berlin, through the end of March DST change (2030-03-31), once moved and once free. */
const WEEKLY = ics(
  vevent({ UID: 'weekly@test', 'DTSTART;TZID=Europe/Berlin': '20300318T090000', 'DTEND;TZID=Europe/Berlin': '20300318T100000', RRULE: 'FREQ=WEEKLY;COUNT=6', SUMMARY: 'Private' }),
  vevent({ UID: 'free@test', DTSTART: '20300325T100000Z', DTEND: '20300325T110000Z', TRANSP: 'TRANSPARENT' }),
);

/** A local server playing calendar hosts: each path behaves as a test needs; it counts and records requests. */
class CalendarHost {
  server!: Server;
  base = '';
  requests: { path: string; headers: IncomingMessage['headers'] }[] = [];
  routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  async start() {
    this.server = createServer((req, res) => {
      this.requests.push({ path: req.url!, headers: req.headers });
      const route = this.routes.get(req.url!);
      if (route) route(req, res);
      else res.writeHead(404).end();
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  stop() {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(r));
  }
}

describe.each(backends)('busy time from linked calendars on %s', (backend) => {
  let t: TestApp;
  let host: CalendarHost;
  let provider: Person;
  let patient: Person;
  let staff: Person;

  beforeAll(async () => {
    host = new CalendarHost();
    await host.start();
    t = await createTestApp(backend, { ALLOW_PRIVATE_CALENDAR_URLS: true, CALENDAR_FETCH_TIMEOUT_MS: 500, CALENDAR_MAX_BYTES: 100_000, CALENDAR_STALE_MINUTES: 60 });
    staff = await makeStaff(t);
    patient = await makePatient(t);
  });
  afterAll(async () => {
    await t?.close();
    await host?.stop();
  });

  const freshProvider = async () => {
    const p = await makeProvider(t, { timezone: 'Europe/Berlin', slot_minutes: 60 });
    for (const weekday of ['monday']) {
      const res = await t.call('POST', `/api/v1/providers/${p.id}/availability`, { token: t.adminToken, body: { weekday, start: '08:00', end: '12:00' } });
      expect(res.statusCode).toBe(201);
    }
    return p;
  };
  const link = async (p: Person, path: string, name = 'Personal') => {
    const res = await t.call('POST', `/api/v1/providers/${p.id}/calendars`, { token: p.token, body: { name, url: `${host.base}${path}` } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const slots = async (p: Person, date: string) => {
    const res = await t.call('GET', `/api/v1/slots?provider=${p.id}&date=${date}&duration=60&limit=50`, { token: patient.token });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { results: { start_time: string }[]; calendars?: any[]; warnings?: any[] };
  };
  const starts = (body: { results: { start_time: string }[] }) => body.results.map((s) => s.start_time);

  it('blocks a recurring event on both sides of a DST change, ignores free time, and keeps the address secret', async () => {
    provider = await freshProvider();
    host.routes.set('/weekly.ics', (_req, res) => res.writeHead(200, { 'content-type': 'text/calendar' }).end(WEEKLY));
    const linked = await link(provider, '/weekly.ics');
    expect(linked).toMatchObject({ status: 'ok', error: null, host: new URL(host.base).host, busy_periods: 6 });
    expect(JSON.stringify(linked)).not.toContain('/weekly.ics');

    // Before the change Berlin is UTC+1, after it UTC+2: the busy hour is 09:00 local on both Mondays.
    const before = await slots(provider, '2030-03-25');
    expect(starts(before)).toEqual(['2030-03-25T07:00:00.000Z', '2030-03-25T09:00:00.000Z', '2030-03-25T10:00:00.000Z']);
    const after = await slots(provider, '2030-04-01');
    expect(starts(after)).toEqual(['2030-04-01T06:00:00.000Z', '2030-04-01T08:00:00.000Z', '2030-04-01T09:00:00.000Z']);
    expect(after.calendars).toEqual([
      { id: linked.id, provider: provider.id, name: 'Personal', status: 'ok', last_success_at: '2030-03-04T08:00:00.000Z', error: null },
    ]);
    expect(after.warnings).toEqual([]);

    const explained = await t.call('GET', `/api/v1/providers/${provider.id}/availability/explain?start_time=2030-04-01T07:00:00Z&duration=60`, { token: patient.token });
    expect(explained.json()).toMatchObject({ bookable: false, reasons: [{ code: 'calendar_busy' }], calendars: [{ id: linked.id, status: 'ok' }] });
    expectProblem(await book(t, { provider: provider.id, patient: patient.id, start_time: '2030-04-01T07:00:00Z', end_time: '2030-04-01T08:00:00Z' }), 422, 'calendar_busy');
    expect((await book(t, { provider: provider.id, patient: patient.id, start_time: '2030-04-01T08:00:00Z', end_time: '2030-04-01T09:00:00Z' })).statusCode).toBe(201);
  });

  it('asks again with If-None-Match and keeps the busy time on a 304', async () => {
    const p = await freshProvider();
    let served = 0;
    host.routes.set('/etag.ics', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      served++;
      res.writeHead(200, { 'content-type': 'text/calendar', etag: '"v1"', 'last-modified': 'Mon, 04 Mar 2030 07:00:00 GMT' }).end(WEEKLY);
    });
    const linked = await link(p, '/etag.ics');
    t.clock.advanceMinutes(10);
    await syncCalendars(t.ctx, [linked.id]);
    const last = host.requests.filter((r) => r.path === '/etag.ics').at(-1)!;
    expect(last.headers['if-none-match']).toBe('"v1"');
    expect(last.headers['if-modified-since']).toBe('Mon, 04 Mar 2030 07:00:00 GMT');
    expect(served).toBe(1);
    const body = await slots(p, '2030-03-25');
    expect(starts(body)).not.toContain('2030-03-25T08:00:00.000Z');
    expect(body.calendars![0]).toMatchObject({ status: 'ok', last_success_at: '2030-03-04T08:10:00.000Z' });
  });

  it('a source that breaks keeps its last good busy time, warns, tells staff once, and blocks when the policy says so', async () => {
    const p = await freshProvider();
    let broken = false;
    host.routes.set('/flaky.ics', (_req, res) => (broken ? res.writeHead(500).end('oops') : res.writeHead(200).end(WEEKLY)));
    const linked = await link(p, '/flaky.ics', 'Flaky');
    const goodAt = '2030-03-04T08:10:00.000Z';
    t.clock.set(goodAt);
    await syncCalendars(t.ctx, [linked.id]);
    broken = true;
    t.clock.advanceMinutes(30);
    expect(await syncCalendars(t.ctx, [linked.id])).toEqual({ ok: 0, broken: 1 });
    t.clock.advanceMinutes(5);
    await syncCalendars(t.ctx, [linked.id]);

    // warn (the default): slots still offered, without the last known busy hour, and a warning.
    const warned = await slots(p, '2030-03-25');
    expect(starts(warned)).toEqual(['2030-03-25T07:00:00.000Z', '2030-03-25T09:00:00.000Z', '2030-03-25T10:00:00.000Z']);
    expect(warned.calendars![0]).toMatchObject({ id: linked.id, status: 'broken', last_success_at: goodAt, error: 'The calendar server answered HTTP 500' });
    expect(warned.warnings).toEqual([expect.objectContaining({ code: 'calendar_broken', provider: p.id, calendar: linked.id })]);

    // Staff hear of it in their feed, once (not at every failed fetch).
    const feed = (await t.call('GET', '/api/v1/notifications', { token: staff.token })).json();
    const notices = feed.results.filter((n: any) => n.event === 'calendar_source_broken' && n.body.includes('Flaky'));
    expect(notices).toHaveLength(1);
    expect(notices[0].body).toContain('HTTP 500');
    expect(JSON.stringify(feed)).not.toContain('/flaky.ics');
    // The provider's own listing shows the same health.
    const listed = (await t.call('GET', `/api/v1/providers/${p.id}/calendars`, { token: p.token })).json();
    expect(listed).toMatchObject({ policy: 'warn', calendars: [{ id: linked.id, status: 'broken', consecutive_failures: 2 }] });

    // block: nothing is offered or booked until the calendar reads again.
    expect((await t.call('PUT', `/api/v1/providers/${p.id}/calendar-policy`, { token: p.token, body: { broken_source: 'block' } })).json()).toEqual({ policy: 'block' });
    const blocked = await slots(p, '2030-03-25');
    expect(blocked.results).toEqual([]);
    expect(blocked.warnings).toEqual([expect.objectContaining({ code: 'calendar_broken_blocking' })]);
    expectProblem(await book(t, { provider: p.id, patient: patient.id, start_time: '2030-03-25T07:00:00Z', end_time: '2030-03-25T08:00:00Z' }), 409, 'calendar_unavailable');
    const explained = (await t.call('GET', `/api/v1/providers/${p.id}/availability/explain?start_time=2030-03-25T07:00:00Z&duration=60`, { token: patient.token })).json();
    expect(explained.reasons.map((r: any) => r.code)).toEqual(['calendar_unavailable']);

    broken = false;
    expect((await t.call('POST', `/api/v1/providers/${p.id}/calendars/${linked.id}/sync`, { token: p.token })).json()).toMatchObject({ status: 'ok', error: null });
    expect(starts(await slots(p, '2030-03-25'))).toContain('2030-03-25T07:00:00.000Z');
  });

  it('becomes stale when not fetched for a while', async () => {
    const p = await freshProvider();
    host.routes.set('/stale.ics', (_req, res) => res.writeHead(200).end(WEEKLY));
    await link(p, '/stale.ics');
    t.clock.advanceMinutes(61);
    const body = await slots(p, '2030-03-25');
    expect(body.calendars![0]).toMatchObject({ status: 'stale', error: null });
    expect(body.warnings).toEqual([expect.objectContaining({ code: 'calendar_stale' })]);
  });

  it('gives up on a server that does not answer, a file that is too large, a redirect to a private address, and a file that is not iCalendar', async () => {
    const p = await freshProvider();
    host.routes.set('/silent.ics', () => {});
    host.routes.set('/huge.ics', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      const chunk = `X-FILLER:${'x'.repeat(1000)}\r\n`;
      for (let i = 0; i < 200; i++) res.write(chunk);
      res.end();
    });
    host.routes.set('/redirect.ics', (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
    host.routes.set('/hop.ics', (_req, res) => res.writeHead(301, { location: '/weekly.ics' }).end());
    host.routes.set('/junk.ics', (_req, res) => res.writeHead(200).end('<html>not a calendar</html>'));
    const cases: [string, RegExp][] = [
      ['/silent.ics', /did not answer within 500 ms/],
      ['/huge.ics', /larger than 100000 bytes/],
      ['/redirect.ics', /redirect led to a private, loopback or link-local address/],
      ['/junk.ics', /not a valid iCalendar/],
    ];
    for (const [path, error] of cases) {
      const linked = await link(p, path, path);
      expect(linked.status, path).toBe('broken');
      expect(linked.error, path).toMatch(error);
      expect(linked.last_success_at).toBeNull();
    }
    // A redirect on the same host is followed.
    expect(await link(p, '/hop.ics', 'hop')).toMatchObject({ status: 'ok', busy_periods: 6 });
  });

  it('refuses private and non-http addresses when private ones are not allowed', () => {
    expect(calendarUrlProblem('http://127.0.0.1:8080/a.ics', false)).toMatch(/public address/);
    expect(calendarUrlProblem('http://[::1]/a.ics', false)).toMatch(/public address/);
    expect(calendarUrlProblem('http://169.254.169.254/a.ics', false)).toMatch(/public address/);
    expect(calendarUrlProblem('http://localhost/a.ics', false)).toMatch(/public address/);
    expect(calendarUrlProblem('file:///etc/passwd', false)).toMatch(/http/);
    expect(calendarUrlProblem('ftp://example.org/a.ics', false)).toMatch(/http/);
    expect(calendarUrlProblem('webcal://calendar.example.org/a.ics', false)).toBeUndefined();
  });

  it('lets only the provider themselves, staff and admins manage the links; another provider gets 403', async () => {
    const p = await freshProvider();
    const other = await makeProvider(t);
    host.routes.set('/own.ics', (_req, res) => res.writeHead(200).end(WEEKLY));
    const linked = await link(p, '/own.ics');
    expectProblem(await t.call('GET', `/api/v1/providers/${p.id}/calendars`, { token: other.token }), 403);
    expectProblem(await t.call('GET', `/api/v1/providers/${p.id}/calendars`, { token: patient.token }), 403);
    expect((await t.call('PATCH', `/api/v1/providers/${p.id}/calendars/${linked.id}`, { token: staff.token, body: { name: 'Renamed' } })).json()).toMatchObject({ name: 'Renamed' });
    expectProblem(await t.call('POST', `/api/v1/providers/${p.id}/calendars`, { token: p.token, body: { name: 'x', url: 'not a url' } }), 422);
    expect((await t.call('DELETE', `/api/v1/providers/${p.id}/calendars/${linked.id}`, { token: p.token })).statusCode).toBe(204);
    expectProblem(await t.call('GET', `/api/v1/providers/${p.id}/calendars/${linked.id}`, { token: p.token }), 404);
    expect(starts(await slots(p, '2030-03-25'))).toContain('2030-03-25T08:00:00.000Z');
    const rows = await t.ctx.db.selectFrom('calendar_busy').select('id').where('source_id', '=', linked.id).execute();
    expect(rows).toEqual([]);
  });
});
