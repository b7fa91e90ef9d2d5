import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, type TestApp } from './helpers.js';

const METRICS_TOKEN = 'scraper-token-0123456789';

describe.each(backends)('operations on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { METRICS_TOKEN });
  });
  afterAll(() => t?.close());

  it('answers every response with a request id, keeping a sane incoming one', async () => {
    const fresh = await t.call('GET', '/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const other = await t.call('GET', '/health');
    expect(other.headers['x-request-id']).not.toBe(fresh.headers['x-request-id']);

    const echoed = await t.call('GET', '/api/v1/me', { headers: { 'x-request-id': 'lb-7f3a.42' } });
    expect(echoed.statusCode).toBe(401);
    expect(echoed.headers['x-request-id']).toBe('lb-7f3a.42');

    const insane = await t.call('GET', '/health', { headers: { 'x-request-id': 'a b\u0001<script>' } });
    expect(insane.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const long = await t.call('GET', '/nowhere', { headers: { 'x-request-id': 'x'.repeat(500) } });
    expect(long.statusCode).toBe(404);
    expect(long.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const res = await t.call('GET', '/ready');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok' } });
  });

  it('guards /metrics: the METRICS_TOKEN or an admin', async () => {
    expectProblem(await t.call('GET', '/metrics'), 401);
    const patient = await makePatient(t);
    expectProblem(await t.call('GET', '/metrics', { token: patient.token }), 403);
    expectProblem(await t.call('GET', '/metrics', { token: 'scraper-token-wrong-value' }), 401);
    expect((await t.call('GET', '/metrics', { token: METRICS_TOKEN })).statusCode).toBe(200);
    expect((await t.call('GET', '/metrics', { token: t.adminToken })).statusCode).toBe(200);
  });

  it('counts requests by route template and status, bookings by outcome, outbox, pool and latency', async () => {
    const provider = await makeProvider(t);
    const patient = await makePatient(t);
    const topic = await makeTopic(t, 30);
    const body = { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-05T09:00:00Z' };
    expect((await book(t, body)).statusCode).toBe(201);
    expect((await book(t, body)).statusCode).toBe(409);
    await t.call('GET', `/api/v1/providers/${provider.id}`, { token: t.adminToken });

    const res = await t.call('GET', '/metrics', { token: METRICS_TOKEN });
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.body;
    const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
    expect(value(/^carebook_bookings_total\{outcome="booked"\} (\d+)/m)).toBe(1);
    expect(value(/^carebook_bookings_total\{outcome="conflict"\} (\d+)/m)).toBe(1);
    expect(value(/^carebook_http_requests_total\{method="POST",route="\/api\/v1\/appointments",status="201"\} (\d+)/m)).toBe(1);
    expect(value(/^carebook_http_requests_total\{method="POST",route="\/api\/v1\/appointments",status="409"\} (\d+)/m)).toBe(1);
    // The template, never the id: one series per route.
    expect(text).toContain('route="/api/v1/providers/:id",status="200"');
    expect(text).not.toContain(provider.id);
    expect(text).toMatch(/^carebook_http_request_duration_seconds_bucket\{le="0\.005",method="POST",route="\/api\/v1\/appointments",status="201"\} \d+/m);
    // The booking queued notifications for delivery (no worker runs in tests).
    expect(value(/^carebook_outbox_depth\{channel="email"\} (\d+)/m)).toBeGreaterThan(0);
    expect(value(/^carebook_db_pool_connections\{state="total"\} (\d+)/m)).toBeGreaterThan(0);
    expect(text).toMatch(/^carebook_db_pool_max \d+/m);
    expect(text).toContain('# TYPE carebook_job_queue_lag_seconds gauge');
    expect(text).toContain('# TYPE carebook_notification_delivery_failures gauge');
  });
});
