import { sqlMigration } from '../sql-migration.js';

/**
 * The two partial indexes the hand-written delivery loop scanned (due rows, run-out leases) go:
 * pg-boss jobs now say which notification to deliver and when, every delivery statement names its
 * row by id, and each index cost every notification's insert and status change an extra write.
 */
export default sqlMigration(
  ['DROP INDEX notifications_due_idx', 'DROP INDEX notifications_lease_idx'],
  [
    `CREATE INDEX notifications_due_idx ON notifications (next_attempt_at) WHERE status IN ('pending', 'failed')`,
    `CREATE INDEX notifications_lease_idx ON notifications (locked_until) WHERE status = 'sending'`,
  ],
);
