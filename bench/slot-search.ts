import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.js';
import { loadCalendars } from '../src/scheduling/calendar.js';
import { slotQuery } from '../src/scheduling/slots.schemas.js';
import { searchSlots } from '../src/scheduling/slots.service.js';
import { addDays, localToInstant } from '../src/scheduling/wall-clock.js';
import { QUICK, ratio, seedPeople, startApp, withBenchDatabase } from './helpers.js';

/**
 * Slot search on PostgreSQL, in-process (the service the route calls), one request at a time:
 * 1. one provider, 30 days, 2,000 existing appointments (round-the-clock hours, 15-minute grid);
 * 2. 50 providers, 7 days, weekday hours 09:00–17:00 with a few bookings each.
 * Baseline: the data loading alone (the six indexed queries), so the ratio shows what the slot math adds.
 */
export interface SlotSearchResult {
  measured: boolean;
  oneProvider30Days?: Timing;
  fiftyProviders7Days?: Timing;
}

interface Timing {
  medianMs: number;
  p95Ms: number;
  slots: number;
  loadOnlyMedianMs: number;
  ratioToLoadOnly: number;
  aimMs: number;
}

const FROM = '2031-01-06'; // a Monday
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function time(runs: number, body: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(5, runs); i++) await body(); // warm up plans and JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await body();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: Math.round(percentile(samples, 0.5) * 100) / 100, p95: Math.round(percentile(samples, 0.95) * 100) / 100 };
}

export async function slotSearchBenchmark(): Promise<SlotSearchResult> {
  return withBenchDatabase(async (url) => {
    const running = await startApp(await openDatabase({ url, poolSize: 10 }), {
      // Far enough back that every searched day is in the future.
    });
    const { ctx } = running;
    try {
      const people = await seedPeople(ctx, { providers: 51, patients: 2000 });
      const [heavy, ...others] = people.providers as [string, ...string[]];
      await sql`UPDATE providers SET slot_minutes = 15`.execute(ctx.db);
      // The heavy provider works round the clock; the others keep weekday office hours.
      await sql`INSERT INTO availability_rules (provider_id, kind, weekday, start_local, end_local)
        SELECT ${heavy}::uuid, 'weekly', d, '00:00', '24:00'
        FROM unnest(ARRAY['monday','tuesday','wednesday','thursday','friday','saturday','sunday']) d`.execute(ctx.db);
      await sql`INSERT INTO availability_rules (provider_id, kind, weekday, start_local, end_local)
        SELECT p, 'weekly', d, '09:00', '17:00'
        FROM unnest(${others}::uuid[]) p, unnest(ARRAY['monday','tuesday','wednesday','thursday','friday']) d`.execute(ctx.db);
      // 2,000 fifteen-minute appointments in 30 days for the heavy provider: two of every three quarter-hours.
      const start = localToInstant(FROM, '00:00', 'UTC');
      await sql`INSERT INTO appointments (provider_id, patient_id, start_time, end_time)
        SELECT ${heavy}::uuid, (${people.patients}::uuid[])[n],
               to_timestamp(${start / 1000}::double precision) + ((n + (n - 1) / 2) * interval '15 minutes'),
               to_timestamp(${start / 1000}::double precision) + ((n + (n - 1) / 2) * interval '15 minutes') + interval '15 minutes'
        FROM generate_series(1, 2000) n`.execute(ctx.db);
      // Six bookings a day for each of the fifty.
      await sql`INSERT INTO appointments (provider_id, patient_id, start_time, end_time)
        SELECT p, (${people.patients}::uuid[])[1 + ((i * 6 + k) % 2000)],
               to_timestamp(${start / 1000}::double precision) + (day * interval '1 day') + interval '9 hours' + (k * interval '75 minutes'),
               to_timestamp(${start / 1000}::double precision) + (day * interval '1 day') + interval '9 hours' + (k * interval '75 minutes') + interval '30 minutes'
        FROM unnest(${others}::uuid[]) WITH ORDINALITY AS o(p, i), generate_series(0, 4) day, generate_series(0, 5) k
        WHERE NOT EXISTS (SELECT 1 FROM appointments a WHERE a.patient_id = (${people.patients}::uuid[])[1 + ((i * 6 + k) % 2000)])`.execute(ctx.db);
      await sql`ANALYZE`.execute(ctx.db);
      const runs = QUICK ? 20 : 100;

      const measure = async (query: Record<string, unknown>, days: number, aimMs: number): Promise<Timing> => {
        const parsed = slotQuery.parse(query);
        let slots = 0;
        const search = await time(runs, async () => {
          slots = (await searchSlots(ctx, parsed)).count;
        });
        const span = { start: Date.parse(`${FROM}T00:00:00Z`) - 86_400_000, end: Date.parse(`${addDays(FROM, days)}T00:00:00Z`) + 86_400_000 };
        const providers = parsed.provider!;
        const loadOnly = await time(runs, () => loadCalendars(ctx.db, providers, span, { now: ctx.clock.now() }));
        return { medianMs: search.median, p95Ms: search.p95, slots, loadOnlyMedianMs: loadOnly.median, ratioToLoadOnly: ratio(search.median, loadOnly.median), aimMs };
      };
      // The app's clock is real time; the searched dates lie years ahead, so notice and horizon never cut.
      const oneProvider30Days = await measure({ provider: heavy, from: FROM, to: addDays(FROM, 29), duration: '15', limit: '5000' }, 30, 20);
      const fiftyProviders7Days = await measure({ provider: others, from: FROM, to: addDays(FROM, 6), duration: '30', limit: '5000' }, 7, 100);
      return { measured: true, oneProvider30Days, fiftyProviders7Days };
    } finally {
      await running.close();
    }
  });
}
