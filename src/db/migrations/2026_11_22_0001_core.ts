import { sqlMigration } from '../sql-migration.js';

export default sqlMigration(
  [
    `CREATE EXTENSION IF NOT EXISTS btree_gist`,
    `CREATE TABLE app_settings (
  key text PRIMARY KEY,
  value text NOT NULL
)`,
    `CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'staff', 'provider', 'patient')),
  phone text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
    `-- Emails are unique regardless of case: Ann@x.org and ann@x.org are one person.
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email))`,
    `CREATE TABLE providers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL UNIQUE REFERENCES users (id),
  specialization text,
  timezone text NOT NULL DEFAULT 'UTC',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
    `CREATE TABLE patients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL UNIQUE REFERENCES users (id),
  date_of_birth date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
    `CREATE TABLE topics (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name varchar(256) NOT NULL CHECK (length(name) >= 1),
  duration integer NOT NULL CHECK (duration > 0),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
    `CREATE TABLE appointments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES providers (id),
  patient_id uuid NOT NULL REFERENCES patients (id),
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN (
    'scheduled', 'in_progress', 'completed', 'overdue', 'user_canceled', 'provider_canceled')),
  start_time timestamptz NOT NULL,
  end_time timestamptz NOT NULL,
  provider_notes text,
  canceled_by_user_id uuid REFERENCES users (id),
  canceled_at timestamptz,
  cancel_reason text,
  created_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT appointments_time_order CHECK (end_time > start_time),
  -- The guarantee against double booking: no two time-occupying appointments of one
  -- provider (or one patient) overlap. Half-open ranges let back-to-back visits touch.
  CONSTRAINT appointments_provider_no_overlap EXCLUDE USING gist (
    provider_id WITH =, tstzrange(start_time, end_time, '[)') WITH &&
  ) WHERE (status IN ('scheduled', 'in_progress')),
  CONSTRAINT appointments_patient_no_overlap EXCLUDE USING gist (
    patient_id WITH =, tstzrange(start_time, end_time, '[)') WITH &&
  ) WHERE (status IN ('scheduled', 'in_progress'))
)`,
    `CREATE INDEX appointments_provider_start_idx ON appointments (provider_id, start_time)`,
    `CREATE INDEX appointments_patient_start_idx ON appointments (patient_id, start_time)`,
    `CREATE INDEX appointments_start_idx ON appointments (start_time)`,
    `CREATE INDEX appointments_created_idx ON appointments (created_at)`,
    `-- Small partial index the overdue sweep walks every minute.
CREATE INDEX appointments_scheduled_start_idx ON appointments (start_time) WHERE status = 'scheduled'`,
    `CREATE TABLE appointment_topics (
  appointment_id uuid NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
  topic_id uuid NOT NULL REFERENCES topics (id),
  position integer NOT NULL,
  PRIMARY KEY (appointment_id, topic_id)
)`,
    `CREATE INDEX appointment_topics_topic_idx ON appointment_topics (topic_id)`,
    `CREATE TABLE appointment_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  appointment_id uuid NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
  type text NOT NULL,
  actor_user_id uuid REFERENCES users (id),
  actor_role text NOT NULL CHECK (actor_role IN ('admin', 'staff', 'provider', 'patient', 'system')),
  changes jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
)`,
    `CREATE INDEX appointment_events_appointment_idx ON appointment_events (appointment_id, id)`,
  ],
  ['DROP TABLE appointment_events, appointment_topics, appointments, topics, patients, providers, users, app_settings'],
);
