import { sqlMigration } from '../sql-migration.js';

// Issue 13 part A: self-registration with email verification, emailed one-time codes, refresh-token
// sessions, patients without an account (walk-ins) and erasure.
export default sqlMigration(
  [
    // A walk-in (a child, someone at the desk) has no email and no password until they claim an
    // account; an erased person keeps neither. The unique index on lower(email) ignores NULLs.
    `ALTER TABLE users ALTER COLUMN email DROP NOT NULL`,
    `ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL`,
    // Everyone who exists before this migration (admin-created, seeds) counts as verified; only a
    // self-registration writes false.
    `ALTER TABLE users ADD COLUMN email_verified boolean NOT NULL DEFAULT true`,
    `ALTER TABLE users ADD COLUMN erased_at timestamptz`,
    // How a self-registered patient described themself (null: created by staff).
    `ALTER TABLE patients ADD COLUMN signup_type text CHECK (signup_type IN ('patient', 'visitor'))`,
    // Address, nationality and gender, encrypted together (AES-256-GCM, bound to the patient's id).
    `ALTER TABLE patients ADD COLUMN personal_sealed text`,
    `CREATE TABLE account_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'claim')),
  code_hash text NOT NULL,
  -- A claim's invited address (the user row has none yet).
  email text CHECK (length(email) BETWEEN 3 AND 320),
  attempts integer NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL
)`,
    `CREATE INDEX account_codes_user_purpose_idx ON account_codes (user_id, purpose, created_at DESC)`,
    `CREATE TABLE refresh_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  family_id uuid NOT NULL,
  token_hash text NOT NULL UNIQUE,
  -- Wall-clock time like an access token's iat: compared with users.password_changed_at.
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  revoked_at timestamptz
)`,
    `CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`,
    `CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id)`,
  ],
  [
    `DROP TABLE refresh_tokens`,
    `DROP TABLE account_codes`,
    `ALTER TABLE patients DROP COLUMN personal_sealed`,
    `ALTER TABLE patients DROP COLUMN signup_type`,
    `ALTER TABLE users DROP COLUMN erased_at`,
    `ALTER TABLE users DROP COLUMN email_verified`,
    `ALTER TABLE users ALTER COLUMN password_hash SET NOT NULL`,
    `ALTER TABLE users ALTER COLUMN email SET NOT NULL`,
  ],
);
