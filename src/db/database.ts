import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { Kysely, type LogEvent, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { preparingPool } from './prepared-pool.js';
import type { DB } from './types.js';

const DATE_OID = 1082;
const INT8_OID = 20;

/** Minimal SQL runner handed to pg-boss (its `db` option). */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface Database {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  /** Present in embedded mode: pg-boss must share PGlite's single connection. */
  jobExecutor?: SqlExecutor;
  connectionString?: string;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  url?: string;
  /** PGlite data directory, or undefined for an in-memory database. */
  dataDir?: string;
  poolSize?: number;
  /** Called after every statement with its SQL and duration (the benchmarks count queries with it). */
  log?: (event: LogEvent) => void;
}

// Dates stay 'YYYY-MM-DD' strings (a birthday has no time zone), and counts/ids of
// type bigint come back as numbers (they stay far below 2^53).
pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options.poolSize ?? 20, options.log) : openPglite(options.dataDir, options.log);
}

async function openPostgres(url: string, poolSize: number, log: DatabaseOptions['log']): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }), log });
  return {
    db,
    kind: 'postgres',
    connectionString: url,
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

async function openPglite(dataDir: string | undefined, log: DatabaseOptions['log']): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, {
    extensions: { btree_gist },
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }), log });
  // PGlite runs query() and exec() under its own transaction mutex, so these calls
  // wait for any open Kysely transaction instead of slipping into it.
  const jobExecutor: SqlExecutor = {
    async executeSql(text, values) {
      if (values && values.length > 0) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return results[results.length - 1] ?? { rows: [] };
    },
  };
  return {
    db,
    kind: 'pglite',
    jobExecutor,
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

async function ping(db: Kysely<DB>): Promise<boolean> {
  try {
    await db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
    return true;
  } catch {
    return false;
  }
}
