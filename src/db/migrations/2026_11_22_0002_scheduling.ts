import { sqlMigration } from '../sql-migration.js';

export default sqlMigration(
  [
    `CREATE TABLE facilities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  address text[] NOT NULL DEFAULT '{}',
  timezone text NOT NULL,
  -- [{weekday, open, close}], wall-clock in the facility's zone; empty = no restriction.
  operating_hours jsonb NOT NULL DEFAULT '[]',
  -- [{date, reason}], whole local days the facility is closed.
  closures jsonb NOT NULL DEFAULT '[]',
  -- Seed 003's hospital: every visit lasts exactly this long and starts on this alignment.
  appointment_minutes integer CHECK (appointment_minutes > 0),
  align_minutes integer CHECK (align_minutes > 0),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
    `CREATE TABLE provider_facilities (
  provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
  facility_id uuid NOT NULL REFERENCES facilities (id),
  PRIMARY KEY (provider_id, facility_id)
)`,
    `CREATE INDEX provider_facilities_facility_idx ON provider_facilities (facility_id)`,
    `ALTER TABLE providers
  ADD COLUMN slot_minutes integer NOT NULL DEFAULT 15 CHECK (slot_minutes BETWEEN 1 AND 1440),
  ADD COLUMN min_notice_minutes integer NOT NULL DEFAULT 0 CHECK (min_notice_minutes >= 0),
  ADD COLUMN max_days_ahead integer CHECK (max_days_ahead > 0),
  ADD COLUMN buffer_before_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_before_minutes >= 0),
  ADD COLUMN buffer_after_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_after_minutes >= 0)`,
    `ALTER TABLE topics
  ADD COLUMN min_notice_minutes integer CHECK (min_notice_minutes >= 0),
  ADD COLUMN max_days_ahead integer CHECK (max_days_ahead > 0),
  ADD COLUMN buffer_before_minutes integer CHECK (buffer_before_minutes >= 0),
  ADD COLUMN buffer_after_minutes integer CHECK (buffer_after_minutes >= 0),
  ADD COLUMN align_minutes integer CHECK (align_minutes > 0)`,
    `CREATE TABLE availability_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
  facility_id uuid REFERENCES facilities (id),
  kind text NOT NULL CHECK (kind IN ('weekly', 'dated')),
  weekday text CHECK (weekday IN ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')),
  date date,
  start_local text NOT NULL CHECK (start_local ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_local text NOT NULL CHECK (end_local ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
  valid_from date,
  valid_until date,
  created_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT availability_rules_shape CHECK (
    (kind = 'weekly' AND weekday IS NOT NULL AND date IS NULL) OR
    (kind = 'dated' AND date IS NOT NULL AND weekday IS NULL AND valid_from IS NULL AND valid_until IS NULL)),
  CONSTRAINT availability_rules_valid_range CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
)`,
    `CREATE INDEX availability_rules_provider_idx ON availability_rules (provider_id)`,
    `CREATE TABLE time_off (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
  start_time timestamptz NOT NULL,
  end_time timestamptz NOT NULL,
  reason text,
  created_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_time > start_time)
)`,
    `CREATE INDEX time_off_provider_idx ON time_off (provider_id, start_time)`,
    `ALTER TABLE appointments
  ADD COLUMN facility_id uuid REFERENCES facilities (id),
  ADD COLUMN mode text CHECK (mode IN ('in_person', 'phone', 'video')),
  ADD CONSTRAINT appointments_in_person_needs_facility CHECK (mode IS DISTINCT FROM 'in_person' OR facility_id IS NOT NULL)`,
    `CREATE INDEX appointments_facility_start_idx ON appointments (facility_id, start_time) WHERE facility_id IS NOT NULL`,
  ],
  [
    `ALTER TABLE appointments DROP COLUMN facility_id, DROP COLUMN mode`,
    `DROP TABLE time_off, availability_rules, provider_facilities, facilities`,
    `ALTER TABLE topics DROP COLUMN min_notice_minutes, DROP COLUMN max_days_ahead, DROP COLUMN buffer_before_minutes, DROP COLUMN buffer_after_minutes, DROP COLUMN align_minutes`,
    `ALTER TABLE providers DROP COLUMN slot_minutes, DROP COLUMN min_notice_minutes, DROP COLUMN max_days_ahead, DROP COLUMN buffer_before_minutes, DROP COLUMN buffer_after_minutes`,
  ],
);
