import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type Backend, createPostgresDatabase } from '../databases.js';
import { ADMIN } from '../helpers.js';
import { api, killIfRunning, REPO_ROOT, type ServerProcess, startServer } from '../support/server-process.js';

export const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

/**
 * Debian's Chromium, headless. `chromium.launch` starts it on a fresh, temporary user-data-dir of its
 * own (removed on close), so no state carries between runs.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = { width: 375, height: 780 };
export const DESKTOP = { width: 1280, height: 900 };

/** Saves `name`-desktop.png or `name`-phone.png under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width <= 400 ? 'phone' : 'desktop'}.png`), fullPage: true });
}

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

/**
 * A page of its own (a fresh context) at `url`, for a browser in Berlin reading British English: the
 * screens must still show a clinic's own zone. The page's errors are written to the test's output.
 */
export async function openPage(browser: Browser, url: string, viewport: { width: number; height: number }, options: { acceptDownloads?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, timezoneId: 'Europe/Berlin', locale: 'en-GB', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.error(`[browser console] ${message.text()}`));
  await page.goto(url);
  return page;
}

/** What a browser test file works with: the server, its database and data folder, a Chromium, the admin's token. */
export interface BrowserApp {
  server: ServerProcess;
  browser: Browser;
  dataDir: string;
  databaseUrl: string;
  token: string;
  /** An API call (as the admin unless `as` is given) that throws on a refusal; the response body. */
  call(method: string, path: string, body?: unknown, as?: string): Promise<any>;
  /** The page a failed test leaves a picture of. */
  last?: Page;
}

/**
 * Registers the hooks of a browser test file: before its tests, the app as `npm start` serves it (the
 * build is a no-op when web/dist is current) on a database and data folder of its own, with `env`,
 * the admin signed in and a Chromium started; after them, all of it stopped and removed. A test that
 * fails leaves `failed-<name>-<test>.png` of `app.last`. Fields are set once `beforeAll` has run.
 */
export function useBrowserApp(backend: Backend, name: string, env: Record<string, string>, options: { healthyWithinMs?: number } = {}): BrowserApp {
  let database: { url: string; drop(): Promise<void> } | undefined;
  const app = {
    async call(method: string, path: string, body?: unknown, as = app.token) {
      const res = await api(app.server.base, method, path, as, body);
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
      return res.body;
    },
  } as BrowserApp;

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'pipe' });
    database = await createPostgresDatabase(backend);
    app.databaseUrl = database.url;
    app.dataDir = mkdtempSync(join(tmpdir(), `carebook-${name}-`));
    app.server = await startServer({ DATABASE_URL: database.url, DATA_DIR: app.dataDir, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ...env }, options);
    app.token = (await api(app.server.base, 'POST', '/api/v1/auth/token', undefined, ADMIN)).body.access_token;
    app.browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await app.browser?.close();
    await killIfRunning(app.server);
    await database?.drop();
    if (app.dataDir) rmSync(app.dataDir, { recursive: true, force: true });
  });

  afterEach(async (context) => {
    const page = app.last;
    if (context.task.result?.state === 'fail' && page && !page.isClosed()) await screenshot(page, `failed-${name}-${context.task.name.split(':')[0]}`).catch(() => {});
  });

  return app;
}

export type { Browser, BrowserContext, Page };
