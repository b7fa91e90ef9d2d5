import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveWebhookAddress, WebhookAddressRefused, webhookUrlProblem } from '../notifications/webhook-address.js';

export interface FetchOptions {
  /** Private, loopback and link-local addresses are allowed for the linked URL's own host (ALLOW_PRIVATE_CALENDAR_URLS). */
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { kind: 'ok'; body: string; etag: string | null; lastModified: string | null }
  | { kind: 'not_modified' }
  | { kind: 'error'; error: string };

const MAX_REDIRECTS = 5;

export class CalendarFetchError extends Error {}

/**
 * Why a calendar URL cannot be linked, or undefined: the webhook rules (http(s), no credentials, no
 * literal private address unless allowed), plus `webcal:` spelled as the https it stands for.
 */
export function calendarUrlProblem(raw: string, allowPrivate: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(normalizeCalendarUrl(raw));
  } catch {
    return 'must be an http(s) or webcal URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http(s) or webcal URL';
  return webhookUrlProblem(url.toString(), allowPrivate);
}

/** `webcal://` (what calendar apps hand out) is https. */
export const normalizeCalendarUrl = (raw: string) => raw.trim().replace(/^webcals?:\/\//i, 'https://');

/**
 * Fetches an ICS file with the SSRF guards of webhooks: http(s) only, every hop's host resolved once,
 * refused when any address is not public, and connected to exactly that address. With private
 * addresses allowed, only the linked URL's own host may be private: a redirect elsewhere must be public,
 * so a calendar server cannot send the fetch to a metadata service or another internal host. One
 * deadline for the whole fetch (redirects included), a size cap counted as the bytes arrive, and
 * conditional headers so an unchanged calendar costs a 304.
 */
export async function fetchCalendar(rawUrl: string, options: FetchOptions): Promise<FetchResult> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const origin = new URL(rawUrl);
  let url = origin;
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CalendarFetchError('A redirect led to a URL that is not http(s)');
      const sameHost = url.host === origin.host;
      const allowPrivate = options.allowPrivate && sameHost;
      let pinned;
      try {
        pinned = await resolveWebhookAddress(url, allowPrivate);
      } catch (error) {
        if (error instanceof WebhookAddressRefused) {
          throw new CalendarFetchError(hop > 0 ? 'A redirect led to a private, loopback or link-local address' : 'The calendar address is private, loopback or link-local');
        }
        throw new CalendarFetchError("The calendar's host name did not resolve");
      }
      const res = await get(url, pinned, options, deadline);
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        res.resume();
        const location = res.headers.location;
        if (!location) throw new CalendarFetchError(`HTTP ${status} without a Location`);
        if (hop >= MAX_REDIRECTS) throw new CalendarFetchError('Too many redirects');
        url = new URL(location, url);
        continue;
      }
      if (status === 304) {
        res.resume();
        return { kind: 'not_modified' };
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new CalendarFetchError(`The calendar server answered HTTP ${status}`);
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        res.destroy();
        throw new CalendarFetchError(`The calendar is larger than ${options.maxBytes} bytes`);
      }
      const body = await readCapped(res, options.maxBytes);
      const header = (name: string) => {
        const v = res.headers[name];
        return typeof v === 'string' && v.length <= 500 ? v : null;
      };
      return { kind: 'ok', body, etag: header('etag'), lastModified: header('last-modified') };
    }
  } catch (error) {
    if (error instanceof CalendarFetchError) return { kind: 'error', error: error.message };
    if (deadline.aborted) return { kind: 'error', error: `The calendar server did not answer within ${options.timeoutMs} ms` };
    return { kind: 'error', error: 'The calendar server could not be reached' };
  }
}

function get(url: URL, pinned: { address: string; family: 4 | 6 }, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method: 'GET',
      lookup,
      signal,
      headers: {
        accept: 'text/calendar, */*;q=0.5',
        'user-agent': 'Carebook-Calendar/1',
        ...(options.etag ? { 'if-none-match': options.etag } : {}),
        ...(options.lastModified ? { 'if-modified-since': options.lastModified } : {}),
      },
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

function readCapped(res: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
      res.destroy();
    };
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) fail(new CalendarFetchError(`The calendar is larger than ${maxBytes} bytes`));
      else chunks.push(chunk);
    });
    res.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    res.on('error', fail);
    res.on('aborted', () => fail(new Error('aborted')));
  });
}
