import type { Kysely } from 'kysely';
import type { DB } from '../db/types.js';
import { loadCalendars, slotInput } from './calendar.js';
import { containedIn, normalize, overlapsAny } from './intervals.js';

/**
 * The providers (of `providerIds`) who can see someone at the instant `now`: active, inside one of
 * their availability windows (or with no availability defined at all, which the slot search treats
 * as bookable any time), and neither on time off nor in an appointment or hold. The same calendar
 * and slot input as the slot search; only the question differs (one instant, no duration or grid).
 */
export async function availableNow(db: Kysely<DB>, providerIds: string[], now: Date): Promise<Set<string>> {
  if (providerIds.length === 0) return new Set();
  const at = { start: now.getTime(), end: now.getTime() + 1 };
  const { byProvider, facilities } = await loadCalendars(db, providerIds, at, { now });
  const available = new Set<string>();
  for (const [id, calendar] of byProvider) {
    if (!calendar.provider.active) continue;
    const input = slotInput(calendar, facilities, undefined, at);
    const inWindow = input.availability === null || containedIn(input.availability, at) !== undefined;
    if (inWindow && !overlapsAny(normalize(input.blocked), at) && !overlapsAny(normalize(input.busy), at)) available.add(id);
  }
  return available;
}
