import { DateTime } from 'luxon';
import pg from 'pg';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../databases.js';
import { ADMIN } from '../helpers.js';
import { DESKTOP, expectAccessible, type Page, PHONE, screenshot, useBrowserApp } from './browser.js';

/**
 * The practitioner's profile (picture, contact, bank details with reveal, 24-hour hours) and the admin
 * screens' editing (facility hours and closed days, a topic's price, deactivating a practitioner,
 * staff, a failing webhook) in headless Chromium; every change is read back through the API.
 */
const ZONE = 'Asia/Kolkata';
const PASSWORD = 'browser-password-1';
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

describe.each(backends)('workspace profile and admin editing in a browser (%s)', { timeout: 420_000 }, (backend) => {
  const app = useBrowserApp(backend, 'wsadmin', { RUN_WORKER: 'false' });
  const { call } = app;
  const world = {} as { facility: string; meera: string; topic: string; hook: string; closedOn: string };

  beforeAll(async () => {
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((weekday) => ({ weekday, open: '09:00', close: '18:00' }));
    world.facility = (await call('POST', '/api/v1/facilities', { name: 'Lake Clinic', timezone: ZONE, operating_hours: weekdays })).id;
    world.meera = (await call('POST', '/api/v1/providers', { name: 'Dr. Meera Rao', email: 'meera@wsadmin.test', password: PASSWORD, timezone: ZONE, slot_minutes: 15, facilities: [world.facility] })).id;
    world.topic = (await call('POST', '/api/v1/topics', { name: 'Checkup', duration: 30, price: 50000, currency: 'INR' })).id;
    world.hook = (await call('POST', '/api/v1/webhooks', { url: 'https://hooks.example.com/carebook', events: ['appointment.created', 'appointment.canceled'] })).id;
    // A receiver that has been failing: the state the worker leaves after repeated failed deliveries.
    const client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    await client.query(`UPDATE webhook_subscriptions SET failing = true, consecutive_failures = 6, total_failures = 6, last_failure_at = now(), last_error = 'HTTP 503 from the receiver' WHERE id = $1`, [world.hook]);
    await client.end();
    world.closedOn = DateTime.now().setZone(ZONE).plus({ days: 20 }).toISODate()!;
  }, 180_000);

  /** A browser in the US locale, whose native time inputs would show "02:00 PM". */
  const open = async (viewport: { width: number; height: number }, path = '/') => {
    const context = await app.browser.newContext({ viewport, timezoneId: 'America/New_York', locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    app.last = page;
    page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
    await page.goto(`${app.server.base}${path}`);
    return page;
  };
  const signIn = async (page: Page, email: string, password: string) => {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  /** Screenshots at desktop and phone width, with axe on each. */
  const bothSizes = async (page: Page, name: string) => {
    await page.setViewportSize(DESKTOP);
    await screenshot(page, name);
    await expectAccessible(page);
    await page.setViewportSize(PHONE);
    await screenshot(page, name);
    await expectAccessible(page);
    await page.setViewportSize(DESKTOP);
  };

  it('practitioner: picture (with refusals in words), specialization and phone, bank details masked then revealed, hours in 24-hour time', async () => {
    const page = await open(DESKTOP);
    await signIn(page, 'meera@wsadmin.test', PASSWORD);
    await page.waitForURL(/\/workspace/);
    const pictureForm = page.getByRole('form', { name: 'Picture' });
    await poll(() => pictureForm.isVisible()).toBe(true);
    const choose = (name: string, mimeType: string, buffer: Buffer) => pictureForm.getByLabel('Picture').setInputFiles({ name, mimeType, buffer });
    const uploadButton = pictureForm.getByRole('button', { name: 'Upload picture' });

    // Refusals: the server judges the bytes, and says why in words.
    await choose('me.png', 'image/png', Buffer.from('hello, not an image at all'));
    await uploadButton.click();
    await poll(() => pictureForm.getByRole('alert').textContent()).toContain('must be a JPEG, PNG or WebP image');
    const png = await sharp({ create: { width: 96, height: 96, channels: 3, background: '#2a7ab8' } }).png().toBuffer();
    await choose('big.png', 'image/png', Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024 + 10)]));
    await uploadButton.click();
    await poll(() => pictureForm.getByRole('alert').textContent()).toContain('larger than 2 MB');
    expect((await call('GET', `/api/v1/providers/${world.meera}`)).picture).toBeNull();

    await choose('portrait.png', 'image/png', png);
    await poll(() => pictureForm.getByRole('img', { name: 'Preview of the chosen picture' }).isVisible()).toBe(true);
    await uploadButton.click();
    await poll(() => pictureForm.getByRole('status').textContent()).toBe('Picture saved.');
    const picture = (await call('GET', `/api/v1/providers/${world.meera}`)).picture as string;
    expect(picture).toMatch(/\/picture\?v=/);
    await poll(() => pictureForm.getByRole('img', { name: 'Picture of Dr. Meera Rao' }).getAttribute('src')).toBe(picture);
    expect((await fetch(`${app.server.base}${picture}`)).headers.get('content-type')).toBe('image/webp');

    // Specialization and phone; the API's counts are shown.
    const profile = page.getByRole('form', { name: 'Profile' });
    await profile.getByLabel('Specialization').fill('Cardiology');
    await profile.getByLabel('Phone').fill('+91 98765 43210');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await poll(() => profile.getByRole('status').textContent()).toBe('Saved.');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await poll(() => profile.getByRole('status').textContent()).toBe('Saved.');
    const saved = await call('GET', `/api/v1/providers/${world.meera}`);
    expect(saved.specialization).toBe('Cardiology');
    expect(saved.user.phone).toBe('+919876543210');
    expect(await page.getByTestId('appointments-completed').textContent()).toBe('0');
    expect(await page.getByTestId('date-joined').textContent()).toBe(DateTime.fromISO(saved.date_joined).setZone('America/New_York').setLocale('en-GB').toFormat('d MMMM yyyy'));
    // A bad phone is refused in words.
    await profile.getByLabel('Phone').fill('12');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await poll(() => profile.getByRole('alert').textContent()).toContain('valid phone number');
    await profile.getByLabel('Phone').fill('+91 98765 43210');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await poll(() => profile.getByRole('status').textContent()).toBe('Saved.');

    // Bank details: entered, shown masked, revealed (and the reveal is in the audit trail).
    await page.getByRole('button', { name: 'Add bank details' }).click();
    const bank = page.getByRole('form', { name: 'Enter bank details' });
    await bank.getByLabel('PAN').fill('abcde1234f');
    await bank.getByLabel('Account number').fill('001234567890');
    await bank.getByLabel('IFSC').fill('hdfc0001234');
    await bank.getByRole('button', { name: 'Save bank details' }).click();
    const shown = page.getByTestId('bank-details');
    await poll(() => shown.textContent()).toContain('******234F');
    expect(await shown.textContent()).toContain('********7890');
    expect(await shown.textContent()).not.toContain('ABCDE1234F');
    expect((await call('GET', `/api/v1/providers/${world.meera}`)).bank_details).toMatchObject({ pan: '******234F', masked: true });
    await page.getByRole('button', { name: 'Reveal' }).click();
    await poll(() => shown.textContent()).toContain('ABCDE1234F');
    expect(await shown.textContent()).toContain('001234567890');
    expect(await shown.textContent()).toContain('HDFC0001234');
    const audit = await call('GET', `/api/v1/audit?record_type=providers&record_id=${world.meera}`);
    expect(audit.results.some((e: { action: string }) => e.action === 'reveal')).toBe(true);
    await page.getByRole('button', { name: 'Hide' }).click();
    await poll(() => shown.textContent()).toContain('******234F');

    // Hours in 24-hour time, whatever the browser's locale; a mistyped time is refused before sending.
    const hours = page.getByRole('form', { name: 'Add hours' });
    const from = hours.getByLabel('From');
    expect(await from.getAttribute('type')).toBe('text');
    await hours.getByLabel('Weekday').selectOption('tuesday');
    await from.fill('25:00');
    await hours.getByLabel('Until').fill('1730');
    await hours.getByLabel('Until').blur();
    expect(await hours.getByLabel('Until').inputValue()).toBe('17:30');
    await hours.getByRole('button', { name: 'Add hours' }).click();
    await poll(() => hours.getByText('Write the time as HH:MM, 24-hour').first().isVisible()).toBe(true);
    expect(await from.evaluate((el) => (el as unknown as { validity: { valid: boolean } }).validity.valid)).toBe(false);
    const rules = async () => {
      const body = await call('GET', `/api/v1/providers/${world.meera}/availability`);
      return (Array.isArray(body) ? body : body.results).map((r: { weekday: string; start: string; end: string }) => `${r.weekday} ${r.start}–${r.end}`);
    };
    expect(await rules()).toEqual([]);
    await from.fill('14:00');
    await hours.getByLabel('Place').selectOption({ label: 'Lake Clinic' });
    await hours.getByRole('button', { name: 'Add hours' }).click();
    const weekly = page.getByRole('list', { name: 'Weekly hours' });
    await poll(() => weekly.textContent()).toContain('Tuesday 14:00–17:30');
    expect(await rules()).toEqual(['tuesday 14:00–17:30']);

    // Changing a range: the form is filled with it and saving replaces it.
    await page.getByRole('button', { name: 'Edit Tuesday 14:00–17:30' }).click();
    const change = page.getByRole('form', { name: 'Change hours' });
    expect(await change.getByLabel('From').inputValue()).toBe('14:00');
    await change.getByLabel('Until').fill('18:00');
    await change.getByRole('button', { name: 'Save changes' }).click();
    await poll(() => weekly.textContent()).toContain('Tuesday 14:00–18:00');
    expect(await rules()).toEqual(['tuesday 14:00–18:00']);

    await page.getByRole('heading', { name: 'My profile' }).scrollIntoViewIfNeeded();
    await bothSizes(page, 'workspace-profile');
    await page.context().close();
  });

  it('admin: edits a facility\'s hours (two ranges) and adds a closed day, changes a topic\'s price, deactivates a practitioner; staff and a failing webhook', async () => {
    const page = await open(DESKTOP, '/admin/facilities');
    await signIn(page, ADMIN.email, ADMIN.password);
    await poll(() => page.getByRole('heading', { name: 'Facilities', level: 1 }).isVisible()).toBe(true);
    await poll(() => page.getByRole('list', { name: 'Facilities' }).textContent()).toContain('Lake Clinic');
    await bothSizes(page, 'admin-facilities');

    // Monday becomes 08:00–12:00 and 13:00–17:00; Saturday opens 10:00–14:00; a closed day is added.
    await page.getByRole('button', { name: 'Edit Lake Clinic' }).click();
    const form = page.getByRole('form', { name: 'Edit Lake Clinic' });
    await form.getByLabel('Monday range 1 Opens').fill('08:00');
    await form.getByLabel('Monday range 1 Closes').fill('12:00');
    await form.getByRole('button', { name: 'Add a Monday range' }).click();
    expect(await form.getByLabel('Monday range 2 Opens').inputValue()).toBe('13:00');
    expect(await form.getByLabel('Monday range 2 Closes').inputValue()).toBe('17:00');
    await form.getByRole('button', { name: 'Add a Saturday range' }).click();
    await form.getByLabel('Saturday range 1 Opens').fill('10:00');
    await form.getByLabel('Saturday range 1 Closes').fill('14:00');
    // Overlapping ranges are refused in words before anything is sent.
    await form.getByLabel('Monday range 2 Opens').fill('11:00');
    await form.getByRole('button', { name: 'Save facility' }).click();
    await poll(() => form.getByRole('alert').first().textContent()).toContain('Check the opening hours');
    expect(await form.textContent()).toContain('Monday: 08:00–12:00 and 11:00–17:00 overlap');
    await form.getByLabel('Monday range 2 Opens').fill('13:00');
    await form.getByLabel('Closed on').fill(world.closedOn);
    await form.getByLabel('Reason (optional)').fill('Staff training');
    await form.getByRole('button', { name: 'Add closed day' }).click();
    await poll(() => form.getByRole('list', { name: 'Closed days' }).textContent()).toContain(`${world.closedOn} · Staff training`);
    await bothSizes(page, 'admin-facility-edit');
    await form.getByRole('button', { name: 'Save facility' }).click();
    await poll(() => page.getByRole('status').first().textContent()).toBe('Lake Clinic saved.');
    const facility = await call('GET', `/api/v1/facilities/${world.facility}`);
    expect(facility.operating_hours.filter((h: { weekday: string }) => h.weekday === 'monday')).toEqual([
      { weekday: 'monday', open: '08:00', close: '12:00' },
      { weekday: 'monday', open: '13:00', close: '17:00' },
    ]);
    expect(facility.operating_hours).toContainEqual({ weekday: 'saturday', open: '10:00', close: '14:00' });
    expect(facility.operating_hours).toContainEqual({ weekday: 'tuesday', open: '09:00', close: '18:00' });
    expect(facility.closures).toEqual([{ date: world.closedOn, reason: 'Staff training' }]);

    // A topic's price.
    await page.getByRole('link', { name: 'Topics' }).click();
    await poll(() => page.getByRole('list', { name: 'Topics' }).textContent()).toContain('Checkup');
    expect(await page.getByRole('list', { name: 'Topics' }).textContent()).toContain('INR 500.00');
    await page.getByRole('button', { name: 'Edit Checkup' }).click();
    const topic = page.getByRole('form', { name: 'Edit Checkup' });
    expect(await topic.getByLabel('Price (empty: free)').inputValue()).toBe('500.00');
    await topic.getByLabel('Price (empty: free)').fill('750.50');
    await bothSizes(page, 'admin-topics');
    await topic.getByRole('button', { name: 'Save topic' }).click();
    await poll(() => page.getByRole('list', { name: 'Topics' }).textContent()).toContain('INR 750.50');
    expect(await call('GET', `/api/v1/topics/${world.topic}`)).toMatchObject({ price: 75050, currency: 'INR' });

    // Deactivating a practitioner asks first.
    await page.getByRole('link', { name: 'Practitioners' }).click();
    await poll(() => page.getByRole('list', { name: 'Practitioners' }).textContent()).toContain('Dr. Meera Rao');
    expect(await page.getByRole('list', { name: 'Practitioners' }).textContent()).toContain('Cardiology');
    await bothSizes(page, 'admin-practitioners');
    await page.getByRole('button', { name: 'Deactivate Dr. Meera Rao' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate Dr. Meera Rao?' });
    await poll(() => confirm.isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'admin-confirm');
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    expect((await call('GET', `/api/v1/providers/${world.meera}`)).active).toBe(true);
    await page.getByRole('button', { name: 'Deactivate Dr. Meera Rao' }).click();
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await poll(() => page.getByRole('status').first().textContent()).toBe('Dr. Meera Rao deactivated.');
    expect((await call('GET', `/api/v1/providers/${world.meera}`)).active).toBe(false);
    await poll(() => page.getByRole('list', { name: 'Practitioners' }).textContent()).toContain('Inactive');

    // Staff: added, then renamed.
    await page.getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('button', { name: 'New staff member' }).click();
    const staff = page.getByRole('form', { name: 'New staff member' });
    await staff.getByLabel('Name').fill('Sam Desk');
    await staff.getByLabel('Email').fill('sam@wsadmin.test');
    await staff.getByLabel('First password').fill(PASSWORD);
    await staff.getByRole('button', { name: 'Add staff member' }).click();
    await poll(() => page.getByRole('list', { name: 'Staff' }).textContent()).toContain('Sam Desk');
    await page.getByRole('button', { name: 'Edit Sam Desk' }).click();
    await page.getByRole('form', { name: 'Edit Sam Desk' }).getByLabel('Name').fill('Sam Front Desk');
    await page.getByRole('form', { name: 'Edit Sam Desk' }).getByRole('button', { name: 'Save staff member' }).click();
    await poll(() => page.getByRole('list', { name: 'Staff' }).textContent()).toContain('Sam Front Desk');
    const users = await call('GET', '/api/v1/users?role=staff');
    expect(users.results.map((u: { name: string }) => u.name)).toContain('Sam Front Desk');
    await bothSizes(page, 'admin-staff');

    // Webhooks: the failing one says so; switching it off is a change the API keeps.
    await page.getByRole('link', { name: 'Webhooks' }).click();
    const hooks = page.getByRole('list', { name: 'Webhooks' });
    await poll(() => hooks.textContent()).toContain('Failing');
    expect(await hooks.textContent()).toContain('6 failed deliveries in a row');
    expect(await hooks.textContent()).toContain('HTTP 503 from the receiver');
    await bothSizes(page, 'admin-webhooks');
    await page.getByRole('button', { name: 'Edit https://hooks.example.com/carebook' }).click();
    const hook = page.getByRole('form', { name: 'Edit webhook' });
    expect(await hook.getByLabel('Booked').isChecked()).toBe(true);
    await hook.getByLabel('Rescheduled').check();
    await hook.getByLabel('Active: deliver events').uncheck();
    await hook.getByRole('button', { name: 'Save webhook' }).click();
    await poll(() => hooks.textContent()).toContain('Switched off');
    expect(await call('GET', `/api/v1/webhooks/${world.hook}`)).toMatchObject({ active: false, status: 'disabled', events: expect.arrayContaining(['appointment.created', 'appointment.canceled', 'appointment.rescheduled']) });
    await page.context().close();
  });
});
