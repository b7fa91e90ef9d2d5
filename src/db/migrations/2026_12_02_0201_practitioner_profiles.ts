import { sqlMigration } from '../sql-migration.js';

/**
 * Practitioner profiles (a picture, bank details sealed with DATA_ENCRYPTION_KEY), API keys for
 * trusted services, and the audit trail.
 *
 * The picture is kept in the database (bytea, at most a few hundred KB after re-encoding): it is
 * backed up, restored and replicated with the rest, every API instance sees it, and deleting the
 * provider's picture is part of the same transaction as the audit row. A file under DATA_DIR would
 * not be shared by instances on several machines.
 *
 * The audit trail is written by a trigger on each audited table, in the transaction of the change,
 * so no write can forget it. Who and from where come from the transaction-local setting
 * `carebook.audit` (set by `inTransaction` from the request's context); without it the change was
 * the system's (the worker: holds expiring, visits marked overdue). The summary names the columns
 * that changed (and a status's old and new value), never their values: no secret or personal
 * detail is copied into the trail.
 */
export default sqlMigration(
  [
    `ALTER TABLE providers
  ADD COLUMN picture bytea,
  ADD COLUMN picture_type text CHECK (picture_type IN ('image/webp')),
  ADD COLUMN picture_etag text,
  ADD COLUMN bank_details_sealed text,
  ADD COLUMN bank_details_key_id text,
  ADD CONSTRAINT providers_picture_whole CHECK ((picture IS NULL) = (picture_type IS NULL) AND (picture IS NULL) = (picture_etag IS NULL)),
  ADD CONSTRAINT providers_bank_details_key CHECK ((bank_details_sealed IS NULL) = (bank_details_key_id IS NULL))`,
    `CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  key_hash text NOT NULL UNIQUE,
  key_prefix text NOT NULL,
  scopes text[] NOT NULL,
  created_by_user_id uuid NOT NULL REFERENCES users (id),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
    `CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_type text NOT NULL CHECK (actor_type IN ('user', 'api_key', 'system')),
  actor_id uuid,
  address text,
  route text,
  action text NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'reveal')),
  record_type text NOT NULL,
  record_id text,
  summary jsonb NOT NULL DEFAULT '{}'
)`,
    `CREATE INDEX audit_log_at ON audit_log (at, id)`,
    `CREATE INDEX audit_log_actor ON audit_log (actor_id, at)`,
    `CREATE INDEX audit_log_record ON audit_log (record_type, record_id, at)`,
    `CREATE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  context jsonb := nullif(current_setting('carebook.audit', true), '')::jsonb;
  before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  fields text[];
  summary jsonb;
BEGIN
  -- A restore or a move copies rows, audit entries included: copying is not a change to record.
  IF current_setting('carebook.copying', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' THEN
    -- Bookkeeping columns alone (a key's last use, the count of announced changes) are not a change anyone needs to audit.
    SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}') INTO fields FROM jsonb_each(after) n
      WHERE n.value IS DISTINCT FROM before -> n.key AND n.key NOT IN ('updated_at', 'last_used_at', 'announced_changes');
    IF cardinality(fields) = 0 THEN RETURN NULL; END IF;
  ELSE
    SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}') INTO fields FROM jsonb_each(coalesce(after, before)) n
      WHERE n.value <> 'null'::jsonb AND n.key NOT IN ('id', 'created_at', 'updated_at', 'announced_changes');
  END IF;
  summary := jsonb_build_object('fields', to_jsonb(fields));
  IF 'status' = ANY (fields) THEN
    summary := summary || jsonb_build_object('status', jsonb_build_object('from', before -> 'status', 'to', after -> 'status'));
  END IF;
  INSERT INTO audit_log (at, actor_type, actor_id, address, route, action, record_type, record_id, summary)
  VALUES (
    coalesce((context ->> 'at')::timestamptz, now()),
    coalesce(context ->> 'actor_type', 'system'),
    (context ->> 'actor_id')::uuid,
    context ->> 'address',
    context ->> 'route',
    lower(TG_OP),
    TG_TABLE_NAME,
    coalesce(after, before) ->> 'id',
    summary);
  RETURN NULL;
END $$`,
    ...['users', 'providers', 'patients', 'topics', 'facilities', 'availability_rules', 'time_off', 'appointments', 'payments', 'payment_orders', 'webhook_subscriptions', 'api_keys'].map(
      (table) => `CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row_change()`,
    ),
  ],
  [
    ...['users', 'providers', 'patients', 'topics', 'facilities', 'availability_rules', 'time_off', 'appointments', 'payments', 'payment_orders', 'webhook_subscriptions', 'api_keys'].map(
      (table) => `DROP TRIGGER ${table}_audit ON ${table}`,
    ),
    'DROP FUNCTION audit_row_change()',
    'DROP TABLE audit_log',
    'DROP TABLE api_keys',
    `ALTER TABLE providers DROP COLUMN picture, DROP COLUMN picture_type, DROP COLUMN picture_etag, DROP COLUMN bank_details_sealed, DROP COLUMN bank_details_key_id`,
  ],
);
