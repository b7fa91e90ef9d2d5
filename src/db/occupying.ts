import { sql } from 'kysely';
import { OCCUPYING_STATUSES } from '../kernel/statuses.js';

/**
 * An `appointments` row whose time is taken at `now`: an occupying status, less holds that lapsed
 * (free even before the sweeper marks them expired). The statuses are SQL literals, so the generic
 * plan of a prepared statement still knows which values it filters on.
 */
export const occupiesTimeAt = (now: Date, table = 'a') => {
  const column = (name: string) => sql.ref(`${table}.${name}`);
  return sql<boolean>`(${column('status')} IN (${sql.join(OCCUPYING_STATUSES.map((s) => sql.lit(s)))}) AND (${column('status')} NOT IN ('pending_payment', 'offered') OR ${column('hold_expires_at')} > ${now}))`;
};
