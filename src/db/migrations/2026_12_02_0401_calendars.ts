import { sqlMigration } from '../sql-migration.js';

/**
 * Calendar feeds (one secret URL per user, stored as a SHA-256 of the token), linked external
 * calendars (their URL is a credential: encrypted at rest, only its host kept in clear) with their
 * fetch state, the busy time imported from them, and each provider's policy for a broken source.
 */
export default sqlMigration(
  [
    `CREATE TABLE calendar_feeds (
      user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE calendar_sources (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
      name text NOT NULL,
      url_encrypted text NOT NULL,
      url_host text NOT NULL,
      etag text,
      last_modified text,
      state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'ok', 'broken')),
      last_attempt_at timestamptz,
      last_success_at timestamptz,
      last_error text,
      consecutive_failures integer NOT NULL DEFAULT 0,
      busy_count integer NOT NULL DEFAULT 0,
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX calendar_sources_provider ON calendar_sources (provider_id, created_at)`,
    `CREATE TABLE calendar_busy (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      source_id uuid NOT NULL REFERENCES calendar_sources (id) ON DELETE CASCADE,
      provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
      start_time timestamptz NOT NULL,
      end_time timestamptz NOT NULL,
      CHECK (end_time > start_time)
    )`,
    `CREATE INDEX calendar_busy_provider_time ON calendar_busy (provider_id, start_time, end_time)`,
    `CREATE INDEX calendar_busy_source ON calendar_busy (source_id)`,
    `ALTER TABLE providers ADD COLUMN calendar_broken_policy text NOT NULL DEFAULT 'warn' CHECK (calendar_broken_policy IN ('block', 'warn'))`,
    // Staff hear of a broken calendar in their in-app feed.
    `ALTER TABLE notifications DROP CONSTRAINT notifications_audience_check`,
    `ALTER TABLE notifications ADD CONSTRAINT notifications_audience_check CHECK (audience IN ('patient', 'provider', 'subscriber', 'staff'))`,
  ],
  [
    `DELETE FROM notifications WHERE audience = 'staff'`,
    `ALTER TABLE notifications DROP CONSTRAINT notifications_audience_check`,
    `ALTER TABLE notifications ADD CONSTRAINT notifications_audience_check CHECK (audience IN ('patient', 'provider', 'subscriber'))`,
    'ALTER TABLE providers DROP COLUMN calendar_broken_policy',
    'DROP TABLE calendar_busy',
    'DROP TABLE calendar_sources',
    'DROP TABLE calendar_feeds',
  ],
);
