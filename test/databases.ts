import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../src/db/database.js';

/**
 * Where the suites run: always on the run's embedded PostgreSQL (started by test/global-setup.ts), and
 * on TEST_DATABASE_URL's server too when it is set. In CI a missing PostgreSQL is a failure, not a skip.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
if (process.env.CI === 'true' && !TEST_DATABASE_URL) {
  throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL suites would be skipped');
}

export type Backend = 'embedded' | 'postgres';
export const backends: Backend[] = TEST_DATABASE_URL ? ['embedded', 'postgres'] : ['embedded'];
/** Where the suites that need one real server (races, crashes, several instances) run: CI's PostgreSQL when set. */
export const serverBackend: Backend = TEST_DATABASE_URL ? 'postgres' : 'embedded';

export interface TestDatabase {
  database: Database;
  url: string;
  drop(): Promise<void>;
}

const serverUrl = (backend: Backend) => (backend === 'postgres' ? TEST_DATABASE_URL! : inject('embeddedUrl'));

async function admin(backend: Backend, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl(backend) });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Creates a throwaway database on a test server, migrated (a copy of the run's template) unless
 * `empty`; `drop` removes it.
 */
export async function createPostgresDatabase(
  backend: Backend = serverBackend,
  options: { empty?: boolean } = {},
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `carebook_test_${randomBytes(6).toString('hex')}`;
  const template = inject('templates')[backend];
  await admin(backend, options.empty || !template ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = new URL(serverUrl(backend));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(backend, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function openTestDatabase(backend: Backend, poolSize = 20): Promise<TestDatabase> {
  const created = await createPostgresDatabase(backend);
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
