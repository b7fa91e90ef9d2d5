import { sql } from 'kysely';

/*
 * What every feature may import: appointment statuses and which of them hold time. Imports nothing
 * of Carebook's own, so scheduling, facilities and appointments all read it from below.
 */

export const ALL_STATUSES = [
  'pending_payment',
  'scheduled',
  'in_progress',
  'completed',
  'overdue',
  'no_show',
  'user_canceled',
  'provider_canceled',
  'expired',
] as const;

/** An appointment's status: one of ALL_STATUSES. */
export type AppointmentStatus = (typeof ALL_STATUSES)[number];

/**
 * Statuses whose appointments hold their time (the exclusion constraints use the same list). A no-show
 * keeps its time, as seed 001 asks: the slot was the patient's, and booking over it would rewrite what happened.
 */
export const OCCUPYING_STATUSES = ['pending_payment', 'scheduled', 'in_progress', 'no_show'] as const satisfies readonly AppointmentStatus[];

export const CANCELED_STATUSES = ['user_canceled', 'provider_canceled'] as const satisfies readonly AppointmentStatus[];

/**
 * An `appointments` row whose time is taken at `now`: an occupying status, less holds that lapsed
 * (free even before the sweeper marks them expired). The statuses are SQL literals, so the generic
 * plan of a prepared statement still knows which values it filters on.
 */
export const occupiesTimeAt = (now: Date, table = 'a') => {
  const column = (name: string) => sql.ref(`${table}.${name}`);
  return sql<boolean>`(${column('status')} IN (${sql.join(OCCUPYING_STATUSES.map((s) => sql.lit(s)))}) AND (${column('status')} <> 'pending_payment' OR ${column('hold_expires_at')} > ${now}))`;
};

export const isOccupying = (s: AppointmentStatus) => (OCCUPYING_STATUSES as readonly string[]).includes(s);
export const isCanceled = (s: AppointmentStatus) => (CANCELED_STATUSES as readonly string[]).includes(s);
