import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { migrations } from '../src/db/migrations/index.js';
import { type Backend, backends, createPostgresDatabase, serverBackend } from './databases.js';

const ALL_MIGRATIONS = Object.keys(migrations).sort();

/** Everything a migration could change that a second run must leave alone. */
async function schemaSnapshot(db: Kysely<any>) {
  const columns = await sql<Record<string, unknown>>`
    SELECT table_name, column_name, ordinal_position, data_type, udt_name, is_nullable, column_default,
           character_maximum_length, is_identity
    FROM information_schema.columns
    WHERE table_schema = 'public'
    ORDER BY table_name, ordinal_position`.execute(db);
  const constraints = await sql<Record<string, unknown>>`
    SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c
    JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE n.nspname = 'public'
    ORDER BY c.conname`.execute(db);
  const indexes = await sql<Record<string, unknown>>`
    SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`.execute(db);
  const extensions = await sql<Record<string, unknown>>`SELECT extname FROM pg_extension ORDER BY extname`.execute(db);
  return { columns: columns.rows, constraints: constraints.rows, indexes: indexes.rows, extensions: extensions.rows };
}

async function appliedMigrations(db: Kysely<any>) {
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}

async function openFresh(backend: Backend): Promise<{ database: Database; drop(): Promise<void> }> {
  const created = await createPostgresDatabase(backend, { empty: true });
  const database = await openDatabase({ url: created.url, poolSize: 4 });
  return {
    database,
    async drop() {
      await database.close();
      await created.drop();
    },
  };
}

