import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../databases.js';
import { newestCodeIn, registration } from '../support/accounts.js';
import { DESKTOP, expectAccessible, type Page, PHONE, screenshot, useBrowserApp } from './browser.js';

/**
 * A visitor on their own in headless Chromium against a real server (with its worker, which writes the
 * emails as .eml files under DATA_DIR/mail): sign-up, the emailed code, booking, payment and the
 * confirmation; wrong and used-up codes, a rate-limited resend, a forgotten password, and an unconfirmed
 * patient sent to the code screen when they try to book.
 */
const ZONE = 'Asia/Kolkata';
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
const PASSWORD = 'visitor-password-1';
/** Per client address and route: low, so a test can reach it; each browser context has an address of its own. */
const AUTH_LIMIT = 8;

describe.each(backends)('visitor sign-up in a browser (%s)', { timeout: 180_000 }, (backend) => {
  const app = useBrowserApp(backend, 'signup', {
    // The worker delivers the code emails (no SMTP_URL: as .eml files under DATA_DIR/mail).
    RUN_WORKER: 'true',
    NOTIFY_POLL_MS: '200',
    TRUST_PROXY_HOPS: '1',
    LOGIN_RATE_LIMIT_PER_MINUTE: String(AUTH_LIMIT),
  });
  const { call } = app;
  const world = {} as { facility: string; ada: string; paid: string; day: string };
  let addresses = 0;
  /** A client address of its own (the server trusts one proxy hop), so rate limits do not cross tests. */
  const nextAddress = () => `203.0.113.${++addresses}`;

  /** A request from client address `from`, as the browser context with that address would send it. */
  const from = (address: string, path: string, body: unknown) =>
    fetch(`${app.server.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify(body) });

  /** The newest code the worker emailed to `email`, from the .eml files (it polls the outbox every 200 ms). */
  const mailedCode = async (email: string, event: 'account.verify_email' | 'account.reset_password', not?: string) => {
    await poll(() => {
      const code = newestCodeIn(join(app.dataDir, 'mail'), email, event);
      return code !== undefined && code !== not;
    }).toBe(true);
    return newestCodeIn(join(app.dataDir, 'mail'), email, event)!;
  };
  /** Every email the worker wrote to `email`, as one text (quoted-printable soft breaks joined). */
  const mailTo = (email: string) =>
    readdirSync(join(app.dataDir, 'mail'))
      .map((f) => readFileSync(join(app.dataDir, 'mail', f), 'utf8'))
      .filter((text) => text.includes(`To: ${email}`))
      .join('\n')
      .replace(/=\r?\n/g, '')
      .replace(/=3D/g, '=');
  /** Six digits that are not `code`. */
  const wrongFor = (code: string, n = 0) => String((Number(code) + 1 + n) % 1_000_000).padStart(6, '0');

  beforeAll(async () => {

    const everyDay = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, open: '08:00', close: '20:00' }));
    world.facility = (await call('POST', '/api/v1/facilities', { name: 'City Hospital', timezone: ZONE, operating_hours: everyDay })).id;
    world.ada = (
      await call('POST', '/api/v1/providers', { name: 'Dr. Ada Okafor', email: 'ada@signup.test', password: PASSWORD, timezone: ZONE, slot_minutes: 30, facilities: [world.facility] })
    ).id;
    world.paid = (await call('POST', '/api/v1/topics', { name: 'Consultation', duration: 30, price: 50000, currency: 'INR' })).id;
    world.day = DateTime.now().setZone(ZONE).plus({ days: 2 }).toISODate()!;
    await call('POST', `/api/v1/providers/${world.ada}/availability`, { date: world.day, start: '09:00', end: '17:00', facility: world.facility });
  }, 180_000);

  const open = async (viewport: { width: number; height: number }, path = '/', address = nextAddress()) => {
    const context = await app.browser.newContext({
      viewport,
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
      acceptDownloads: true,
      extraHTTPHeaders: { 'x-forwarded-for': address },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    app.last = page;
    page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && !/status of 4\d\d/.test(message.text()) && console.error(`[browser console] ${message.text()}`));
    await page.goto(`${app.server.base}${path}`);
    return page;
  };

  /** Both sizes of the page as it is now, and axe's check (once: on a busy machine one takes many seconds). */
  const bothSizes = async (page: Page, name: string) => {
    await screenshot(page, name);
    await expectAccessible(page);
    await page.setViewportSize(PHONE);
    await screenshot(page, name);
    await page.setViewportSize(DESKTOP);
  };

  const signIn = async (page: Page, email: string, password: string) => {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  /** Picks Dr. Ada, the paid topic and the day, and clicks the first free time. */
  const pickSlot = async (page: Page) => {
    await page.getByRole('radio', { name: /Dr\. Ada Okafor/ }).check();
    await page.getByLabel('Topic').selectOption(world.paid);
    await page.getByLabel('Date', { exact: true }).fill(world.day);
    const dayLabel = DateTime.fromISO(world.day, { zone: 'Europe/Berlin' }).toFormat('cccc d LLLL');
    await poll(() => page.getByRole('heading', { name: dayLabel }).isVisible()).toBe(true);
    const slots = page.getByRole('list', { name: /slots$/ }).getByRole('button');
    await poll(() => slots.count()).toBeGreaterThan(0);
    await slots.first().click();
  };

  const email = `vera-${Date.now()}@signup.test`;

  it('visitor: registers, enters the emailed code, books a paid slot, pays, downloads the .ics and sees it in My appointments', { timeout: 360_000 }, async () => {
    const page = await open(DESKTOP);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL(/\/register$/);
    await poll(() => page.getByRole('heading', { name: 'Create an account' }).isVisible()).toBe(true);
    await bothSizes(page, 'register');

    const form = page.getByRole('form', { name: 'Create an account' });
    // An address the browser lets through but the server refuses: the server's words, beside the field.
    await form.getByLabel('Email').fill('vera@localhost');
    await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await form.getByLabel('A visitor').check();
    await form.getByLabel('Full name').fill('Vera Visitor');
    await form.getByLabel('Date of birth').fill('1990-05-17');
    await form.getByLabel('Gender').selectOption('female');
    await form.getByLabel('Nationality').selectOption('DE');
    await form.getByLabel('Address line 1').fill('1 Main Street');
    await form.getByLabel('Address line 2').fill('Flat 4');
    await form.getByLabel('Postal code').fill('10115');
    await form.getByLabel('City').fill('Berlin');
    await form.getByLabel('State or region').fill('Berlin');
    await form.getByLabel('Country').selectOption({ label: 'Germany' });
    await form.getByRole('button', { name: 'Create account' }).click();
    const emailInput = form.getByLabel('Email');
    await poll(() => emailInput.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#reg-email-error').textContent()).toBe('Email must be a valid email address');
    expect(await form.getByRole('alert').textContent()).toContain('One field needs a change');
    // The message is the input's description, and the refused field has the focus.
    expect(await emailInput.evaluate((el) => el.matches(':focus'))).toBe(true);
    expect(await emailInput.getAttribute('aria-describedby')).toContain('reg-email-error');
    await bothSizes(page, 'register-refused');

    await emailInput.fill(email);
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/verify$/);
    await poll(() => page.getByRole('heading', { name: 'Enter the code we emailed you' }).isVisible()).toBe(true);
    expect(await page.textContent('body')).toContain(email);
    const codeInput = page.getByLabel('6-digit code');
    expect(await codeInput.getAttribute('inputmode')).toBe('numeric');
    expect(await codeInput.getAttribute('autocomplete')).toBe('one-time-code');
    await bothSizes(page, 'verify');

    // A wrong code says so, with the tries left; then the emailed one signs the visitor in.
    const code = await mailedCode(email, 'account.verify_email');
    // The email sends a visitor to this screen (not only to the API).
    expect(mailTo(email)).toContain('Enter it on the Carebook page that asked for it ("Enter the code we emailed you")');
    await codeInput.fill(wrongFor(code));
    await page.getByRole('button', { name: 'Confirm' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'That code is not right' });
    await poll(() => refused.count()).toBe(1);
    expect(await refused.textContent()).toContain('4 tries left');
    await bothSizes(page, 'verify-wrong-code');
    // Pasted with a space, as some mail clients copy it.
    await codeInput.fill(`${code.slice(0, 3)} ${code.slice(3)}`);
    expect(await codeInput.inputValue()).toBe(code);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(/\/book$/);
    await poll(() => page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    expect(await page.locator('.topbar .who').textContent()).toContain('Vera Visitor');

    // Practitioner, date, slot; the hold counts down; the dummy payment; the confirmation.
    await pickSlot(page);
    await poll(() => page.getByRole('heading', { name: 'Held for you' }).isVisible()).toBe(true);
    const countdown = page.getByTestId('countdown');
    expect(await countdown.textContent()).toMatch(/^1[45]:\d\d$/);
    const first = await countdown.textContent();
    await poll(() => countdown.textContent()).not.toBe(first);
    await page.getByRole('button', { name: 'Pay now' }).click();
    await page.frameLocator('iframe[title="Payment"]').getByRole('button', { name: 'Pay' }).click();
    await poll(() => page.getByRole('heading', { name: 'Your appointment is confirmed' }).isVisible()).toBe(true);
    expect(await page.getByTestId('confirmation').textContent()).toContain('Consultation with Dr. Ada Okafor');
    await screenshot(page, 'signup-confirmation');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SUMMARY:Consultation with Dr. Ada Okafor');

    await page.getByRole('link', { name: 'My appointments' }).first().click();
    await page.waitForURL(/\/my-appointments$/);
    await poll(() => page.locator('.appointments').textContent()).toContain('Dr. Ada Okafor');
    expect(await page.locator('.appointments').textContent()).toContain('Scheduled');
    await page.context().close();
  });

  it('code screen: five wrong tries end a code; a resend refused for too many requests says how long to wait', async () => {
    const address = nextAddress();
    const body = registration({ email: `wanda-${Date.now()}@signup.test`, password: PASSWORD });
    expect((await from(address, '/api/v1/auth/register', body)).status).toBe(202);
    const code = await mailedCode(body.email as string, 'account.verify_email');

    // Opened afresh (a reload, or a link): the screen asks for the address too.
    const page = await open(PHONE, '/verify', address);
    const form = page.getByRole('form', { name: 'Confirm your email address' });
    await form.getByLabel('Email').fill(body.email as string);
    const codeInput = form.getByLabel('6-digit code');
    for (let i = 0; i < 5; i++) {
      await codeInput.fill(wrongFor(code, i));
      await form.getByRole('button', { name: 'Confirm' }).click();
      await poll(() => codeInput.inputValue()).toBe('');
    }
    const ended = page.getByRole('alert').filter({ hasText: 'no longer works' });
    await poll(() => ended.count()).toBe(1);
    expect(await ended.textContent()).toContain('5th wrong try');
    expect(await form.getByRole('button', { name: 'Confirm' }).isDisabled()).toBe(true);
    // The server agrees: even the right code is refused now.
    const late = await from(nextAddress(), '/api/v1/auth/verify-email', { email: body.email, code });
    expect(late.status).toBe(400);
    await screenshot(page, 'verify-used-up');

    // This connection asks for codes until the server's per-address limit answers 429.
    let status = 0;
    for (let i = 0; i < AUTH_LIMIT + 1 && status !== 429; i++) status = (await from(address, '/api/v1/auth/resend-code', { email: body.email })).status;
    expect(status).toBe(429);
    await page.getByRole('button', { name: 'Send a new code' }).click();
    const wait = page.getByRole('status').filter({ hasText: 'Too many requests' });
    await poll(() => wait.count()).toBe(1);
    expect(await wait.textContent()).toMatch(/wait \d+ s before asking again/);
    expect(await page.getByRole('button', { name: 'Send a new code' }).isDisabled()).toBe(true);
    await screenshot(page, 'verify-rate-limited');
    await expectAccessible(page);
    await page.context().close();
  });

  it('forgot password: a reset code by email, a new password, then signing in with it (and not the old one)', async () => {
    const page = await open(DESKTOP);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.waitForURL(/\/forgot-password$/);
    await poll(() => page.getByRole('heading', { name: 'Reset your password' }).isVisible()).toBe(true);
    await bothSizes(page, 'forgot-password');

    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Email me a code' }).click();
    await poll(() => page.getByRole('heading', { name: 'Choose a new password' }).isVisible()).toBe(true);
    await bothSizes(page, 'reset-password');

    const code = await mailedCode(email, 'account.reset_password');
    expect(mailTo(email)).toContain('Enter it on the Carebook page "Choose a new password"');
    const form = page.getByRole('form', { name: 'Choose a new password' });
    await form.getByLabel('6-digit code').fill(wrongFor(code));
    await form.getByLabel('New password').fill('a-new-password-2');
    await form.getByRole('button', { name: 'Set new password' }).click();
    await poll(() => page.getByRole('alert').filter({ hasText: 'That code is not right' }).count()).toBe(1);
    await form.getByLabel('6-digit code').fill(code);
    await form.getByRole('button', { name: 'Set new password' }).click();

    await poll(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Your password has been changed' }).count()).toBe(1);
    expect(await page.getByLabel('Email').inputValue()).toBe(email);
    await screenshot(page, 'signin-after-reset');
    await expectAccessible(page);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await poll(() => page.getByRole('alert').count()).toBe(1);
    await signIn(page, email, 'a-new-password-2');
    await page.waitForURL(/\/book$/);
    await poll(() => page.locator('.topbar .who').textContent()).toContain('Vera Visitor');
    await page.context().close();
  });

  it('an unconfirmed patient who tries to book is sent to the code screen, and books once confirmed', async () => {
    const address = nextAddress();
    const body = registration({ email: `una-${Date.now()}@signup.test`, password: PASSWORD, name: 'Una Unconfirmed' });
    expect((await from(address, '/api/v1/auth/register', body)).status).toBe(202);
    const page = await open(PHONE, '/', address);
    await signIn(page, body.email as string, PASSWORD);
    await page.waitForURL(/\/book$/);
    await pickSlot(page);

    await page.waitForURL(/\/verify$/);
    const why = page.getByRole('status').filter({ hasText: 'Confirm your email address before you book' });
    await poll(() => why.count()).toBe(1);
    expect(await page.textContent('body')).toContain(body.email as string);
    await screenshot(page, 'verify-before-booking');
    await expectAccessible(page);

    await page.getByLabel('6-digit code').fill(await mailedCode(body.email as string, 'account.verify_email'));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(/\/book$/);
    await pickSlot(page);
    await poll(() => page.getByRole('heading', { name: 'Held for you' }).isVisible()).toBe(true);
    await page.context().close();
  });
});
