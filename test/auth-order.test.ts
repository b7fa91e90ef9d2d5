import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { createTestApp, expectProblem, makePatient, type Person, refusalCode, type TestApp } from './helpers.js';

/*
 * Authentication comes before validation: a request that may not be made at all is refused as such
 * (401 without a token, 403 with the wrong role) whatever its body, path and query hold, so
 * an anonymous caller learns nothing about what a route would accept.
 */

const HOSTILE_BODY = JSON.stringify({ unknown_key: [1, { deeper: true }], start_time: 'not a time', email: 42 });

describe.each(backends)('guards run before validation on %s', (backend) => {
  let t: TestApp;
  let patient: Person;
  let secured: { method: string; path: string }[];

  beforeAll(async () => {
    t = await createTestApp(backend);
    patient = await makePatient(t);
    const doc = (await t.call('GET', '/openapi.json')).json();
    secured = Object.entries<any>(doc.paths).flatMap(([path, item]) =>
      Object.entries<any>(item)
        .filter(([method, op]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method) && (op.security ?? []).length > 0)
        .map(([method]) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, 'not-an-id') })),
    );
  });
  afterAll(() => t?.close());

  it('answers 401 to an anonymous request with an invalid body, path and query, on every secured operation', async () => {
    expect(secured.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const { method, path } of secured) {
      const withBody = ['POST', 'PUT', 'PATCH'].includes(method);
      const res = await t.call(method, `${path}?limit=-5&from=yesterday`, withBody ? { body: HOSTILE_BODY } : {});
      if (res.statusCode !== 401 || refusalCode(res.body) !== 'unauthorized') wrong.push(`${method} ${path}: ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 to the wrong role with an invalid body, before looking at it', async () => {
    for (const path of ['/api/v1/topics', '/api/v1/providers', '/api/v1/webhooks', '/api/v1/users']) {
      expectProblem(await t.call('POST', path, { token: patient.token, body: HOSTILE_BODY }), 403, 'forbidden');
    }
  });

  it('still answers 422 to an allowed caller with an invalid body', async () => {
    expectProblem(await t.call('POST', '/api/v1/topics', { token: t.adminToken, body: HOSTILE_BODY }), 422, 'validation_failed');
  });
});
