import type { AppointmentStatus, Role } from '../db/types.js';

/** Who makes a change. Admins act as staff; `system` is the worker (overdue marking). */
export type Actor = 'patient' | 'provider' | 'staff' | 'system';

export const actorOf = (role: Role): Actor => (role === 'admin' || role === 'staff' ? 'staff' : role);

export const ALL_STATUSES = [
  'scheduled',
  'in_progress',
  'completed',
  'overdue',
  'user_canceled',
  'provider_canceled',
] as const satisfies readonly AppointmentStatus[];

/** Statuses whose appointments hold their time (the exclusion constraints use the same list). */
export const OCCUPYING_STATUSES = ['scheduled', 'in_progress'] as const satisfies readonly AppointmentStatus[];

export const CANCELED_STATUSES = ['user_canceled', 'provider_canceled'] as const satisfies readonly AppointmentStatus[];

/**
 * Every allowed status change and who may make it; anything not listed is refused.
 * An overdue visit can still begin late, be completed, or be called off by either side.
 */
export const TRANSITIONS: Record<AppointmentStatus, Partial<Record<AppointmentStatus, readonly Actor[]>>> = {
  scheduled: {
    in_progress: ['provider', 'staff'],
    completed: ['provider', 'staff'],
    user_canceled: ['patient', 'staff'],
    provider_canceled: ['provider', 'staff'],
    overdue: ['system'],
  },
  overdue: {
    in_progress: ['provider', 'staff'],
    completed: ['provider', 'staff'],
    user_canceled: ['patient', 'staff'],
    provider_canceled: ['provider', 'staff'],
  },
  in_progress: {
    completed: ['provider', 'staff'],
  },
  completed: {},
  user_canceled: {},
  provider_canceled: {},
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
