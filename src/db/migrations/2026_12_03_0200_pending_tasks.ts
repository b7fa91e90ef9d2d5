import { sqlMigration } from '../sql-migration.js';

/**
 * Work the server does once per database at its next start, named here by the migration that made
 * it necessary: sealing again, as JWE, the secrets stored in the earlier AES-GCM format (the row is
 * deleted when done; a fresh database does it at once, finding nothing).
 */
export default sqlMigration(
  [
    `CREATE TABLE pending_tasks (
      name text PRIMARY KEY,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `INSERT INTO pending_tasks (name) VALUES ('reseal_legacy_secrets')`,
  ],
  ['DROP TABLE pending_tasks'],
);
