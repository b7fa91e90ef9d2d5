import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../databases.js';
import { DESKTOP, expectAccessible, PHONE, screenshot, useBrowserApp } from './browser.js';

/**
 * Manage links (issue 14) in headless Chromium against a real server whose worker delivers the
 * emails into DATA_DIR/mail: the patient opens the links from the .eml file, cancels or moves the
 * visit without signing in, and a link opened again says that it was used.
 */
const ZONE = 'Europe/Lisbon';
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

/** The body of an .eml file as its reader sees it: quoted-printable soft breaks and escapes undone. */
const decodeQuotedPrintable = (text: string) => text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe.each(backends)('manage links in a browser (%s)', { timeout: 240_000 }, (backend) => {
  // The worker runs, so the confirmation emails land in DATA_DIR/mail; its queue starts too, which on a
  // machine shared with other suites takes a while. No PUBLIC_URL: the links name the address the server listens on.
  const app = useBrowserApp(backend, 'manage', { RUN_WORKER: 'true', NOTIFY_POLL_MS: '100' }, { healthyWithinMs: 120_000 });
  const { call } = app;
  const world = {} as { provider: string; patient: string; topic: string; day: string };
  let hour = 9;

  beforeAll(async () => {
    const everyDay = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));
    world.provider = (await call('POST', '/api/v1/providers', { name: 'Dr. Inês Duarte', email: 'ines@manage.test', password: 'browser-password-1', timezone: ZONE, schedule: everyDay, patient_cancel_cutoff_minutes: 60 })).id;
    world.patient = (await call('POST', '/api/v1/patients', { name: 'Jane Doe', email: 'jane@manage.test', password: 'browser-password-1' })).id;
    world.topic = (await call('POST', '/api/v1/topics', { name: 'Checkup', duration: 30 })).id;
    world.day = DateTime.now().setZone(ZONE).plus({ days: 3 }).toISODate()!;
  }, 240_000);

  /** Books a visit as staff and waits for the patient's confirmation email; returns its three links. */
  async function bookAndReadMail() {
    const start = DateTime.fromISO(`${world.day}T${String(hour++).padStart(2, '0')}:00`, { zone: ZONE }).toUTC().toISO()!;
    const { id } = await call('POST', '/api/v1/appointments', { provider: world.provider, patient: world.patient, topics: [world.topic], start_time: start });
    const read = () => {
      const dir = join(app.dataDir, 'mail');
      let files: string[] = [];
      try {
        files = readdirSync(dir);
      } catch {
        return undefined;
      }
      return files
        .map((f) => decodeQuotedPrintable(readFileSync(join(dir, f), 'utf8')))
        .find((text) => /^To: jane@manage\.test$/im.test(text) && text.includes(`X-Carebook-Appointment: ${id}`) && text.includes('X-Carebook-Event: created'));
    };
    await poll(read).toBeDefined();
    const text = read()!;
    const link = (label: string) => {
      const found = new RegExp(`${label}: (http://\\S+/m/[A-Za-z0-9_-]{71})`).exec(text)?.[1];
      expect(found, `the email's "${label}" link`).toBeDefined();
      return found!;
    };
    return { id, start, view: link('View it'), cancel: link('Cancel it'), reschedule: link('Move it to another time') };
  }

  const open = async (viewport: { width: number; height: number }, url: string) => {
    const context = await app.browser.newContext({ viewport, timezoneId: 'America/New_York', locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    app.last = page;
    page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
    await page.goto(url);
    return page;
  };

  it('the cancel link from the email: the appointment, a reason, cancelled; opened again, it says it was used', async () => {
    const links = await bookAndReadMail();
    expect(links.cancel.startsWith(app.server.base)).toBe(true);
    for (const viewport of [PHONE, DESKTOP]) {
      // The same link, opened twice before use: opening changes nothing.
      const page = await open(viewport, links.cancel);
      await poll(() => page.getByRole('heading', { name: 'Cancel your appointment' }).isVisible()).toBe(true);
      // The visit's own zone (Lisbon), not the browser's (New York), in 24-hour time.
      await poll(() => page.locator('.details').textContent()).toContain(`${DateTime.fromISO(links.start).setZone(ZONE).toFormat('HH:mm')}`);
      expect(await page.locator('.details').textContent()).toContain('Europe/Lisbon');
      expect(await page.locator('.details').textContent()).toContain('Dr. Inês Duarte');
      await screenshot(page, 'manage-cancel');
      await expectAccessible(page);
      await page.context().close();
    }

    const page = await open(PHONE, links.cancel);
    const reason = page.getByLabel('Reason (optional)');
    await reason.waitFor();
    // Keyboard only: the reason field, then the button.
    await reason.focus();
    await page.keyboard.type('Feeling better');
    await page.keyboard.press('Tab');
    const button = page.getByRole('button', { name: 'Cancel the appointment' });
    await expect.poll(() => button.evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('heading', { name: 'Your appointment is cancelled' }).isVisible()).toBe(true);
    expect(await page.locator('.details').textContent()).toContain('Cancelled by the patient');
    await screenshot(page, 'manage-cancelled');
    await expectAccessible(page);
    const stored = await call('GET', `/api/v1/appointments/${links.id}`);
    expect(stored).toMatchObject({ status: 'user_canceled', cancellation: { reason: 'Feeling better' } });

    // Reopened: the clear page, and what to do instead.
    for (const viewport of [PHONE, DESKTOP]) {
      const again = await open(viewport, links.cancel);
      await poll(() => again.getByRole('heading', { name: 'This link was already used' }).isVisible()).toBe(true);
      expect(await again.getByRole('link', { name: 'Sign in to Carebook' }).isVisible()).toBe(true);
      expect(await again.textContent('main')).toContain('contact the clinic');
      await screenshot(again, 'manage-used');
      await expectAccessible(again);
      await again.context().close();
    }
    // The other links of that email died with the change.
    const view = await open(DESKTOP, links.view);
    await poll(() => view.getByRole('heading', { name: 'The appointment has changed' }).isVisible()).toBe(true);
    await screenshot(view, 'manage-superseded');
    await expectAccessible(view);
  });

  it('the reschedule link: pick a date and a free time, moved; the page says new links are coming', async () => {
    const links = await bookAndReadMail();
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open(viewport, links.reschedule);
      await poll(() => page.getByRole('heading', { name: 'Move your appointment' }).isVisible()).toBe(true);
      await page.getByLabel('New date').fill(DateTime.fromISO(world.day).plus({ days: 1 }).toISODate()!);
      await poll(() => page.getByRole('list', { name: 'Free times' }).getByRole('button').count()).toBeGreaterThan(3);
      await page.getByRole('button', { name: '14:00', exact: true }).click();
      await poll(() => page.getByRole('button', { name: /^Move to / }).textContent()).toContain('14:00');
      await screenshot(page, 'manage-reschedule');
      await expectAccessible(page);
      if (viewport === DESKTOP) {
        await page.getByRole('button', { name: /^Move to / }).click();
        await poll(() => page.getByRole('heading', { name: 'Your appointment is moved' }).isVisible()).toBe(true);
        expect(await page.textContent('main')).toContain('new links');
        await screenshot(page, 'manage-moved');
        await expectAccessible(page);
      }
      await page.context().close();
    }
    const moved = await call('GET', `/api/v1/appointments/${links.id}`);
    expect(DateTime.fromISO(moved.start_time).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm')).toBe(`${DateTime.fromISO(world.day).plus({ days: 1 }).toISODate()} 14:00`);
    const again = await open(PHONE, links.reschedule);
    await poll(() => again.getByRole('heading', { name: 'This link was already used' }).isVisible()).toBe(true);
  });

  it('a link that is not ours opens the "does not work" page', async () => {
    const page = await open(PHONE, `${app.server.base}/m/${'A'.repeat(71)}`);
    await poll(() => page.getByRole('heading', { name: 'This link does not work' }).isVisible()).toBe(true);
    await screenshot(page, 'manage-not-found');
    await expectAccessible(page);
  });
});
