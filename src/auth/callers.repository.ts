import type { Kysely } from 'kysely';
import type { DB } from '../db/types.js';
import type { Caller } from '../http/auth.js';

/** Loads an active user with their profile ids; inactive users are treated as unknown. */
export async function findActiveCaller(db: Kysely<DB>, userId: string): Promise<Caller | undefined> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('providers as pr', 'pr.user_id', 'u.id')
    .leftJoin('patients as pa', 'pa.user_id', 'u.id')
    .select(['u.id', 'u.role', 'u.email', 'u.name', 'u.password_changed_at', 'u.email_verified', 'pr.id as provider_id', 'pa.id as patient_id'])
    .where('u.id', '=', userId)
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    userId: row.id,
    role: row.role,
    // Whoever can sign in has an address; only walk-ins and erased people lack one.
    email: row.email ?? '',
    name: row.name,
    providerId: row.provider_id,
    patientId: row.patient_id,
    passwordChangedAt: row.password_changed_at,
    emailVerified: row.email_verified,
  };
}

