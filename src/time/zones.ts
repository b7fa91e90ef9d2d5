import { IANAZone } from 'luxon';

/** True for an IANA zone name the runtime knows (e.g. `Asia/Kolkata`), false for offsets or junk. */
export function isValidTimeZone(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) && IANAZone.isValidZone(name);
}
