import { sql } from 'kysely';
import type { AppointmentStatus, Role } from '../db/types.js';

/** Who makes a change. Admins act as staff; `system` is the worker (overdue marking). */
export type Actor = 'patient' | 'provider' | 'staff' | 'system';

export const actorOf = (role: Role): Actor => (role === 'admin' || role === 'staff' ? 'staff' : role);

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
  'requested',
  'declined',
  'offered',
] as const satisfies readonly AppointmentStatus[];

/**
 * Statuses whose appointments hold their time (the exclusion constraints use the same list). A no-show
 * keeps its time, as seed 001 asks: the slot was the patient's, and booking over it would rewrite what happened.
 */
export const OCCUPYING_STATUSES = ['pending_payment', 'scheduled', 'in_progress', 'no_show', 'requested', 'offered'] as const satisfies readonly AppointmentStatus[];

/** Statuses that hold time only until `hold_expires_at`: a hold awaiting payment and a waitlist offer. */
export const LAPSING_STATUSES = ['pending_payment', 'offered'] as const satisfies readonly AppointmentStatus[];

export const CANCELED_STATUSES = ['user_canceled', 'provider_canceled'] as const satisfies readonly AppointmentStatus[];

/**
 * An `appointments` row whose time is taken at `now`: an occupying status, less holds that lapsed
 * (free even before the sweeper marks them expired). The statuses are SQL literals, so the generic
 * plan of a prepared statement still knows which values it filters on.
 */
export const occupiesTimeAt = (now: Date, table = 'a') => {
  const column = (name: string) => sql.ref(`${table}.${name}`);
  return sql<boolean>`(${column('status')} IN (${sql.join(OCCUPYING_STATUSES.map((s) => sql.lit(s)))}) AND (${column('status')} NOT IN ('pending_payment', 'offered') OR ${column('hold_expires_at')} > ${now}))`;
};

export const isOccupying = (s: AppointmentStatus) => (OCCUPYING_STATUSES as readonly string[]).includes(s);
export const isCanceled = (s: AppointmentStatus) => (CANCELED_STATUSES as readonly string[]).includes(s);

/**
 * Every allowed status change and who may make it; anything not listed is refused.
 * A hold becomes scheduled only when paid (the payment endpoint acts as `system`; staff who want no
 * hold book straight to scheduled) and lapses to expired by itself. An overdue visit can still begin late, be completed, be marked
 * a no-show, or be called off by either side.
 */
export const TRANSITIONS: Record<AppointmentStatus, Partial<Record<AppointmentStatus, readonly Actor[]>>> = {
  pending_payment: {
    scheduled: ['system'],
    expired: ['system'],
    user_canceled: ['patient', 'staff'],
    provider_canceled: ['provider', 'staff'],
  },
  scheduled: {
    in_progress: ['provider', 'staff'],
    completed: ['provider', 'staff'],
    no_show: ['provider', 'staff'],
    user_canceled: ['patient', 'staff'],
    provider_canceled: ['provider', 'staff'],
    overdue: ['system'],
  },
  overdue: {
    in_progress: ['provider', 'staff'],
    completed: ['provider', 'staff'],
    no_show: ['provider', 'staff'],
    user_canceled: ['patient', 'staff'],
    provider_canceled: ['provider', 'staff'],
  },
  in_progress: {
    completed: ['provider', 'staff'],
  },
  completed: {},
  no_show: {},
  user_canceled: {},
  provider_canceled: {},
  expired: {},
  // Issue 15: the provider (or staff) answers a request; unanswered, the system declines it when it expires.
  // Approval puts a priced visit on hold for its payment. The patient may withdraw a request.
  requested: {
    scheduled: ['provider', 'staff'],
    pending_payment: ['provider', 'staff'],
    declined: ['provider', 'staff', 'system'],
    user_canceled: ['patient', 'staff'],
  },
  declined: {},
  // A waitlist offer: the patient (or staff for them) accepts it, to the calendar or to a hold for its
  // payment, or declines it; unanswered, it lapses.
  offered: {
    scheduled: ['patient', 'staff'],
    pending_payment: ['patient', 'staff'],
    declined: ['patient', 'staff'],
    expired: ['system'],
  },
};

export type TransitionCheck = 'allowed' | 'not_permitted' | 'invalid_transition';

/**
 * `not_permitted`: this actor may never set that status (a 403);
 * `invalid_transition`: they could, but not from the current status (a 409).
 */
export function checkTransition(from: AppointmentStatus, to: AppointmentStatus, actor: Actor): TransitionCheck {
  if (TRANSITIONS[from][to]?.includes(actor)) return 'allowed';
  const everAllowed = ALL_STATUSES.some((s) => TRANSITIONS[s][to]?.includes(actor));
  return everAllowed ? 'invalid_transition' : 'not_permitted';
}
