import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { purposeKey } from '../crypto/secrets.js';
import type { Keys } from '../auth/keys.js';

/**
 * Manage links (issue 14) are HMAC-signed, not random-and-stored. An email is rendered when it is
 * delivered, not when its event is written, so a random token would have to wait in the outbox until
 * then (sealed, and removed after the send by the delivery code). A signed token needs no storage at
 * all: the delivery signs (appointment, action, version) with a key the database never holds, and the
 * server checks the signature when the link is opened. What is stored is only the SHA-256 of a token
 * once it has been used, which is what makes it single-use; staleness needs no storage either, because
 * the signed version stops matching the appointment's the moment it changes.
 *
 * Layout (53 bytes, 71 characters base64url): appointment id (16 bytes) · action (1) · version (4) ·
 * HMAC-SHA-256 of those 21 bytes (32). 256 bits of MAC: not guessable, and not forgeable without the key.
 */
export const LINK_ACTIONS = ['view', 'cancel', 'reschedule'] as const;
export type LinkAction = (typeof LINK_ACTIONS)[number];

export interface LinkClaims {
  appointmentId: string;
  action: LinkAction;
  version: number;
}

const BODY_BYTES = 21;
const MAC_BYTES = 32;
/** The exact shape of a token; anything else is no link of ours. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{71}$/;

const macKeys = new WeakMap<Keys, Buffer>();
/** The key material goes through HKDF with its own label: bytes that encrypt other secrets never sign links directly. */
function macKey(keys: Keys): Buffer {
  let key = macKeys.get(keys);
  if (!key) {
    key = purposeKey(keys.encryptionKey, 'manage-link-signing');
    macKeys.set(keys, key);
  }
  return key;
}

const mac = (keys: Keys, body: Buffer) => createHmac('sha256', macKey(keys)).update(body).digest();

/** The token of one link: deterministic, so the confirmation and the reminder of one version carry the same link. */
export function signLink(keys: Keys, claims: LinkClaims): string {
  const body = Buffer.alloc(BODY_BYTES);
  Buffer.from(claims.appointmentId.replace(/-/g, ''), 'hex').copy(body, 0);
  body.writeUInt8(LINK_ACTIONS.indexOf(claims.action), 16);
  body.writeUInt32BE(claims.version, 17);
  return Buffer.concat([body, mac(keys, body)]).toString('base64url');
}

/** The claims of a token this server signed; undefined for anything else (malformed, forged, another key's). */
export function verifyLink(keys: Keys, token: string): LinkClaims | undefined {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== BODY_BYTES + MAC_BYTES) return undefined;
  const body = raw.subarray(0, BODY_BYTES);
  if (!timingSafeEqual(raw.subarray(BODY_BYTES), mac(keys, body))) return undefined;
  const action = LINK_ACTIONS[body.readUInt8(16)];
  if (!action) return undefined;
  const hex = body.subarray(0, 16).toString('hex');
  const appointmentId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { appointmentId, action, version: body.readUInt32BE(17) };
}

/** What the used-links table keeps: never the token. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
