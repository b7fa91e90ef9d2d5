import type { Keys } from '../auth/keys.js';
import { openSecret, sealSecret } from '../crypto/secrets.js';

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

/** Sealed (JWE, A256GCM) and bound to the patient's id: a ciphertext copied to another row does not open. */
export function sealPersonal(keys: Keys, patientId: string, data: PersonalData): Promise<string> {
  return sealSecret(keys, 'patient-personal-data', JSON.stringify(data), `patient:${patientId}`);
}

export async function openPersonal(keys: Keys, patientId: string, sealed: string | null): Promise<PersonalData> {
  if (!sealed) return NO_PERSONAL_DATA;
  return { ...NO_PERSONAL_DATA, ...(JSON.parse(await openSecret(keys, 'patient-personal-data', sealed, `patient:${patientId}`)) as Partial<PersonalData>) };
}
