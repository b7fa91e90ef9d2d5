import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type EmbeddedServer, startEmbedded } from './embedded.js';
import { PreparedStatementPool } from './prepared.js';
import type { DB } from './types.js';

const DATE_OID = 1082;
const INT8_OID = 20;

export interface Database {
  db: Kysely<DB>;
  /** `embedded`: the PostgreSQL this process started (or joined) under DATA_DIR; `postgres`: DATABASE_URL. */
  kind: 'embedded' | 'postgres';
  /** Where pg-boss and extra clients connect: the same server in both modes. */
  connectionString: string;
  /** The pool's counters, for the metrics: connections open, idle, and requests waiting for one. */
  pool?: { readonly totalCount: number; readonly idleCount: number; readonly waitingCount: number };
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, the embedded PostgreSQL under `dataDir` is started. */
  url?: string;
  dataDir?: string;
  /** Join the embedded PostgreSQL of a running server on the same `dataDir` instead of refusing. */
  attach?: boolean;
  poolSize?: number;
  /** Statements running longer than this are cancelled (0: no limit). */
  statementTimeoutMs?: number;
  /** Called after every statement with its SQL and duration (the benchmarks count queries with it). */
  log?: (event: LogEvent) => void;
  /** A handler for connection errors that no query is waiting on (logged by the app). */
  onConnectionError?: (error: Error) => void;
}

// Dates stay 'YYYY-MM-DD' strings (a birthday has no time zone), and counts/ids of
// type bigint come back as numbers (they stay far below 2^53).
pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));

/** Opens the app's database: DATABASE_URL's server, or the embedded one under DATA_DIR. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let embedded: EmbeddedServer | undefined;
  if (!options.url) {
    if (!options.dataDir) throw new Error('openDatabase needs a url or a dataDir');
    embedded = await startEmbedded(options.dataDir, { attach: options.attach });
  }
  const url = options.url ?? embedded!.url;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 20,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // A backend that dies (restart, pg_terminate_backend) makes its client emit 'error'. The pool
  // listens only while a client is idle; a lent-out client needs a listener of its own, or the
  // event crashes the process. The query in flight still fails, and the pool discards the client.
  const onError = options.onConnectionError ?? (() => {});
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new PreparedStatementPool(pool) }), log: options.log });
  return {
    db,
    kind: embedded ? 'embedded' : 'postgres',
    connectionString: url,
    pool,
    ping: () => ping(db),
    async close() {
      await db.destroy();
      await embedded?.stop();
    },
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
