import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/database.js';

/**
 * Where the suites run: always on in-memory PGlite, and on PostgreSQL too when
 * TEST_DATABASE_URL is set. In CI a missing PostgreSQL is a failure, not a skip.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
if (process.env.CI === 'true' && !TEST_DATABASE_URL) {
  throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL suites would be skipped');
}

export type Backend = 'pglite' | 'postgres';
export const backends: Backend[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  database: Database;
  url?: string;
  drop(): Promise<void>;
}

/** Creates a throwaway PostgreSQL database on the test server; `drop` removes it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `carebook_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function openTestDatabase(backend: Backend, poolSize = 20): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const database = await openDatabase({});
    return { database, drop: () => database.close() };
  }
  const created = await createPostgresDatabase();
  const database = await openDatabase({ url: created.url, poolSize });
  return {
    database,
    url: created.url,
    async drop() {
      await database.close();
      await created.drop();
    },
  };
}
