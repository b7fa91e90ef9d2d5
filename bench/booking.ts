import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { freePort } from '../test/support/server-process.js';
import { ADMIN, bookingStart, type Figures, load, login, recordStatements, type Statement, openBenchDatabase, QUICK, type QueryProfile, queriesPerRequest, ratio, SLOT_MINUTES, type Seeded, seedAppointments, seedPeople, startApp, withBenchDatabase } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 50;
const POOL_SIZE = 20; // the app's default DB_POOL_SIZE; the baseline Pool gets the same
const PROVIDERS = 200;
const PATIENTS = 2_000;
/**
 * Appointments already in the database, in the past and the next days (never in the booked slots),
 * with statistics current: a clinic's database in use. On an empty table PostgreSQL plans for an
 * empty table and keeps scanning it as the run fills it: 13-37% fewer bookings per second, in three
 * paired runs.
 */
const HISTORY = QUICK ? 5_000 : 20_000;
/** Each run books from its own slot range, so runs never collide (slots are 30 minutes). */
const RUN_SLOTS = { warmup: 0, app: 10_000, direct: 20_000, count: 30_000, replay: 40_000, ownProcess: 50_000 };
/**
 * Bookings recorded for the replay baseline; each replay takes the next, round-robin. Each books a
 * different provider, so two replays of one recording (REPLAYED apart) never run at once.
 */
const REPLAYED = PROVIDERS;

export interface BookingResult {
  app: Figures;
  direct: Figures;
  ratio: number;
  /** The app's own statements for a booking, recorded and sent again through `pg` without HTTP (rolled back). */
  replay: Figures;
  replayRatio: number;
  queries: QueryProfile;
  /** Resident memory of this process (the API runs in it; the load generator in worker threads) after the app's run. */
  rssMb: number;
  /** The same booking run against `npm start`'s server in a process of its own (server mode, its worker included), and that process's resident memory after it. */
  ownProcess: Figures & { rssMb: number };
}

/** Booking throughput: POST /api/v1/appointments against the same transaction sent straight to PostgreSQL. */
export async function bookingBenchmark(): Promise<BookingResult> {
  const seconds = QUICK ? 2 : 10;
  return withBenchDatabase(async (url) => {
    const running = await startApp(await openBenchDatabase({ url, poolSize: POOL_SIZE }), { DATABASE_URL: url, DB_POOL_SIZE: POOL_SIZE });
    try {
      const seeded = await seedPeople(running.ctx, { providers: PROVIDERS, patients: PATIENTS });
      await seedAppointments(running.ctx.db, HISTORY, seeded.providers.length, seeded.patients.length, seeded.topic);
      const adminId = (await running.ctx.db.selectFrom('users').select('id').where('role', '=', 'admin').executeTakeFirstOrThrow()).id;
      const book = (firstSlot: number, duration: number, connections = CONNECTIONS, amount?: number) =>
        load({
          url: running.url,
          connections,
          duration,
          amount,
          method: 'POST',
          path: '/api/v1/appointments',
          token: running.adminToken,
          vary: { kind: 'book', providers: seeded.providers, patients: seeded.patients, topic: seeded.topic, firstSlot },
        });
      await book(RUN_SLOTS.warmup, QUICK ? 0.3 : 1);
      const app = await book(RUN_SLOTS.app, seconds);
      const rssMb = Math.round(process.memoryUsage().rss / 1_048_576);
      const direct = await directBooking(url, seeded, adminId, seconds);
      const queries = await queriesPerRequest(20, () => book(RUN_SLOTS.count, 0, 1, 20));
      const replay = await replayBookings(url, await recordBookings(running, seeded), seconds);
      const ownProcess = await bookingInOwnProcess(url, seeded, seconds);
      return { app, direct, ratio: ratio(app.rps, direct.rps), replay, replayRatio: ratio(app.rps, replay.rps), queries, rssMb, ownProcess };
    } finally {
      await running.close();
    }
  });
}

/**
 * The booking run against the server as `npm start` runs it (dist/server.js, one process, the job
 * worker in it) on the same database, and that process's resident memory afterwards: what an operator
 * sees, without the benchmark's own threads and data.
 */
