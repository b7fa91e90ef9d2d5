/**
 * pg (with named statements, what the app uses) against postgres.js (which prepares every statement
 * itself) behind the same Kysely code: the whole app, over HTTP, on one database, with the two
 * drivers taking turns (A B A B) so a busy machine slows both alike.
 *
 *   npx tsx bench/drivers.ts [--quick]
 *
 * Prints JSON: requests per second for GET by id and for booking with each driver, and the ratio
 * postgres.js / pg (above 1: postgres.js is faster).
 */
import { Kysely } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import type { Database } from '../src/db/database.js';
import type { DB } from '../src/db/types.js';
import { type Figures, load, openBenchDatabase, QUICK, ratio, seedAppointments, seedPeople, startApp, withBenchDatabase } from './helpers.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const POOL_SIZE = 20;
const ROUNDS = QUICK ? 1 : 2;
const SECONDS = QUICK ? 2 : 5;

/** The app's Database with postgres.js under Kysely instead of pg (for this benchmark only). */
function postgresJsDatabase(url: string): Database {
  const client = postgres(url, { max: POOL_SIZE });
  const db = new Kysely<DB>({ dialect: new PostgresJSDialect({ postgres: client }) });
  return {
    db,
    kind: 'postgres',
    connectionString: url,
    ping: async () => true,
    // Kysely's destroy() waits for postgres.js to end, which can wait forever for a reserved connection.
    close: () => client.end({ timeout: 5 }),
  };
}

type Driver = 'pg' | 'postgres.js';

async function measure(url: string, driver: Driver, seeded: Awaited<ReturnType<typeof seedPeople>>, ids: string[], firstSlot: number) {
  const database = driver === 'pg' ? await openBenchDatabase({ url, poolSize: POOL_SIZE }) : postgresJsDatabase(url);
  const running = await startApp(database, { DATABASE_URL: url, DB_POOL_SIZE: POOL_SIZE });
  try {
    const get = (duration: number) =>
      load({ url: running.url, connections: CONNECTIONS, duration, path: '/api/v1/appointments/x', token: running.adminToken, vary: { kind: 'get', ids } });
    const book = (duration: number, slot: number) =>
      load({
        url: running.url,
        connections: CONNECTIONS,
        duration,
        method: 'POST',
        path: '/api/v1/appointments',
        token: running.adminToken,
        vary: { kind: 'book', providers: seeded.providers, patients: seeded.patients, topic: seeded.topic, firstSlot: slot },
      });
    await get(0.5);
    await book(0.5, firstSlot);

    const gets = await get(SECONDS);
    const bookings = await book(SECONDS, firstSlot + 1_000);
    return { get: gets, book: bookings };
  } finally {
    await running.close();
  }
}

const summary = (runs: Figures[]) => ({
  rps: Math.round(runs.reduce((sum, r) => sum + r.rps, 0) / runs.length),
  p99_ms: Math.max(...runs.map((r) => r.p99)),
  non2xx: runs.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
});

const result = await withBenchDatabase(async (url) => {
  const setup = await startApp(await openBenchDatabase({ url, poolSize: POOL_SIZE }), { DATABASE_URL: url });
  let seeded: Awaited<ReturnType<typeof seedPeople>>;
  let ids: string[];
  try {
    seeded = await seedPeople(setup.ctx, { providers: 200, patients: 2_000 });
    await seedAppointments(setup.ctx.db, QUICK ? 5_000 : 20_000, seeded.providers.length, seeded.patients.length, seeded.topic);
    ids = (await setup.ctx.db.selectFrom('appointments').select('id').limit(1_000).execute()).map((r) => r.id);
  } finally {
    await setup.close();
  }
  const runs: Record<Driver, { get: Figures[]; book: Figures[] }> = { pg: { get: [], book: [] }, 'postgres.js': { get: [], book: [] } };
  let slot = 10_000;
  for (let round = 0; round < ROUNDS; round++) {
    for (const driver of ['pg', 'postgres.js'] as const) {
      const figures = await measure(url, driver, seeded, ids, (slot += 2_000));
      runs[driver].get.push(figures.get);
      runs[driver].book.push(figures.book);
    }
  }
  const pg = { get: summary(runs.pg.get), book: summary(runs.pg.book) };
  const pgjs = { get: summary(runs['postgres.js'].get), book: summary(runs['postgres.js'].book) };
  return {
    benchmark: 'drivers',
    rounds: ROUNDS,
    seconds_each: SECONDS,
    connections: CONNECTIONS,
    pg,
    postgres_js: pgjs,
    ratio_postgres_js_to_pg: { get: ratio(pgjs.get.rps, pg.get.rps), book: ratio(pgjs.book.rps, pg.book.rps) },
  };
});
console.log(JSON.stringify(result, null, 2));
process.exit(0);
