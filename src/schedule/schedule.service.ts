import { listAppointments } from '../appointments/appointments.service.js';
import type { Uses } from '../context.js';
import { type Caller, isStaff } from '../http/auth.js';
import { invalid } from '../http/errors.js';
import { findFacility } from '../facilities/facilities.repository.js';
import { providersWithHours } from '../scheduling/availability.repository.js';
import { closures, loadCalendars, openingHours, ruleOccurrences } from '../scheduling/calendar.js';
import { type Interval, intersect, subtract } from '../scheduling/intervals.js';
import type { ScheduleQuery } from '../scheduling/slots.schemas.js';
import { addDays, localToInstant } from '../scheduling/wall-clock.js';

const MAX_PROVIDERS = 200;

/**
 * Seed 003's calendar view: availability rules expanded to real instants for the dates asked,
 * next to the appointments the caller may see, filtered by provider(s) and facility.
 */
export async function scheduleView(ctx: Uses<'db' | 'clock'>, caller: Caller, query: ScheduleQuery) {
  const facility = query.facility ? await findFacility(ctx.db, query.facility) : undefined;
  if (query.facility && !facility) throw invalid([{ field: 'facility', message: 'does not exist' }]);
  const zone = query.timezone ?? facility?.timezone ?? 'UTC';
  const range: Interval = { start: localToInstant(query.from, '00:00', zone), end: localToInstant(addDays(query.to, 1), '00:00', zone) };

  let providerIds = query.provider ?? [];
  if (providerIds.length === 0) {
    // Everyone who has hours (at the facility, when one is named).
    providerIds = await providersWithHours(ctx.db, facility?.id, MAX_PROVIDERS);
  }
  if (providerIds.length > MAX_PROVIDERS) throw invalid([{ field: 'provider', message: `at most ${MAX_PROVIDERS} providers` }]);

  const { byProvider, facilities } = await loadCalendars(ctx.db, providerIds, range, { extraFacilityIds: facility ? [facility.id] : [], now: ctx.clock.now() });
  const availabilities = [];
  for (const calendar of byProvider.values()) {
    if (facility && !calendar.worksAt.has(facility.id)) continue;
    for (const rule of calendar.rules) {
      if (facility && rule.facility_id !== null && rule.facility_id !== facility.id) continue;
      // A rule without a place applies at the facility only while the facility is open.
      let occurrences = ruleOccurrences(rule, calendar.provider, facilities, range);
      if (facility && rule.facility_id === null) {
        const hours = openingHours(facility, range);
        if (hours) occurrences = intersect(occurrences, hours);
        occurrences = subtract(occurrences, closures(facility));
      }
      for (const o of occurrences) {
        const start = Math.max(o.start, range.start);
        const end = Math.min(o.end, range.end);
        if (end <= start) continue;
        availabilities.push({
          provider: calendar.provider.id,
          facility: rule.facility_id,
          availability: rule.id,
          kind: rule.kind,
          start_time: new Date(start).toISOString(),
          end_time: new Date(end).toISOString(),
        });
      }
    }
  }
  availabilities.sort((a, b) => a.start_time.localeCompare(b.start_time) || a.provider.localeCompare(b.provider));

  // Appointments are filtered by the providers asked for, not by who happens to have hours.
  const { results: appointments } = await listAppointments(ctx, caller, {
    provider: query.provider && query.provider.length > 0 ? query.provider : undefined,
    facility: facility?.id,
    overlapping: { from: new Date(range.start), to: new Date(range.end) },
    ordering: 'start_time',
    limit: 1000,
    offset: 0,
  });
  // Time off says when a provider is away; its reason stays with staff and the provider.
  const timeOff = [...byProvider.values()].flatMap((c) =>
    c.timeOff
      .filter((t) => t.end > range.start && t.start < range.end)
      .map((t) => ({ provider: c.provider.id, start_time: new Date(t.start).toISOString(), end_time: new Date(t.end).toISOString() })),
  );
  // Seed 003's calendar shows only when the facility is open: its hours for the dates asked, less closures.
  const place = facility ? facilities.get(facility.id) : undefined;
  const open = place ? subtract(intersect(openingHours(place, range) ?? [range], [range]), closures(place)) : [];
  return {
    from: query.from,
    to: query.to,
    timezone: zone,
    opening_hours: open.map((o) => ({ facility: place!.id, start_time: new Date(o.start).toISOString(), end_time: new Date(o.end).toISOString() })),
    availabilities,
    time_off: isStaff(caller) || caller.role === 'provider' ? timeOff : [],
    appointments,
  };
}
