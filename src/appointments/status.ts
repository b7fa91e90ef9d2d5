import type { Role } from '../db/types.js';
import { ALL_STATUSES, type AppointmentStatus } from '../kernel/statuses.js';

/** Who makes a change. Admins act as staff; `system` is the worker (overdue marking). */
export type Actor = 'patient' | 'provider' | 'staff' | 'system';

export const actorOf = (role: Role): Actor => (role === 'admin' || role === 'staff' ? 'staff' : role);

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
