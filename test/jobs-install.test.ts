import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { installJobs } from '../src/jobs/boss.js';
import { DELIVERY_QUEUE, notificationQueues } from '../src/notifications/queue.js';
import { backends, createPostgresDatabase } from './databases.js';

// pg-boss's schema and the notification queues are installed at start-up; a second start that finds
// this very install in place skips pg-boss's own start-up (the schema's fingerprint says so).

describe.each(backends)('installing the job queues (%s)', (backend) => {
  let created: { url: string; drop(): Promise<void> };
  let database: Database;
  const retryLimit = async () =>
    (await sql<{ retry_limit: number }>`SELECT retry_limit FROM pgboss.queue WHERE name = ${DELIVERY_QUEUE}`.execute(database.db)).rows[0]?.retry_limit;

  beforeAll(async () => {
    created = await createPostgresDatabase(backend, { empty: true });
    database = await openDatabase({ url: created.url, poolSize: 2 });
  });
  afterAll(async () => {
    await database?.close();
    await created?.drop();
  });

  it('creates the schema and the queues on an empty database', async () => {
    await installJobs(database.db, created.url, notificationQueues({ NOTIFY_MAX_ATTEMPTS: 4 }));
    expect(await retryLimit()).toBe(4);
  });

  it('does nothing when the same install is in place, and updates the queues when their options change', async () => {
    // A hand edit stands while the install is unchanged: a start that finds its own fingerprint does not touch pg-boss.
    await sql`UPDATE pgboss.queue SET retry_limit = 9 WHERE name = ${DELIVERY_QUEUE}`.execute(database.db);
    await installJobs(database.db, created.url, notificationQueues({ NOTIFY_MAX_ATTEMPTS: 4 }));
    expect(await retryLimit()).toBe(9);
    await installJobs(database.db, created.url, notificationQueues({ NOTIFY_MAX_ATTEMPTS: 6 }));
    expect(await retryLimit()).toBe(6);
  });

  it('installs again when the schema was dropped', async () => {
    await sql`DROP SCHEMA pgboss CASCADE`.execute(database.db);
    await installJobs(database.db, created.url, notificationQueues({ NOTIFY_MAX_ATTEMPTS: 6 }));
    expect(await retryLimit()).toBe(6);
  });
});
