import { sqlMigration } from '../sql-migration.js';

/**
 * Every in-app notification, from whichever process writes it, announces itself on the channel
 * `carebook_feed` as "<user id> <seq>". PostgreSQL delivers it at commit, when the row is visible:
 * open streams read exactly that row instead of polling the feed.
 */
export default sqlMigration(
  [
    `CREATE FUNCTION notify_feed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('carebook_feed', NEW.user_id::text || ' ' || NEW.seq::text);
  RETURN NULL;
END
$$`,
    `CREATE TRIGGER notifications_feed_notify AFTER INSERT ON notifications
  FOR EACH ROW WHEN (NEW.channel = 'in_app' AND NEW.user_id IS NOT NULL) EXECUTE FUNCTION notify_feed()`,
  ],
  ['DROP TRIGGER notifications_feed_notify ON notifications', 'DROP FUNCTION notify_feed()'],
);
