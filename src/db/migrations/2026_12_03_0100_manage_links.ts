import { sqlMigration } from '../sql-migration.js';

/**
 * Manage links (issue 14): every appointment gets a version, bumped by the database on any real change
 * (a trigger, so no code path can forget it), and the links patients used are recorded, by the SHA-256
 * of the link's token, never the token itself. A link signs the version it was made for: the next change
 * to the appointment makes every link to it stale at once.
 */
export default sqlMigration(
  [
    `ALTER TABLE appointments ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1)`,
    // Bookkeeping columns (the iCalendar change count, the touch time) are no change to the appointment:
    // the notification of a change bumps announced_changes after its links were made.
    `CREATE FUNCTION appointments_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (to_jsonb(NEW) - 'version' - 'announced_changes' - 'updated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'version' - 'announced_changes' - 'updated_at') THEN
    NEW.version := OLD.version + 1;
  ELSE
    NEW.version := OLD.version;
  END IF;
  RETURN NEW;
END $$`,
    `CREATE TRIGGER appointments_version BEFORE UPDATE ON appointments FOR EACH ROW EXECUTE FUNCTION appointments_bump_version()`,
    `CREATE TABLE manage_link_uses (
      token_hash text PRIMARY KEY,
      appointment_id uuid NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
      action text NOT NULL CHECK (action IN ('cancel', 'reschedule')),
      version integer NOT NULL,
      used_at timestamptz NOT NULL
    )`,
    `CREATE INDEX manage_link_uses_appointment ON manage_link_uses (appointment_id)`,
  ],
  [
    'DROP TABLE manage_link_uses',
    'DROP TRIGGER appointments_version ON appointments',
    'DROP FUNCTION appointments_bump_version()',
    'ALTER TABLE appointments DROP COLUMN version',
  ],
);
