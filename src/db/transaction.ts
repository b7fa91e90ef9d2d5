import { type Kysely, sql, type Transaction } from 'kysely';
import { tagTransaction } from '../audit/audit.repository.js';
import type { DB } from './types.js';

// Serialization failure and deadlock.
const RETRYABLE = new Set(['40001', '40P01']);
const isRetryable = (e: unknown) => RETRYABLE.has((e as { code?: string })?.code ?? '');

/**
 * Runs `work` in one transaction, retrying a few times when PostgreSQL aborts it for a
 * serialization failure or a deadlock: those say "try again", not "you are wrong". Inside a request,
 * the transaction is first tagged with the caller and address, so the audit trigger records every
 * change it makes to an audited table, in the same transaction (see src/audit/audit.repository.ts).
 */
export async function inTransaction<T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        await tagTransaction(trx);
        return work(trx);
      });
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
    }
  }
}

/**
 * Serializes commands on the same calendars: transaction-scoped advisory locks on each key, taken in
 * sorted order so two bookings that share a provider and a patient can never wait on each other in a
 * cycle. Without them, concurrent inserts checked by the same exclusion constraint deadlock.
 */
export async function lockCalendars(trx: Transaction<DB>, keys: string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  // One round trip; the ordered subquery makes PostgreSQL take the locks in that order.
  await sql`SELECT count(pg_advisory_xact_lock(hashtext(k))) FROM (SELECT unnest(${sorted}::text[]) AS k ORDER BY 1) AS ordered`.execute(trx);
}

/**
 * Runs `body` holding the session advisory lock `key`, taken on a connection of its own (a second
 * caller, in this process or another, waits its turn); `body` uses the pool as usual.
 */
export async function whileLocked<T>(db: Kysely<DB>, key: string, body: () => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(hashtext(${key}))`.execute(conn);
    try {
      return await body();
    } finally {
      await sql`SELECT pg_advisory_unlock(hashtext(${key}))`.execute(conn);
    }
  });
}
