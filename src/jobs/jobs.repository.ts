import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/types.js';

/**
 * The note an install leaves on pg-boss's schema (its COMMENT): a fingerprint of what was installed.
 * It lives and dies with the schema, so a dropped schema reads as "not installed". Null when absent.
 */
export async function installedJobsFingerprint(db: Kysely<DB>, schema: string): Promise<string | null> {
  const { rows } = await sql<{ note: string | null }>`SELECT obj_description(to_regnamespace(${schema}), 'pg_namespace') AS note`.execute(db);
  return rows[0]?.note ?? null;
}

/** Records the fingerprint of a finished install (hex digits: safe as a literal). */
export async function recordJobsFingerprint(db: Kysely<DB>, schema: string, fingerprint: string): Promise<void> {
  if (!/^[0-9a-f]+$/.test(fingerprint)) throw new Error('a jobs fingerprint is hex digits');
  await sql`COMMENT ON SCHEMA ${sql.id(schema)} IS ${sql.lit(fingerprint)}`.execute(db);
}
