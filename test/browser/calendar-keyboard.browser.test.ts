import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../databases.js';
import { ADMIN } from '../helpers.js';
import { DESKTOP, expectAccessible, openPage, type Page, PHONE, screenshot, useBrowserApp } from './browser.js';

/**
 * The staff calendar from the keyboard alone (seed 003): a new availability from the toolbar (and one
 * refused outside opening hours), an appointment inside it for a new walk-in patient, its panel opened
 * with Enter and cancelled with a reason; dialogs take the focus and give it back. Also the day view's
 * availability label, which an appointment starting just below the block's top must not hide.
 */
const ZONE = 'Asia/Kolkata';
/** A real server and browser on a machine shared with other work: wait up to 30 s for what a user would see. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });
const PASSWORD = 'keyboard-password-1';

/** The accessible name of the focused element, as the browser computes it (empty on the page itself). */
async function focused(page: Page): Promise<string> {
  const here = page.locator('*:focus');
  if ((await here.count()) === 0) return '';
  // The snapshot's first line is YAML: `- role "name"`, quoted as a whole ('…') when the name has ": " in it.
  let line = (await here.first().ariaSnapshot()).split('\n')[0]!.replace(/^- /, '');
  if (line.startsWith("'")) line = line.slice(1, line.lastIndexOf("'")).replaceAll("''", "'");
  return /^[\w-]+ "((?:[^"\\]|\\.)*)"/.exec(line)?.[1]?.replace(/\\"/g, '"') ?? '';
}

/** Presses Tab (or Shift+Tab) until the focused control's name matches; fails when it is not reachable. */
async function tabTo(page: Page, name: RegExp, back = false) {
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (name.test(now)) return;
    seen.push(now);
  }
  throw new Error(`${name} is not reachable with ${back ? 'Shift+' : ''}Tab; focus went through: ${seen.join(' | ')}`);
}

/** Replaces a text field's value by typing, as a keyboard user would. */
async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/**
 * Types a date into the focused date field, in the order its segments show: the browser's language
 * decides it (Debian's Chromium draws mm/dd/yyyy whatever the page's locale); day first if month first
 * did not give the date.
 */
async function typeDate(page: Page, field: ReturnType<Page['locator']>, iso: string) {
  const [y, m, d] = iso.split('-') as [string, string, string];
  await page.keyboard.type(`${m}${d}${y}`);
  if ((await field.inputValue()) === iso) return;
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(`${d}${m}${y}`);
  expect(await field.inputValue()).toBe(iso);
}

