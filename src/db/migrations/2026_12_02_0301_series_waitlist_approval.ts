import { sqlMigration } from '../sql-migration.js';

// Issue 15. A request awaiting approval and a waitlist offer hold their time like a hold awaiting
// payment does, so the overlap guarantees now include them.
const OCCUPYING = `('pending_payment', 'scheduled', 'in_progress', 'no_show', 'requested', 'offered')`;
const BEFORE = `('pending_payment', 'scheduled', 'in_progress', 'no_show')`;
const STATUSES = `('pending_payment', 'scheduled', 'in_progress', 'completed', 'overdue', 'no_show',
  'user_canceled', 'provider_canceled', 'expired', 'requested', 'declined', 'offered')`;
const STATUSES_BEFORE = `('pending_payment', 'scheduled', 'in_progress', 'completed', 'overdue', 'no_show',
  'user_canceled', 'provider_canceled', 'expired')`;

const overlapConstraints = (statuses: string) => [
  `ALTER TABLE appointments DROP CONSTRAINT appointments_provider_no_overlap`,
  `ALTER TABLE appointments DROP CONSTRAINT appointments_patient_no_overlap`,
  `ALTER TABLE appointments DROP CONSTRAINT appointments_facility_no_overlap`,
  `ALTER TABLE appointments ADD CONSTRAINT appointments_provider_no_overlap EXCLUDE USING gist (
  provider_id WITH =, tstzrange(start_time, end_time, '[)') WITH &&
) WHERE (status IN ${statuses})`,
  `ALTER TABLE appointments ADD CONSTRAINT appointments_patient_no_overlap EXCLUDE USING gist (
  patient_id WITH =, tstzrange(start_time, end_time, '[)') WITH &&
) WHERE (status IN ${statuses})`,
  `ALTER TABLE appointments ADD CONSTRAINT appointments_facility_no_overlap EXCLUDE USING gist (
  exclusive_facility_id WITH =, tstzrange(start_time, end_time, '[)') WITH &&
) WHERE (status IN ${statuses} AND exclusive_facility_id IS NOT NULL)`,
];

export default sqlMigration(
  [
    `ALTER TABLE appointments DROP CONSTRAINT appointments_status_check`,
    `ALTER TABLE appointments ADD CONSTRAINT appointments_status_check CHECK (status IN ${STATUSES})`,
    ...overlapConstraints(OCCUPYING),
    // A waitlist offer lapses like a hold: it has an expiry.
    `ALTER TABLE appointments ADD CONSTRAINT appointments_offer_has_expiry CHECK (status <> 'offered' OR hold_expires_at IS NOT NULL)`,
    `CREATE TABLE appointment_series (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES providers (id),
  patient_id uuid NOT NULL REFERENCES patients (id),
  rrule text NOT NULL CHECK (length(rrule) BETWEEN 1 AND 500),
  -- The zone the rule's wall-clock times are read in: the facility's, else the provider's.
  timezone text NOT NULL,
  created_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
)`,
    `ALTER TABLE appointments
  ADD COLUMN series_id uuid REFERENCES appointment_series (id),
  ADD COLUMN request_expires_at timestamptz,
  ADD CONSTRAINT appointments_request_has_expiry CHECK (status <> 'requested' OR request_expires_at IS NOT NULL)`,
    `CREATE INDEX appointments_series_idx ON appointments (series_id, start_time) WHERE series_id IS NOT NULL`,
    `CREATE INDEX appointments_request_expiry_idx ON appointments (request_expires_at) WHERE status = 'requested'`,
    `CREATE INDEX appointments_offer_expiry_idx ON appointments (hold_expires_at) WHERE status = 'offered'`,
    `ALTER TABLE topics ADD COLUMN requires_confirmation boolean NOT NULL DEFAULT false`,
    `ALTER TABLE providers ADD COLUMN requires_confirmation boolean NOT NULL DEFAULT false`,
    `CREATE TABLE waitlist_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  -- One provider, or any provider whose hours offer this topic (seen through their past and present bookings).
  provider_id uuid REFERENCES providers (id),
  topic_id uuid REFERENCES topics (id),
  topic_ids uuid[] NOT NULL CHECK (cardinality(topic_ids) BETWEEN 1 AND 20),
  from_date date NOT NULL,
  to_date date NOT NULL CHECK (to_date >= from_date),
  times_of_day jsonb NOT NULL DEFAULT '[]',
  priority integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'offered', 'booked', 'left', 'expired')),
  offer_appointment_id uuid REFERENCES appointments (id),
  -- Starts this entry declined or let lapse: never offered to it again.
  passed_starts timestamptz[] NOT NULL DEFAULT '{}',
  created_by_user_id uuid REFERENCES users (id),
  joined_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT waitlist_names_whom CHECK (provider_id IS NOT NULL OR topic_id IS NOT NULL),
  CONSTRAINT waitlist_offer_has_appointment CHECK (status <> 'offered' OR offer_appointment_id IS NOT NULL)
)`,
    `CREATE INDEX waitlist_queue_idx ON waitlist_entries (priority DESC, joined_at, id) WHERE status = 'waiting'`,
    `CREATE INDEX waitlist_offered_idx ON waitlist_entries (offer_appointment_id) WHERE status = 'offered'`,
    `CREATE INDEX waitlist_patient_idx ON waitlist_entries (patient_id, joined_at)`,
  ],
  [
    `DROP TABLE waitlist_entries`,
    `ALTER TABLE providers DROP COLUMN requires_confirmation`,
    `ALTER TABLE topics DROP COLUMN requires_confirmation`,
    `DROP INDEX appointments_offer_expiry_idx`,
    `ALTER TABLE appointments DROP CONSTRAINT appointments_offer_has_expiry`,
    `ALTER TABLE appointments DROP COLUMN series_id, DROP COLUMN request_expires_at`,
    `DROP TABLE appointment_series`,
    ...overlapConstraints(BEFORE),
    `ALTER TABLE appointments DROP CONSTRAINT appointments_status_check`,
    `ALTER TABLE appointments ADD CONSTRAINT appointments_status_check CHECK (status IN ${STATUSES_BEFORE})`,
  ],
);
