import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deliverDue } from '../../src/notifications/delivery.js';
import type { TestApp } from '../helpers.js';
import { unique } from './fixtures-world.js';

export const VISITOR_PASSWORD = 'visitor-pass-1';

/** A valid sign-up body with a fresh address. */
export function registration(fields: Record<string, unknown> = {}) {
  return {
    email: `signup-${unique()}@carebook.test`,
    password: VISITOR_PASSWORD,
    name: 'Vera Visitor',
    address: { line1: '1 Main Street', line2: 'Flat 4', postal_code: '10115', city: 'Berlin', state: 'Berlin', country: 'DE' },
    nationality: 'DE',
    gender: 'female',
    date_of_birth: '1990-05-17',
    type: 'visitor',
    ...fields,
  };
}

/** Runs the delivery worker once, as the real worker would, writing .eml files under DATA_DIR/mail. */
export async function deliver(t: TestApp) {
  while ((await deliverDue(t.ctx)) > 0);
}

/** The newest code emailed to `email`, read from the .eml files the worker wrote (as a newcomer would). */
export async function codeFromMail(t: TestApp, email: string): Promise<string | undefined> {
  await deliver(t);
  return newestCodeIn(join(t.ctx.config.DATA_DIR, 'mail'), email);
}

/**
 * The newest code among the .eml files in `dir` sent to `email` (of one account email `event`, e.g.
 * `account.reset_password`, when given); undefined when there is none yet.
 */
export function newestCodeIn(dir: string, email: string, event?: string): string | undefined {
  let files: string[];
  try {
    files = readdirSync(dir).sort();
  } catch {
    return undefined;
  }
  const codes = files
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .filter((text) => new RegExp(`^To: ${email.replace(/[.+]/g, '\\$&')}$`, 'im').test(text))
    .filter((text) => !event || new RegExp(`^X-Carebook-Event: ${event.replace(/[.]/g, '\\.')}$`, 'im').test(text))
    .map((text) => /^ {4}(\d{6})$/m.exec(text)?.[1])
    .filter((c): c is string => c !== undefined);
  return codes.at(-1);
}

/** Registers through the API; returns the address. */
export async function registerVisitor(t: TestApp, fields: Record<string, unknown> = {}) {
  const body = registration(fields);
  const res = await t.call('POST', '/api/v1/auth/register', { body });
  if (res.statusCode !== 202) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  return body.email as string;
}

/** Registers, reads the code from the mail and confirms it; returns the address and a token. */
export async function verifiedVisitor(t: TestApp, fields: Record<string, unknown> = {}) {
  const email = await registerVisitor(t, fields);
  const code = await codeFromMail(t, email);
  const res = await t.call('POST', '/api/v1/auth/verify-email', { body: { email, code } });
  if (res.statusCode !== 200) throw new Error(`verify failed: ${res.statusCode} ${res.body}`);
  return { email, token: await t.login(email, VISITOR_PASSWORD) };
}
