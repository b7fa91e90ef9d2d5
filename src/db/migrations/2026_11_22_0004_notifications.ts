import { sqlMigration } from '../sql-migration.js';

export default sqlMigration(
  [
    // Per-user channel choices. In-app notifications always go out; SMS also needs a phone number.
    `ALTER TABLE users
  ADD COLUMN notify_email boolean NOT NULL DEFAULT true,
  ADD COLUMN notify_sms boolean NOT NULL DEFAULT true`,
    `CREATE TABLE webhook_subscriptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  url text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2048),
  -- 'appointment.<event>' names, or '*' for every event.
  events text[] NOT NULL CHECK (cardinality(events) BETWEEN 1 AND 50),
  description text CHECK (length(description) <= 500),
  -- The signing secret, AES-256-GCM encrypted (the row id is the associated data, so a
  -- ciphertext copied onto another row does not decrypt). Shown in clear only once, at creation.
  secret_encrypted text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  -- Set after several failures in a row; the endpoint keeps receiving retries, and the API shows it.
  failing boolean NOT NULL DEFAULT false,
  consecutive_failures integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
  total_failures integer NOT NULL DEFAULT 0 CHECK (total_failures >= 0),
  last_success_at timestamptz,
  last_failure_at timestamptz,
  last_error text,
  created_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
    `CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- A feed cursor: the SSE stream resumes from it (Last-Event-ID).
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  appointment_id uuid REFERENCES appointments (id) ON DELETE CASCADE,
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  -- Which side of the appointment this is for; webhooks go to a subscriber.
  audience text NOT NULL CHECK (audience IN ('patient', 'provider', 'subscriber')),
  event text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'webhook', 'in_app')),
  -- An email address, a phone number, a URL, or (in-app) the user id.
  recipient text NOT NULL,
  subscription_id uuid REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'dead')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL,
  -- While 'sending': the lease. A worker that dies mid-send leaves a lease that runs out, and the row is sent again.
  locked_until timestamptz,
  last_error text,
  sent_at timestamptz,
  read_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT notifications_webhook_has_subscription CHECK ((channel = 'webhook') = (subscription_id IS NOT NULL)),
  CONSTRAINT notifications_in_app_has_user CHECK (channel <> 'in_app' OR user_id IS NOT NULL)
)`,
    `-- The delivery worker's two scans: rows due for a (re)try, and sending rows whose lease ran out.
-- 'failed' means "the last attempt failed, another is scheduled"; 'dead' means "no more attempts".
CREATE INDEX notifications_due_idx ON notifications (next_attempt_at) WHERE status IN ('pending', 'failed')`,
    `CREATE INDEX notifications_lease_idx ON notifications (locked_until) WHERE status = 'sending'`,
    `-- The caller's feed (newest first), its unread count, and the live stream's cursor.
CREATE INDEX notifications_feed_idx ON notifications (user_id, seq) WHERE channel = 'in_app'`,
    `CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE channel = 'in_app' AND read_at IS NULL`,
    `CREATE INDEX notifications_appointment_idx ON notifications (appointment_id, seq)`,
    `CREATE INDEX notifications_subscription_idx ON notifications (subscription_id) WHERE subscription_id IS NOT NULL`,
    `CREATE TABLE reminders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id uuid NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
  offset_minutes integer NOT NULL CHECK (offset_minutes > 0),
  remind_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'canceled')),
  sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
)`,
    `-- At most one live reminder per offset; sent and canceled ones stay as history.
CREATE UNIQUE INDEX reminders_pending_key ON reminders (appointment_id, offset_minutes) WHERE status = 'pending'`,
    `CREATE INDEX reminders_due_idx ON reminders (remind_at) WHERE status = 'pending'`,
    `CREATE INDEX reminders_appointment_idx ON reminders (appointment_id)`,
    `CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
  attempt integer NOT NULL CHECK (attempt >= 1),
  success boolean NOT NULL,
  status_code integer,
  error text,
  duration_ms integer NOT NULL CHECK (duration_ms >= 0),
  attempted_at timestamptz NOT NULL
)`,
    `CREATE INDEX webhook_deliveries_subscription_idx ON webhook_deliveries (subscription_id, attempted_at DESC, id)`,
    `CREATE INDEX webhook_deliveries_notification_idx ON webhook_deliveries (notification_id)`,
  ],
  [
    `DROP TABLE webhook_deliveries, reminders, notifications, webhook_subscriptions`,
    `ALTER TABLE users DROP COLUMN notify_email, DROP COLUMN notify_sms`,
  ],
);
