import pg from 'pg';
import { bookingStart, type Figures, load, openBenchDatabase, QUICK, type QueryProfile, queriesPerRequest, ratio, SLOT_MINUTES, type Seeded, seedAppointments, seedPeople, startApp, withBenchDatabase } from './helpers.js';

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
const RUN_SLOTS = { warmup: 0, app: 10_000, direct: 20_000, count: 30_000 };

export interface BookingResult {
  app: Figures;
  direct: Figures;
  ratio: number;
  queries: QueryProfile;
  /** Resident memory of this process (the API runs in it; the load generator in worker threads) after the app's run. */
  rssMb: number;
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
      return { app, direct, ratio: ratio(app.rps, direct.rps), queries, rssMb };
    } finally {
      await running.close();
    }
  });
}

/**
 * The ceiling: what the app's booking writes cost with no HTTP, no validation and no reads.
 * 50 loops share a Pool of the app's size; each runs one transaction like the app's.
 */
async function directBooking(url: string, seeded: Seeded, adminId: string, seconds: number): Promise<Figures> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  pool.on('error', () => {}); // the database is dropped with FORCE at the end
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  const loop = async () => {
    while (Date.now() < deadline) {
      const n = next++;
      const start = bookingStart(n, seeded.providers.length, RUN_SLOTS.direct);
      const end = new Date(Date.parse(start) + SLOT_MINUTES * 60_000).toISOString();
      const began = performance.now();
      const client = await pool.connect();
      try {
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
        latencies.push(performance.now() - began);
      } catch {
        errors++;
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
