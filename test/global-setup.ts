import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/database.js';
import { startEmbedded } from '../src/db/embedded.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { installJobs } from '../src/jobs/boss.js';
import { notificationQueues } from '../src/notifications/queue.js';
import { testConfig } from '../src/config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The suite's embedded PostgreSQL (a maintenance database URL) and the migrated template on it. */
    embeddedUrl: string;
    /** The migrated template database on each server, by backend. */
    templates: { embedded: string; postgres?: string };
  }
}

const TEMPLATE = `carebook_template_${process.pid}`;

/**
 * One embedded PostgreSQL for the whole run, in a throwaway folder (durability is off: nothing here
 * outlives the run), and a migrated template database on it and on TEST_DATABASE_URL's server, so
 * each test file gets a fresh database by `CREATE DATABASE … TEMPLATE` in milliseconds.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'carebook-test-'));
  chmodSync(dataDir, 0o755); // as root, the cluster's owner (postgres) must get through
  const server = await startEmbedded(dataDir, {
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '400' },
  });
  const embeddedUrl = server.url.replace(/\/[^/]*$/, '/postgres');
  await createTemplate(embeddedUrl);
  const postgresUrl = process.env.TEST_DATABASE_URL || undefined;
  if (postgresUrl) await createTemplate(postgresUrl);
  project.provide('embeddedUrl', embeddedUrl);
  project.provide('templates', { embedded: TEMPLATE, ...(postgresUrl ? { postgres: TEMPLATE } : {}) });

  return async () => {
    if (postgresUrl) await admin(postgresUrl, `DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

async function createTemplate(serverUrl: string) {
  await admin(serverUrl, `DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
  await admin(serverUrl, `CREATE DATABASE ${TEMPLATE}`);
  const url = new URL(serverUrl);
  url.pathname = `/${TEMPLATE}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 2 });
  try {
    await migrateToLatest(database.db);
    // pg-boss's schema and queues too, so a fresh database does not create them on its first start.
    await installJobs(database.db, url.toString(), notificationQueues(testConfig()));
  } finally {
    await database.close();
  }
}

async function admin(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
