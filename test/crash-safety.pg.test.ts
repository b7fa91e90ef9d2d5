import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../src/db/migrations/index.js';
import { createPostgresDatabase } from './databases.js';
import { api, killIfRunning, type ServerProcess as Server, startServer as startServerWith } from './support/server-process.js';

/*
 * The real server as a child process on a fresh PostgreSQL database, killed with SIGKILL in
 * the middle of a booking load, then started again on the same database. What it said yes
 * to must still be there, intact; whatever was cut off must have left nothing half-written;
 * and the overlap invariants must hold over every row.
 */

const ADMIN = { email: 'crash-admin@carebook.test', password: 'crash-admin-password-1' };
const JWT_SECRET = 'crash-safety-fixed-jwt-secret-0123456789'; // 40 characters
const ACKNOWLEDGED_BEFORE_KILL = 150;
const LOOPS = 8;
const PROVIDERS = 6;
const PATIENTS = 24;

const unique = () => randomBytes(4).toString('hex');

const startServer = (databaseUrl: string) =>
  startServerWith({ DATABASE_URL: databaseUrl, RUN_WORKER: 'false', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, JWT_SECRET });

async function created(base: string, path: string, token: string, body: unknown): Promise<string> {
  const res = await api(base, 'POST', path, token, body);
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${res.text}`);
  return res.body.id;
}

interface BookingRequest {
  provider: string;
  patient: string;
  topics: string[];
  start_time: string;
  expectedEnd: string;
}

interface Acknowledged extends BookingRequest {
  id: string;
}

describe('crash safety: SIGKILL in the middle of a booking load', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  const servers: Server[] = [];

  beforeAll(async () => {
    database = await createPostgresDatabase();
  });
  afterAll(async () => {
    for (const s of servers) await killIfRunning(s);
    await database?.drop();
  });

  it('keeps every acknowledged booking, writes nothing by halves, and never double-books', async () => {
    const first = await startServer(database.url);
    servers.push(first);
    const token = (await api(first.base, 'POST', '/api/v1/auth/token', undefined, ADMIN)).body.access_token as string;
    expect(token).toBeTruthy();

    const durations: Record<string, number> = {};
    for (const minutes of [15, 30, 45]) {
      durations[await created(first.base, '/api/v1/topics', token, { name: `Crash ${minutes} ${unique()}`, duration: minutes })] = minutes;
    }
    const [t15, t30, t45] = Object.keys(durations) as [string, string, string];
    const topicChoices = [[t15], [t30], [t45], [t30, t15]];
    const person = (path: string) =>
      created(first.base, path, token, { email: `crash-${unique()}@carebook.test`, name: `Crash ${unique()}`, password: 'crash-pass-123' });
    const providers = await Promise.all(Array.from({ length: PROVIDERS }, () => person('/api/v1/providers')));
    const patients = await Promise.all(Array.from({ length: PATIENTS }, () => person('/api/v1/patients')));

    // Quarter-hour starts over three days next year, so the real clock never makes them past
    // and random picks collide often enough to produce 409s.
    const dayZero = Date.UTC(new Date().getUTCFullYear() + 1, 5, 1, 8);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
    const randomRequest = (): BookingRequest => {
      const start = dayZero + pick([0, 1, 2]) * 86_400_000 + Math.floor(Math.random() * 40) * 15 * 60_000;
      const topics = pick(topicChoices);
      const minutes = topics.reduce((sum, t) => sum + durations[t]!, 0);
      return {
        provider: pick(providers),
        patient: pick(patients),
        topics,
        start_time: new Date(start).toISOString(),
        expectedEnd: new Date(start + minutes * 60_000).toISOString(),
      };
    };

    const acknowledged: Acknowledged[] = [];
    /** Requests whose answer never arrived: they may or may not have committed. */
    const cutOff: BookingRequest[] = [];
    const refusals: Record<string, number> = {};
    const unexpected: string[] = [];
    const inFlight = new Set<BookingRequest>();
    let inFlightAtKill = -1;
    let killed = false;

    const kill = () => {
      killed = true;
      inFlightAtKill = inFlight.size;
      first.child.kill('SIGKILL');
    };

    const loop = async () => {
      while (!killed) {
        const request = randomRequest();
        inFlight.add(request);
        try {
          const res = await fetch(`${first.base}/api/v1/appointments`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ provider: request.provider, patient: request.patient, topics: request.topics, start_time: request.start_time }),
            signal: AbortSignal.timeout(20_000),
          });
          const body = (await res.json()) as { id?: string; code?: string; start_time?: string; end_time?: string };
          // Answered: no longer on the wire when the kill below is counted.
          inFlight.delete(request);
          if (res.status === 201) {
            if (body.start_time !== request.start_time || body.end_time !== request.expectedEnd) {
              unexpected.push(`201 with wrong times: ${JSON.stringify(body)} for ${JSON.stringify(request)}`);
            }
            acknowledged.push({ ...request, id: body.id! });
            if (acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL && !killed) kill();
          } else if (res.status === 409) {
            refusals[body.code ?? 'none'] = (refusals[body.code ?? 'none'] ?? 0) + 1;
          } else {
            unexpected.push(`${res.status} ${JSON.stringify(body)}`);
          }
        } catch (error) {
          cutOff.push(request);
          if (!killed) unexpected.push(`request failed before the kill: ${String(error)}`);
          return;
        } finally {
          inFlight.delete(request);
        }
      }
    };

    const loadDeadline = setTimeout(() => {
      if (!killed) {
        unexpected.push(`only ${acknowledged.length} bookings acknowledged in 30 s`);
        kill();
      }
    }, 30_000);
    await Promise.all(Array.from({ length: LOOPS }, loop));
    clearTimeout(loadDeadline);
    await first.exited;

    expect(unexpected).toEqual([]);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
    // The kill landed mid-load: other bookings were on the wire when it hit.
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(Object.keys(refusals).length).toBeGreaterThan(0);

    const second = await startServer(database.url);
    servers.push(second);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      // 1. Everything acknowledged survived, unchanged.
      const { rows: kept } = await client.query<{
        id: string;
        provider_id: string;
        patient_id: string;
        status: string;
        start_time: Date;
        end_time: Date;
      }>(`SELECT id, provider_id, patient_id, status, start_time, end_time FROM appointments WHERE id = ANY($1::uuid[])`, [
        acknowledged.map((a) => a.id),
      ]);
      const byId = new Map(kept.map((r) => [r.id, r]));
      const lost = acknowledged.filter((a) => !byId.has(a.id)).map((a) => a.id);
      expect(lost).toEqual([]);
      for (const a of acknowledged) {
        const row = byId.get(a.id)!;
        expect({
          provider: row.provider_id,
          patient: row.patient_id,
          status: row.status,
          start_time: row.start_time.toISOString(),
          end_time: row.end_time.toISOString(),
        }).toEqual({ provider: a.provider, patient: a.patient, status: 'scheduled', start_time: a.start_time, end_time: a.expectedEnd });
      }
      const { rows: topicRows } = await client.query<{ appointment_id: string; topics: string[] }>(
        `SELECT appointment_id, array_agg(topic_id::text ORDER BY position) AS topics
         FROM appointment_topics WHERE appointment_id = ANY($1::uuid[]) GROUP BY appointment_id`,
        [acknowledged.map((a) => a.id)],
      );
      const topicsOf = new Map(topicRows.map((r) => [r.appointment_id, r.topics]));
      expect(acknowledged.filter((a) => JSON.stringify(topicsOf.get(a.id)) !== JSON.stringify(a.topics)).map((a) => a.id)).toEqual([]);

      // 2. Nothing half-written: every appointment has its topics, a matching duration and exactly one 'created' event.
      const { rows: withoutTopics } = await client.query(
        `SELECT a.id FROM appointments a WHERE NOT EXISTS (SELECT 1 FROM appointment_topics t WHERE t.appointment_id = a.id)`,
      );
      expect(withoutTopics).toEqual([]);
      const { rows: wrongCreated } = await client.query(
        `SELECT a.id, (SELECT count(*)::int FROM appointment_events e WHERE e.appointment_id = a.id AND e.type = 'created') AS created_events
         FROM appointments a
         WHERE (SELECT count(*) FROM appointment_events e WHERE e.appointment_id = a.id AND e.type = 'created') <> 1`,
      );
      expect(wrongCreated).toEqual([]);
      const { rows: wrongLength } = await client.query(
        `SELECT a.id FROM appointments a
         JOIN (SELECT at.appointment_id, sum(t.duration)::int AS minutes
               FROM appointment_topics at JOIN topics t ON t.id = at.topic_id GROUP BY at.appointment_id) s
           ON s.appointment_id = a.id
         WHERE a.end_time - a.start_time <> make_interval(mins => s.minutes)`,
      );
      expect(wrongLength).toEqual([]);

      // 3. Nothing nobody asked for: every row is an acknowledged booking or one cut off by the kill.
      const { rows: all } = await client.query<{ id: string; provider_id: string; patient_id: string; start_time: Date }>(
        `SELECT id, provider_id, patient_id, start_time FROM appointments`,
      );
      const acknowledgedIds = new Set(acknowledged.map((a) => a.id));
      const unexplained = all.filter(
        (r) =>
          !acknowledgedIds.has(r.id) &&
          !cutOff.some((c) => c.provider === r.provider_id && c.patient === r.patient_id && c.start_time === r.start_time.toISOString()),
      );
      expect(unexplained).toEqual([]);
      expect(all.length).toBeLessThanOrEqual(acknowledged.length + cutOff.length);

      // 4. No double booking anywhere, provider or patient.
      for (const side of ['provider_id', 'patient_id']) {
        const { rows: overlaps } = await client.query(
          `SELECT a.id AS a, b.id AS b, a.${side} AS who
           FROM appointments a
           JOIN appointments b ON a.${side} = b.${side} AND a.id < b.id
            AND a.start_time < b.end_time AND b.start_time < a.end_time
           WHERE a.status IN ('scheduled', 'in_progress') AND b.status IN ('scheduled', 'in_progress')`,
        );
        expect({ side, overlaps }).toEqual({ side, overlaps: [] });
      }

      // 5. The restart re-applied nothing.
      const { rows: applied } = await client.query<{ name: string }>(`SELECT name FROM kysely_migration ORDER BY name`);
      expect(applied.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
    } finally {
      await client.end();
    }

    // 6. The restarted server serves what was acknowledged (same secret: the old token still works) and still refuses overlaps.
    const sample = acknowledged.slice(0, 5);
    for (const a of sample) {
      const res = await api(second.base, 'GET', `/api/v1/appointments/${a.id}`, token);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: a.id, status: 'scheduled', start_time: a.start_time, end_time: a.expectedEnd, topics: a.topics });
    }
    const again = await api(second.base, 'POST', '/api/v1/appointments', token, {
      provider: sample[0]!.provider,
      patient: patients.find((p) => p !== sample[0]!.patient),
      topics: sample[0]!.topics,
      start_time: sample[0]!.start_time,
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('slot_unavailable');
  }, 60_000);
});
