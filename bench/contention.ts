import { openDatabase } from '../src/db/database.js';
import { FUTURE, load, seedPeople, startApp, withBenchDatabase } from './helpers.js';

const REQUESTS = 200;

export interface ContentionResult {
  requests: number;
  created: number;
  conflicts: number;
  /** Responses that were neither 201 nor 409; `errors` counts connection errors. */
  other: number;
  errors: number;
  /** Occupying appointments in the slot afterwards, read from the database. */
  booked: number;
  exactlyOne: boolean;
  p50: number;
  p99: number;
}

/** 200 patients race for one provider's one slot at once: the exclusion constraint must let exactly one through. */
export async function contentionBenchmark(): Promise<ContentionResult> {
  return withBenchDatabase(async (url) => {
    const running = await startApp(await openDatabase({ url }), { DATABASE_URL: url });
    try {
      const seeded = await seedPeople(running.ctx, { providers: 1, patients: REQUESTS });
      const provider = seeded.providers[0]!;
      const start = new Date(FUTURE).toISOString();
      const race = await load({
        url: running.url,
        connections: REQUESTS,
        amount: REQUESTS,
        method: 'POST',
        path: '/api/v1/appointments',
        token: running.adminToken,
        vary: { kind: 'contend', provider, patients: seeded.patients, topic: seeded.topic, start },
      });
      const { n } = await running.ctx.db
        .selectFrom('appointments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('provider_id', '=', provider)
        .where('start_time', '=', new Date(start))
        .where('status', 'in', ['scheduled', 'in_progress'])
        .executeTakeFirstOrThrow();
      const created = race.status['201'] ?? 0;
      const conflicts = race.status['409'] ?? 0;
      return {
        requests: race.requests,
        created,
        conflicts,
        other: race.requests - created - conflicts,
        errors: race.errors,
        booked: Number(n),
        exactlyOne: created === 1 && Number(n) === 1,
        p50: race.p50,
        p99: race.p99,
      };
    } finally {
      await running.close();
    }
  });
}
