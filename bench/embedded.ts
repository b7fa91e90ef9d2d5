import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { type Figures, load, QUICK, ratio, seedPeople, startApp } from './helpers.js';

const CONNECTIONS = 50;

export interface EmbeddedResult {
  book: Figures;
  get: Figures;
  /** Against the PostgreSQL figures of the same run (50 connections there). */
  bookVsPostgres: number;
  getVsPostgres: number;
}

/** The default embedded mode (the server's own PostgreSQL under DATA_DIR) against the PostgreSQL server's figures. */
export async function embeddedBenchmark(postgres: { bookRps: number; getRps: number }): Promise<EmbeddedResult> {
  const seconds = QUICK ? 1 : 6;
  const dataDir = mkdtempSync(join(tmpdir(), 'carebook-bench-'));
  chmodSync(dataDir, 0o755);
  const running = await startApp(await openDatabase({ dataDir }));
  try {
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
    rmSync(dataDir, { recursive: true, force: true });
  }
}
