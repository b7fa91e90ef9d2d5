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
  /** Awaiting the provider's approval; holds its time. */
  'requested',
  /** A request the provider declined, or that expired unanswered; a waitlist offer the patient declined. */
  'declined',
  /** A waitlist offer held for one patient until `hold_expires_at`. */
  'offered',
] as const;

/** An appointment's status: one of ALL_STATUSES. */
export type AppointmentStatus = (typeof ALL_STATUSES)[number];

/**
 * Statuses whose appointments hold their time (the exclusion constraints use the same list). A no-show
 * keeps its time, as seed 001 asks: the slot was the patient's, and booking over it would rewrite what happened.
 */
export const OCCUPYING_STATUSES = ['pending_payment', 'scheduled', 'in_progress', 'no_show', 'requested', 'offered'] as const satisfies readonly AppointmentStatus[];

/** Statuses that hold time only until `hold_expires_at`: a hold awaiting payment and a waitlist offer. */
export const LAPSING_STATUSES = ['pending_payment', 'offered'] as const satisfies readonly AppointmentStatus[];

export const CANCELED_STATUSES = ['user_canceled', 'provider_canceled'] as const satisfies readonly AppointmentStatus[];

export const isOccupying = (s: AppointmentStatus) => (OCCUPYING_STATUSES as readonly string[]).includes(s);
export const isCanceled = (s: AppointmentStatus) => (CANCELED_STATUSES as readonly string[]).includes(s);
