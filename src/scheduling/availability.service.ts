import type { Transaction } from 'kysely';
import { inTransaction } from '../db/transaction.js';
import type { AppContext, Uses } from '../context.js';
import type { DB, FacilityRow, OperatingHours, Weekday } from '../db/types.js';
import { type Caller, isStaff } from '../http/auth.js';
import { AppError, forbidden, invalid, notFound } from '../http/errors.js';
import { findFacilities, facilityIdsOfProviders } from '../facilities/facilities.repository.js';
import { findProvider } from '../people/people.repository.js';
import * as repo from './availability.repository.js';
import type { AvailabilityIn, TimeOffIn, WeeklyScheduleIn } from './availability.schemas.js';
import { containedIn, normalize } from './intervals.js';
import { minutesOf } from './schemas.js';
import { WEEKDAYS, weekdayOf } from './wall-clock.js';

/** Admins, staff and the provider themself manage a provider's hours and time off. */
export async function assertMayManage(ctx: Uses<'db'>, caller: Caller, providerId: string) {
  const provider = await findProvider(ctx.db, providerId);
  if (!provider) throw notFound('Provider');
  if (!isStaff(caller) && caller.providerId !== providerId) throw forbidden("You can only manage your own availability");
  return provider;
}

const nextWeekday = (day: Weekday): Weekday => WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7]!;

/** True when [start, end) minutes of `day` lies inside one (merged) opening range of that day. */
function insideHours(hours: OperatingHours[], day: Weekday, start: number, end: number): boolean {
  const ranges = normalize(hours.filter((h) => h.weekday === day).map((h) => ({ start: minutesOf(h.open), end: minutesOf(h.close) })));
  return containedIn(ranges, { start, end }) !== undefined;
}

/** Splits a wall-clock rule into per-day pieces: an overnight rule becomes two. */
function dayPieces(day: Weekday, start: string, end: string): [Weekday, number, number][] {
  const s = minutesOf(start);
  const e = minutesOf(end);
  if (e > s) return [[day, s, e]];
  return e === 0 ? [[day, s, 1440]] : [[day, s, 1440], [nextWeekday(day), 0, e]];
}

type RuleInput = { weekday?: Weekday; date?: string; start: string; end: string; facility?: string | null };

/**
 * Checks rules against the provider's facilities: the facility must be one the provider works at,
 * active, open on every day the rule applies (code `outside_operating_hours`) and not closed
 * on a dated rule's day (`facility_closed`).
 */
async function validateRules(trx: Transaction<DB> | AppContext['db'], providerId: string, rules: RuleInput[], fieldPrefix: string) {
  const facilityIds = [...new Set(rules.map((r) => r.facility).filter((f): f is string => Boolean(f)))];
  if (facilityIds.length === 0) return;
  const [facilities, links] = await Promise.all([findFacilities(trx, facilityIds), facilityIdsOfProviders(trx, [providerId])]);
  const byId = new Map<string, FacilityRow>(facilities.map((f) => [f.id, f]));
  const worksAt = new Set(links.map((l) => l.facility_id));
  for (const [index, rule] of rules.entries()) {
    if (!rule.facility) continue;
    const field = `${fieldPrefix}${fieldPrefix ? `.${index}.` : ''}facility`;
    const facility = byId.get(rule.facility);
    if (!facility) throw invalid([{ field, message: 'does not exist' }]);
    if (!facility.active) throw invalid([{ field, message: 'is inactive' }]);
    if (!worksAt.has(facility.id)) throw invalid([{ field, message: 'is not one of the provider\'s facilities; add it to the provider first' }]);
    const day = rule.weekday ?? weekdayOf(rule.date!);
    if (rule.date && facility.closures.some((c) => c.date === rule.date)) {
      throw new AppError(422, 'facility_closed', `${facility.name} is closed on ${rule.date}`);
    }
    if (facility.operating_hours.length === 0) continue;
    for (const [pieceDay, s, e] of dayPieces(day, rule.start, rule.end)) {
      if (!insideHours(facility.operating_hours, pieceDay, s, e)) {
        throw new AppError(
          422,
          'outside_operating_hours',
          `${rule.start}–${rule.end} on ${rule.date ?? `${day}s`} is outside the opening hours of ${facility.name}`,
          { errors: [{ field: `${fieldPrefix}${fieldPrefix ? `.${index}.` : ''}start`, message: 'lies outside the facility\'s operating hours' }] },
        );
      }
    }
  }
}

