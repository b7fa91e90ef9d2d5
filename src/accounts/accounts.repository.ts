import { type Kysely, sql, type Transaction } from 'kysely';
import type { AccountCodePurpose, DB, UserUpdate } from '../db/types.js';

// ---- one-time codes -------------------------------------------------------------------

/** When this account was last sent a code for `purpose`, and how many in the hour before `now`. */
export async function recentCodes(trx: Transaction<DB>, userId: string, purpose: AccountCodePurpose, hourAgo: Date) {
  const row = await trx
    .selectFrom('account_codes')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('created_at').as('last')])
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('created_at', '>', hourAgo)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), last: row.last ? new Date(row.last) : null };
}

/** Serializes code issuing and checking per account, so two requests cannot both pass a limit. */
export async function lockAccount(trx: Transaction<DB>, userId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`account:${userId}`}))`.execute(trx);
}

/** A new code replaces any earlier one still alive. */
export async function retireCodes(trx: Transaction<DB>, userId: string, purpose: AccountCodePurpose, now: Date) {
  await trx.updateTable('account_codes').set({ used_at: now }).where('user_id', '=', userId).where('purpose', '=', purpose).where('used_at', 'is', null).execute();
}

export function insertCode(
  trx: Transaction<DB>,
  values: { user_id: string; purpose: AccountCodePurpose; code_hash: string; email: string | null; expires_at: Date; created_at: Date },
) {
  return trx.insertInto('account_codes').values(values).returning('id').executeTakeFirstOrThrow();
}

/** The live code of this account and purpose (unused, unexpired, tries left), locked for the check. */
export function liveCode(trx: Transaction<DB>, userId: string, purpose: AccountCodePurpose, now: Date, maxAttempts: number) {
  return trx
    .selectFrom('account_codes')
    .selectAll()
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .where('attempts', '<', maxAttempts)
    .orderBy('created_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

/** The newest live claim code sent to `email` (the invited address is on the code, not yet on the user). */
export function liveClaimCode(trx: Transaction<DB>, email: string, now: Date, maxAttempts: number) {
  return trx
    .selectFrom('account_codes')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .where('purpose', '=', 'claim')
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .where('attempts', '<', maxAttempts)
    .orderBy('created_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export async function countWrongTry(trx: Transaction<DB>, codeId: string) {
  await trx.updateTable('account_codes').set({ attempts: sql<number>`attempts + 1` }).where('id', '=', codeId).execute();
}

export async function useCode(trx: Transaction<DB>, codeId: string, now: Date) {
  await trx.updateTable('account_codes').set({ used_at: now }).where('id', '=', codeId).execute();
}

// ---- accounts ---------------------------------------------------------------------------

export function findUserByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('users').selectAll().where(sql<string>`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
}

export function insertPatientRecord(
  trx: Transaction<DB>,
  values: { id: string; user_id: string; date_of_birth: string | null; signup_type: 'patient' | 'visitor' | null; personal_sealed: string | null },
) {
  return trx.insertInto('patients').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateUserRow(trx: Transaction<DB>, userId: string, changes: UserUpdate) {
  return trx
    .updateTable('users')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', userId)
    .execute();
}

/** A patient's account and record, as the profile shows them. */
export function findProfile(db: Kysely<DB>, patientId: string) {
  return db
    .selectFrom('patients as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select([
      'p.id',
      'p.date_of_birth',
      'p.signup_type',
      'p.personal_sealed',
      'p.timezone',
      'p.created_at',
      'u.id as user_id',
      'u.email',
      'u.email_verified',
      'u.name',
      'u.phone',
      'u.password_hash',
      'u.erased_at',
    ])
    .where('p.id', '=', patientId)
    .executeTakeFirst();
}

export function updatePatientRecord(trx: Transaction<DB>, patientId: string, changes: { date_of_birth?: string | null; personal_sealed?: string | null }) {
  return trx
    .updateTable('patients')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', patientId)
    .execute();
}

// ---- export -------------------------------------------------------------------------------

export function userForExport(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'phone', 'role', 'active', 'email_verified', 'notify_email', 'notify_sms', 'created_at', 'updated_at'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

export function appointmentsForExport(db: Kysely<DB>, side: { patientId: string | null; providerId: string | null }) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('providers as pr', 'pr.id', 'a.provider_id')
    .innerJoin('users as pu', 'pu.id', 'pr.user_id')
    .innerJoin('patients as pa', 'pa.id', 'a.patient_id')
    .innerJoin('users as qu', 'qu.id', 'pa.user_id')
    .select([
      'a.id',
      'a.status',
      'a.start_time',
      'a.end_time',
      'a.mode',
      'a.facility_id',
      'a.reason',
      'a.cancel_reason',
      'a.canceled_at',
      'a.price_amount',
      'a.currency',
      'a.created_at',
      'pr.id as provider_id',
      'pu.name as provider_name',
      'pa.id as patient_id',
      'qu.name as patient_name',
    ])
    .where((eb) =>
      eb.or([
        eb('a.patient_id', '=', side.patientId ?? '00000000-0000-0000-0000-000000000000'),
        eb('a.provider_id', '=', side.providerId ?? '00000000-0000-0000-0000-000000000000'),
      ]),
    )
    .orderBy('a.start_time')
    .execute();
}

