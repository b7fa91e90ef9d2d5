import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { loadConfig } from '../src/config.js';
import { ADMIN, createTestApp, makePatient, type TestApp } from './helpers.js';
import { buildWorld, PASSWORDS, snapshotter, type World } from './support/fixtures-world.js';

/**
 * Limits: password guessing is refused (429) after LOGIN_RATE_LIMIT_PER_MINUTE attempts, bodies over
 * BODY_LIMIT_BYTES are refused (413) before anything is stored, and over-long URLs and headers are
 * refused with a problem document like every other error.
 */

const LOGIN_LIMIT = 5;

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

const fromInject = (res: LightMyRequestResponse): Answer => ({ status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), body: res.body });

function expectProblem(answer: Answer, status: number | ((s: number) => boolean), code?: string) {
  const ok = typeof status === 'number' ? answer.status === status : status(answer.status);
  if (!ok) throw new Error(`unexpected status ${answer.status}: ${answer.contentType} ${answer.body.slice(0, 300)}`);
  expect(answer.contentType, `content type of a ${answer.status}: ${answer.body.slice(0, 200)}`).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(answer.body);
  for (const field of ['type', 'title', 'detail', 'code']) expect(typeof problem[field], field).toBe('string');
  expect(problem.status).toBe(answer.status);
  if (code) expect(problem.code).toBe(code);
  return problem as { code: string; detail: string };
}

/**
 * Sends raw bytes over one TCP connection and parses the answer: what a client sees when the
 * server refuses a request before any route (or light-my-request) is involved.
 */
function rawHttp(port: number, head: string, body: Buffer | string = ''): Promise<Answer & { headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', (e) => (chunks.length > 0 ? undefined : reject(e)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [headText = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = headText.split('\r\n');
      const headers = Object.fromEntries(
        headerLines.map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      let payload = rest.join('\r\n\r\n');
      if (headers['transfer-encoding'] === 'chunked') payload = dechunk(payload);
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), contentType: headers['content-type'] ?? '', body: payload, headers });
    });
    socket.setTimeout(10_000, () => socket.destroy());
    socket.write(head);
    if (body.length > 0) socket.write(body);
  });
}

