import { sqlMigration } from '../sql-migration.js';

/**
 * Work the server does once per database at its next start, named here by the migration that made
 * it necessary: sealing again, as JWE, the secrets stored in the earlier AES-GCM format (the row is
 * there only when such secrets exist, and is deleted when done).
 */
export default sqlMigration(
  [
    `CREATE TABLE pending_tasks (
      name text PRIMARY KEY,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    // Only where there is something to reseal: a fresh database stays empty (a copy's target must be).
    `INSERT INTO pending_tasks (name)
      SELECT 'reseal_legacy_secrets'
      WHERE EXISTS (SELECT 1 FROM webhook_subscriptions WHERE starts_with(secret_encrypted, 'v1.'))
         OR EXISTS (SELECT 1 FROM calendar_sources WHERE starts_with(url_encrypted, 'v1.'))
         OR EXISTS (SELECT 1 FROM patients WHERE starts_with(personal_sealed, 'v1.'))
         OR EXISTS (SELECT 1 FROM notifications WHERE starts_with(payload->>'sealed_code', 'v1.'))`,
  ],
  ['DROP TABLE pending_tasks'],
);
