import { openDatabase } from '../src/db/database.js';
import { type Figures, load, QUICK, ratio, seedPeople, startApp } from './helpers.js';

const CONNECTIONS = 10;

export interface EmbeddedResult {
  book: Figures;
  get: Figures;
  /** Against the PostgreSQL figures of the same run (50 connections there). */
  bookVsPostgres: number;
  getVsPostgres: number;
}

/** The default embedded mode (PGlite in memory, one connection): where it stops being enough. */
export async function embeddedBenchmark(postgres: { bookRps: number; getRps: number }): Promise<EmbeddedResult> {
  const seconds = QUICK ? 1 : 6;
  const running = await startApp(await openDatabase({}));
  try {
    // Seeding PGlite dominates a quick run; fewer people still spread the bookings well.
    const seeded = await seedPeople(running.ctx, QUICK ? { providers: 50, patients: 500 } : { providers: 200, patients: 2_000 });
    const book = (firstSlot: number, duration: number) =>
      load({
        url: running.url,
        connections: CONNECTIONS,
        duration,
        method: 'POST',
        path: '/api/v1/appointments',
        token: running.adminToken,
        vary: { kind: 'book', providers: seeded.providers, patients: seeded.patients, topic: seeded.topic, firstSlot },
      });
    await book(0, 0.3);
    const booked = await book(10_000, seconds);
    const ids = (await running.ctx.db.selectFrom('appointments').select('id').execute()).map((r) => r.id);
    const get = await load({ url: running.url, connections: CONNECTIONS, duration: seconds, path: '/api/v1/appointments/x', token: running.adminToken, vary: { kind: 'get', ids } });
    return { book: booked, get, bookVsPostgres: ratio(booked.rps, postgres.bookRps), getVsPostgres: ratio(get.rps, postgres.getRps) };
  } finally {
    await running.close();
  }
}
