import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import { escapeLike } from '../db/like.js';
import { NO_ID } from '../db/sql.js';
import { notificationsSentColumn } from '../notifications/notifications.repository.js';
import type { ActorRole, AppointmentMode, AppointmentStatus, DB } from '../db/types.js';
import type { Caller } from '../http/auth.js';
import { type Cursor, type KeysetOrder, readPage } from '../db/keyset.js';
import { isStaff } from '../http/auth.js';
import type { AppointmentListQuery } from './appointments.schemas.js';
import { occupiesTimeAt } from '../db/occupying.js';
import { CANCELED_STATUSES, OCCUPYING_STATUSES } from '../kernel/statuses.js';
import { isUuid } from '../kernel/ids.js';

function appointmentQuery(db: Kysely<DB>) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('providers as pr', 'pr.id', 'a.provider_id')
    .innerJoin('users as pu', 'pu.id', 'pr.user_id')
    .innerJoin('patients as pa', 'pa.id', 'a.patient_id')
    .innerJoin('users as qu', 'qu.id', 'pa.user_id')
    .leftJoin('payments as pay', (join) => join.onRef('pay.appointment_id', '=', 'a.id').on('pay.status', '=', 'succeeded'))
    .leftJoin('users as cu', 'cu.id', 'a.canceled_by_user_id')
    .leftJoin('facilities as f', 'f.id', 'a.facility_id')
    .select([
      'a.id',
      'a.provider_id',
      'a.patient_id',
      'a.status',
      'a.start_time',
      'a.end_time',
      'a.provider_notes',
      'a.canceled_by_user_id',
      'cu.role as canceled_by_role',
      'a.canceled_at',
      'a.cancel_reason',
      'a.created_by_user_id',
      'a.facility_id',
      'f.name as facility_name',
      'a.reason',
      'a.mode',
      'a.hold_expires_at',
      'a.price_amount',
      'a.currency',
      'a.exclusive_facility_id',
      'a.series_id',
      'a.request_expires_at',
      'pay.payment_id',
      'pay.created_at as paid_at',
      'a.created_at',
      'a.updated_at',
      'a.version',
      'pu.name as provider_name',
      'qu.name as patient_name',
      // The topics ride along in the same query: one round trip for an appointment or a page of them.
      (eb) =>
        eb
          .selectFrom('appointment_topics as at')
          .innerJoin('topics as t', 't.id', 'at.topic_id')
          .select(
            sql<TopicRef[]>`coalesce(json_agg(json_build_object('id', t.id, 'name', t.name, 'duration', t.duration, 'code', t.code) ORDER BY at.position), '[]'::json)`.as(
              'topics',
            ),
          )
          .whereRef('at.appointment_id', '=', 'a.id')
          .as('topics'),
    ]);
}

export type AppointmentRecord = Awaited<ReturnType<ReturnType<typeof appointmentQuery>['executeTakeFirstOrThrow']>>;

/**
 * Ownership lives in the query: a patient or provider only ever finds their own
 * appointments, so someone else's id is simply "not found". A caller without the profile finds none.
 */
const NO_ONE = NO_ID;

/** Whose appointments a caller sees: all of them (staff, undefined), or those of their own provider or patient id. */
function ownerOf(caller: Caller): { column: 'a.provider_id' | 'a.patient_id'; id: string } | undefined {
  if (isStaff(caller)) return undefined;
  if (caller.role === 'provider') return { column: 'a.provider_id', id: caller.providerId ?? NO_ONE };
  return { column: 'a.patient_id', id: caller.patientId ?? NO_ONE };
}

function visibleTo<QB extends { where: (...args: any[]) => QB }>(q: QB, caller: Caller): QB {
  const owner = ownerOf(caller);
  return owner ? q.where(owner.column, '=', owner.id) : q;
}

export function findVisibleAppointment(db: Kysely<DB>, caller: Caller, id: string) {
  return visibleTo(appointmentQuery(db).where('a.id', '=', id), caller).executeTakeFirst();
}

