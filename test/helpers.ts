import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, createContext } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { type Config, testConfig } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import type { App } from '../src/http/types.js';
import { type Backend, openTestDatabase } from './databases.js';

export const ADMIN = { email: 'admin@carebook.test', password: 'admin-password-1' };
/** The tests' "now": fixed, so every date below is in the future until a test moves the clock. */
export const NOW = '2030-03-04T08:00:00Z';

export interface TestApp {
  app: App;
  ctx: AppContext;
  clock: ManualClock;
  backend: Backend;
  url: string;
  close(): Promise<void>;
  /** Calls the API; `token` signs the request, `body` is sent as JSON. */
  call(method: string, url: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  login(email: string, password: string): Promise<string>;
  adminToken: string;
}

export async function createTestApp(backend: Backend = 'embedded', overrides: Partial<Config> = {}): Promise<TestApp> {
  const testDb = await openTestDatabase(backend);
  const clock = new ManualClock(NOW);
  const config = testConfig({
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_RATE_LIMIT_PER_MINUTE: 1000,
    SEARCH_RATE_LIMIT_PER_MINUTE: 100_000,
    ...overrides,
  });
  const ctx = await createContext(config, { database: testDb.database, clock });
  const app = await buildApp(ctx);
  await app.ready();

  const call: TestApp['call'] = (method, url, options = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { payload: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
    });

  const login = async (email: string, password: string) => {
    const res = await call('POST', '/api/v1/auth/token', { body: { email, password } });
    if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.statusCode} ${res.body}`);
    return res.json().access_token as string;
  };

  const adminToken = await login(ADMIN.email, ADMIN.password);
  return {
    app,
    ctx,
    clock,
    backend,
    url: testDb.url,
    call,
    login,
    adminToken,
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}

const unique = () => randomBytes(4).toString('hex');

export interface Person {
  id: string;
  userId: string;
  email: string;
  token: string;
}

/** Creates a provider through the API (as admin) and logs them in. */
export async function makeProvider(t: TestApp, fields: Record<string, unknown> = {}): Promise<Person> {
  const email = `provider-${unique()}@carebook.test`;
  const password = 'provider-pass-1';
  const res = await t.call('POST', '/api/v1/providers', {
    token: t.adminToken,
    body: { email, name: `Dr. ${unique()}`, password, ...fields },
  });
  if (res.statusCode !== 201) throw new Error(`provider create failed: ${res.statusCode} ${res.body}`);
  const body = res.json();
  return { id: body.id, userId: body.user.id, email, token: await t.login(email, password) };
}

/** Creates a patient through the API (as admin) and logs them in. */
export async function makePatient(t: TestApp, fields: Record<string, unknown> = {}): Promise<Person> {
  const email = `patient-${unique()}@carebook.test`;
  const password = 'patient-pass-1';
  const res = await t.call('POST', '/api/v1/patients', {
    token: t.adminToken,
    body: { email, name: `Pat ${unique()}`, password, ...fields },
  });
  if (res.statusCode !== 201) throw new Error(`patient create failed: ${res.statusCode} ${res.body}`);
  const body = res.json();
  return { id: body.id, userId: body.user.id, email, token: await t.login(email, password) };
}

export async function makeStaff(t: TestApp, role: 'staff' | 'admin' = 'staff'): Promise<Person> {
  const email = `${role}-${unique()}@carebook.test`;
  const password = 'staff-pass-123';
  const res = await t.call('POST', '/api/v1/users', { token: t.adminToken, body: { email, name: `${role} ${unique()}`, password, role } });
  if (res.statusCode !== 201) throw new Error(`user create failed: ${res.statusCode} ${res.body}`);
  return { id: res.json().id, userId: res.json().id, email, token: await t.login(email, password) };
}

export async function makeTopic(t: TestApp, duration = 30, name = `Topic ${unique()}`): Promise<string> {
  const res = await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: { name, duration } });
  if (res.statusCode !== 201) throw new Error(`topic create failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** Books as admin; returns the raw response. */
export function book(t: TestApp, body: Record<string, unknown>, token = t.adminToken) {
  return t.call('POST', '/api/v1/appointments', { token, body });
}

/** Asserts an RFC 9457 problem response and returns its body. */
export function expectProblem(res: LightMyRequestResponse, status: number, code?: string) {
  const body = res.json();
  if (res.statusCode !== status || !String(res.headers['content-type']).startsWith('application/problem+json') || (code && body.code !== code)) {
    throw new Error(`expected problem ${status}${code ? ` ${code}` : ''}, got ${res.statusCode} ${res.headers['content-type']} ${res.body}`);
  }
  return body as { status: number; code: string; detail: string; errors?: { field: string; message: string }[] } & Record<string, unknown>;
}

/**
 * The stable code of a refusal: problem+json's `code`, or, under /fhir/R4, the Carebook coding of an
 * OperationOutcome's first issue (the same codes).
 */
export function refusalCode(body: string): string | undefined {
  const parsed = JSON.parse(body) as { code?: string; issue?: { details?: { coding?: { code?: string }[] } }[] };
  return parsed.code ?? parsed.issue?.[0]?.details?.coding?.[0]?.code;
}
