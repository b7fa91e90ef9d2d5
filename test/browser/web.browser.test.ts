import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../databases.js';
import { ADMIN } from '../helpers.js';
import { REPO_ROOT } from '../support/server-process.js';
import { DESKTOP, expectAccessible, openPage, type Page, PHONE, screenshot, useBrowserApp } from './browser.js';

/**
 * The web app in headless Chromium against a real server: the staff calendar (seed 003), dragging,
 * the practitioner's hours, and a patient's booking with its hold, payment and confirmation.
 */
const ZONE = 'Asia/Kolkata';
/** The screens load over a real network on a busy machine: wait up to 15 s for what a user would see. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
const PASSWORD = 'browser-password-1';

describe.each(backends)('web app in a browser (%s)', { timeout: 180_000 }, (backend) => {
  const app = useBrowserApp(backend, 'web', { RUN_WORKER: 'false' });
  const { call } = app;
  const world = {} as { facility: string; ada: string; ravi: string; patient: string; topic: string; paid: string; day: string };

  beforeAll(async () => {

    // A hospital open every day 08:00–20:00 in Kolkata; two doctors; a patient; a free and a priced topic.
    const everyDay = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, open: '08:00', close: '20:00' }));
    world.facility = (await call('POST', '/api/v1/facilities', { name: 'City Hospital', timezone: ZONE, operating_hours: everyDay })).id;
    const doctor = async (name: string, email: string) =>
      (await call('POST', '/api/v1/providers', { name, email, password: PASSWORD, timezone: ZONE, slot_minutes: 15, facilities: [world.facility] })).id;
    world.ada = await doctor('Dr. Ada Okafor', 'ada@browser.test');
    world.ravi = await doctor('Dr. Ravi Menon', 'ravi@browser.test');
    world.patient = (await call('POST', '/api/v1/patients', { name: 'Jane Doe', email: 'jane@browser.test', password: PASSWORD, timezone: ZONE })).id;
    world.topic = (await call('POST', '/api/v1/topics', { name: 'Checkup', duration: 30 })).id;
    world.paid = (await call('POST', '/api/v1/topics', { name: 'Consultation', duration: 30, price: 50000, currency: 'INR' })).id;
    world.day = DateTime.now().setZone(ZONE).plus({ days: 2 }).toISODate()!;
  }, 180_000);

  const open = async (viewport: { width: number; height: number }, path = '/') => {
    // The browser is in Berlin: the calendar must still show the hospital's Kolkata times.
    app.last = await openPage(app.browser, `${app.server.base}${path}`, viewport, { acceptDownloads: true });
    return app.last;
  };

  const signIn = async (page: Page, email: string, password: string) => {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  /** The point on the day view's grid at `hhmm` (facility time) in doctor column `column`. */
  const gridPoint = async (page: Page, column: number, hhmm: string) => {
    const col = page.locator('.rbc-time-content .rbc-day-slot').nth(column);
    const box = (await col.boundingBox())!;
    const [h, m] = hhmm.split(':').map(Number) as [number, number];
    const minutes = h * 60 + m - 8 * 60;
    return { x: box.x + box.width / 2, y: box.y + (minutes / (12 * 60)) * box.height + 3 };
  };

  it('staff: empty time → new availability → new appointment → it shows; drag moves it; a refused drag snaps back', async () => {
    const page = await open(DESKTOP, `/calendar?date=${world.day}`);
    await screenshot(page, 'sign-in');
    await expectAccessible(page);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL(/\/calendar/);
    await poll(() => page.getByTestId('zone').textContent()).toContain('Asia/Kolkata (GMT+5:30)');
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    // One column per doctor, and only the open hours (08:00–20:00) drawn.
    await poll(() => page.locator('.rbc-time-header .rbc-header').allTextContents()).toEqual(expect.arrayContaining(['Dr. Ada Okafor', 'Dr. Ravi Menon']));
    const gutter = page.locator('.rbc-time-gutter .rbc-label');
    await poll(async () => [await gutter.first().textContent(), await gutter.last().textContent()]).toEqual(['08:00', '19:00']);

    // Empty time in Dr. Ada's column → "New availability", prefilled.
    const empty = await gridPoint(page, 0, '10:00');
    await page.mouse.click(empty.x, empty.y);
    const dialog = page.getByRole('dialog', { name: 'New availability' });
    await poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel('Doctor').inputValue()).toBe(world.ada);
    expect(await dialog.getByLabel('Date', { exact: true }).inputValue()).toBe(world.day);
    expect(await dialog.getByLabel('From').inputValue()).toBe('10:00');
    await dialog.getByLabel('Until').fill('13:00');
    await screenshot(page, 'new-availability');
    await dialog.getByRole('button', { name: 'Save availability' }).click();
    await poll(() => page.locator('.rbc-background-event.bg-availability').count()).toBe(1);

    // Inside the block → "New appointment": find the patient, pick a topic, book.
    const inside = await gridPoint(page, 0, '10:30');
    await page.mouse.click(inside.x, inside.y);
    const booking = page.getByRole('dialog', { name: 'New appointment' });
    await poll(() => booking.isVisible()).toBe(true);
    expect(await booking.getByLabel('Start', { exact: true }).inputValue()).toBe('10:30');
    await booking.getByLabel('Search patients').fill('Jane');
    await booking.getByRole('button', { name: 'Jane Doe' }).click();
    await booking.getByLabel('Checkup (30 min)').check();
    await screenshot(page, 'new-appointment');
    await expectAccessible(page);
    await booking.getByRole('button', { name: 'Book appointment' }).click();
    const event = page.locator('.rbc-event.appt', { hasText: 'Jane Doe' });
    await poll(() => event.count()).toBe(1);
    expect(await event.textContent()).toContain('Checkup');
    expect(await event.textContent()).toContain('10:30–11:00');
    await screenshot(page, 'calendar-day');
    await expectAccessible(page);

    // Drag it to 11:30: moved on the server and on the grid.
    const drag = async (to: { x: number; y: number }) => {
      const box = (await event.boundingBox())!;
      // Grabbed at its top edge and moved sideways first, so the grab point is the event's start.
      await page.mouse.move(box.x + box.width / 2, box.y + 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 12, box.y + 2, { steps: 3 });
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
    };
    await drag(await gridPoint(page, 0, '11:30'));
    await poll(() => event.textContent()).toContain('11:30–12:00');
    const moved = await call('GET', `/api/v1/appointments?patient=${world.patient}`);
    expect(DateTime.fromISO(moved.results[0].start_time, { zone: ZONE }).toFormat('HH:mm')).toBe('11:30');

    // Dragging it out of the doctor's hours (15:00) is refused with the reasons and it stays at 11:30.
    await drag(await gridPoint(page, 0, '15:00'));
    const alert = page.getByRole('alert').filter({ hasText: 'The move was refused' });
    await poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toMatch(/not available/i);
    expect(await event.textContent()).toContain('11:30–12:00');
    await screenshot(page, 'refused-move');

    // The appointment's panel: details, history, notifications, and the lifecycle actions.
    await event.click();
    const panel = page.getByRole('dialog', { name: 'Appointment' });
    await poll(() => panel.isVisible()).toBe(true);
    await poll(() => panel.getByRole('heading', { name: 'History' }).isVisible()).toBe(true);
    expect(await panel.textContent()).toContain('Jane Doe');
    expect(await panel.getByRole('button', { name: 'Cancel appointment' }).isVisible()).toBe(true);
    await screenshot(page, 'appointment-panel');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Close' }).click();

    // The same calendar on a phone.
    await page.setViewportSize(PHONE);
    await screenshot(page, 'calendar-day');
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'calendar-week');
    await page.context().close();
  });

  it('practitioner: adds weekly hours in two ranges and sees them', async () => {
    const page = await open(PHONE);
    await signIn(page, 'ravi@browser.test', PASSWORD);
    await page.waitForURL(/\/workspace/);
    const form = page.getByRole('form', { name: 'Add hours' });
    await poll(() => form.isVisible()).toBe(true);
    const addRange = async (from: string, until: string) => {
      await form.getByLabel('Weekday').selectOption('monday');
      await form.getByLabel('From').fill(from);
      await form.getByLabel('Until').fill(until);
      await form.getByLabel('Place').selectOption({ label: 'City Hospital' });
      await form.getByRole('button', { name: 'Add hours' }).click();
    };
    await addRange('09:00', '13:00');
    await poll(() => page.getByRole('list', { name: 'Weekly hours' }).textContent()).toContain('Monday 09:00–13:00');
    await addRange('14:00', '18:00');
    await poll(() => page.getByRole('list', { name: 'Weekly hours' }).textContent()).toContain('Monday 14:00–18:00');
    const rules = await call('GET', `/api/v1/providers/${world.ravi}/availability`);
    expect((Array.isArray(rules) ? rules : rules.results).filter((r: { weekday: string }) => r.weekday === 'monday')).toHaveLength(2);
    await screenshot(page, 'workspace');
    await expectAccessible(page);
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'workspace');
    await page.context().close();
  });

  it('patient: picks a free slot, holds it with a countdown, pays, and downloads the .ics', async () => {
    // Dr. Ada's hours on the day the patient books.
    await call('POST', `/api/v1/providers/${world.ada}/availability`, { date: world.day, start: '14:00', end: '17:00', facility: world.facility });
    const page = await open(DESKTOP);
    await signIn(page, 'jane@browser.test', PASSWORD);
    await page.waitForURL(/\/book/);
    await page.getByRole('radio', { name: /Dr\. Ada Okafor/ }).check();
    await page.getByLabel('Topic').selectOption(world.paid);
    await page.getByLabel('Date', { exact: true }).fill(world.day);
    const slotLists = page.getByRole('list', { name: /slots$/ });
    // The free times of the chosen date (not those of the date shown before it was changed).
    const dayLabel = DateTime.fromISO(world.day, { zone: 'Europe/Berlin' }).toFormat('cccc d LLLL');
    await poll(() => page.getByRole('heading', { name: dayLabel }).isVisible()).toBe(true);
    await poll(() => slotLists.getByRole('button').count()).toBeGreaterThan(0);
    await screenshot(page, 'booking-slots');
    await expectAccessible(page);
    await page.setViewportSize(PHONE);
    await screenshot(page, 'booking-slots');
    await page.setViewportSize(DESKTOP);

    await slotLists.getByRole('button').first().click();
    await poll(() => page.getByRole('heading', { name: 'Held for you' }).isVisible()).toBe(true);
    // The browser's timezone is Berlin, the patient's view follows it; the hold runs 15 minutes.
    expect(await page.getByTestId('countdown').textContent()).toMatch(/^1[45]:\d\d$/);
    await screenshot(page, 'hold');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Pay now' }).click();
    const gateway = page.frameLocator('iframe[title="Payment"]');
    await gateway.getByRole('button', { name: 'Pay' }).click();
    await poll(() => page.getByRole('heading', { name: 'Your appointment is confirmed' }).isVisible()).toBe(true);
    expect(await page.getByTestId('confirmation').textContent()).toContain('Consultation with Dr. Ada Okafor');
    await screenshot(page, 'confirmation');
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SUMMARY:Consultation with Dr. Ada Okafor');

    await page.getByRole('link', { name: 'My appointments' }).first().click();
    await poll(() => page.getByRole('list').filter({ hasText: 'Dr. Ada Okafor' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.appointments').textContent()).toContain('Scheduled');
    await screenshot(page, 'my-appointments');
    await expectAccessible(page);
    await page.context().close();
  });

  it('patient: a hold that is not paid in time says so when the countdown runs out', async () => {
    const page = await open(PHONE);
    // The browser's clock is driven by the test: 15 minutes pass in a moment.
    await page.clock.install();
    await page.reload();
    await signIn(page, 'jane@browser.test', PASSWORD);
    await page.waitForURL(/\/book/);
    await page.getByRole('radio', { name: /Dr\. Ada Okafor/ }).check();
    await page.getByLabel('Topic').selectOption(world.paid);
    await page.getByLabel('Date', { exact: true }).fill(world.day);
    const slotLists = page.getByRole('list', { name: /slots$/ });
    // The free times of the chosen date (not those of the date shown before it was changed).
    const dayLabel = DateTime.fromISO(world.day, { zone: 'Europe/Berlin' }).toFormat('cccc d LLLL');
    await poll(() => page.getByRole('heading', { name: dayLabel }).isVisible()).toBe(true);
    await poll(() => slotLists.getByRole('button').count()).toBeGreaterThan(0);
    await slotLists.getByRole('button').last().click();
    await poll(() => page.getByTestId('countdown').isVisible()).toBe(true);
    await page.clock.fastForward('10:00');
    expect(await page.getByTestId('countdown').textContent()).toMatch(/^[45]:\d\d$/);
    await screenshot(page, 'hold');
    await page.clock.fastForward('05:05');
    await poll(() => page.getByRole('heading', { name: 'Your hold expired' }).isVisible()).toBe(true);
    await screenshot(page, 'hold-expired');
    await page.context().close();
  });

  it('loads under 300 KB of gzipped JavaScript for the first page', async () => {
    const page = await open(PHONE);
    const scripts = new Set<string>();
    page.on('response', (res) => res.url().endsWith('.js') && scripts.add(new URL(res.url()).pathname));
    await page.reload();
    await poll(() => page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    await screenshot(page, 'sign-in');
    const bytes = [...scripts].reduce((sum, path) => sum + gzipSync(readFileSync(join(REPO_ROOT, 'web', 'dist', path))).length, 0);
    expect(scripts.size).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(300 * 1024);
    await page.context().close();
  });

  it('admin screens and the SPA fallback for a reloaded client route', async () => {
    const page = await open(DESKTOP, '/admin');
    await signIn(page, ADMIN.email, ADMIN.password);
    // The deep link survives signing in, and a reload of the client route is served the app again.
    await poll(() => page.getByRole('heading', { name: 'Facilities' }).isVisible()).toBe(true);
    await page.reload();
    await poll(() => page.getByRole('heading', { name: 'Facilities' }).isVisible()).toBe(true);
    await poll(() => page.textContent('body')).toContain('City Hospital');
    await screenshot(page, 'admin');
    await expectAccessible(page);
    await page.setViewportSize(PHONE);
    await screenshot(page, 'admin');
    await page.context().close();
  });
});
