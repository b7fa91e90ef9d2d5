import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { REPO_ROOT } from '../support/server-process.js';

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

export type { Browser, BrowserContext, Page };
