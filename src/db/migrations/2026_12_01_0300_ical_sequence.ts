import { sqlMigration } from '../sql-migration.js';

/**
 * How many changes of an appointment have been announced (the iCalendar SEQUENCE of the next one),
 * kept on the row instead of counted over its notifications at every event. Existing rows take the
 * count their notifications give.
 */
export default sqlMigration(
  [
    `ALTER TABLE appointments ADD COLUMN announced_changes integer NOT NULL DEFAULT 0 CHECK (announced_changes >= 0)`,
    `UPDATE appointments a SET announced_changes = c.n
  FROM (SELECT appointment_id, count(DISTINCT payload->>'event_id')::int AS n FROM notifications
        WHERE event <> 'reminder' AND appointment_id IS NOT NULL GROUP BY appointment_id) c
  WHERE c.appointment_id = a.id`,
  ],
  ['ALTER TABLE appointments DROP COLUMN announced_changes'],
);