describe.each(backends)('staff calendar from the keyboard (%s)', { timeout: 300_000 }, (backend) => {
  const app = useBrowserApp(backend, 'keyboard', { RUN_WORKER: 'false' });
  const { call } = app;
  const world = {} as { facility: string; doctor: string; patient: string; topic: string; day: string };

  const at = (hhmm: string) => DateTime.fromISO(`${world.day}T${hhmm}`, { zone: ZONE }).toUTC().toISO();

  beforeAll(async () => {

    // A clinic open every day 08:00–20:00 in Kolkata, one doctor, a topic, and a patient already booked
    // at 09:15 inside the doctor's 09:00–12:00: just below the block's top, where the label used to be hidden.
    const everyDay = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, open: '08:00', close: '20:00' }));
    world.facility = (await call('POST', '/api/v1/facilities', { name: 'Harbour Clinic', timezone: ZONE, operating_hours: everyDay })).id;
    world.doctor = (await call('POST', '/api/v1/providers', { name: 'Dr. Lena Park', email: 'lena@keyboard.test', password: PASSWORD, timezone: ZONE, slot_minutes: 15, facilities: [world.facility] })).id;
    world.topic = (await call('POST', '/api/v1/topics', { name: 'Checkup', duration: 30 })).id;
    world.patient = (await call('POST', '/api/v1/patients', { name: 'Jane Roe', email: 'jane@keyboard.test', password: PASSWORD, timezone: ZONE })).id;
    world.day = DateTime.now().setZone(ZONE).plus({ days: 2 }).toISODate()!;
    await call('POST', `/api/v1/providers/${world.doctor}/availability`, { date: world.day, start: '09:00', end: '12:00', facility: world.facility });
    await call('POST', '/api/v1/appointments', { provider: world.doctor, patient: world.patient, topics: [world.topic], start_time: at('09:15'), facility: world.facility, mode: 'in_person' });
  }, 180_000);

  const open = async (viewport: { width: number; height: number }) => {
    app.last = await openPage(app.browser, `${app.server.base}/calendar?date=${world.day}`, viewport);
    app.last.setDefaultTimeout(30_000);
    return app.last;
  };

  /**
   * Whether an availability's label can be read: not cut short, and on top at its start, middle and end
   * (nothing drawn over it), with no appointment's box crossing it.
   */
  const labelUncovered = (page: Page, text: string) =>
    page.evaluate((text) => {
      // Runs in the page; the tests are compiled without the DOM's types, so the few used are named here.
      type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };
      type Node = { textContent: string | null; className: string; scrollHeight: number; clientHeight: number; getBoundingClientRect(): Box; contains(other: Node): boolean };
      const { document } = globalThis as unknown as {
        document: {
          querySelectorAll(selector: string): Iterable<Node>;
          elementFromPoint(x: number, y: number): Node | null;
          createElement(tag: 'style'): { textContent: string; remove(): void };
          head: { append(child: unknown): void };
        };
      };
      const look = () => {
        const label = [...document.querySelectorAll('.bg-availability .lane-label')].find((l) => l.textContent?.includes(text));
        if (!label) return `no label ${text}`;
        const box = label.getBoundingClientRect();
        if (label.scrollHeight > label.clientHeight + 1) return `label ${text} is cut short`;
        for (const y of [box.top + 2, box.top + box.height / 2, box.bottom - 2]) {
          const hit = document.elementFromPoint(box.left + box.width / 2, y);
          if (!hit || !label.contains(hit)) return `label ${text} is covered at y=${Math.round(y - box.top)} by ${hit?.className}`;
        }
        const events = [...document.querySelectorAll('.rbc-event.appt')].map((e) => e.getBoundingClientRect());
        const overlaps = events.some((e) => e.left < box.right && e.right > box.left && e.top < box.bottom && e.bottom > box.top);
        return overlaps ? `an appointment overlaps label ${text}` : 'readable';
      };
      // Background blocks let clicks through to the grid: for this look they are hit like anything else.
      const probe = document.createElement('style');
      probe.textContent = '.rbc-background-event, .rbc-background-event * { pointer-events: auto !important; }';
      document.head.append(probe);
      try {
        return look();
      } finally {
        probe.remove();
      }
    }, text);

  it('keyboard only: availability (refused, then saved) → appointment for a new walk-in → panel → cancelled', async () => {
    const page = await open(DESKTOP);
    await tabTo(page, /^Email$/);
    await page.keyboard.type(ADMIN.email);
    await tabTo(page, /^Password$/);
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/calendar/);
    await poll(() => page.getByTestId('zone').textContent()).toContain('Asia/Kolkata');

    // The day view, chosen from the keyboard.
    await tabTo(page, /^Day$/);
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.rbc-time-header .rbc-header').allTextContents()).toContain('Dr. Lena Park');
    await poll(() => page.locator('.rbc-event.appt', { hasText: 'Jane Roe' }).count()).toBe(1);

    // The toolbar's "New availability": the focus goes into the dialog; Escape closes it and gives the focus back.
    await tabTo(page, /^New availability$/, true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New availability' });
    await poll(() => dialog.isVisible()).toBe(true);
    expect(await focused(page)).toBe('Doctor');
    await page.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);
    expect(await focused(page)).toBe('New availability');

    // Again: prefilled with the day shown, its doctor and its first opening; times typed as 24-hour.
    await page.keyboard.press('Enter');
    await poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel('Doctor').inputValue()).toBe(world.doctor);
    expect(await dialog.getByLabel('Date', { exact: true }).inputValue()).toBe(world.day);
    expect(await dialog.getByLabel('From').inputValue()).toBe('08:00');
    expect(await dialog.getByLabel('Until').inputValue()).toBe('09:00');
    // Past closing time: refused, and the dialog says why in words, with the day's opening hours.
    await tabTo(page, /^From$/);
    await retype(page, '2000');
    await tabTo(page, /^Until$/);
    await retype(page, '22');
    await page.keyboard.press('Enter');
    const refusal = dialog.getByRole('alert');
    await poll(() => refusal.textContent()).toMatch(/outside the opening hours of Harbour Clinic/);
    expect(await refusal.textContent()).toContain('Harbour Clinic is open 08:00–20:00 on');
    expect(await dialog.getByLabel('Until').inputValue()).toBe('22:00');
    await screenshot(page, 'keyboard-availability-refused');
    await expectAccessible(page);
    // 14:00–16:00 is saved; the block appears, the dialog closes and the focus is back on the button.
    await tabTo(page, /^From$/, true);
    await retype(page, '1400');
    await tabTo(page, /^Until$/);
    await retype(page, '16:00');
    await page.keyboard.press('Enter');
    await poll(() => dialog.count()).toBe(0);
    expect(await focused(page)).toBe('New availability');
    await poll(() => page.locator('.bg-availability', { hasText: 'Available 14:00–16:00' }).count()).toBe(1);

    // Enter on the focused block → "New appointment" inside it.
    await tabTo(page, /^Available 14:00–16:00$/);
    await page.keyboard.press('Enter');
    const booking = page.getByRole('dialog', { name: 'New appointment' });
    await poll(() => booking.isVisible()).toBe(true);
    expect(await focused(page)).toBe('Doctor');
    expect(await booking.getByLabel('Start', { exact: true }).inputValue()).toBe('14:00');

    // Nobody matches: a new walk-in patient, without an account, made inline.
    await tabTo(page, /^Search patients$/);
    await page.keyboard.type('Mira Quill');
    await poll(() => booking.getByText('No patient matches “Mira Quill”.').isVisible()).toBe(true);
    await tabTo(page, /^New patient…$/);
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toMatch(/^With an account/);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatch(/^Walk-in, without an account/);
    await poll(() => booking.getByLabel('Email', { exact: true }).count()).toBe(0);
    await tabTo(page, /^Full name$/);
    expect(await booking.getByLabel('Full name').inputValue()).toBe('Mira Quill');
    await tabTo(page, /^Phone/);
    await page.keyboard.type('+91 98765 43210');
    await tabTo(page, /^Date of birth/);
    await typeDate(page, booking.getByLabel('Date of birth'), '2020-01-02');
    await screenshot(page, 'keyboard-walk-in');
    await expectAccessible(page);
    await tabTo(page, /^Create walk-in patient$/);
    await page.keyboard.press('Enter');
    await poll(() => booking.getByTestId('chosen-patient').textContent()).toBe('Mira Quill');
    expect(await booking.getByRole('status').filter({ hasText: 'Walk-in patient, without an account' }).count()).toBe(1);
    // The step's controls went away: the focus is on the new step's first one, not lost.
    expect(await focused(page)).toBe('change');

    await tabTo(page, /^Checkup \(30 min\)$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Book appointment$/);
    await page.keyboard.press('Enter');
    await poll(() => booking.count()).toBe(0);
    const event = page.locator('.rbc-event.appt', { hasText: 'Mira Quill' });
    await poll(() => event.count()).toBe(1);
    expect(await event.textContent()).toContain('14:00–14:30');
    expect(await event.textContent()).toContain('Checkup');
    // Back on the block it was opened from; its label is not hidden by the appointment at its very top.
    expect(await focused(page)).toBe('Available 14:00–16:00');
    expect(await labelUncovered(page, 'Available 14:00–16:00')).toBe('readable');

    // Enter on the appointment opens its panel; cancelled with a reason, for the patient.
    await tabTo(page, /Mira Quill/);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Appointment' });
    await poll(() => panel.getByRole('heading', { name: 'History' }).isVisible()).toBe(true);
    expect(await panel.textContent()).toContain('Mira Quill');
    // Not on Start or Complete, where a second Enter would change the visit: on the close button.
    expect(await focused(page)).toBe('Close');
    await tabTo(page, /^Reason for cancelling$/);
    await page.keyboard.type('Family emergency');
    await tabTo(page, /^Cancel appointment$/);
    await page.keyboard.press('Enter');
    await poll(() => panel.textContent()).toContain('Cancelled by the patient');
    expect(await panel.textContent()).toContain('for the patient: Family emergency');
    await page.keyboard.press('Escape');
    await poll(() => panel.count()).toBe(0);
    expect(await focused(page)).toMatch(/Mira Quill/);

    // The server agrees: a walk-in (no email, no account) with the phone and birth date typed, its
    // appointment cancelled with the reason, the 14:00–16:00 availability saved and the refused one not.
    const found = await call('GET', '/api/v1/patients?search=Mira%20Quill');
    expect(found.results).toHaveLength(1);
    const walkIn = found.results[0];
    expect(walkIn).toMatchObject({ name: 'Mira Quill', date_of_birth: '2020-01-02', user: { email: null } });
    expect(walkIn.user.phone.replace(/\s/g, '')).toBe('+919876543210');
    const booked = await call('GET', `/api/v1/appointments?patient=${walkIn.id}`);
    expect(booked.results).toHaveLength(1);
    expect(booked.results[0]).toMatchObject({ provider: world.doctor, status: 'user_canceled' });
    expect(Date.parse(booked.results[0].start_time)).toBe(Date.parse(at('14:00')!));
    const detail = await call('GET', `/api/v1/appointments/${booked.results[0].id}`);
    expect(detail.cancellation).toMatchObject({ by: 'patient', reason: 'Family emergency' });
    const rules = await call('GET', `/api/v1/providers/${world.doctor}/availability`);
    const dated = (Array.isArray(rules) ? rules : rules.results).filter((r: { date?: string }) => r.date === world.day);
    expect(dated.map((r: { start: string; end: string }) => `${r.start}–${r.end}`).sort()).toEqual(['09:00–12:00', '14:00–16:00']);
    await page.context().close();
  });

  it("day view: an availability's label stays readable when an appointment starts just below the block's top (desktop and phone)", async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await open(viewport);
      await page.getByLabel('Email').fill(ADMIN.email);
      await page.getByLabel('Password').fill(ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/calendar/);
      if (viewport === DESKTOP) await page.getByRole('button', { name: 'Day', exact: true }).click();
      await poll(() => page.locator('.rbc-event.appt', { hasText: 'Jane Roe' }).count()).toBe(1);
      await poll(() => page.locator('.bg-availability', { hasText: 'Available 09:00–12:00' }).count()).toBe(1);
      // The appointment at 09:15 sits beside the lane, not over the label.
      expect(await labelUncovered(page, 'Available 09:00–12:00')).toBe('readable');
      await screenshot(page, 'keyboard-day-label');
      await expectAccessible(page);
      if (viewport === DESKTOP) {
        // The week view's narrow columns: the thin lane, "Available" written downwards, still uncovered.
        await page.getByRole('button', { name: 'Week', exact: true }).click();
        await poll(() => page.locator('.rbc-time-header .rbc-header').count()).toBe(7);
        expect(await labelUncovered(page, 'Available 09:00–12:00')).toBe('readable');
        await screenshot(page, 'keyboard-week-label');
        await page.getByRole('button', { name: 'Day', exact: true }).click();
      }

      // The walk-in form on this screen size.
      await page.locator('.bg-availability', { hasText: 'Available 09:00–12:00' }).focus();
      await page.keyboard.press('Enter');
      const booking = page.getByRole('dialog', { name: 'New appointment' });
      await poll(() => booking.isVisible()).toBe(true);
      // 09:00 is free, 09:15–09:45 is Jane's: the proposal is the block's first free time.
      expect(await booking.getByLabel('Start', { exact: true }).inputValue()).toBe('09:00');
      await booking.getByRole('button', { name: 'New patient…' }).click();
      await booking.getByLabel('Walk-in, without an account').check();
      await booking.getByLabel('Full name').fill('Theo Quill');
      await screenshot(page, 'keyboard-walk-in');
      await expectAccessible(page);
      if (viewport === DESKTOP) {
        // The other choice: a patient with an account, invited by email to claim it.
        await booking.getByLabel('With an account').check();
        await booking.getByLabel('Email', { exact: true }).fill('theo@keyboard.test');
        await booking.getByRole('button', { name: 'Create and invite' }).click();
        await poll(() => booking.getByTestId('chosen-patient').textContent()).toBe('Theo Quill');
        expect(await booking.getByRole('status').filter({ hasText: 'Invitation to claim the account sent to theo@keyboard.test' }).count()).toBe(1);
        const theo = (await call('GET', '/api/v1/patients?search=Theo%20Quill')).results;
        expect(theo).toMatchObject([{ name: 'Theo Quill', user: { email: 'theo@keyboard.test' } }]);
        // The same address again is refused in words, and nothing is created.
        await booking.getByRole('button', { name: 'change' }).click();
        await booking.getByRole('button', { name: 'New patient…' }).click();
        await booking.getByLabel('Full name').fill('Theo Other');
        await booking.getByLabel('Email', { exact: true }).fill('theo@keyboard.test');
        await booking.getByRole('button', { name: 'Create and invite' }).click();
        await poll(() => booking.getByRole('alert').textContent()).toMatch(/^The patient was not created: /);
        expect((await call('GET', '/api/v1/patients?search=Theo%20Other')).results).toEqual([]);
      }
      await page.keyboard.press('Escape');
      await poll(() => booking.count()).toBe(0);
      await page.context().close();
    }
  });
});
