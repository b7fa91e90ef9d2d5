import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/**
 * Webhooks go to the public internet only: private, loopback, link-local (cloud metadata at
 * 169.254.169.254), unique-local, CGNAT, multicast and reserved ranges, and IPv6 forms that embed an
 * IPv4 address (mapped, 6to4, NAT64, Teredo), are refused unless ALLOW_PRIVATE_WEBHOOK_URLS is set.
 * ipaddr.js names every special range; only plain `unicast` is public.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

/** The host of a parsed URL without IPv6 brackets (WHATWG parsing already turned 0x7f000001 and 2130706433 into 127.0.0.1). */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Why a subscription URL is refused at registration, or undefined when it is acceptable: credentials
 * in the URL, a literal address that is not public, or a name for this machine. Other names are
 * checked when delivering, after resolution (a name's addresses can change after registration).
 */
export function webhookUrlProblem(raw: string, allowPrivate: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an http(s) URL';
  }
  if (url.username || url.password) return 'must not carry a user name or password';
  if (allowPrivate) return undefined;
  const host = hostOf(url).toLowerCase().replace(/\.$/, '');
  if (ipaddr.isValid(host)) return isPublicAddress(host) ? undefined : 'must be a public address (not private, loopback or link-local)';
  if (host === 'localhost' || host.endsWith('.localhost')) return 'must be a public address (not private, loopback or link-local)';
  return undefined;
}

export interface PinnedAddress {
  address: string;
  family: 4 | 6;
}

export class WebhookAddressRefused extends Error {}

/**
 * Resolves the URL's host once, refuses it if any of its addresses is not public, and returns the
 * address to connect to, so the connection goes exactly where the check looked (a name that
 * rebinds between check and connect cannot slip through).
 */
export async function resolveWebhookAddress(url: URL, allowPrivate: boolean): Promise<PinnedAddress> {
  const host = hostOf(url);
  const addresses = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }]
    : await lookup(host, { all: true, verbatim: true });
  if (addresses.length === 0) throw new WebhookAddressRefused('The endpoint\'s name has no address');
  if (!allowPrivate && addresses.some((a) => !isPublicAddress(a.address))) {
    throw new WebhookAddressRefused('The endpoint resolves to a private, loopback or link-local address, which webhooks may not reach');
  }
  const first = addresses[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}