describe.each(backends)('migrations on a fresh %s database', (backend) => {
  let fresh: Awaited<ReturnType<typeof openFresh>>;
  let db: Kysely<any>;
  beforeAll(async () => {
    fresh = await openFresh(backend);
    db = fresh.database.db;
  });
  afterAll(() => fresh?.drop());

  it('starts empty, then applies every migration in order', async () => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`.execute(db);
    expect(rows[0]!.n).toBe(0);

    expect(await migrateToLatest(db)).toEqual(ALL_MIGRATIONS);
    expect(await appliedMigrations(db)).toEqual(ALL_MIGRATIONS);

    const { rows: tables } = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['app_settings', 'appointment_events', 'appointment_topics', 'appointments', 'patients', 'providers', 'topics', 'users']),
    );
  });

  it('a second run applies nothing and leaves the schema exactly as it was', async () => {
    const before = await schemaSnapshot(db);
    expect(before.columns.length).toBeGreaterThan(0);
    expect(await migrateToLatest(db)).toEqual([]);
    expect(await migrateToLatest(db)).toEqual([]);
    expect(await schemaSnapshot(db)).toEqual(before);
    expect(await appliedMigrations(db)).toEqual(ALL_MIGRATIONS);
  });

  it('has the exclusion constraints against double booking, for the provider, the patient and single-room facilities', async () => {
    const { rows } = await sql<{ conname: string; definition: string }>`
      SELECT conname, pg_get_constraintdef(oid) AS definition
      FROM pg_constraint
      WHERE conrelid = 'appointments'::regclass AND contype = 'x'
      ORDER BY conname`.execute(db);
    expect(rows.map((r) => r.conname)).toEqual([
      'appointments_facility_no_overlap',
      'appointments_patient_no_overlap',
      'appointments_provider_no_overlap',
    ]);
    const byName = new Map(rows.map((r) => [r.conname, r.definition]));
    for (const [side, column] of [['provider', 'provider_id'], ['patient', 'patient_id'], ['facility', 'exclusive_facility_id']]) {
      const definition = byName.get(`appointments_${side}_no_overlap`)!;
      expect(definition).toMatch(/^EXCLUDE USING gist/);
      expect(definition).toContain(`${column} WITH =`);
      expect(definition).toMatch(/tstzrange\(start_time, end_time, '\[\)'::text\) WITH &&/);
      // Only statuses that hold time are covered (a hold awaiting payment included); a cancelled visit frees its slot.
      expect(definition).toContain("'scheduled'");
      expect(definition).toContain("'in_progress'");
      expect(definition).toContain("'pending_payment'");
      expect(definition).not.toContain('expired');
      expect(definition).not.toContain('canceled');
    }
  });

  it('the exclusion constraint refuses an overlapping insert made behind the service (23P01)', async () => {
    const { rows } = await sql<{ provider: string; patient_a: string; patient_b: string }>`
      WITH u AS (
        INSERT INTO users (email, name, password_hash, role)
        VALUES ('m-prov@carebook.test', 'P', 'x', 'provider'), ('m-pa@carebook.test', 'A', 'x', 'patient'), ('m-pb@carebook.test', 'B', 'x', 'patient')
        RETURNING id, email
      ), pr AS (
        INSERT INTO providers (user_id) SELECT id FROM u WHERE email = 'm-prov@carebook.test' RETURNING id
      ), pa AS (
        INSERT INTO patients (user_id) SELECT id FROM u WHERE email <> 'm-prov@carebook.test' RETURNING id, user_id
      )
      SELECT (SELECT id FROM pr) AS provider,
             (SELECT pa.id FROM pa JOIN u ON u.id = pa.user_id WHERE u.email = 'm-pa@carebook.test') AS patient_a,
             (SELECT pa.id FROM pa JOIN u ON u.id = pa.user_id WHERE u.email = 'm-pb@carebook.test') AS patient_b`.execute(db);
    const { provider, patient_a, patient_b } = rows[0]!;
    await sql`INSERT INTO appointments (provider_id, patient_id, start_time, end_time)
              VALUES (${provider}, ${patient_a}, '2030-01-01T10:00:00Z', '2030-01-01T10:30:00Z')`.execute(db);
    const overlapping = sql`INSERT INTO appointments (provider_id, patient_id, start_time, end_time)
              VALUES (${provider}, ${patient_b}, '2030-01-01T10:15:00Z', '2030-01-01T10:45:00Z')`.execute(db);
    await expect(overlapping).rejects.toMatchObject({ code: '23P01' });
    // Back to back is fine: the ranges are half-open.
    await sql`INSERT INTO appointments (provider_id, patient_id, start_time, end_time)
              VALUES (${provider}, ${patient_b}, '2030-01-01T10:30:00Z', '2030-01-01T11:00:00Z')`.execute(db);
  });
});

describe('migrations started by several instances at once on PostgreSQL', () => {
  let created: Awaited<ReturnType<typeof createPostgresDatabase>>;
  const instances: Database[] = [];
  beforeAll(async () => {
    created = await createPostgresDatabase(serverBackend, { empty: true });
    for (let i = 0; i < 5; i++) instances.push(await openDatabase({ url: created.url, poolSize: 3 }));
  });
  afterAll(async () => {
    await Promise.all(instances.map((d) => d.close()));
    await created?.drop();
  });

  it('5 instances migrating an empty database at the same time all succeed, and each migration runs exactly once', async () => {
    const outcomes = await Promise.allSettled(instances.map((d) => migrateToLatest(d.db)));
    const failures = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [`instance ${i}: ${String(o.reason)}`] : []));
    expect(failures).toEqual([]);

    // Between them the instances applied every migration once: one did the work, the rest found nothing to do.
    const applied = outcomes.flatMap((o) => (o.status === 'fulfilled' ? o.value : []));
    expect(applied.sort()).toEqual(ALL_MIGRATIONS);

    const db = instances[0]!.db;
    const { rows } = await sql<{ name: string; n: number }>`
      SELECT name, count(*)::int AS n FROM kysely_migration GROUP BY name ORDER BY name`.execute(db);
    expect(rows).toEqual(ALL_MIGRATIONS.map((name) => ({ name, n: 1 })));

    const { rows: constraints } = await sql<{ conname: string }>`
      SELECT conname FROM pg_constraint WHERE conrelid = 'appointments'::regclass AND contype = 'x' ORDER BY conname`.execute(db);
    expect(constraints.map((c) => c.conname)).toEqual([
      'appointments_facility_no_overlap',
      'appointments_patient_no_overlap',
      'appointments_provider_no_overlap',
    ]);
  });

  it('5 instances restarting on the migrated database at the same time apply nothing and change nothing', async () => {
    const before = await schemaSnapshot(instances[0]!.db);
    const results = await Promise.all(instances.map((d) => migrateToLatest(d.db)));
    expect(results).toEqual(instances.map(() => []));
    expect(await schemaSnapshot(instances[0]!.db)).toEqual(before);
    expect(await appliedMigrations(instances[0]!.db)).toEqual(ALL_MIGRATIONS);
  });
});