/** The appointment with its delivery log, in one query. */
export function findVisibleAppointmentDetail(db: Kysely<DB>, caller: Caller, id: string) {
  return visibleTo(
    appointmentQuery(db)
      .select((eb) => notificationsSentColumn(eb.ref('a.id')).as('notifications_sent'))
      .where('a.id', '=', id),
    caller,
  ).executeTakeFirst();
}

/** Locks the row for the rest of the transaction, so two changes to one appointment queue up. */
export async function lockVisibleAppointment(trx: Transaction<DB>, caller: Caller, appointmentId: string) {
  const row = await visibleTo(trx.selectFrom('appointments as a').select('a.id').where('a.id', '=', appointmentId), caller)
    .forUpdate()
    .executeTakeFirst();
  return row ? findVisibleAppointment(trx, caller, appointmentId) : undefined;
}

export type ListQuery = AppointmentListQuery & {
  upcomingAfter?: Date;
  /** Appointments that overlap this span, including one that began before it (a calendar view). */
  overlapping?: { from: Date; to: Date };
  /** The occurrences of one recurring series (issue 15). */
  series?: string;
};

/**
 * The list's filters as one condition over `appointments as a` alone, so the count runs without the
 * name joins (on a million rows that is the difference between milliseconds and a second).
 */
function listFilter(caller: Caller, query: ListQuery) {
  return (eb: ExpressionBuilder<DB & { a: DB['appointments'] }, 'a'>) => {
    const and: Expression<SqlBool>[] = [];
    const owner = ownerOf(caller);
    if (owner) and.push(eb(owner.column, '=', owner.id));
    if (query.status && query.status.length > 0) and.push(eb('a.status', 'in', statusesOf(query.status)));
    if (query.upcomingAfter) {
      const now = query.upcomingAfter;
      and.push(
        eb('a.start_time', '>', now),
        eb.or([eb('a.status', '=', 'scheduled'), eb.and([eb('a.status', '=', 'pending_payment'), eb('a.hold_expires_at', '>', now)])]),
      );
    }
    if (query.provider && query.provider.length > 0) and.push(eb('a.provider_id', 'in', query.provider));
    if (query.facility) and.push(eb('a.facility_id', '=', query.facility));
    if (query.patient) and.push(eb('a.patient_id', '=', query.patient));
    if (query.series) and.push(eb('a.series_id', '=', query.series));
    if (query.from) and.push(eb('a.start_time', '>=', new Date(query.from)));
    if (query.to) and.push(eb('a.start_time', '<', new Date(query.to)));
    if (query.overlapping) and.push(eb('a.start_time', '<', query.overlapping.to), eb('a.end_time', '>', query.overlapping.from));
    if (query.topic) {
      and.push(
        eb.exists(
          eb.selectFrom('appointment_topics as at').select('at.topic_id').whereRef('at.appointment_id', '=', 'a.id').where('at.topic_id', '=', query.topic),
        ),
      );
    }
    if (query.appointment_type) {
      const code = query.appointment_type;
      and.push(
        eb.exists(
          eb.selectFrom('appointment_topics as at').innerJoin('topics as t', 't.id', 'at.topic_id').select('at.topic_id').whereRef('at.appointment_id', '=', 'a.id').where('t.code', '=', code),
        ),
      );
    }
    if (query.search) {
      const pattern = `%${escapeLike(query.search)}%`;
      and.push(
        eb.or([
          eb('a.reason', 'ilike', pattern),
          // Seed 001 searches by patient id too: a whole id, matched exactly.
          ...(isUuid(query.search) ? [eb('a.patient_id', '=', query.search.toLowerCase())] : []),
          eb.exists(
            eb.selectFrom('providers as x').innerJoin('users as xu', 'xu.id', 'x.user_id').select('x.id').whereRef('x.id', '=', 'a.provider_id').where('xu.name', 'ilike', pattern),
          ),
          eb.exists(
            eb.selectFrom('patients as y').innerJoin('users as yu', 'yu.id', 'y.user_id').select('y.id').whereRef('y.id', '=', 'a.patient_id').where('yu.name', 'ilike', pattern),
          ),
        ]),
      );
    }
    return eb.and(and);
  };
}

