/**
 * The selects behind the calendars slot math reads (src/scheduling/calendar.ts composes them and
 * turns their rows into the pure slot input): a few indexed statements whatever the number of
 * providers and days.
 */
import { type Kysely, sql } from 'kysely';
import { anyUuid, NO_ID, onlyIf } from '../db/sql.js';
import type { DB } from '../db/types.js';
import { occupiesTimeAt } from '../db/occupying.js';
import type { CalendarOptions } from './calendar.js';
import type { Interval } from './intervals.js';

const DAY_MS = 86_400_000;
/** Busy time is loaded this far around the span, so buffers and long visits at its edges count. */
const BUSY_MARGIN_MS = 2 * DAY_MS;

/**
 * Where the providers work and when: their rules, their facilities, and every facility the rules
 * name, plus `extraFacilityIds` (the ids first, then one index lookup each: an OR of the two would
 * scan every facility). What {@link facilitiesOffering} needs, without a time span.
 */
export function hoursQueries(db: Kysely<DB>, providerIds: string[], extraFacilityIds: string[] = []) {
  return {
    rules: db.selectFrom('availability_rules').selectAll().where('provider_id', '=', anyUuid(providerIds)).orderBy('created_at').orderBy('id'),
    links: db.selectFrom('provider_facilities').selectAll().where('provider_id', '=', anyUuid(providerIds)),
    facilities: db
      .selectFrom('facilities')
      .selectAll()
      .where(
        'id',
        '=',
        sql<string>`any(array(SELECT unnest(${extraFacilityIds}::uuid[])
          UNION SELECT facility_id FROM availability_rules WHERE provider_id = ${anyUuid(providerIds)}))`,
      ),
  };
}

/** The providers' settings and everything that takes their time around `span`. */
export function busyQueries(db: Kysely<DB>, providerIds: string[], span: Interval, options: Omit<CalendarOptions, 'extraFacilityIds'>) {
  const from = new Date(span.start - BUSY_MARGIN_MS);
  const to = new Date(span.end + BUSY_MARGIN_MS);
  const busyOptions = { from, to, now: options.now, excludeId: options.excludeAppointmentId };
  return {
    providers: db
      .selectFrom('providers as p')
      .select(['p.id', 'p.timezone', 'p.slot_minutes', 'p.min_notice_minutes', 'p.max_days_ahead', 'p.buffer_before_minutes', 'p.buffer_after_minutes'])
      // A lookup per provider, not a join: a generic plan guesses ten providers for the id list and
      // then prefers scanning every user to looking ten up (measured: 0.5 ms per booking with 2,200 users).
      .select(sql<boolean>`(SELECT u.active FROM users u WHERE u.id = p.user_id)`.as('active'))
      .select('p.calendar_broken_policy')
      .where('p.id', '=', anyUuid(providerIds)),
    sources: db
      .selectFrom('calendar_sources')
      .select(['id', 'provider_id', 'name', 'state', 'last_success_at', 'last_error'])
      .where('provider_id', '=', anyUuid(providerIds))
      .orderBy('created_at')
      .orderBy('id'),
    externalBusy: db
      .selectFrom('calendar_busy')
      .select(['provider_id', 'start_time', 'end_time'])
      .where('provider_id', '=', anyUuid(providerIds))
      .where('start_time', '<', to)
      .where('end_time', '>', from),
    timeOff: db
      .selectFrom('time_off')
      .select(['provider_id', 'start_time', 'end_time'])
      .where('provider_id', '=', anyUuid(providerIds))
      .where('start_time', '<', to)
      .where('end_time', '>', from)
      .orderBy('start_time'),
    busy: busyTime(db, { ...busyOptions, providerIds }),
    roomBusy: onlyIf(Boolean(options.singleRoomFacilityId), busyTime(db, { ...busyOptions, facilityId: options.singleRoomFacilityId ?? null })),
  };
}

/**
 * Time-occupying appointments of some providers or of one single-room facility that overlap
 * [from, to). Lapsed holds count as free even before the sweeper expires them. The providers are
 * unnested and joined one by one, because the exclusion constraints' GiST indexes (provider or
 * facility, time range) answer `provider_id = x` but not `provider_id = ANY(...)`: with the list,
 * PostgreSQL would scan every appointment in the range.
 */
function busyTime(db: Kysely<DB>, o: { from: Date; to: Date; now: Date; excludeId?: string; providerIds?: string[]; facilityId?: string | null }) {
  const overlapsRange = sql`tstzrange(a.start_time, a.end_time, '[)') && tstzrange(${o.from}, ${o.to}, '[)')`;
  const notMoved = o.excludeId ? sql`AND a.id <> ${o.excludeId}` : sql``;
  const occupied = occupiesTimeAt(o.now);
  type Busy = { provider_id: string; start_time: Date; end_time: Date };
  const query = o.providerIds
    ? sql<Busy>`SELECT a.provider_id, a.start_time, a.end_time
      FROM unnest(${o.providerIds}::uuid[]) AS wanted (id)
      CROSS JOIN LATERAL (SELECT * FROM appointments a WHERE a.provider_id = wanted.id AND ${occupied} AND ${overlapsRange} ${notMoved}) a`
    : sql<Busy>`SELECT a.provider_id, a.start_time, a.end_time FROM appointments a
      WHERE a.exclusive_facility_id = ${o.facilityId ?? NO_ID} AND ${occupied} AND ${overlapsRange} ${notMoved}`;
  return { execute: async () => (await query.execute(db)).rows };
}
