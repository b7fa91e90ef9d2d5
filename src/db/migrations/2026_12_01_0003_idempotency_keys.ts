import { sqlMigration } from '../sql-migration.js';

export default sqlMigration(
  [
    // The first answer to a request sent with an Idempotency-Key, so a client that lost the answer can
    // send it again and learn what happened instead of booking (or failing) twice.
    `CREATE TABLE idempotency_keys (
  -- A user id, or 'gateway' for the payment gateway's callbacks: one caller's keys never meet another's.
  owner text NOT NULL,
  route text NOT NULL,
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
  -- What was asked (path and body): the same key with another request is refused.
  request_hash text NOT NULL,
  status_code integer NOT NULL,
  content_type text,
  response_body text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (owner, route, key)
)`,
    `CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at)`,
  ],
  [`DROP TABLE idempotency_keys`],
);
