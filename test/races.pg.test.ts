import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverBackend } from './databases.js';
import { book, createTestApp, makePatient, makeProvider, makeTopic, type Person, type TestApp } from './helpers.js';

/*
 * Races on one PostgreSQL server (CI's when TEST_DATABASE_URL is set, else the embedded one).
 * Every request goes through app.inject, so the whole stack
 * (auth, validation, service, error mapping) takes part, and the requests overlap inside
 * one process sharing one connection pool.
 */

// Deadlocked inserts wait out PostgreSQL's deadlock_timeout (1 s) one after another, so a
// burst can take tens of seconds; leave room for it to finish and be judged on its answers.
const STAGGERED_TIMEOUT = 150_000;

const unique = () => randomBytes(4).toString('hex');

/** Runs `make` n times, `width` at a time (argon2 hashing makes people slow to create). */
async function many<T>(n: number, width: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let i = next++; i < n; i = next++) out[i] = await make(i);
    }),
  );
  return out;
}

/** A provider created by the admin without logging in (the token is not needed). */
async function providerId(t: TestApp): Promise<string> {
  const res = await t.call('POST', '/api/v1/providers', {
    token: t.adminToken,
    body: { email: `race-provider-${unique()}@carebook.test`, name: `Dr. ${unique()}`, password: 'provider-pass-1' },
  });
  if (res.statusCode !== 201) throw new Error(`provider create failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

async function patientId(t: TestApp): Promise<string> {
  const res = await t.call('POST', '/api/v1/patients', {
    token: t.adminToken,
    body: { email: `race-patient-${unique()}@carebook.test`, name: `Pat ${unique()}`, password: 'patient-pass-1' },
  });
  if (res.statusCode !== 201) throw new Error(`patient create failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

function statusesOf(responses: LightMyRequestResponse[]) {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.statusCode] = (counts[r.statusCode] ?? 0) + 1;
  return counts;
}

/** Every non-201 must be a problem+json 409 `slot_unavailable`; returns the problem bodies. */
function expectSlotConflicts(responses: LightMyRequestResponse[]) {
  const losers = responses.filter((r) => r.statusCode !== 201);
  for (const r of losers) {
    expect({ status: r.statusCode, body: r.json() }).toMatchObject({ status: 409, body: { code: 'slot_unavailable', status: 409 } });
    expect(String(r.headers['content-type'])).toMatch(/^application\/problem\+json/);
  }
  return losers.map((r) => r.json() as { busy?: string[] });
}

/** Pairs of occupying appointments that overlap, on the provider's side or the patient's. */
async function overlappingPairs(t: TestApp, side: 'provider_id' | 'patient_id') {
  const { rows } = await sql<{ a: string; b: string }>`
    SELECT a.id AS a, b.id AS b
    FROM appointments a
    JOIN appointments b
      ON a.${sql.ref(side)} = b.${sql.ref(side)}
     AND a.id < b.id
     AND a.start_time < b.end_time
     AND b.start_time < a.end_time
    WHERE a.status IN ('scheduled', 'in_progress')
      AND b.status IN ('scheduled', 'in_progress')`.execute(t.ctx.db);
  return rows;
}

describe('booking races on PostgreSQL', () => {
  let t: TestApp;
  let topic30: string;

  beforeAll(async () => {
    t = await createTestApp(serverBackend);
    topic30 = await makeTopic(t, 30);
  });
  afterAll(() => t?.close());

  it('50 patients booking one provider at one time: exactly one 201, 49 × 409 slot_unavailable, one row', async () => {
    const provider = await providerId(t);
    const patients: Person[] = await many(50, 10, () => makePatient(t));
    const start = '2030-03-05T10:00:00Z';

    const responses = await Promise.all(
      patients.map((p) => book(t, { provider, topics: [topic30], start_time: start }, p.token)),
    );

    expect(statusesOf(responses)).toEqual({ 201: 1, 409: 49 });
    for (const body of expectSlotConflicts(responses)) {
      expect(body.busy).toEqual(['provider']);
    }
    const winner = responses.find((r) => r.statusCode === 201)!.json();
    expect(winner).toMatchObject({ provider, status: 'scheduled', start_time: '2030-03-05T10:00:00.000Z', end_time: '2030-03-05T10:30:00.000Z' });
    expect(patients.map((p) => p.id)).toContain(winner.patient);

    const rows = await t.ctx.db
      .selectFrom('appointments')
      .select(['id', 'status', 'start_time', 'end_time'])
      .where('provider_id', '=', provider)
      .execute();
    // Not only one occupying row: no loser left anything behind at all.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: winner.id, status: 'scheduled' });
    expect(rows[0]!.start_time.toISOString()).toBe('2030-03-05T10:00:00.000Z');
    const events = await t.ctx.db.selectFrom('appointment_events').select(['appointment_id', 'type']).where('appointment_id', '=', winner.id).execute();
    expect(events).toEqual([{ appointment_id: winner.id, type: 'created' }]);
  });

  it('50 patients racing, staff naming both sides: same outcome', async () => {
    const provider = await providerId(t);
    const patients = await many(50, 10, () => patientId(t));
    const start = '2030-03-05T14:00:00Z';

    const responses = await Promise.all(patients.map((patient) => book(t, { provider, patient, topics: [topic30], start_time: start })));

    expect(statusesOf(responses)).toEqual({ 201: 1, 409: 49 });
    for (const body of expectSlotConflicts(responses)) expect(body.busy).toEqual(['provider']);
    const { count } = await t.ctx.db
      .selectFrom('appointments')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('provider_id', '=', provider)
      .where('start_time', '=', new Date(start))
      .where('status', 'in', ['scheduled', 'in_progress'])
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(1);
  });

  it('one patient booking 50 providers at one time: exactly one 201, 49 × 409 with busy patient', async () => {
    const patient = await makePatient(t);
    const providers = await many(50, 10, () => providerId(t));
    const start = '2030-03-06T09:00:00Z';

    const responses = await Promise.all(
      providers.map((provider) => book(t, { provider, topics: [topic30], start_time: start }, patient.token)),
    );

    expect(statusesOf(responses)).toEqual({ 201: 1, 409: 49 });
    for (const body of expectSlotConflicts(responses)) {
      expect(body.busy).toContain('patient');
      expect(body.busy).not.toContain('provider');
    }
    const rows = await t.ctx.db.selectFrom('appointments').select(['id', 'status']).where('patient_id', '=', patient.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(responses.find((r) => r.statusCode === 201)!.json().id);
  });

  /**
   * 36 requests on one provider (or one patient), each with a different counterpart, starting
   * 08:00, 08:05, ... 10:55 on `day`: every one overlaps its five neighbours on each side.
   */
  async function staggeredRace(side: 'provider' | 'patient', day: string) {
    const shared = side === 'provider' ? await providerId(t) : await patientId(t);
    const others = await many(36, 10, () => (side === 'provider' ? patientId(t) : providerId(t)));
    const base = Date.parse(`${day}T08:00:00Z`);
    const requests = others.map((other, i) => ({
      provider: side === 'provider' ? shared : other,
      patient: side === 'provider' ? other : shared,
      start_time: new Date(base + i * 5 * 60_000).toISOString(),
    }));
    const responses = await Promise.all(requests.map((r) => book(t, { ...r, topics: [topic30] })));
    return { shared, responses };
  }

  for (const [side, day] of [['provider', '2030-03-07'], ['patient', '2030-03-08']] as const) {
    it(`staggered overlapping requests (5-minute steps, 30-minute topic) on one ${side}: the accepted set never overlaps`, async () => {
      const { shared, responses } = await staggeredRace(side, day);

      expect(responses.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
      for (const r of responses.filter((x) => x.statusCode !== 201)) {
        expect(r.statusCode).toBe(409);
        expect(String(r.headers['content-type'])).toMatch(/^application\/problem\+json/);
      }
      const accepted = responses.filter((r) => r.statusCode === 201).map((r) => r.json() as { id: string; start_time: string; end_time: string });
      expect(accepted.length).toBeGreaterThan(0);
      // Starts run 08:00..10:55 on a 5-minute grid: at most six 30-minute visits fit without overlapping.
      expect(accepted.length).toBeLessThanOrEqual(6);

      const sorted = [...accepted].sort((a, b) => a.start_time.localeCompare(b.start_time));
      for (let i = 1; i < sorted.length; i++) {
        expect(Date.parse(sorted[i]!.start_time)).toBeGreaterThanOrEqual(Date.parse(sorted[i - 1]!.end_time));
      }

      expect(await overlappingPairs(t, side === 'provider' ? 'provider_id' : 'patient_id')).toEqual([]);
      const rows = await t.ctx.db
        .selectFrom('appointments')
        .select('id')
        .where(side === 'provider' ? 'provider_id' : 'patient_id', '=', shared)
        .where('status', 'in', ['scheduled', 'in_progress'])
        .execute();
      expect(rows.map((r) => r.id).sort()).toEqual(accepted.map((a) => a.id).sort());
    }, STAGGERED_TIMEOUT);

    it(`staggered overlapping requests on one ${side}: every refusal is 409 slot_unavailable naming the ${side}, never concurrent_update`, async () => {
      // Concurrent inserts checked against a gist exclusion constraint can deadlock each other
      // (40P01). The design says such failures are retried before answering, so the client
      // hears the real reason (the slot is taken), not "retry the request".
      const { responses } = await staggeredRace(side, `2030-03-${side === 'provider' ? '09' : '10'}`);
      const codes = responses.filter((r) => r.statusCode !== 201).map((r) => r.json().code as string);
      const tally: Record<string, number> = {};
      for (const c of codes) tally[c] = (tally[c] ?? 0) + 1;
      expect(tally).toEqual({ slot_unavailable: codes.length });
      for (const body of expectSlotConflicts(responses)) expect(body.busy).toContain(side);
    }, STAGGERED_TIMEOUT);
  }

  it('patient and provider cancelling the same appointment at once: one 200, one 409 invalid_transition', async () => {
    const provider = await makeProvider(t);
    const patients = await many(10, 5, () => makePatient(t));
    const base = Date.parse('2030-03-11T08:00:00Z');
    const ids: string[] = [];
    for (const [i, patient] of patients.entries()) {
      const res = await book(t, { provider: provider.id, patient: patient.id, topics: [topic30], start_time: new Date(base + i * 3_600_000).toISOString() });
      expect(res.statusCode).toBe(201);
      ids.push(res.json().id);
    }

    // Ten appointments, each with its own pair of conflicting cancels, all at once.
    const pairs = await Promise.all(
      ids.map((id, i) =>
        Promise.all([
          t.call('POST', `/api/v1/appointments/${id}/cancel`, { token: patients[i]!.token, body: { reason: 'patient' } }),
          t.call('POST', `/api/v1/appointments/${id}/cancel`, { token: provider.token, body: { reason: 'provider' } }),
        ]),
      ),
    );

    for (const [i, [byPatient, byProvider]] of pairs.entries()) {
      const id = ids[i]!;
      expect(statusesOf([byPatient, byProvider])).toEqual({ 200: 1, 409: 1 });
      const [winner, loser] = byPatient.statusCode === 200 ? [byPatient, byProvider] : [byProvider, byPatient];
      expect(loser.json()).toMatchObject({ code: 'invalid_transition', status: 409 });
      const expected = winner === byPatient ? 'user_canceled' : 'provider_canceled';
      expect(winner.json().status).toBe(expected);
      expect(loser.json().current_status).toBe(expected);

      const row = await t.ctx.db.selectFrom('appointments').select(['status', 'cancel_reason']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: expected, cancel_reason: winner === byPatient ? 'patient' : 'provider' });
      const events = await t.ctx.db
        .selectFrom('appointment_events')
        .select('type')
        .where('appointment_id', '=', id)
        .orderBy('id')
        .execute();
      expect(events.map((e) => e.type)).toEqual(['created', 'canceled']);
    }
  });

  it('two providers signing up with the same email at once: one 201, one 409 email_taken', async () => {
    const emails = Array.from({ length: 8 }, () => `twin-${unique()}@carebook.test`);
    const outcomes = await Promise.all(
      emails.map((email, i) =>
        Promise.all(
          // Every other pair differs only in letter case, which is the same address.
          [email, i % 2 === 0 ? email : email.toUpperCase()].map((address) =>
            t.call('POST', '/api/v1/providers', { token: t.adminToken, body: { email: address, name: `Twin ${unique()}`, password: 'provider-pass-1' } }),
          ),
        ),
      ),
    );

    for (const [i, pair] of outcomes.entries()) {
      expect(statusesOf(pair)).toEqual({ 201: 1, 409: 1 });
      const loser = pair.find((r) => r.statusCode === 409)!;
      expect(loser.json()).toMatchObject({ code: 'email_taken', status: 409 });
      expect(String(loser.headers['content-type'])).toMatch(/^application\/problem\+json/);

      const users = await t.ctx.db.selectFrom('users').select(['id']).where(sql<string>`lower(email)`, '=', emails[i]!).execute();
      expect(users).toHaveLength(1);
      const providers = await t.ctx.db.selectFrom('providers').select('id').where('user_id', '=', users[0]!.id).execute();
      expect(providers.map((p) => p.id)).toEqual([pair.find((r) => r.statusCode === 201)!.json().id]);
    }
    // The losing transaction rolled back whole: no user row without its provider row.
    const orphans = await sql<{ id: string }>`
      SELECT u.id FROM users u
      WHERE u.role = 'provider' AND NOT EXISTS (SELECT 1 FROM providers p WHERE p.user_id = u.id)`.execute(t.ctx.db);
    expect(orphans.rows).toEqual([]);
  });
});