/**
 * From this offset on, a page is chosen on the appointments alone and only its rows are joined to
 * names, topics and payments: joined first, offset 500,000 of a million took 9 s, chosen first 0.6 s.
 * Shallow pages keep the single query, whose generic plan is faster there (2.3 against 3.2 ms for a
 * patient's 50).
 */
const DEEP_PAGE_OFFSET = 1_000;

/** Counting stops here: an exact count of a million rows took 60-100 ms; up to the cap it stays a few ms. */
export const COUNT_CAP = 10_000;

export interface AppointmentPage {
  rows: AppointmentRecord[];
  count: number;
  capped: boolean;
  /** Offset paging: whether rows follow this page. */
  more: boolean;
  /** Keyset paging: the cursors of the pages after and before this one. */
  next: Cursor | null;
  previous: Cursor | null;
}

const sortColumn = (ordering: ListQuery['ordering']) => (ordering.replace('-', '') === 'created_at' ? 'a.created_at' : 'a.start_time');

/** How the appointment lists sort for an `ordering` (the cursors' tag is the ordering itself). */
export const appointmentOrder = (ordering: ListQuery['ordering']): KeysetOrder => ({
  name: ordering,
  sort: sortColumn(ordering),
  kind: 'timestamptz',
  direction: ordering.startsWith('-') ? 'desc' : 'asc',
  id: 'a.id',
  idKind: 'uuid',
});

/**
 * A page of the appointments the caller may see, by offset or, with `keyset` ('first' or a cursor
 * this list gave out), by keyset: `(sort column, id)` compared with the cursor's, so a deep page is
 * an index range like the first.
 */
export async function listVisibleAppointments(db: Kysely<DB>, caller: Caller, query: ListQuery & { keyset?: Cursor | 'first' }): Promise<AppointmentPage> {
  const filter = listFilter(caller, query);
  const column = sortColumn(query.ordering);
  const direction = query.ordering.startsWith('-') ? 'desc' : 'asc';
  const matching = db.selectFrom('appointments as a').where(filter).select('a.id').limit(COUNT_CAP + 1).as('matching');
  const count = () => db.selectFrom(matching).select((eb) => eb.fn.countAll<number>().as('n'));
  const totalOf = async (rows: { total: number | null }[]) => Number(rows.length > 0 ? rows[0]!.total : (await count().executeTakeFirstOrThrow()).n);
  const counted = (total: number) => ({ count: Math.min(total, COUNT_CAP), capped: total > COUNT_CAP });

  if (query.keyset) {
    const { rows, next, previous } = await readPage(appointmentQuery(db).select(() => count().as('total')).where(filter), appointmentOrder(query.ordering), query);
    return { rows, ...counted(await totalOf(rows)), more: next !== null, next, previous };
  }

  const deep = query.offset >= DEEP_PAGE_OFFSET;
  const page = db.selectFrom('appointments as a').select('a.id').where(filter).orderBy(column, direction).orderBy('a.id', direction).limit(query.limit + 1).offset(query.offset);
  // The total rides along as a column (computed once, as an uncorrelated subquery): one round trip.
  const found = await appointmentQuery(db)
    .select(() => count().as('total'))
    .$if(!deep, (q) => q.where(filter).limit(query.limit + 1).offset(query.offset))
    .$if(deep, (q) => q.where('a.id', 'in', page))
    .orderBy(column, direction)
    .orderBy('a.id', direction)
    .execute();
  return { rows: found.slice(0, query.limit), ...counted(await totalOf(found)), more: found.length > query.limit, next: null, previous: null };
}

export interface TopicRef {
  id: string;
  name: string;
  duration: number;
  code: string | null;
}


/** The list's `status` values as stored: seed 001's `cancelled` is either side's cancellation. */
function statusesOf(wanted: NonNullable<AppointmentListQuery['status']>): AppointmentStatus[] {
  return [...new Set(wanted.flatMap((s): AppointmentStatus[] => (s === 'cancelled' || s === 'canceled' ? [...CANCELED_STATUSES] : [s])))];
}

