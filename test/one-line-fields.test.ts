import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, expectProblem, makePatient, makeProvider, makeTopic, type Person, type TestApp } from './helpers.js';

/**
 * One-line fields (names, reasons, address lines, descriptions) refuse control characters: they
 * reach plain-text email and SMS, where a CR/LF would forge lines such as a `Bcc:` header.
 */
const HOSTILE = ['Jane\r\nBcc: everyone@example.org', 'Jane\nDoe', 'Jane\rDoe', 'Jane\tDoe', 'Jane\u0000Doe', 'Jane\u2028Doe', 'Jane\u0085Doe', 'Jane Doe\n'];

describe.each(backends)('one-line fields on %s', (backend) => {
  let t: TestApp;
  let provider: Person;
  let patient: Person;
  let topic: string;
  let appointment: string;
  beforeAll(async () => {
    t = await createTestApp(backend);
    provider = await makeProvider(t);
    patient = await makePatient(t);
    topic = await makeTopic(t);
    appointment = (await book(t, { provider: provider.id, patient: patient.id, topics: [topic], start_time: '2030-03-06T10:00:00Z' })).json().id;
  });
  afterAll(() => t?.close());

  const cases: { name: string; field: string; send: (value: string) => [string, string, Record<string, unknown>] }[] = [
    { name: 'patient name', field: 'name', send: (v) => ['POST', '/api/v1/patients', { email: `p${Math.random()}@carebook.test`.replace('0.', ''), name: v, password: 'long-enough-1' }] },
    { name: 'provider name (PATCH)', field: 'name', send: (v) => ['PATCH', `/api/v1/providers/${provider.id}`, { name: v }] },
    { name: 'specialization', field: 'specialization', send: (v) => ['PATCH', `/api/v1/providers/${provider.id}`, { specialization: v }] },
    { name: 'topic name', field: 'name', send: (v) => ['POST', '/api/v1/topics', { name: v, duration: 30 }] },
    { name: 'facility name', field: 'name', send: (v) => ['POST', '/api/v1/facilities', { name: v, timezone: 'UTC' }] },
    { name: 'facility address line', field: 'address.0', send: (v) => ['POST', '/api/v1/facilities', { name: 'Clinic', timezone: 'UTC', address: [v] }] },
    { name: 'closure reason', field: 'closures.0.reason', send: (v) => ['POST', '/api/v1/facilities', { name: 'Clinic', timezone: 'UTC', closures: [{ date: '2030-05-01', reason: v }] }] },
    { name: 'webhook description', field: 'description', send: (v) => ['POST', '/api/v1/webhooks', { url: 'https://hooks.example.org/x', events: ['*'], description: v }] },
    { name: 'cancellation reason', field: 'reason', send: (v) => ['POST', `/api/v1/appointments/${appointment}/cancel`, { reason: v, on_behalf_of: 'patient' }] },
    { name: 'time-off reason', field: 'reason', send: (v) => ['POST', `/api/v1/providers/${provider.id}/time-off`, { start_time: '2031-01-01T09:00:00Z', end_time: '2031-01-01T10:00:00Z', reason: v }] },
  ];

  for (const c of cases) {
    it(`refuses control characters in the ${c.name} (422 on ${c.field}), and takes it on one line`, async () => {
      for (const value of HOSTILE) {
        const [method, url, body] = c.send(value);
        const problem = expectProblem(await t.call(method, url, { token: t.adminToken, body }), 422, 'validation_failed');
        expect(problem.errors?.map((e) => e.field), JSON.stringify(value)).toContain(c.field);
      }
      const [method, url, body] = c.send('Jane Doe – Ünïcode fine');
      const res = await t.call(method, url, { token: t.adminToken, body });
      expect(res.statusCode, res.body).toBeLessThan(300);
    });
  }
});
