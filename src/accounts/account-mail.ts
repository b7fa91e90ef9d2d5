import type nodemailer from 'nodemailer';
import type { Keys } from '../auth/keys.js';
import type { Config } from '../config.js';
import type { AccountCodePurpose } from '../db/types.js';
import { openSecret, sealSecret } from '../crypto/secrets.js';

/**
 * The payload of an account email (a verification, reset or claim code), written to the notification
 * outbox like every email and sent by the same delivery. The code is in it encrypted, and only until the
 * message is sent or given up on (`redactAccountMail`); these rows are email-only, so no feed or stream
 * lists them.
 */
export interface AccountMail {
  kind: 'account';
  purpose: AccountCodePurpose;
  name: string;
  /** The code, AES-256-GCM encrypted and bound to the user and purpose; null once delivery is over. */
  sealed_code: string | null;
  expires_in_minutes: number;
}

const codeContext = (userId: string | null, purpose: AccountCodePurpose) => `account-mail:${userId ?? ''}:${purpose}`;

export const sealMailCode = (keys: Keys, userId: string, purpose: AccountCodePurpose, code: string) =>
  sealSecret(keys, 'account-mail-code', code, codeContext(userId, purpose));

async function openMailCode(keys: Keys, userId: string | null, mail: AccountMail): Promise<string | null> {
  return mail.sealed_code ? openSecret(keys, 'account-mail-code', mail.sealed_code, codeContext(userId, mail.purpose)) : null;
}

export const accountMailEvent = (purpose: AccountCodePurpose) => `account.${purpose}`;

export function isAccountMail(payload: unknown): payload is AccountMail {
  return typeof payload === 'object' && payload !== null && (payload as { kind?: unknown }).kind === 'account';
}

/** The stored payload once delivery is over: the code is gone. */
export const redactAccountMail = (payload: AccountMail): AccountMail => ({ ...payload, sealed_code: null });

const WORDING: Record<AccountCodePurpose, { subject: string; intro: string; action: string }> = {
  verify_email: {
    subject: 'Your Carebook verification code',
    intro: 'Welcome to Carebook. Enter this code to confirm your email address:',
    // A visitor reads this: the web app's screen first, the API call for a developer after it.
    action: 'Enter it on the Carebook page that asked for it ("Enter the code we emailed you"); through the API, POST /api/v1/auth/verify-email with your email and this code',
  },
  reset_password: {
    subject: 'Your Carebook password reset code',
    intro: 'Someone (we hope you) asked to reset the password of your Carebook account. Your code:',
    action:
      'Enter it on the Carebook page "Choose a new password" with the new password; through the API, POST /api/v1/auth/reset-password with your email, this code and a new password. If you did not ask, ignore this message',
  },
  claim: {
    subject: 'Your Carebook account is ready to claim',
    intro: 'Your clinic keeps your appointments in Carebook. To sign in and see them, claim your account with this code:',
    action: 'Use it with POST /api/v1/auth/claim with this email address, this code and the password you choose',
  },
};

export async function composeAccountEmail(
  config: Pick<Config, 'MAIL_FROM'>,
  keys: Keys,
  n: { id: string; user_id: string | null; recipient: string },
  mail: AccountMail,
): Promise<nodemailer.SendMailOptions> {
  const { id, recipient } = n;
  const wording = WORDING[mail.purpose];
  const code = (await openMailCode(keys, n.user_id, mail)) ?? '(expired)';
  const text = [
    `Hello ${mail.name},`,
    '',
    wording.intro,
    '',
    `    ${code}`,
    '',
    `It works for ${mail.expires_in_minutes} minutes. ${wording.action}.`,
    '',
    '— Carebook',
  ].join('\n');
  return {
    from: config.MAIL_FROM,
    to: recipient,
    subject: wording.subject,
    text,
    messageId: `<${id}@carebook.notifications>`,
    headers: { 'X-Carebook-Event': accountMailEvent(mail.purpose) },
  };
}
