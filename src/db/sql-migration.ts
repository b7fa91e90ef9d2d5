import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

/** Builds a migration from plain SQL statements, run one at a time (an error names its statement). */
export function sqlMigration(up: string[], down: string[] = []): Migration {
  const run = async (db: Kysely<any>, statements: string[]) => {
    for (const statement of statements) await sql.raw(statement).execute(db);
  };
  return { up: (db) => run(db, up), down: (db) => run(db, down) };
}
