import { sqlMigration } from '../sql-migration.js';

const OCCUPYING = `('pending_payment', 'scheduled', 'in_progress')`;

export default sqlMigration(
  [
    // New statuses: holds awaiting payment, lapsed holds, and no-shows.
    `ALTER TABLE appointments DROP CONSTRAINT appointments_status_check`,
    `ALTER TABLE appointments ADD CONSTRAINT appointments_status_check CHECK (status IN (
  'pending_payment', 'scheduled', 'in_progress', 'completed', 'overdue', 'no_show',
  'user_canceled', 'provider_canceled', 'expired'))`,
    `ALTER TABLE appointments
  ADD COLUMN hold_expires_at timestamptz,
  ADD COLUMN price_amount integer CHECK (price_amount >= 0),
  ADD COLUMN currency char(3),
  -- Set only when the facility has a single room: the facility's own exclusion constraint uses it.
  ADD COLUMN exclusive_facility_id uuid REFERENCES facilities (id),
  ADD CONSTRAINT appointments_hold_has_expiry CHECK (status <> 'pending_payment' OR hold_expires_at IS NOT NULL)`,
    // A hold occupies its time exactly like a booking: the overlap guarantees now include it.
    `ALTER TABLE appointments DROP CONSTRAINT appointments_provider_no_overlap`,
    `ALTER TABLE appointments DROP CONSTRAINT appointments_patient_no_overlap`,
    `ALTER TABLE appointments ADD CONSTRAINT appointments_provider_no_overlap EXCLUDE USING gist (
  provider_id WITH =, tstzrange(start_time, end_time, '[)') WITH &&
) WHERE (status IN ${OCCUPYING})`,
    `ALTER TABLE appointments ADD CONSTRAINT appointments_patient_no_overlap EXCLUDE USING gist (
  patient_id WITH =, tstzrange(start_time, end_time, '[)') WITH &&
) WHERE (status IN ${OCCUPYING})`,
    `ALTER TABLE appointments ADD CONSTRAINT appointments_facility_no_overlap EXCLUDE USING gist (
  exclusive_facility_id WITH =, tstzrange(start_time, end_time, '[)') WITH &&
) WHERE (status IN ${OCCUPYING} AND exclusive_facility_id IS NOT NULL)`,
    // The hold sweep walks only live holds.
    `CREATE INDEX appointments_hold_expiry_idx ON appointments (hold_expires_at) WHERE status = 'pending_payment'`,
    `ALTER TABLE facilities ADD COLUMN single_occupancy boolean NOT NULL DEFAULT false`,
    `ALTER TABLE topics
  ADD COLUMN price integer CHECK (price >= 0),
  ADD COLUMN currency char(3) CHECK (currency ~ '^[A-Z]{3}$'),
  ADD COLUMN patient_cancel_cutoff_minutes integer CHECK (patient_cancel_cutoff_minutes >= 0),
  ADD CONSTRAINT topics_price_has_currency CHECK ((price IS NULL) = (currency IS NULL))`,
    `ALTER TABLE providers ADD COLUMN patient_cancel_cutoff_minutes integer NOT NULL DEFAULT 0 CHECK (patient_cancel_cutoff_minutes >= 0)`,
    `CREATE TABLE payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id uuid NOT NULL REFERENCES appointments (id),
  order_id text NOT NULL CHECK (length(order_id) BETWEEN 1 AND 200),
  payment_id text NOT NULL UNIQUE CHECK (length(payment_id) BETWEEN 1 AND 200),
  amount integer NOT NULL CHECK (amount >= 0),
  currency char(3) NOT NULL,
  status text NOT NULL DEFAULT 'succeeded' CHECK (status IN ('succeeded')),
  created_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
)`,
    // One successful payment per appointment, whatever the concurrency.
    `CREATE UNIQUE INDEX payments_one_per_appointment ON payments (appointment_id) WHERE status = 'succeeded'`,
  ],
  [
    `DROP TABLE payments`,
    `ALTER TABLE providers DROP COLUMN patient_cancel_cutoff_minutes`,
    `ALTER TABLE topics DROP COLUMN price, DROP COLUMN currency, DROP COLUMN patient_cancel_cutoff_minutes`,
    `ALTER TABLE facilities DROP COLUMN single_occupancy`,
  ],
);