function toNewRule(providerId: string, actorUserId: string | null, rule: AvailabilityIn | WeeklyScheduleIn[number]): repo.NewRule {
  const dated = 'date' in rule && rule.date !== undefined;
  return {
    provider_id: providerId,
    facility_id: rule.facility ?? null,
    kind: dated ? 'dated' : 'weekly',
    weekday: dated ? null : (rule.weekday ?? null),
    date: dated ? (rule as AvailabilityIn).date! : null,
    start_local: rule.start,
    end_local: rule.end,
    valid_from: dated ? null : (rule.valid_from ?? null),
    valid_until: dated ? null : (rule.valid_until ?? null),
    created_by_user_id: actorUserId,
  };
}

export async function addAvailability(ctx: Uses<'db'>, caller: Caller, providerId: string, input: AvailabilityIn) {
  await assertMayManage(ctx, caller, providerId);
  await validateRules(ctx.db, providerId, [input], '');
  const [row] = await inTransaction(ctx.db, (trx) => repo.insertRules(trx, [toNewRule(providerId, caller.userId, input)]));
  return row!;
}

/** Replaces the provider's weekly rules (dated ones stay), inside the caller's transaction. */
export async function replaceWeeklySchedule(trx: Transaction<DB>, actorUserId: string | null, providerId: string, schedule: WeeklyScheduleIn) {
  await validateRules(trx, providerId, schedule, 'schedule');
  await repo.deleteWeeklyRules(trx, providerId);
  await repo.insertRules(trx, schedule.map((rule) => toNewRule(providerId, actorUserId, rule)));
}

export async function listAvailability(ctx: Uses<'db'>, providerId: string) {
  if (!(await findProvider(ctx.db, providerId))) throw notFound('Provider');
  return repo.rulesOfProviders(ctx.db, [providerId]);
}

export async function removeAvailability(ctx: Uses<'db'>, caller: Caller, providerId: string, ruleId: string) {
  await assertMayManage(ctx, caller, providerId);
  const result = await inTransaction(ctx.db, (trx) => repo.deleteRule(trx, providerId, ruleId));
  if (Number(result.numDeletedRows) === 0) throw notFound('Availability');
}

export async function addTimeOff(ctx: Uses<'db'>, caller: Caller, providerId: string, input: TimeOffIn) {
  await assertMayManage(ctx, caller, providerId);
  return inTransaction(ctx.db, (trx) =>
    repo.insertTimeOff(trx, {
      provider_id: providerId,
      start_time: new Date(input.start_time),
      end_time: new Date(input.end_time),
      reason: input.reason ?? null,
      created_by_user_id: caller.userId,
    }),
  );
}

/** Time off reasons can be private: only the provider, staff and admins read them. */
export async function listTimeOff(ctx: Uses<'db'>, caller: Caller, providerId: string) {
  await assertMayManage(ctx, caller, providerId);
  return repo.timeOffOfProviders(ctx.db, [providerId]);
}

export async function removeTimeOff(ctx: Uses<'db'>, caller: Caller, providerId: string, timeOffId: string) {
  await assertMayManage(ctx, caller, providerId);
  const result = await inTransaction(ctx.db, (trx) => repo.deleteTimeOff(trx, providerId, timeOffId));
  if (Number(result.numDeletedRows) === 0) throw notFound('Time off');
}