function dechunk(text: string): string {
  let out = '';
  let rest = text;
  for (;;) {
    const eol = rest.indexOf('\r\n');
    if (eol < 0) return out;
    const size = Number.parseInt(rest.slice(0, eol), 16);
    if (!size) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}

describe.each(backends)('login rate limit on %s', (backend) => {
  let t: TestApp;
  let client = 0;
  /** Each test is its own client address (as a proxy in front would report it), with its own login budget. */
  const nextClient = () => `198.51.100.${++client}`;
  const patientA = { email: `limited-a-${randomUUID()}@carebook.test`, password: PASSWORDS.patient };
  const patientB = { email: `limited-b-${randomUUID()}@carebook.test`, password: PASSWORDS.patient };
  /** The database fingerprint (every table) from the world builder's helper. */
  let snapshot: World['snapshot'];

  beforeAll(async () => {
    // Only the admin's log-in (from 127.0.0.1) is spent here; every test below logs in from its own address.
    // As deployed behind one load balancer: it appends the address it saw to X-Forwarded-For.
    // The per-address ceiling alone: the per-account one has its own suite below.
    t = await createTestApp(backend, { LOGIN_RATE_LIMIT_PER_MINUTE: LOGIN_LIMIT, LOGIN_FAILURES_PER_ACCOUNT: 1000, TRUST_PROXY_HOPS: 1 });
    for (const p of [patientA, patientB]) {
      const res = await t.call('POST', '/api/v1/patients', { token: t.adminToken, body: { ...p, name: 'Limited Patient' } });
      if (res.statusCode !== 201) throw new Error(res.body);
    }
    snapshot = await snapshotter(t);
  });
  afterAll(() => t?.close());

  const login = (email: string, password: string, forwardedFor: string) =>
    t.call('POST', '/api/v1/auth/token', { body: { email, password }, headers: { 'x-forwarded-for': forwardedFor } });

  it(`refuses the ${LOGIN_LIMIT + 1}th wrong password within a minute with 429 rate_limited, and then the right one too`, async () => {
    const from = nextClient();
    for (let i = 1; i <= LOGIN_LIMIT; i++) {
      expectProblem(fromInject(await login(patientA.email, `wrong-password-${i}`, from)), 401, 'unauthorized');
    }
    const limited = await login(patientA.email, 'wrong-password-6', from);
    const problem = expectProblem(fromInject(limited), 429, 'rate_limited');
    expect(problem.detail.length).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    const correct = await login(patientA.email, patientA.password, from);
    expectProblem(fromInject(correct), 429, 'rate_limited');
    expect(correct.body).not.toContain('access_token');
  });

  it('counts guesses across accounts: spreading them over many emails does not reset the budget', async () => {
    const from = nextClient();
    for (let i = 1; i <= LOGIN_LIMIT; i++) {
      expectProblem(fromInject(await login(`nobody-${i}@carebook.test`, 'guess-1234', from)), 401, 'unauthorized');
    }
    expectProblem(fromInject(await login(ADMIN.email, 'guess-1234', from)), 429, 'rate_limited');
    expectProblem(fromInject(await login(ADMIN.email, ADMIN.password, from)), 429, 'rate_limited');
  });

  it('limits only logins: a limited client keeps using its token, and other clients can still log in', async () => {
    const token = (await login(patientB.email, patientB.password, nextClient())).json().access_token as string;
    const from = nextClient();
    for (let i = 0; i <= LOGIN_LIMIT; i++) await login(patientB.email, 'wrong-password', from);
    expectProblem(fromInject(await login(patientB.email, patientB.password, from)), 429, 'rate_limited');

    const me = await t.call('GET', '/api/v1/me', { token, headers: { 'x-forwarded-for': from } });
    expect(me.statusCode, me.body).toBe(200);
    const elsewhere = await login(patientB.email, patientB.password, nextClient());
    expect(elsewhere.statusCode, elsewhere.body).toBe(200);
  });

  it('a failed or refused login changes nothing in the database', async () => {
    const from = nextClient();
    const before = await snapshot();
    for (let i = 0; i <= LOGIN_LIMIT + 2; i++) await login(patientA.email, 'wrong-password', from);
    expect(await snapshot()).toEqual(before);
  });

  // A load balancer appends the address it saw to X-Forwarded-For; whatever the client wrote comes
  // first. Only the part the proxy added identifies the client.
  it('cannot be escaped by writing a new X-Forwarded-For on every attempt', async () => {
    const realClient = nextClient();
    const answers: number[] = [];
    for (let i = 1; i <= LOGIN_LIMIT + 3; i++) {
      const spoofed = `10.${i}.${i}.${i}`;
      answers.push((await login(patientA.email, `wrong-password-${i}`, `${spoofed}, ${realClient}`)).statusCode);
    }
    expect(answers.slice(0, LOGIN_LIMIT)).toEqual(Array(LOGIN_LIMIT).fill(401));
    expect(answers.slice(LOGIN_LIMIT), `statuses of attempts ${LOGIN_LIMIT + 1}..${LOGIN_LIMIT + 3}`).toEqual([429, 429, 429]);
  });
});

describe.each(backends)('login rate limit with no proxy configured on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { LOGIN_RATE_LIMIT_PER_MINUTE: LOGIN_LIMIT, LOGIN_FAILURES_PER_ACCOUNT: 1000 });
  });
  afterAll(() => t?.close());

  it('ignores X-Forwarded-For entirely (TRUST_PROXY_HOPS=0 by default): a new one per attempt does not escape', async () => {
    expect(t.ctx.config.TRUST_PROXY_HOPS).toBe(0);
    // Every attempt below fails from this same socket address; createTestApp's successful admin
    // log-in from it does not count (only failures do).
    const answers: number[] = [];
    for (let i = 1; i <= LOGIN_LIMIT + 2; i++) {
      const res = await t.call('POST', '/api/v1/auth/token', {
        body: { email: ADMIN.email, password: `wrong-password-${i}` },
        headers: { 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `203.0.113.${i}` },
      });
      answers.push(res.statusCode);
      if (res.statusCode === 429) expectProblem(fromInject(res), 429, 'rate_limited');
    }
    expect(answers).toEqual([...Array(LOGIN_LIMIT).fill(401), 429, 429]);
  });
});

