import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { composeAccountEmail, isAccountMail } from '../../accounts/account-mail.js';
import type { Keys } from '../../auth/keys.js';
import type { Config } from '../../config.js';
import { buildIcs, calendarMethodFor, mailAddress } from '../ics.js';
import { errorText, type Logger } from '../../log.js';
import { renderEmail } from '../messages.js';
import { manageLinksFor, publicBase } from '../../manage-links/links.js';
import type { ChannelSender, ClaimedNotification, DeliveryOutcome } from './types.js';

type EmailConfig = Pick<Config, 'SMTP_URL' | 'MAIL_FROM' | 'DATA_DIR' | 'PUBLIC_URL' | 'HOST' | 'PORT'>;

/** The message nodemailer sends: the same through SMTP and into an .eml file. */
export async function composeEmail(config: Pick<Config, 'MAIL_FROM' | 'PUBLIC_URL' | 'HOST' | 'PORT'>, n: ClaimedNotification, keys?: Keys): Promise<nodemailer.SendMailOptions> {
  // Account emails (codes) are about no appointment; their code is encrypted with the server's keys.
  if (isAccountMail(n.payload)) {
    if (!keys) throw new Error('An account email needs the server keys to open its code');
    return composeAccountEmail(config, keys, n, n.payload);
  }
  const payload = n.payload;
  // Manage links are signed now, never stored (src/manage-links/tokens.ts).
  const links = keys ? manageLinksFor(keys, publicBase(config), payload) : undefined;
  const { subject, text, html } = renderEmail(payload, links);
  const from = mailAddress(config.MAIL_FROM);
  const party = n.audience === 'provider' ? payload.appointment.provider : payload.appointment.patient;
  const method = calendarMethodFor(payload.event);
  return {
    from: config.MAIL_FROM,
    to: n.recipient,
    subject,
    text,
    html,
    // Stable across retries, so a server that got the first attempt can spot the repeat.
    messageId: `<${n.id}@carebook.notifications>`,
    headers: { 'X-Carebook-Event': payload.event, 'X-Carebook-Appointment': payload.appointment.id },
    attachments: method
      ? [
          {
            filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
            content: buildIcs(payload, method, from, { name: party.name, email: n.recipient }),
            contentType: `text/calendar; charset=utf-8; method=${method}`,
          },
        ]
      : [],
  };
}

/**
 * Email through SMTP when SMTP_URL is set. Without it, each message is written as an .eml file
 * under DATA_DIR/mail (any mail client opens one), so a fresh install shows what it would have sent.
 */
export function createEmailChannel(config: EmailConfig, log: Logger, keys?: Keys): ChannelSender {
  const smtp = config.SMTP_URL
    ? nodemailer.createTransport(
        new SMTPTransport({ url: config.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }),
      )
    : undefined;
  const files = smtp ? undefined : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const mailDir = resolve(config.DATA_DIR, 'mail');

  return {
    async send(n): Promise<DeliveryOutcome> {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      try {
        const message = await composeEmail(config, n, keys);
        if (smtp) {
          const info = await smtp.sendMail(message);
          log.info({ notification: n.id, message_id: info.messageId }, 'email sent');
          return { ok: true, durationMs: elapsed(), reference: info.messageId };
        }
        const info = await files!.sendMail(message);
        await mkdir(mailDir, { recursive: true });
        const path = join(mailDir, `${n.created_at.toISOString().replace(/[:.]/g, '-')}-${n.id}.eml`);
        await writeFile(path, info.message as Buffer);
        log.info({ notification: n.id, path }, 'email written to file (no SMTP_URL)');
        return { ok: true, durationMs: elapsed(), reference: path };
      } catch (error) {
        return { ok: false, error: errorText(error), durationMs: elapsed() };
      }
    },
  };
}
