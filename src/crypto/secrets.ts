import { hkdfSync } from 'node:crypto';
import { dataKey, type Keys } from '../auth/keys.js';
import { createSealer, type Sealer } from './sealing.js';

/** What a secret is sealed for: each purpose has its own key, so one kind never opens another. */
export type SecretPurpose = 'webhook-secret-encryption' | 'patient-personal-data' | 'account-mail-code';
/** Every key derived from the key material: the sealing purposes, and the manage links' signatures. */
export type KeyPurpose = SecretPurpose | 'manage-link-signing';

/**
 * The key of one purpose: the key material (ENCRYPTION_KEY, the key file's, or JWT_SECRET) through
 * HKDF with the purpose as its label, so bytes that may also sign tokens never encrypt directly.
 */
export const purposeKey = (material: string, purpose: KeyPurpose) => Buffer.from(hkdfSync('sha256', material, 'carebook', purpose, 32));

/**
 * Seals small secrets for storage (webhook signing keys, linked calendar addresses, patients'
 * personal fields, emailed codes in the outbox) as compact JWE (`dir` + `A256GCM`, the same format
 * as the bank details), bound to `context` (its row).
 */
export function createSecretSealer(material: string, purpose: SecretPurpose): Sealer {
  return createSealer(
    { current: dataKey(purposeKey(material, purpose).toString('base64')), previous: [] },
    'is not the current one: ENCRYPTION_KEY (or the key file, or the JWT_SECRET it defaults to) changed',
  );
}

const sealers = new WeakMap<Keys, Map<SecretPurpose, Sealer>>();

/** The sealer of this context's keys for `purpose`, made once. */
export function secretSealer(keys: Keys, purpose: SecretPurpose): Sealer {
  let byPurpose = sealers.get(keys);
  if (!byPurpose) sealers.set(keys, (byPurpose = new Map()));
  let sealer = byPurpose.get(purpose);
  if (!sealer) byPurpose.set(purpose, (sealer = createSecretSealer(keys.encryptionKey, purpose)));
  return sealer;
}

/** A string sealed for `purpose`, bound to `context`. */
export const sealSecret = async (keys: Keys, purpose: SecretPurpose, plain: string, context: string) =>
  (await secretSealer(keys, purpose).seal(plain, context)).sealed;

export const openSecret = (keys: Keys, purpose: SecretPurpose, sealed: string, context: string) => secretSealer(keys, purpose).open<string>(sealed, context);
