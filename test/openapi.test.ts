import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, type TestApp } from './helpers.js';

/** Routes that are deliberately not part of the API description. */
// The dummy payment gateway's pages stand in for a third party's site; they are not Carebook's API.
const UNDOCUMENTED = [/^\/openapi\.json$/, /^\/docs(\/|$)/, /^\/dummy-gateway\//];

/** The routes the product requires, as OpenAPI paths: they must be there whatever else is added. */
const REQUIRED: [string, string][] = [
  ['get', '/health'],
  ['post', '/api/v1/auth/token'],
  ['get', '/api/v1/me'],
  ['post', '/api/v1/providers'],
  ['get', '/api/v1/providers'],
  ['get', '/api/v1/providers/{id}'],
  ['patch', '/api/v1/providers/{id}'],
  ['post', '/api/v1/providers/{id}/deactivate'],
  ['post', '/api/v1/providers/{id}/activate'],
  ['post', '/api/v1/patients'],
  ['get', '/api/v1/patients'],
  ['get', '/api/v1/patients/{id}'],
  ['patch', '/api/v1/patients/{id}'],
  ['post', '/api/v1/patients/{id}/deactivate'],
  ['post', '/api/v1/patients/{id}/activate'],
  ['post', '/api/v1/users'],
  ['post', '/api/v1/topics'],
  ['get', '/api/v1/topics'],
  ['get', '/api/v1/topics/{id}'],
  ['patch', '/api/v1/topics/{id}'],
  ['post', '/api/v1/appointments'],
  ['get', '/api/v1/appointments'],
  ['get', '/api/v1/appointments/{id}'],
  ['patch', '/api/v1/appointments/{id}'],
  ['post', '/api/v1/appointments/{id}/cancel'],
  ['get', '/api/v1/appointments/{id}/history'],
];

/** Operations that take a JSON body. */
const WITH_BODY: [string, string, string[]][] = [
  ['post', '/api/v1/auth/token', ['email', 'password']],
  ['post', '/api/v1/providers', ['email', 'name', 'password', 'timezone']],
  ['patch', '/api/v1/providers/{id}', ['name', 'timezone', 'active']],
  ['post', '/api/v1/patients', ['email', 'name', 'password']],
  ['patch', '/api/v1/patients/{id}', ['name']],
  ['post', '/api/v1/users', ['email', 'name', 'password', 'role']],
  ['post', '/api/v1/topics', ['name', 'duration']],
  ['patch', '/api/v1/topics/{id}', ['name', 'duration', 'active']],
  ['post', '/api/v1/appointments', ['provider', 'patient', 'topics', 'topic', 'start_time']],
  ['patch', '/api/v1/appointments/{id}', ['status', 'provider_notes']],
  ['post', '/api/v1/appointments/{id}/cancel', ['reason', 'on_behalf_of']],
];

/**
 * Every (method, path) the router knows, read from `printRoutes({ commonPrefix: false })`:
 * each line is a path segment under the line above it at a shallower depth.
 */
function registeredRoutes(tree: string): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  const stack: { depth: number; path: string }[] = [];
  for (const line of tree.split('\n')) {
    const match = /^(.*?)[├└]── (.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length;
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const path = `${stack[stack.length - 1]?.path ?? ''}${match[2]}`;
    stack.push({ depth, path });
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean)) {
      routes.push({ method: method.toLowerCase(), path: path.replace(/:(\w+)/g, '{$1}') });
    }
  }
  return routes;
}

