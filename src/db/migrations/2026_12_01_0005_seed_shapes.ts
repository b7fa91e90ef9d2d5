import { sqlMigration } from '../sql-migration.js';

// Seed 001 counts a no-show as occupying its time: nobody else is booked into a slot that was kept free
// for a patient who did not come. A database that already holds a booking over a no-show's time
// cannot take the new constraints; the migration then stops with 23P01 and names the constraint.
const OCCUPYING = `('pending_payment', 'scheduled', 'in_progress', 'no_show')`;
const BEFORE = `('pending_payment', 'scheduled', 'in_progress')`;

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
    ...overlapConstraints(OCCUPYING),
    // Seed 001's appointment_type: a topic's stable code, unique where given.
    `ALTER TABLE topics ADD COLUMN code text CHECK (code ~ '^[a-z0-9][a-z0-9_-]{0,63}$')`,
    `CREATE UNIQUE INDEX topics_code_key ON topics (code) WHERE code IS NOT NULL`,
    // Seed 001's free-text reason for the visit.
    `ALTER TABLE appointments ADD COLUMN reason text CHECK (length(reason) <= 2000)`,
    // Where the patient reads their notifications; null: the visit's own zone.
    `ALTER TABLE patients ADD COLUMN timezone text`,
    // Seed 002: a visit length for bookings that name no topic (its visits are 15 minutes).
    `ALTER TABLE providers ADD COLUMN default_minutes integer CHECK (default_minutes BETWEEN 1 AND 1440)`,
  ],
  [
    `ALTER TABLE providers DROP COLUMN default_minutes`,
    `ALTER TABLE patients DROP COLUMN timezone`,
    `ALTER TABLE appointments DROP COLUMN reason`,
    `DROP INDEX topics_code_key`,
    `ALTER TABLE topics DROP COLUMN code`,
    ...overlapConstraints(BEFORE),
  ],
);
