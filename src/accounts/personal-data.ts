import type { Keys } from '../auth/keys.js';
import { createSecretBox, type SecretBox } from '../notifications/secrets.js';

export interface Address {
  line1: string;
  line2?: string | null;
  postal_code: string;
  city: string;
  state: string;
  country: string;
}

/** The registration fields kept encrypted at rest (the name and email stay readable: sign-in and search use them). */
export interface PersonalData {
  address: Address | null;
  nationality: string | null;
  gender: string | null;
}

export const NO_PERSONAL_DATA: PersonalData = { address: null, nationality: null, gender: null };

const boxes = new WeakMap<Keys, SecretBox>();
function boxFor(keys: Keys): SecretBox {
  let box = boxes.get(keys);
  if (!box) {
    // Its own HKDF purpose: the webhook secrets' key never opens personal data, nor the reverse.
    box = createSecretBox(keys.encryptionKey, 'patient-personal-data');
    boxes.set(keys, box);
  }
  return box;
}

/** Encrypted with AES-256-GCM, bound to the patient's id (a ciphertext copied to another row does not open). */
export function sealPersonal(keys: Keys, patientId: string, data: PersonalData): string {
  return boxFor(keys).seal(JSON.stringify(data), `patient:${patientId}`);
}

export function openPersonal(keys: Keys, patientId: string, sealed: string | null): PersonalData {
  if (!sealed) return NO_PERSONAL_DATA;
  return { ...NO_PERSONAL_DATA, ...(JSON.parse(boxFor(keys).open(sealed, `patient:${patientId}`)) as Partial<PersonalData>) };
}