describe.each(backends)('OpenAPI on %s', (backend) => {
  let t: TestApp;
  let spec: {
    openapi: string;
    info: { title: string; version: string };
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> }; responses?: Record<string, unknown>; security?: unknown[] }>>;
    components?: { securitySchemes?: Record<string, unknown>; schemas?: Record<string, unknown> };
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    const res = await t.call('GET', '/openapi.json');
    if (res.statusCode !== 200) throw new Error(`openapi.json: ${res.statusCode}`);
    spec = res.json();
  });
  afterAll(() => t?.close());

  it('serves an OpenAPI 3.x document as JSON, without a token', async () => {
    const res = await t.call('GET', '/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(spec.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(spec.info.title).toEqual(expect.any(String));
    expect(spec.info.version).toEqual(expect.any(String));
    expect(spec.components?.securitySchemes?.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('names shared shapes once, as components the operations refer to, and keeps none that nothing uses', () => {
    const schemas = spec.components?.schemas ?? {};
    for (const name of ['Appointment', 'Provider', 'Patient', 'Topic', 'Facility', 'Slot', 'Problem']) expect(schemas).toHaveProperty(name);
    const text = JSON.stringify(spec);
    expect(JSON.stringify(spec.paths['/api/v1/appointments/{id}']?.get?.responses)).toContain('#/components/schemas/AppointmentDetail');
    for (const name of Object.keys(schemas)) expect(text).toContain(`"#/components/schemas/${name}"`);
  });

  it('parses the router table (sanity check for the comparison below)', () => {
    const routes = registeredRoutes(t.app.printRoutes({ commonPrefix: false }));
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(keys).toContain('get /health');
    expect(keys).toContain('post /api/v1/appointments/{id}/cancel');
    expect(keys).toContain('get /api/v1/appointments/{id}/history');
    expect(keys).toContain('patch /api/v1/topics/{id}');
  });

  it('documents every registered route', () => {
    const routes = registeredRoutes(t.app.printRoutes({ commonPrefix: false })).filter(
      (r) => r.method !== 'head' && r.method !== 'options' && !UNDOCUMENTED.some((re) => re.test(r.path)),
    );
    expect(routes.length).toBeGreaterThanOrEqual(REQUIRED.length);
    const missing = routes.filter((r) => !spec.paths[r.path]?.[r.method]).map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(missing).toEqual([]);
    // And documents nothing that does not exist.
    const registered = new Set(routes.map((r) => `${r.method} ${r.path}`));
    const phantom = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m} ${path}`)
        .filter((key) => !registered.has(key)),
    );
    expect(phantom).toEqual([]);
  });

  it.each(REQUIRED)('documents %s %s', (method, path) => {
    const op = spec.paths[path]?.[method];
    expect(op).toBeDefined();
    expect(Object.keys(op!.responses ?? {}).length).toBeGreaterThan(0);
    // A signed-in user's token; and an API key where the operation names the scope a key needs.
    const keyScope = (op as { 'x-api-key-scope'?: string })['x-api-key-scope'];
    const security = keyScope ? [{ bearerAuth: [] }, { apiKey: [] }] : [{ bearerAuth: [] }];
    if (path !== '/health' && path !== '/api/v1/auth/token') expect(op!.security).toEqual(security);
  });

  it.each(WITH_BODY)('documents the request body of %s %s', (method, path, fields) => {
    const body = spec.paths[path]?.[method]?.requestBody;
    expect(body).toBeDefined();
    const schema = body!.content?.['application/json']?.schema;
    expect(schema).toBeDefined();
    expect(Object.keys(schema!.properties ?? {})).toEqual(expect.arrayContaining(fields));
  });

  it('does not require a body for a cancel (the reason is optional)', () => {
    const body = spec.paths['/api/v1/appointments/{id}/cancel']?.post?.requestBody as { required?: boolean } | undefined;
    expect(body?.required).not.toBe(true);
  });

  it('does not leak the hidden routes', () => {
    expect(spec.paths['/openapi.json']).toBeUndefined();
    expect(Object.keys(spec.paths).filter((p) => p.startsWith('/docs'))).toEqual([]);
  });

  it('serves the interactive docs at /docs', async () => {
    const res = await t.call('GET', '/docs');
    expect([200, 301, 302, 307, 308]).toContain(res.statusCode);
    const page = res.statusCode === 200 ? res : await t.call('GET', String(res.headers.location));
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('/openapi.json');
  });
});
