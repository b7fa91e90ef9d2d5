import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebApp } from '../src/http/web.js';
import { buildAppWithoutDatabase } from './support/app-without-database.js';

// How the server serves the web app (src/http/web.ts). The web app is typed with the SDK's types
// (sdk/schema.d.ts), which test/sdk.test.ts holds to the served document. Nothing here reaches a database.
describe('web app serving', () => {
  const root = mkdtempSync(join(tmpdir(), 'carebook-web-'));
  let app: Awaited<ReturnType<typeof buildAppWithoutDatabase>>;
  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    app = await buildAppWithoutDatabase();
    await registerWebApp(app, root);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html at / and for client-side routes, never cached', async () => {
    for (const url of ['/', '/calendar', '/calendar?date=2030-01-14', '/book/anything']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<div id="root">');
    }
  });

  it('serves hashed assets with a year-long cache', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves the API, its documents and unknown API paths to the API', async () => {
    const unknown = await app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('route_not_found');
    expect((await app.inject({ method: 'GET', url: '/openapi.json' })).json().openapi).toBe('3.1.0');
    expect((await app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/calendar' })).statusCode).toBe(404);
  });

  it('says how to build the app when it is not built', async () => {
    const bare = await buildAppWithoutDatabase();
    await registerWebApp(bare, join(root, 'missing'));
    const res = await bare.inject({ method: 'GET', url: '/calendar' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build');
    await bare.close();
  });
});
