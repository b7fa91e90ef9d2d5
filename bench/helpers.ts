import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type autocannon from 'autocannon';
import { type Kysely, type LogEvent, sql } from 'kysely';
import pg from 'pg';
import { buildApp, createContext } from '../src/app.js';
import { type Config, testConfig } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import { type Database, type DatabaseOptions, openDatabase } from '../src/db/database.js';
import type { DB } from '../src/db/types.js';
import type { App } from '../src/http/types.js';

export const QUICK = process.argv.includes('--quick');
export const ADMIN = { email: 'bench-admin@carebook.test', password: 'bench-admin-password' };
/** The password of users seeded with a real hash of it (the read path signs patients in). */
export const PASSWORD = 'bench-password-1';
/** Every booking and seeded appointment lies after this instant, so the app's "must be in the future" holds. */
export const FUTURE = Date.parse('2031-01-06T08:00:00Z');
export const SLOT_MINUTES = 30;
const ADMIN_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** Creates carebook_bench_<random> on the server; `drop` removes it (forcefully: a failed run may leave clients). */
export async function createBenchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `carebook_bench_${randomBytes(5).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

const liveDatabases = new Set<() => Promise<void>>();
// Ctrl-C skips the `finally` below: drop what is still there before leaving. The forced drop
// cuts the app's busy connections, whose errors no longer matter then.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: dropping the benchmark databases`);
    process.on('uncaughtException', () => {});
    void Promise.allSettled([...liveDatabases].map((drop) => drop())).then(() => process.exit(130));
  });
}

/** Runs `body` against a fresh PostgreSQL database and drops it afterwards, even on failure. */
export async function withBenchDatabase<T>(body: (url: string) => Promise<T>): Promise<T> {
  const created = await createBenchDatabase();
  liveDatabases.add(created.drop);
  try {
    return await body(created.url);
  } finally {
    liveDatabases.delete(created.drop);
    await created.drop();
  }
}

export interface RunningApp {
  ctx: AppContext;
  app: App;
  url: string;
  adminToken: string;
  close(): Promise<void>;
}

/** The real app, migrated, listening on 127.0.0.1 on a free port, with the bench admin signed in. */
export async function startApp(database: Database, overrides: Partial<Config> = {}): Promise<RunningApp> {
  const config = testConfig({
    LOG_LEVEL: 'silent',
    RUN_WORKER: false,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_RATE_LIMIT_PER_MINUTE: 10_000,
    ...overrides,
  });
  let app: App | undefined;
  const close = async () => {
    await app?.close();
    await database.close();
  };
  try {
    const ctx = await createContext(config, { database });
    app = await buildApp(ctx);
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    return { ctx, app, url, adminToken: await login(url, ADMIN.email, ADMIN.password), close };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}

/** Signs in through the API, as a client would. */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export interface Seeded {
  providers: string[];
  patients: string[];
  patientEmails: string[];
  topic: string;
}

/** Not an argon2 hash: users seeded with it cannot sign in (the benchmarks that need no logins skip hashing). */
export const NO_LOGIN = '!';

/**
 * Providers, patients and one 30-minute topic, inserted with generate_series: seconds for
 * tens of thousands of people, on either engine. Pass a real hash of PASSWORD to sign them in.
 */
export async function seedPeople(ctx: AppContext, counts: { providers: number; patients: number }, passwordHash = NO_LOGIN): Promise<Seeded> {
  const db = ctx.db;
  for (const [role, n] of [['provider', counts.providers], ['patient', counts.patients]] as const) {
    await sql`INSERT INTO users (email, name, password_hash, role)
      SELECT ${`bench-${role}-`} || g || '@carebook.test', ${`Bench ${role} `} || g, ${passwordHash}, ${role}
      FROM generate_series(1, ${n}::int) g`.execute(db);
  }
  await sql`INSERT INTO providers (user_id) SELECT id FROM users WHERE role = 'provider'`.execute(db);
  await sql`INSERT INTO patients (user_id) SELECT id FROM users WHERE role = 'patient'`.execute(db);
  const providers = await db.selectFrom('providers').select('id').orderBy('id').execute();
  const patients = await db
    .selectFrom('patients as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.id', 'u.email'])
    .orderBy('p.id')
    .execute();
  const topic = await db.insertInto('topics').values({ name: 'Bench visit', duration: SLOT_MINUTES }).returning('id').executeTakeFirstOrThrow();
  return { providers: providers.map((p) => p.id), patients: patients.map((p) => p.id), patientEmails: patients.map((p) => p.email!), topic: topic.id };
}

export interface Figures {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  status: Record<string, number>;
}

/** Shape of `bench` in a request: load-worker.cjs builds each request's body, path or token from it. */
export type Vary =
  | { kind: 'book'; providers: string[]; patients: string[]; topic: string; firstSlot: number }
  | { kind: 'get'; ids: string[]; prefix?: string }
  | { kind: 'list'; tokens: string[] }
  | { kind: 'contend'; provider: string; patients: string[]; topic: string; start: string };