/** The topic ids of one appointment, in booking order. */
export async function topicIdsOf(db: Kysely<DB>, appointmentId: string): Promise<string[]> {
  const rows = await db.selectFrom('appointment_topics').select('topic_id').where('appointment_id', '=', appointmentId).orderBy('position').execute();
  return rows.map((r) => r.topic_id);
}

type OverlapParams = { providerId: string; patientId: string; facilityId?: string | null; start: Date; end: Date; excludeId?: string; now: Date };

/** Occupying appointments of this provider, patient or single-room facility that overlap [start, end), optionally ignoring one. */
export function findOverlaps(db: Kysely<DB>, params: OverlapParams) {
  return overlapsQuery(db, params).execute();
}

/** The select behind {@link findOverlaps}, for a caller that sends it along with others. */
export function overlapsQuery(db: Kysely<DB>, params: OverlapParams) {
  let q = db
    .selectFrom('appointments')
    .select(['id', 'provider_id', 'patient_id', 'exclusive_facility_id', 'start_time', 'end_time'])
    .where(occupiesTimeAt(params.now, 'appointments'))
    .where((eb) =>
      eb.or([
        eb('provider_id', '=', params.providerId),
        eb('patient_id', '=', params.patientId),
        ...(params.facilityId ? [eb('exclusive_facility_id', '=', params.facilityId)] : []),
      ]),
    )
    // As a range test, so each side's GiST index (person, time range) narrows by both.
    .where(sql<boolean>`tstzrange(start_time, end_time, '[)') && tstzrange(${params.start}, ${params.end}, '[)')`);
  if (params.excludeId) q = q.where('id', '!=', params.excludeId);
  return q;
}

export type NewAppointment = {
  id: string;
  provider_id: string;
  patient_id: string;
  start_time: Date;
  end_time: Date;
  provider_notes: string | null;
  created_by_user_id: string;
  facility_id: string | null;
  mode: AppointmentMode | null;
  exclusive_facility_id: string | null;
  status: AppointmentStatus;
  hold_expires_at: Date | null;
  price_amount: number | null;
  currency: string | null;
  reason: string | null;
  series_id?: string | null;
  request_expires_at?: Date | null;
};

/** A new appointment's row (the caller chooses the id, so its topics and history can name it). */
export async function insertAppointment(trx: Transaction<DB>, values: NewAppointment): Promise<void> {
  await trx.insertInto('appointments').values(values).execute();
}

export async function replaceAppointmentTopics(trx: Transaction<DB>, appointmentId: string, topicIds: string[]) {
  await trx.deleteFrom('appointment_topics').where('appointment_id', '=', appointmentId).execute();
  await insertAppointmentTopics(trx, appointmentId, topicIds);
}

export async function insertAppointmentTopics(trx: Transaction<DB>, appointmentId: string, topicIds: string[]) {
  if (topicIds.length === 0) return;
  await trx
    .insertInto('appointment_topics')
    .values(topicIds.map((topic_id, position) => ({ appointment_id: appointmentId, topic_id, position })))
    .execute();
}

export function updateAppointment(
  trx: Transaction<DB>,
  appointmentId: string,
  changes: {
    status?: AppointmentStatus;
    start_time?: Date;
    end_time?: Date;
    facility_id?: string | null;
    mode?: AppointmentMode | null;
    exclusive_facility_id?: string | null;
    hold_expires_at?: Date | null;
    price_amount?: number | null;
    currency?: string | null;
    patient_id?: string;
    provider_id?: string;
    provider_notes?: string | null;
    reason?: string | null;
    canceled_by_user_id?: string | null;
    canceled_at?: Date | null;
    cancel_reason?: string | null;
    request_expires_at?: Date | null;
  },
) {
  return trx
    .updateTable('appointments')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', appointmentId)
    .execute();
}

