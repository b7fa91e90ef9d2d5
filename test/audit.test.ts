import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOverdue } from '../src/appointments/appointments.service.js';
import { backends } from './databases.js';
import { createTestApp, expectProblem, makePatient, makeProvider, makeStaff, makeTopic, NOW, type Person, type TestApp } from './helpers.js';

describe.each(backends)('audit trail on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let patient: Person;
  let adminId: string;
  let topic: string;

  const audit = async (query: string) => {
    const res = await t.call('GET', `/api/v1/audit?${query}`, { token: t.adminToken });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { count: number; next: string | null; previous: string | null; results: any[] };
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    provider = await makeProvider(t);
    patient = await makePatient(t);
    topic = await makeTopic(t, 30);
    adminId = (await t.call('GET', '/api/v1/me', { token: t.adminToken })).json().id;
  });
  afterAll(() => t?.close());

  it('records a booking and its cancellation: who, what, when and from where', async () => {
    const booked = await t.call('POST', '/api/v1/appointments', {
      token: patient.token,
      body: { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-06T10:00:00Z' },
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const id = booked.json().id;
    t.clock.set('2030-03-04T09:30:00Z');
    try {
      expect((await t.call('POST', `/api/v1/appointments/${id}/cancel`, { token: patient.token, body: { reason: 'feeling better' } })).statusCode).toBe(200);
    } finally {
      t.clock.set(NOW);
    }

    const trail = await audit(`record_type=appointments&record_id=${id}`);
    expect(trail.count).toBe(2);
    const [cancel, booking] = trail.results;
    expect(booking).toMatchObject({
      at: '2030-03-04T08:00:00.000Z',
      actor: { type: 'user', id: patient.userId },
      route: 'POST /api/v1/appointments',
      action: 'insert',
      record: { type: 'appointments', id },
      address: expect.any(String),
    });
    expect(booking.summary.fields).toEqual(expect.arrayContaining(['provider_id', 'patient_id', 'start_time', 'status']));
    expect(cancel).toMatchObject({
      at: '2030-03-04T09:30:00.000Z',
      actor: { type: 'user', id: patient.userId },
      route: 'POST /api/v1/appointments/:id/cancel',
      action: 'update',
      summary: { status: { from: 'scheduled', to: 'user_canceled' } },
    });
    // Changed fields are named, their values are not.
    expect(JSON.stringify(trail)).not.toContain('feeling better');
  });

  it('writes nothing for a refused or rolled-back command', async () => {
    const before = (await audit('limit=1')).count;
    expectProblem(await t.call('POST', '/api/v1/appointments', { token: patient.token, body: { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2031-13-01T10:00:00Z' } }), 422);
    const first = await t.call('POST', '/api/v1/appointments', { token: t.adminToken, body: { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-07T10:00:00Z' } });
    expect(first.statusCode).toBe(201);
    const afterFirst = (await audit('limit=1')).count;
    expect(afterFirst).toBe(before + 1);
    // A double booking fails on the constraint, inside the transaction: no audit row survives it.
    expectProblem(await t.call('POST', '/api/v1/appointments', { token: t.adminToken, body: { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-07T10:00:00Z' } }), 409);
    expect((await audit('limit=1')).count).toBe(afterFirst);
  });

  it('covers writes across features, with the API key as the actor when a key calls', async () => {
    const staff = await makeStaff(t);
    const writes: [string, string, unknown, string][] = [
      ['POST', '/api/v1/topics', { name: 'Audited topic', duration: 15 }, 'topics'],
      ['POST', '/api/v1/facilities', { name: 'Audited clinic', timezone: 'Europe/Berlin' }, 'facilities'],
      ['POST', `/api/v1/providers/${provider.id}/availability`, { weekday: 'friday', start: '09:00', end: '10:00' }, 'availability_rules'],
      ['POST', `/api/v1/providers/${provider.id}/time-off`, { start_time: '2034-01-01T09:00:00Z', end_time: '2034-01-01T10:00:00Z' }, 'time_off'],
      ['PATCH', `/api/v1/patients/${patient.id}`, { name: 'Renamed Patient' }, 'users'],
    ];
    for (const [method, url, body, table] of writes) {
      const res = await t.call(method, url, { token: staff.token, body });
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
      const entry = (await audit(`actor=${staff.userId}&record_type=${table}&limit=1`)).results[0];
      expect(entry, `${method} ${url}`).toMatchObject({ actor: { type: 'user', id: staff.userId }, record: { type: table } });
    }

    const created = (await t.call('POST', '/api/v1/api-keys', { token: t.adminToken, body: { name: 'audited', scopes: ['catalog:write'] } })).json();
    expect((await audit(`record_type=api_keys&record_id=${created.id}`)).results[0]).toMatchObject({ actor: { type: 'user', id: adminId }, action: 'insert' });
    const res = await t.call('POST', '/api/v1/topics', { body: { name: 'By a key', duration: 10 }, headers: { 'x-api-key': created.key } });
    expect(res.statusCode).toBe(201);
    const byKey = await audit(`actor=${created.id}`);
    expect(byKey.results).toEqual([expect.objectContaining({ actor: { type: 'api_key', id: created.id }, record: { type: 'topics', id: res.json().id } })]);
    // Using a key is not a change: last_used_at alone writes no entry.
    expect(JSON.stringify((await audit(`record_type=api_keys&record_id=${created.id}`)).results.map((r) => r.action))).toBe('["insert"]');
  });

  it('records a reveal of bank details, and no secret in any entry', async () => {
    const details = { pan: 'ZZZZZ9876Y', account_number: '5555444433', ifsc: 'SBIN0009876' };
    expect((await t.call('PATCH', `/api/v1/providers/${provider.id}`, { token: provider.token, body: { bank_details: details, password: 'another-pass-12', current_password: 'provider-pass-1' } })).statusCode).toBe(200);
    const token = await t.login(provider.email, 'another-pass-12');
    expect((await t.call('POST', `/api/v1/providers/${provider.id}/bank-details/reveal`, { token })).statusCode).toBe(200);
    const reveal = (await audit(`record_type=providers&record_id=${provider.id}`)).results[0];
    expect(reveal).toMatchObject({ action: 'reveal', actor: { type: 'user', id: provider.userId }, route: 'POST /api/v1/providers/:id/bank-details/reveal', summary: { fields: ['bank_details'] } });
    const everything = JSON.stringify((await audit('limit=200')).results);
    for (const secret of [...Object.values(details), 'another-pass-12']) expect(everything).not.toContain(secret);
    expect(everything).toContain('bank_details_sealed');
  });

  it("names the system as the actor of the worker's changes (a visit marked overdue)", async () => {
    const doctor = await makeProvider(t);
    const booked = await t.call('POST', '/api/v1/appointments', { token: t.adminToken, body: { provider: doctor.id, patient: patient.id, topics: [topic], start_time: '2030-03-04T12:00:00Z' } });
    expect(booked.statusCode, booked.body).toBe(201);
    t.clock.set('2030-03-04T12:30:00Z');
    try {
      expect(await sweepOverdue(t.ctx)).toBeGreaterThanOrEqual(1);
    } finally {
      t.clock.set(NOW);
    }
    // The worker has no request clock: its entries carry the database's time, so find this one by what it did.
    const entry = (await audit(`record_type=appointments&record_id=${booked.json().id}`)).results.find((r) => r.summary.status?.to === 'overdue');
    expect(entry).toMatchObject({ actor: { type: 'system', id: null }, route: null, action: 'update', summary: { status: { from: 'scheduled', to: 'overdue' } } });
  });

  it('filters by actor, record and time, and pages {count, next, previous, results}', async () => {
    const all = await audit('limit=2');
    expect(all.count).toBeGreaterThan(4);
    expect(all.results).toHaveLength(2);
    expect(all.next).toContain('offset=2');
    expect(all.previous).toBeNull();
    const second = await audit('limit=2&offset=2');
    expect(second.previous).toContain('offset=0');
    expect(second.results[0].id).not.toBe(all.results[0].id);

    const later = await audit('from=2030-03-04T09:00:00Z&limit=200');
    expect(later.results.length).toBeGreaterThan(0);
    for (const r of later.results) expect(Date.parse(r.at)).toBeGreaterThanOrEqual(Date.parse('2030-03-04T09:00:00Z'));
    const earlier = await audit('to=2030-03-04T09:00:00Z&limit=200');
    for (const r of earlier.results) expect(Date.parse(r.at)).toBeLessThan(Date.parse('2030-03-04T09:00:00Z'));
    expect(later.count + earlier.count).toBe(all.count);

    for (const r of (await audit(`actor=${patient.userId}&limit=200`)).results) expect(r.actor.id).toBe(patient.userId);
    expectProblem(await t.call('GET', '/api/v1/audit?from=yesterday', { token: t.adminToken }), 422);
    expectProblem(await t.call('GET', '/api/v1/audit', { token: patient.token }), 403);
    expectProblem(await t.call('GET', '/api/v1/audit'), 401);
  });
});