let worker: Worker | undefined;
let nextRun = 0;
const pending = new Map<number, { resolve(result: autocannon.Result): void; reject(error: Error): void }>();

/** The load generator's thread, started once, without tsx (it is plain CommonJS). */
function loadWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./load-worker.cjs', import.meta.url), { execArgv: [] });
    worker.on('message', ({ id, result, error }: { id: number; result?: autocannon.Result; error?: string }) => {
      const call = pending.get(id)!;
      pending.delete(id);
      if (pending.size === 0) worker!.unref();
      if (error) call.reject(new Error(error));
      else call.resolve(result!);
    });
    worker.on('error', (error) => {
      for (const call of pending.values()) call.reject(error);
      pending.clear();
      worker = undefined;
    });
  }
  worker.ref();
  return worker;
}

/**
 * One autocannon run, fired from the load worker so the load generator does not share the
 * app's event loop (the app runs on this thread). With `vary`, each request differs.
 */
export interface LoadOptions {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  method?: 'GET' | 'POST';
  path: string;
  token?: string;
  vary?: Vary;
}

/**
 * A run that ends by time leaves the requests still in flight at its end queued in the server; one
 * more request, sent after it, answers once they are through, so the next run starts on an idle
 * server instead of behind that backlog (in the 0.6 s quick runs, a warm-up's backlog took the
 * whole window: GET by id measured 0 requests).
 */
export async function load(options: LoadOptions): Promise<Figures> {
  const figures = await loadOnce(options);
  if (!options.amount) await loadOnce({ ...options, connections: 1, amount: 1 });
  return figures;
}

async function loadOnce(options: LoadOptions): Promise<Figures> {
  const id = nextRun++;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    loadWorker().postMessage({
      id,
      options: {
        url: options.url,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 5 }),
        timeout: 30,
        sampleInt: 100, // autocannon checks for the end on this tick (default 1 s), which would pad every short run
        requests: [
          {
            method: options.method ?? 'GET',
            path: options.path,
            headers: {
              ...(options.method === 'POST' ? { 'content-type': 'application/json' } : {}),
              ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
            },
            ...(options.vary ? { bench: options.vary } : {}),
          },
        ],
      },
    });
  });
  const status = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s?.count ?? 0]));
  const requests = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    requests,
    rps: Math.round(requests / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    status,
  };
}

/** Start of booking slot `n`: providers and patients are taken round-robin, so no two bookings of one person overlap. */
export function bookingStart(n: number, providers: number, firstSlot: number): string {
  return new Date(FUTURE + (firstSlot + Math.floor(n / providers)) * SLOT_MINUTES * 60_000).toISOString();
}

/** value / baseline to three places; NaN (null in the JSON) without a baseline. */
export const ratio = (value: number, baseline: number) => (baseline > 0 ? Math.round((value / baseline) * 1000) / 1000 : Number.NaN);

/** Set while {@link queriesPerRequest} counts: every statement the app runs is reported to it. */
let countQuery: ((event: LogEvent) => void) | undefined;

/** The app's database for a benchmark: `openDatabase` with the hook that {@link queriesPerRequest} counts through. */
export const openBenchDatabase = (options: Omit<DatabaseOptions, 'log'>) => openDatabase({ ...options, log: (event) => countQuery?.(event) });

/**
 * "select appointments", "with appointments": the statement's first word and the table it reads or
 * writes: for a CTE the first table named, else the first outside parentheses (else the first).
 */
function statementKey(text: string): string {
  const verb = /^\s*(\w+)/.exec(text)?.[1]?.toLowerCase() ?? '?';
  let outermost: string | undefined;
  let first: string | undefined;
  let depth = 0;
  for (const m of text.matchAll(/[()]|\b(?:from|into|update)\s+"?(\w+)"?/gi)) {
    if (m[0] === '(') depth++;
    else if (m[0] === ')') depth--;
    else {
      first ??= m[1];
      if (depth === 0) outermost ??= m[1];
    }
  }
  return `${verb} ${(verb === 'with' ? first : outermost) ?? first ?? ''}`.trim();
}

/**
 * Runs `body` and returns, per kind of statement (first word and first table), the app's queries per
 * request and their time in ms, most time first (BEGIN/COMMIT not included). Statements a service
 * issues together wait for each other on a transaction's one connection, so their times overlap:
 * run `body` one request at a time. The app's database must come from {@link openBenchDatabase}.
 */