export function notificationsForExport(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('notifications')
    .select(['id', 'appointment_id', 'event', 'channel', 'recipient', 'status', 'payload', 'created_at', 'sent_at', 'read_at'])
    .where('user_id', '=', userId)
    .orderBy('seq')
    .execute();
}

export function paymentsForExport(db: Kysely<DB>, appointmentIds: string[]) {
  if (appointmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('payments')
    .select(['id', 'appointment_id', 'order_id', 'payment_id', 'amount', 'currency', 'status', 'created_at'])
    .where('appointment_id', 'in', appointmentIds)
    .orderBy('created_at')
    .execute();
}

// ---- erasure ------------------------------------------------------------------------------

export const ERASED_NAME = 'Erased patient';

/**
 * Removes a patient's identity and keeps their appointments: the account loses its email, name,
 * phone and password (so it can never sign in), the record its date of birth and personal fields,
 * the appointments the patient's own words; codes, sessions and stored replies go, the patient's own
 * notifications go, and the other side's notifications stop naming them.
 */
export async function erasePatient(trx: Transaction<DB>, patientId: string, userId: string, name: string, now: Date) {
  await trx
    .updateTable('users')
    .set({
      email: null,
      name: ERASED_NAME,
      phone: null,
      password_hash: null,
      active: false,
      notify_email: false,
      notify_sms: false,
      email_verified: true,
      erased_at: now,
      // Wall-clock, as tokens are stamped with it: every token issued so far stops working.
      password_changed_at: new Date(),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', userId)
    .execute();
  await trx
    .updateTable('patients')
    .set({ date_of_birth: null, timezone: null, personal_sealed: null, signup_type: null, updated_at: sql<Date>`now()` })
    .where('id', '=', patientId)
    .execute();
  const appointments = trx.selectFrom('appointments').select('id').where('patient_id', '=', patientId);
  await trx.updateTable('appointments').set({ reason: null, cancel_reason: null }).where('patient_id', '=', patientId).execute();
  await trx
    .updateTable('appointment_events')
    .set({ changes: sql<string>`changes - 'reason' - 'cancel_reason'` })
    .where('appointment_id', 'in', appointments)
    .execute();
  await trx.deleteFrom('notifications').where('user_id', '=', userId).execute();
  // The provider's (and subscribers') messages about these appointments keep the visit, not the name.
  await trx
    .updateTable('notifications')
    .set({
      payload: sql<string>`jsonb_set(payload, '{appointment,patient,name}', to_jsonb(${ERASED_NAME}::text))
        || CASE WHEN payload ? 'message' THEN jsonb_build_object('message', jsonb_set(jsonb_set(payload->'message',
             '{body}', to_jsonb(replace(payload->'message'->>'body', ${name}::text, ${ERASED_NAME}::text))),
             '{title}', to_jsonb(replace(payload->'message'->>'title', ${name}::text, ${ERASED_NAME}::text))))
           ELSE '{}'::jsonb END`,
    })
    .where('appointment_id', 'in', appointments)
    .where(sql<boolean>`payload ? 'appointment'`)
    .execute();
  await trx.deleteFrom('account_codes').where('user_id', '=', userId).execute();
  await trx.deleteFrom('refresh_tokens').where('user_id', '=', userId).execute();
  await trx.deleteFrom('idempotency_keys').where('owner', '=', userId).execute();
}

/** A self-registered patient's account, unverified until the emailed code is entered. */
export function insertVisitorUser(trx: Transaction<DB>, user: { email: string; name: string; password_hash: string }) {
  return trx
    .insertInto('users')
    .values({ ...user, role: 'patient', phone: null, email_verified: false })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

/** What a claim needs to know of the account a code was sent for. */
export function claimableUser(trx: Transaction<DB>, userId: string) {
  return trx.selectFrom('users').select(['id', 'password_hash', 'erased_at', 'active']).where('id', '=', userId).executeTakeFirstOrThrow();
}

/** An account email in the outbox (about no appointment; email only). */
export async function insertAccountMail(trx: Transaction<DB>, mail: { user_id: string; event: string; recipient: string; payload: string; next_attempt_at: Date }) {
  await trx
    .insertInto('notifications')
    .values({ ...mail, appointment_id: null, audience: 'patient', channel: 'email' })
    .execute();
}
