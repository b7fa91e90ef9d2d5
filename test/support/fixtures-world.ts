import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { ADMIN, book, makePatient, makeProvider, makeStaff, makeTopic, type Person, type TestApp } from '../helpers.js';

/**
 * A small, fully populated world for the reliability suites: two patients, two providers, a staff
 * member and the admin, reference data, appointments on both sides, a webhook subscription and
 * notifications. Everything is created through the API, as a client would.
 */
export const CALLERS = ['anonymous', 'patientA', 'patientB', 'providerA', 'providerB', 'staff', 'admin'] as const;
export type CallerName = (typeof CALLERS)[number];

export const PASSWORDS = { patient: 'patient-pass-1', provider: 'provider-pass-1' } as const;

export interface World {
  t: TestApp;
  patientA: Person;
  patientB: Person;
  providerA: Person;
  providerB: Person;
  staff: Person;
  admin: Person;
  /** A 30-minute topic without a price. */
  topic: string;
  /** A priced topic: a patient's booking of it is a hold until paid. */
  pricedTopic: string;
  price: number;
  facility: string;
  /** patient A with provider A, and patient B with provider B: each side's own record. */
  appointmentA: string;
  appointmentB: string;
  /** A webhook subscription that wants every event, and one message queued for it. */
  webhook: string;
  webhookNotification: string;
  /** Patient A's own in-app notification. */
  notificationA: string;
  /** The Person behind a caller name (undefined for anonymous). */
  person(caller: CallerName): Person | undefined;
  token(caller: CallerName): string | undefined;
  /** A fresh start time on the hour, never used before in this world (always bookable). */
  nextSlot(): string;
  /** Books patient × provider as admin (scheduled) at `start`, else a fresh time; returns the appointment id. */
  bookAppointment(patient?: Person, provider?: Person, start?: string): Promise<string>;
  /** Patient A books the priced topic with provider A: a `pending_payment` hold. */
  holdForPatientA(): Promise<string>;
  /** Every table of the application with a fingerprint of its rows, to prove that nothing changed. */
  snapshot(): Promise<Record<string, string>>;
}

export const unique = () => randomBytes(5).toString('hex');

/** Every weekday, all day: adding more rules later (as the suites do) never makes a fresh slot unbookable. */
const ALL_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));

async function expectCreated(res: { statusCode: number; body: string }, what: string) {
  if (res.statusCode !== 201) throw new Error(`${what} failed: ${res.statusCode} ${res.body}`);
  return JSON.parse(res.body) as { id: string } & Record<string, unknown>;
}

/**
 * Fingerprints every table in one statement, so a test can prove that a refused request changed
 * nothing, whichever table it might have touched: the row count, and the sum of the rows' `xmin`
 * (the transaction that wrote each row version). Any committed insert, update or delete moves one
 * of them, even an update that writes the same values; it costs one scan and no hashing.
 */
export async function snapshotter(t: TestApp): Promise<() => Promise<Record<string, string>>> {
  const tables = (
    await sql<{ schema: string; name: string }>`
      SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
      ORDER BY 1, 2`.execute(t.ctx.db)
  ).rows;
  if (!tables.some((r) => r.name === 'appointments')) throw new Error('no application tables found');
  const fingerprint = sql.join(
    tables.map(
      (tb) =>
        sql`SELECT ${`${tb.schema}.${tb.name}`}::text AS name, count(*)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text AS print FROM ${sql.table(`${tb.schema}.${tb.name}`)}`,
    ),
    sql` UNION ALL `,
  );
  return async () => {
    const rows = (await sql<{ name: string; print: string }>`${fingerprint}`.execute(t.ctx.db)).rows;
    return Object.fromEntries(rows.map((r) => [r.name, r.print]));
  };
}

export async function buildWorld(t: TestApp): Promise<World> {
  const admin = t.adminToken;
  const facility = (
    await expectCreated(
      await t.call('POST', '/api/v1/facilities', { token: admin, body: { name: `Clinic ${unique()}`, timezone: 'UTC' } }),
      'facility create',
    )
  ).id;
  const [patientA, patientB, providerA, providerB, staff] = [
    await makePatient(t, { name: 'Patient A' }),
    await makePatient(t, { name: 'Patient B' }),
    await makeProvider(t, { name: 'Provider A', facilities: [facility], schedule: ALL_WEEK }),
    await makeProvider(t, { name: 'Provider B', schedule: ALL_WEEK }),
    await makeStaff(t, 'staff'),
  ];
  const me = (await t.call('GET', '/api/v1/me', { token: admin })).json() as { id: string };
  const adminPerson: Person = { id: me.id, userId: me.id, email: ADMIN.email, token: admin };

  const topic = await makeTopic(t, 30);
  const price = 2500;
  const pricedTopic = (
    await expectCreated(
      await t.call('POST', '/api/v1/topics', { token: admin, body: { name: `Paid ${unique()}`, duration: 30, price, currency: 'EUR' } }),
      'priced topic create',
    )
  ).id;
  const webhook = (
    await expectCreated(
      // Port 9 (discard): the worker is off in tests, so nothing is ever sent there.
      await t.call('POST', '/api/v1/webhooks', { token: admin, body: { url: 'https://hooks.example.org/hook', events: ['*'], description: 'world' } }),
      'webhook create',
    )
  ).id;

  let slot = 0;
  const base = Date.parse('2030-03-05T00:00:00Z');
  const nextSlot = () => new Date(base + slot++ * 3_600_000).toISOString();

  const bookAppointment = async (patient = patientA, provider = providerA, start = nextSlot()) =>
    (
      await expectCreated(
        await book(t, { provider: provider.id, patient: patient.id, topics: [topic], start_time: start }),
        'booking',
      )
    ).id;

  const appointmentA = await bookAppointment(patientA, providerA);
  const appointmentB = await bookAppointment(patientB, providerB);

  const notificationA = (
    await t.ctx.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', patientA.userId)
      .where('channel', '=', 'in_app')
      .orderBy('seq')
      .executeTakeFirstOrThrow()
  ).id;
  const webhookNotification = (
    await t.ctx.db.selectFrom('notifications').select('id').where('subscription_id', '=', webhook).orderBy('seq').executeTakeFirstOrThrow()
  ).id;

  const people: Record<Exclude<CallerName, 'anonymous'>, Person> = { patientA, patientB, providerA, providerB, staff, admin: adminPerson };

  const snapshot = await snapshotter(t);

  return {
    t,
    ...people,
    topic,
    pricedTopic,
    price,
    facility,
    appointmentA,
    appointmentB,
    webhook,
    webhookNotification,
    notificationA,
    person: (caller) => (caller === 'anonymous' ? undefined : people[caller]),
    token: (caller) => (caller === 'anonymous' ? undefined : people[caller].token),
    nextSlot,
    bookAppointment,
    async holdForPatientA() {
      const res = await book(t, { provider: providerA.id, topics: [pricedTopic], start_time: nextSlot() }, patientA.token);
      const body = await expectCreated(res, 'hold');
      if (body.status !== 'pending_payment') throw new Error(`expected a hold, got ${String(body.status)}`);
      return body.id;
    },
    snapshot,
  };
}
