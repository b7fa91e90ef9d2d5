import { type Kysely, sql, type Transaction } from 'kysely';
import { type KeysetOrder, type Paging, readPage } from '../db/keyset.js';
import { escapeLike } from '../db/like.js';
import type { DB, NewUser, Role, UserUpdate } from '../db/types.js';

export function insertUser(trx: Transaction<DB> | Kysely<DB>, user: NewUser) {
  return trx.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export function updateUser(trx: Transaction<DB>, userId: string, changes: UserUpdate) {
  return trx
    .updateTable('users')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findUserByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('users').selectAll().where(sql<string>`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
}

export function emailTaken(db: Kysely<DB>, email: string) {
  return findUserByEmail(db, email).then(Boolean);
}

export function findUser(db: Kysely<DB>, userId: string) {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

export function patientIdOfUser(db: Kysely<DB>, userId: string) {
  return db.selectFrom('patients').select('id').where('user_id', '=', userId).executeTakeFirst().then((p) => p?.id);
}


export interface ListFilter extends Paging {
  search?: string;
  active?: boolean;
}

/** The people lists sort by name; the id breaks ties (namesakes), for offset and keyset paging alike. */
const byName = (name: string, sort: string, id: string): KeysetOrder => ({ name, sort, kind: 'text', direction: 'asc', id, idKind: 'uuid' });
export const userOrder = byName('users', 'name', 'id');
export const providerOrder = byName('providers', 'u.name', 'p.id');
export const patientOrder = byName('patients', 'u.name', 'p.id');

export async function listUsers(db: Kysely<DB>, filter: ListFilter & { roles: Role[] }) {
  let q = db.selectFrom('users').where('role', 'in', filter.roles);
  if (filter.search) q = q.where('name', 'ilike', `%${escapeLike(filter.search)}%`);
  if (filter.active !== undefined) q = q.where('active', '=', filter.active);
  const [page, total] = await Promise.all([readPage(q.selectAll(), userOrder, filter), q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()]);
  return { ...page, count: Number(total.n) };
}

function providerQuery(db: Kysely<DB>) {
  return db
    .selectFrom('providers as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select([
      'p.id',
      'p.specialization',
      'p.timezone',
      'p.slot_minutes',
      'p.min_notice_minutes',
      'p.max_days_ahead',
      'p.buffer_before_minutes',
      'p.buffer_after_minutes',
      'p.patient_cancel_cutoff_minutes',
      'p.default_minutes',
      'p.picture_etag',
      'p.requires_confirmation',
      'p.created_at',
      'p.updated_at',
      'u.id as user_id',
      'u.email',
      'u.name',
      'u.phone',
      'u.active',
    ]);
}

export type ProviderRecord = Awaited<ReturnType<typeof findProvider>> & {};

export function findProvider(db: Kysely<DB>, providerId: string) {
  return providerQuery(db).where('p.id', '=', providerId).executeTakeFirst();
}

export async function listProviders(db: Kysely<DB>, filter: ListFilter) {
  let q = providerQuery(db);
  if (filter.search) q = q.where('u.name', 'ilike', `%${escapeLike(filter.search)}%`);
  if (filter.active !== undefined) q = q.where('u.active', '=', filter.active);
  const [page, total] = await Promise.all([readPage(q, providerOrder, filter), q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()]);
  return { ...page, count: Number(total.n) };
}

export type ProviderFields = {
  specialization?: string | null;
  timezone?: string;
  slot_minutes?: number;
  min_notice_minutes?: number;
  max_days_ahead?: number | null;
  buffer_before_minutes?: number;
  buffer_after_minutes?: number;
  patient_cancel_cutoff_minutes?: number;
  default_minutes?: number | null;
  requires_confirmation?: boolean;
};

export function insertProvider(trx: Transaction<DB>, values: ProviderFields & { user_id: string }) {
  return trx.insertInto('providers').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateProvider(trx: Transaction<DB>, providerId: string, changes: ProviderFields) {
  return trx
    .updateTable('providers')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', providerId)
    .execute();
}

function patientQuery(db: Kysely<DB>) {
  return db
    .selectFrom('patients as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select([
      'p.id',
      'p.date_of_birth',
      'p.timezone',
      'p.created_at',
      'p.updated_at',
      'u.id as user_id',
      'u.email',
      'u.name',
      'u.phone',
      'u.active',
    ])
    // An erased patient is gone from every read (their appointments stay, without them).
    .where('u.erased_at', 'is', null);
}

export type PatientRecord = Awaited<ReturnType<typeof findPatient>> & {};

export function findPatient(db: Kysely<DB>, patientId: string) {
  return patientQuery(db).where('p.id', '=', patientId).executeTakeFirst();
}

export async function listPatients(db: Kysely<DB>, filter: ListFilter) {
  let q = patientQuery(db);
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`;
    q = q.where((eb) => eb.or([eb('u.name', 'ilike', pattern), eb('u.email', 'ilike', pattern)]));
  }
  if (filter.active !== undefined) q = q.where('u.active', '=', filter.active);
  const [page, total] = await Promise.all([readPage(q, patientOrder, filter), q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()]);
  return { ...page, count: Number(total.n) };
}

export function insertPatient(trx: Transaction<DB>, values: { user_id: string; date_of_birth: string | null; timezone: string | null }) {
  return trx.insertInto('patients').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updatePatient(trx: Transaction<DB>, patientId: string, changes: { date_of_birth?: string | null; timezone?: string | null }) {
  return trx
    .updateTable('patients')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', patientId)
    .execute();
}

/** The patients among `patientIds` who have or had an appointment with the provider. */
export async function patientsSeenBy(db: Kysely<DB>, providerId: string, patientIds: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('appointments')
    .select('patient_id')
    .distinct()
    .where('provider_id', '=', providerId)
    .where('patient_id', 'in', patientIds)
    .execute();
  return rows.map((r) => r.patient_id);
}