describe.each(backends)('sign-in throttling counts failures, not sign-ins, on %s', (backend) => {
  let t: TestApp;
  const password = 'clinic-patient-pass-1';
  const patients = Array.from({ length: 10 }, (_, i) => ({ email: `clinic-${i}-${randomUUID()}@carebook.test`, password }));

  beforeAll(async () => {
    // The defaults, as a clinic runs it (createTestApp raises the address ceiling for other suites).
    t = await createTestApp(backend, { LOGIN_RATE_LIMIT_PER_MINUTE: loadConfig({}).LOGIN_RATE_LIMIT_PER_MINUTE, TRUST_PROXY_HOPS: 1 });
    for (const p of patients) {
      const res = await t.call('POST', '/api/v1/patients', { token: t.adminToken, body: { ...p, name: 'Clinic Patient' } });
      if (res.statusCode !== 201) throw new Error(res.body);
    }
  });
  afterAll(() => t?.close());

  const login = (email: string, pass: string, from: string) =>
    t.call('POST', '/api/v1/auth/token', { body: { email, password: pass }, headers: { 'x-forwarded-for': from } });

  it("lets ten patients sign in from one clinic's address within a minute, twice over", async () => {
    const statuses: number[] = [];
    for (let round = 0; round < 2; round++) for (const p of patients) statuses.push((await login(p.email, p.password, '198.51.100.200')).statusCode);
    expect(statuses).toEqual(Array(20).fill(200));
  });

  it('refuses an account after 5 failures in 15 minutes from any address, with Retry-After, and only that account', async () => {
    const [victim, neighbour] = [patients[0]!, patients[1]!];
    for (let i = 1; i <= 5; i++) expectProblem(fromInject(await login(victim.email, `wrong-${i}`, `203.0.113.${i}`)), 401, 'unauthorized');

    const refused = await login(victim.email, victim.password, '203.0.113.99');
    expectProblem(fromInject(refused), 429, 'rate_limited');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expectProblem(fromInject(await login(victim.email.toUpperCase(), victim.password, '203.0.113.98')), 429, 'rate_limited');
    // The addresses that failed are not refused for another account.
    expect((await login(neighbour.email, neighbour.password, '203.0.113.1')).statusCode).toBe(200);

    t.clock.advanceMinutes(15);
    expect((await login(victim.email, victim.password, '203.0.113.99')).statusCode).toBe(200);
  });

  it('answers the same for an email nobody has: the account throttle does not reveal who is registered', async () => {
    const nobody = `nobody-${randomUUID()}@carebook.test`;
    for (let i = 1; i <= 5; i++) expectProblem(fromInject(await login(nobody, 'guess', `192.0.2.${i}`)), 401, 'unauthorized');
    expectProblem(fromInject(await login(nobody, 'guess', '192.0.2.99')), 429, 'rate_limited');
  });
});

