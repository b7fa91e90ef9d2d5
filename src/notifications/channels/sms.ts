import { appendFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Config } from '../../config.js';
import { errorText, type Logger } from '../../log.js';
import { renderSms } from '../messages.js';
import type { ChannelSender, DeliveryOutcome } from './types.js';

export interface SmsMessage {
  to: string;
  body: string;
  /** The notification id: ties the gateway's record to ours. */
  reference: string;
}

/** An SMS gateway. Throws on failure; `statusCode` on the error when the gateway answered. */
export interface SmsDriver {
  readonly name: string;
  send(message: SmsMessage): Promise<{ reference: string }>;
}

/** The default driver: appends each message to DATA_DIR/sms.log, one JSON object per line. */
export function logSmsDriver(dataDir: string): SmsDriver {
  const file = resolve(dataDir, 'sms.log');
  return {
    name: 'log',
    async send(message) {
      await mkdir(resolve(dataDir), { recursive: true });
      await appendFile(file, `${JSON.stringify({ at: new Date().toISOString(), ...message })}\n`);
      return { reference: file };
    },
  };
}

export class SmsGatewayError extends Error {
  constructor(
    message: string,
    readonly statusCode?: number,
  ) {
    super(message);
    this.name = 'SmsGatewayError';
  }
}

/**
 * Twilio's Messages API (or anything that speaks it): a form POST with basic auth to
 * {api}/2010-04-01/Accounts/{sid}/Messages.json, answered with the message's `sid`.
 */
export function twilioSmsDriver(options: { apiUrl: string; accountSid: string; authToken: string; from: string; timeoutMs?: number }): SmsDriver {
  const endpoint = new URL(`2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`, options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`);
  const authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  return {
    name: 'twilio',
    async send(message) {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ To: message.to, From: options.from, Body: message.body }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      const answer = (await res.json().catch(() => ({}))) as { sid?: unknown; code?: unknown; message?: unknown };
      if (!res.ok) {
        // Twilio's error code and message name the problem (bad number, auth); the request is not echoed.
        const detail = [answer.code, answer.message].filter((v) => typeof v === 'string' || typeof v === 'number').join(' ');
        throw new SmsGatewayError(`SMS gateway answered ${res.status}${detail ? `: ${detail}` : ''}`, res.status);
      }
      return { reference: typeof answer.sid === 'string' ? answer.sid : `http-${res.status}` };
    },
  };
}

/** The driver SMS_DRIVER names. */
export function createSmsDriver(config: Pick<Config, 'SMS_DRIVER' | 'DATA_DIR' | 'TWILIO_API_URL' | 'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'TWILIO_FROM'>): SmsDriver {
  if (config.SMS_DRIVER === 'twilio') {
    if (!config.TWILIO_ACCOUNT_SID || !config.TWILIO_AUTH_TOKEN || !config.TWILIO_FROM) {
      throw new Error('SMS_DRIVER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM');
    }
    return twilioSmsDriver({
      apiUrl: config.TWILIO_API_URL,
      accountSid: config.TWILIO_ACCOUNT_SID,
      authToken: config.TWILIO_AUTH_TOKEN,
      from: config.TWILIO_FROM,
    });
  }
  return logSmsDriver(config.DATA_DIR);
}

/** The SMS channel: renders the short text and hands it to the driver. */
export function createSmsChannel(driver: SmsDriver, log: Logger): ChannelSender {
  return {
    async send(n): Promise<DeliveryOutcome> {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      try {
        const { reference } = await driver.send({ to: n.recipient, body: renderSms(n.payload), reference: n.id });
        log.info({ notification: n.id, driver: driver.name, reference }, 'sms sent');
        return { ok: true, durationMs: elapsed(), reference };
      } catch (error) {
        const statusCode = error instanceof SmsGatewayError ? error.statusCode : undefined;
        return { ok: false, error: errorText(error), durationMs: elapsed(), ...(statusCode ? { statusCode } : {}) };
      }
    },
  };
}