export function appendEvent(
  trx: Transaction<DB>,
  event: { appointment_id: string; type: string; actor_user_id: string | null; actor_role: ActorRole; changes: Record<string, unknown> },
) {
  return trx
    .insertInto('appointment_events')
    .values({ ...event, changes: JSON.stringify(event.changes) })
    .execute();
}

export function historyOf(db: Kysely<DB>, appointmentId: string) {
  return db.selectFrom('appointment_events').selectAll().where('appointment_id', '=', appointmentId).orderBy('id').execute();
}

/**
 * Moves a batch of appointments whose time is up from one status to another (overdue marking, hold
 * expiry) and returns their ids; the caller records history and notifications in the same transaction.
 * SKIP LOCKED lets several workers sweep at once, and batches keep each lock set small.
 */
export async function sweepDue(
  trx: Transaction<DB>,
  sweep: { from: AppointmentStatus; to: AppointmentStatus; dueColumn: 'start_time' | 'hold_expires_at'; dueBy: Date; batchSize: number },
) {
  const rows = await trx
    .updateTable('appointments')
    .set({ status: sweep.to, updated_at: sql<Date>`now()` })
    .where(
      'id',
      'in',
      trx
        .selectFrom('appointments')
        .select('id')
        .where('status', '=', sweep.from)
        .where(sweep.dueColumn, '<=', sweep.dueBy)
        .orderBy(sweep.dueColumn)
        .limit(sweep.batchSize)
        .forUpdate()
        .skipLocked(),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The longest patient cut-off set by the topics of appointment `a` (null: none sets one), as a subquery. */
export const topicCutoffOf = (eb: ExpressionBuilder<DB & { a: DB['appointments'] }, 'a'>) =>
  eb
    .selectFrom('appointment_topics as at')
    .innerJoin('topics as t', 't.id', 'at.topic_id')
    .select((e) => e.fn.max('t.patient_cancel_cutoff_minutes').as('m'))
    .whereRef('at.appointment_id', '=', 'a.id');

/** The patient cancel/reschedule cut-off: the strictest of the provider's and the topics' ({@link topicCutoffOf}). */
export const strictestCutoff = (providerCutoff: number | null, topicCutoff: unknown) => Math.max(providerCutoff ?? 0, Number(topicCutoff ?? 0));

/** The patient cancel/reschedule cut-off of one appointment, in minutes before its start. */
export async function patientCutoffMinutes(db: Kysely<DB>, appointmentId: string): Promise<number> {
  const row = await db
    .selectFrom('appointments as a')
    .innerJoin('providers as p', 'p.id', 'a.provider_id')
    .select((eb) => ['p.patient_cancel_cutoff_minutes as provider_cutoff', topicCutoffOf(eb).as('topic_cutoff')])
    .where('a.id', '=', appointmentId)
    .executeTakeFirst();
  return strictestCutoff(row?.provider_cutoff ?? null, row?.topic_cutoff);
}

/** Declines a batch of requests whose approval did not come in time; returns their ids (SKIP LOCKED, as the other sweeps). */
export async function sweepExpiredRequests(trx: Transaction<DB>, now: Date, batchSize: number) {
  const rows = await trx
    .updateTable('appointments')
    .set({ status: 'declined', request_expires_at: null, updated_at: sql<Date>`now()` })
    .where(
      'id',
      'in',
      trx
        .selectFrom('appointments')
        .select('id')
        .where('status', '=', 'requested')
        .where('request_expires_at', '<=', now)
        .orderBy('request_expires_at')
        .limit(batchSize)
        .forUpdate()
        .skipLocked(),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * A facility became a single room (or stopped being one): its appointments that occupy time and
 * have not ended now hold the room (or no longer do), so the exclusion constraint covers them.
 */
export async function setExclusiveFacility(trx: Transaction<DB>, facilityId: string, exclusive: boolean, now: Date) {
  await trx
    .updateTable('appointments')
    .set({ exclusive_facility_id: exclusive ? facilityId : null, updated_at: sql<Date>`now()` })
    .where('facility_id', '=', facilityId)
    .where('status', 'in', OCCUPYING_STATUSES)
    .where('end_time', '>', now)
    .execute();
}