describe.each(backends)('request size limits on %s', (backend) => {
  let t: TestApp;
  let w: World;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp(backend);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as AddressInfo).port;
    w = await buildWorld(t);
  });
  afterAll(() => t?.close());

  describe('oversized bodies', () => {
    const LIMIT = 65_536;
    /** A JSON object of exactly `bytes` bytes. */
    const jsonOf = (bytes: number) => {
      const json = JSON.stringify({ name: 'x'.repeat(bytes - '{"name":""}'.length) });
      expect(Buffer.byteLength(json)).toBe(bytes);
      return json;
    };
    const routes: { name: string; method: string; url: (w: World) => string; token: (w: World) => string | undefined }[] = [
      { name: 'login (anonymous)', method: 'POST', url: () => '/api/v1/auth/token', token: () => undefined },
      { name: 'booking', method: 'POST', url: () => '/api/v1/appointments', token: (w) => w.admin.token },
      { name: 'booking as a patient', method: 'POST', url: () => '/api/v1/appointments', token: (w) => w.patientA.token },
      { name: 'patient sign-up', method: 'POST', url: () => '/api/v1/patients', token: (w) => w.staff.token },
      { name: 'provider update', method: 'PATCH', url: (w) => `/api/v1/providers/${w.providerA.id}`, token: (w) => w.providerA.token },
      { name: 'full appointment update', method: 'PUT', url: (w) => `/api/v1/appointments/${w.appointmentA}`, token: (w) => w.admin.token },
      { name: 'facility create', method: 'POST', url: () => '/api/v1/facilities', token: (w) => w.admin.token },
      { name: 'webhook subscription', method: 'POST', url: () => '/api/v1/webhooks', token: (w) => w.admin.token },
      { name: 'payment', method: 'POST', url: () => '/api/v1/payments', token: (w) => w.patientA.token },
      { name: 'a route without a body', method: 'POST', url: (w) => `/api/v1/appointments/${w.appointmentA}/check-conflicts`, token: (w) => w.admin.token },
    ];

    it('uses the default limit of 64 KiB', () => {
      expect(t.ctx.config.BODY_LIMIT_BYTES).toBe(LIMIT);
    });

    for (const route of routes) {
      it(`${route.name}: ${LIMIT + 1} bytes → 413 payload_too_large, nothing stored; ${LIMIT} bytes is read`, async () => {
        const before = await w.snapshot();
        const over = await t.call(route.method, route.url(w), { token: route.token(w), body: jsonOf(LIMIT + 1) });
        expectProblem(fromInject(over), 413, 'payload_too_large');
        expect(await w.snapshot()).toEqual(before);

        // At the limit the body is parsed and judged on its content, which is nonsense here.
        const at = await t.call(route.method, route.url(w), { token: route.token(w), body: jsonOf(LIMIT) });
        expect(at.statusCode).not.toBe(413);
        expect(at.statusCode).toBeLessThan(500);
        expect(await w.snapshot()).toEqual(before);
      });
    }

    it('a 10 MB body is refused as well, and a huge string inside valid JSON too', async () => {
      const before = await w.snapshot();
      const huge = await t.call('POST', '/api/v1/appointments', { token: w.admin.token, body: { provider: w.providerA.id, patient: w.patientA.id, topics: [w.topic], start_time: w.nextSlot(), provider_notes: 'n'.repeat(10_000_000) } });
      expectProblem(fromInject(huge), 413, 'payload_too_large');
      const emoji = await t.call('POST', '/api/v1/topics', { token: w.admin.token, body: { name: '🩺'.repeat(20_000), duration: 30 } });
      expectProblem(fromInject(emoji), 413, 'payload_too_large');
      expect(await w.snapshot()).toEqual(before);
    });

    it('over real HTTP: a declared Content-Length over the limit is refused at once, without waiting for the body', async () => {
      const before = await w.snapshot();
      const started = Date.now();
      const answer = await rawHttp(
        port,
        `POST /api/v1/appointments HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${w.admin.token}\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\nConnection: close\r\n\r\n`,
        '{"provider":',
      );
      expectProblem(answer, 413, 'payload_too_large');
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await w.snapshot()).toEqual(before);
    });

    it('over real HTTP: a chunked body without Content-Length is cut off at the limit', async () => {
      const before = await w.snapshot();
      const piece = `"${'a'.repeat(8_190)}",`;
      const chunk = (s: string) => `${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n`;
      const body = chunk('{"name":[') + Array.from({ length: 10 }, () => chunk(piece)).join('') + chunk('"x"]}') + '0\r\n\r\n';
      const answer = await rawHttp(
        port,
        `POST /api/v1/topics HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${w.admin.token}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`,
        body,
      );
      expectProblem(answer, 413, 'payload_too_large');
      expect(await w.snapshot()).toEqual(before);
    });

    it('follows BODY_LIMIT_BYTES when it is set lower', async () => {
      const small = await createTestApp(backend, { BODY_LIMIT_BYTES: 2048 });
      try {
        const patient = await makePatient(small);
        const res = await small.call('PATCH', `/api/v1/patients/${patient.id}`, { token: patient.token, body: { name: 'n'.repeat(3000) } });
        expectProblem(fromInject(res), 413, 'payload_too_large');
        const fits = await small.call('PATCH', `/api/v1/patients/${patient.id}`, { token: patient.token, body: { name: 'n'.repeat(150) } });
        expect(fits.statusCode, fits.body).toBe(200);
      } finally {
        await small.close();
      }
    });
  });

  describe('long URLs and query strings', () => {
    it('a 100 KB query parameter is a 422 problem, not a database error', async () => {
      const before = await w.snapshot();
      for (const url of [
        `/api/v1/appointments?search=${'%27'.repeat(33_000)}`,
        `/api/v1/patients?search=${'a'.repeat(100_000)}`,
        `/api/v1/slots?provider=${w.providerA.id}&date=2030-03-05&duration=30&timezone=${'Z'.repeat(100_000)}`,
        `/api/v1/appointments?status=${Array(5000).fill('scheduled').join('&status=')}`,
        `/api/v1/slots?date=2030-03-05&duration=30&${Array(2000).fill(`provider=${randomUUID()}`).join('&')}`,
      ]) {
        const res = await t.call('GET', url, { token: w.admin.token });
        expectProblem(fromInject(res), (s) => s >= 400 && s < 500);
      }
      expect(await w.snapshot()).toEqual(before);
    });

    it('a path id of 5,000 characters is a 404 problem', async () => {
      const res = await t.call('GET', `/api/v1/appointments/${'a'.repeat(5000)}`, { token: w.admin.token });
      expectProblem(fromInject(res), 404);
    });

    it('over real HTTP: an ordinary long URL (8 KB) reaches the app and gets a problem', async () => {
      const answer = await rawHttp(
        port,
        `GET /api/v1/appointments?search=${'a'.repeat(8_000)} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${w.admin.token}\r\nConnection: close\r\n\r\n`,
      );
      expectProblem(answer, 422, 'validation_failed');
    });

    // Node refuses a request head over 16 KB before Fastify routes it; the answer still has to be a
    // problem document, like every other error of the API.
    it('over real HTTP: a 100 KB URL is refused with a 4xx problem', async () => {
      const answer = await rawHttp(
        port,
        `GET /api/v1/appointments?search=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${w.admin.token}\r\nConnection: close\r\n\r\n`,
      );
      expectProblem(answer, (s) => s >= 400 && s < 500);
    });

    it('over real HTTP: a 64 KB header is refused with a 4xx problem', async () => {
      const answer = await rawHttp(port, `GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${'a'.repeat(65_536)}\r\nConnection: close\r\n\r\n`);
      expectProblem(answer, (s) => s >= 400 && s < 500);
    });

    it('over real HTTP: a malformed request line is refused with a 400 problem', async () => {
      const answer = await rawHttp(port, 'GET /api/v1/me HTTP/9.9 extra\r\nHost: localhost\r\n\r\n');
      expectProblem(answer, 400);
    });
  });
});