export async function queriesPerRequest(requests: number, body: () => Promise<Figures>) {
  const stats: Record<string, { n: number; ms: number }> = {};
  countQuery = ({ query, queryDurationMillis }) => {
    if (/^\s*(begin|commit|rollback)\b/i.test(query.sql)) return;
    const stat = (stats[statementKey(query.sql)] ??= { n: 0, ms: 0 });
    stat.n++;
    stat.ms += queryDurationMillis;
  };
  let figures: Figures;
  try {
    figures = await body();
  } finally {
    countQuery = undefined;
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  const byQuery = Object.fromEntries(
    Object.entries(stats)
      .sort(([, a], [, b]) => b.ms - a.ms)
      .map(([key, s]) => [key, { perRequest: round(s.n / requests), msEach: round(s.ms / s.n), msPerRequest: round(s.ms / requests) }]),
  );
  const total = Object.values(stats).reduce((sum, s) => sum + s.n, 0);
  return { total: round(total / requests), failedRequests: figures.non2xx + figures.errors, byQuery };
}

export type QueryProfile = Awaited<ReturnType<typeof queriesPerRequest>>;

/** One statement as the app sent it to the driver. */
export interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

/** Every statement the app sends while `body` runs, in order (BEGIN and COMMIT included). Run one request at a time. */
export async function recordStatements(body: () => Promise<unknown>): Promise<Statement[]> {
  const statements: Statement[] = [];
  countQuery = ({ query }) => statements.push({ sql: query.sql, parameters: query.parameters });
  try {
    await body();
  } finally {
    countQuery = undefined;
  }
  return statements;
}

/** Seeding runs on this many connections at once. */
const CHUNKS = 4;

/**
 * `n` appointments with one topic each, via INSERT ... SELECT generate_series in parallel
 * chunks. Appointment g belongs to provider g % P and patient g % Q, in 30-minute slot g / P
 * (offset 0-25 minutes per provider), so no provider or patient overlaps itself. The oldest
 * 90% are completed, in the past; the rest are scheduled, ahead.
 */
export async function seedAppointments(db: Kysely<DB>, n: number, providers: number, patients: number, topic: string) {
  const slots = n / providers;
  const pastSlots = Math.floor(slots * 0.9);
  const firstStart = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - pastSlots * SLOT_MINUTES * 60_000);
  const chunk = Math.ceil(n / CHUNKS);
  const fill = (from: number, to: number) =>
    db.connection().execute(async (conn) => {
      // Skips the per-row foreign-key triggers (the ids come from the tables they point at); needs a superuser.
      await sql`SET session_replication_role = replica`.execute(conn);
      await sql`WITH a AS (
          INSERT INTO appointments (provider_id, patient_id, status, start_time, end_time)
          SELECT pr.id, pa.id, CASE WHEN g / ${providers}::int < ${pastSlots}::int THEN 'completed' ELSE 'scheduled' END,
                 s.start, s.start + make_interval(mins => ${SLOT_MINUTES}::int)
          FROM generate_series(${from}::int, ${to - 1}::int) g
          JOIN (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS i FROM providers) pr ON pr.i = g % ${providers}::int
          JOIN (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS i FROM patients) pa ON pa.i = g % ${patients}::int
          CROSS JOIN LATERAL (SELECT ${firstStart}::timestamptz
            + make_interval(mins => (g / ${providers}::int) * ${SLOT_MINUTES}::int + (g % ${providers}::int % 6) * 5) AS start) s
          RETURNING id)
        INSERT INTO appointment_topics (appointment_id, topic_id, position) SELECT id, ${topic}, 0 FROM a`.execute(conn);
      await sql`RESET session_replication_role`.execute(conn);
    });
  await withoutSecondaryIndexes(db, ['appointments', 'appointment_topics'], async () => {
    await Promise.all(Array.from({ length: CHUNKS }, (_, k) => fill(k * chunk, Math.min(n, (k + 1) * chunk))));
  });
  await sql`ANALYZE`.execute(db);
}

/**
 * Drops the tables' exclusion constraints and plain indexes, runs `fill`, then recreates them
 * from their catalog definitions, all at once: a bulk build is far faster than a million
 * index insertions, and the constraints are checked over every row when they come back.
 */
async function withoutSecondaryIndexes(db: Kysely<DB>, tables: string[], fill: () => Promise<void>) {
  const defs = (
    await sql<{ tbl: string; name: string; def: string; exclusion: boolean }>`
      SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def, true AS exclusion
      FROM pg_constraint WHERE contype = 'x' AND conrelid::regclass::text IN (${sql.join(tables)})
      UNION ALL
      SELECT tablename, indexname, indexdef, false FROM pg_indexes
      WHERE schemaname = 'public' AND tablename IN (${sql.join(tables)})
        AND indexname NOT IN (SELECT conname FROM pg_constraint)`.execute(db)
  ).rows;
  for (const d of defs) await sql.raw(d.exclusion ? `ALTER TABLE ${d.tbl} DROP CONSTRAINT ${d.name}` : `DROP INDEX ${d.name}`).execute(db);
  await fill();
  await Promise.all(defs.map((d) => sql.raw(d.exclusion ? `ALTER TABLE ${d.tbl} ADD CONSTRAINT ${d.name} ${d.def}` : d.def).execute(db)));
}
