import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Builds a migration from plain SQL statements, run one at a time: PGlite's query path
 * uses prepared statements, which refuse several commands in one string.
 */
export function sqlMigration(up: string[], down: string[] = []): Migration {
  const run = async (db: Kysely<any>, statements: string[]) => {
    for (const statement of statements) await sql.raw(statement).execute(db);
  };
  return { up: (db) => run(db, up), down: (db) => run(db, down) };
}