async function bookingInOwnProcess(url: string, seeded: Seeded, seconds: number): Promise<Figures & { rssMb: number }> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', WEB_CONCURRENCY: '1', DB_POOL_SIZE: String(POOL_SIZE), ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };
  const child = spawn(process.execPath, ['dist/server.js'], { cwd: ROOT, env, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const deadline = Date.now() + 60_000;
    while (!(await fetch(`${base}/health`).then((r) => r.ok, () => false))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error('the server did not become healthy');
      await new Promise((r) => setTimeout(r, 50));
    }
    const token = await login(base, ADMIN.email, ADMIN.password);
    const vary = { kind: 'book' as const, providers: seeded.providers, patients: seeded.patients, topic: seeded.topic };
    await load({ url: base, connections: CONNECTIONS, duration: QUICK ? 0.3 : 1, method: 'POST', path: '/api/v1/appointments', token, vary: { ...vary, firstSlot: RUN_SLOTS.ownProcess } });
    const figures = await load({ url: base, connections: CONNECTIONS, duration: seconds, method: 'POST', path: '/api/v1/appointments', token, vary: { ...vary, firstSlot: RUN_SLOTS.ownProcess + 2_000 } });
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? Number.NaN);
    return { ...figures, rssMb: Math.round(rssKb / 1024) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * Books REPLAYED slots one at a time through the API, recording every statement each booking sends,
 * then deletes what they wrote, so that each recording can run again as it first ran.
 */
async function recordBookings(running: Awaited<ReturnType<typeof startApp>>, seeded: Seeded): Promise<Statement[][]> {
  const recordings: Statement[][] = [];
  for (let n = 0; n < REPLAYED; n++) {
    const body = { provider: seeded.providers[n % seeded.providers.length], patient: seeded.patients[n % seeded.patients.length], topics: [seeded.topic], start_time: bookingStart(n, seeded.providers.length, RUN_SLOTS.replay) };
    recordings.push(
      await recordStatements(async () => {
        const res = await fetch(`${running.url}/api/v1/appointments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${running.adminToken}` },
          body: JSON.stringify(body),
        });
        if (res.status !== 201) throw new Error(`recording a booking: ${res.status} ${await res.text()}`);
      }),
    );
  }
  // Everything that names the recorded appointments goes with them (triggers and foreign keys off:
  // the history tables refuse deletes, and this is the benchmark's own database).
  const since = bookingStart(0, seeded.providers.length, RUN_SLOTS.replay);
  const ids = (await sql<{ id: string }>`SELECT id FROM appointments WHERE start_time >= ${since}`.execute(running.ctx.db)).rows.map((r) => r.id);
  const referencing = await sql<{ t: string; col: string }>`
    SELECT c.conrelid::regclass::text AS t, a.attname AS col FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.confrelid = 'appointments'::regclass AND c.contype = 'f'`.execute(running.ctx.db);
  await running.ctx.db.connection().execute(async (conn) => {
    await sql`SET session_replication_role = replica`.execute(conn);
    for (const { t, col } of referencing.rows) await sql`DELETE FROM ${sql.table(t)} WHERE ${sql.ref(col)} = ANY(${ids}::uuid[])`.execute(conn);
    await sql`DELETE FROM appointments WHERE id = ANY(${ids}::uuid[])`.execute(conn);
    await sql`SET session_replication_role = DEFAULT`.execute(conn);
  });
  return recordings;
}

/**
 * The app's booking without the app: each loop sends a recorded booking's statements, in order, as
 * named statements on one connection (as the app does), ending in ROLLBACK instead of COMMIT so the
 * recording can run again. A rollback skips the commit's WAL flush, so this baseline is, if anything, fast.
 */
function replayBookings(url: string, recordings: Statement[][], seconds: number): Promise<Figures> {
  const names = new Map<string, string>();
  const nameOf = (text: string) => names.get(text) ?? (names.set(text, `replay${names.size}`), `replay${names.size - 1}`);
  return transactionLoops(url, seconds, async (client, n) => {
    for (const { sql: text, parameters } of recordings[n % recordings.length]!) {
      if (/^\s*commit\b/i.test(text)) await client.query('ROLLBACK');
      else if (parameters.length === 0) await client.query(text);
      else await client.query({ name: nameOf(text), text, values: [...parameters] });
    }
  });
}

/**
 * The ceiling: what the app's booking writes cost with no HTTP, no validation and no reads.
 * 50 loops share a Pool of the app's size; each runs one transaction like the app's.
 */
function directBooking(url: string, seeded: Seeded, adminId: string, seconds: number): Promise<Figures> {
  return transactionLoops(url, seconds, async (client, n) => {
    const start = bookingStart(n, seeded.providers.length, RUN_SLOTS.direct);
    const end = new Date(Date.parse(start) + SLOT_MINUTES * 60_000).toISOString();
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO appointments (provider_id, patient_id, start_time, end_time, provider_notes, created_by_user_id)
       VALUES ($1, $2, $3, $4, NULL, $5) RETURNING id`,
      [seeded.providers[n % seeded.providers.length], seeded.patients[n % seeded.patients.length], start, end, adminId],
    );
    const id = rows[0]!.id;
    await client.query('INSERT INTO appointment_topics (appointment_id, topic_id, position) VALUES ($1, $2, 0)', [id, seeded.topic]);
    await client.query(
      `INSERT INTO appointment_events (appointment_id, type, actor_user_id, actor_role, changes) VALUES ($1, 'created', $2, 'admin', $3)`,
      [id, adminId, JSON.stringify({ status: { from: null, to: 'scheduled' }, start_time: start, end_time: end, topics: [seeded.topic] })],
    );
    await client.query('COMMIT');
  });
}

/** CONNECTIONS loops on a Pool of the app's size, each running `transaction` (its n-th) until `seconds` are up. */
async function transactionLoops(url: string, seconds: number, transaction: (client: pg.PoolClient, n: number) => Promise<void>): Promise<Figures> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  pool.on('error', () => {}); // the database is dropped with FORCE at the end
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: unknown;
  const deadline = Date.now() + seconds * 1000;
  const loop = async () => {
    while (Date.now() < deadline) {
      const n = next++;
      const began = performance.now();
      const client = await pool.connect();
      try {
        await transaction(client, n);
        latencies.push(performance.now() - began);
      } catch (error) {
        errors++;
        firstError ??= error;
        await client.query('ROLLBACK').catch(() => {});
      } finally {
        client.release();
      }
    }
  };
  const t0 = performance.now();
  try {
    await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  } finally {
    await pool.end();
  }
  if (firstError) console.error(`  (${errors} failed transactions; the first: ${firstError instanceof Error ? firstError.message : String(firstError)})`);
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 100) / 100;
  return {
    requests: latencies.length + errors,
    rps: Math.round(latencies.length / elapsed),
    p50: at(0.5),
    p99: at(0.99),
    ok: latencies.length,
    non2xx: 0,
    errors,
    status: {},
  };
}
