import { sqlMigration } from '../sql-migration.js';

export default sqlMigration(
  // Tokens issued before this instant stop working: a password change ends the user's other sessions.
  [`ALTER TABLE users ADD COLUMN password_changed_at timestamptz`],
  [`ALTER TABLE users DROP COLUMN password_changed_at`],
);
