import { describe, expect, it } from 'vitest';
import { type Actor, actorOf, checkTransition, TRANSITIONS, type TransitionCheck } from '../src/appointments/status.js';
import { ALL_STATUSES, CANCELED_STATUSES, OCCUPYING_STATUSES } from '../src/kernel/statuses.js';
import type { AppointmentStatus } from '../src/db/types.js';

const ACTORS: Actor[] = ['patient', 'provider', 'staff', 'system'];
const STATUSES: AppointmentStatus[] = [
  'pending_payment',
  'scheduled',
  'in_progress',
  'completed',
  'overdue',
  'no_show',
  'user_canceled',
  'provider_canceled',
  'expired',
];

/**
 * The product's rules, written out independently of src/appointments/status.ts:
 * `from>to` and who may make that change. Everything else is refused.
 */
const ALLOWED: Record<string, Actor[]> = {
  // A hold is confirmed only by its payment, lapses by itself, and either side may call it off.
  'pending_payment>scheduled': ['system'],
  'pending_payment>expired': ['system'],
  'pending_payment>user_canceled': ['patient', 'staff'],
  'pending_payment>provider_canceled': ['provider', 'staff'],
  'scheduled>no_show': ['provider', 'staff'],
  'overdue>no_show': ['provider', 'staff'],
  'scheduled>in_progress': ['provider', 'staff'],
  'scheduled>completed': ['provider', 'staff'],
  'scheduled>user_canceled': ['patient', 'staff'],
  'scheduled>provider_canceled': ['provider', 'staff'],
  'scheduled>overdue': ['system'],
  'overdue>in_progress': ['provider', 'staff'],
  'overdue>completed': ['provider', 'staff'],
  'overdue>user_canceled': ['patient', 'staff'],
  'overdue>provider_canceled': ['provider', 'staff'],
  'in_progress>completed': ['provider', 'staff'],
};

/** An actor who may never set `to` from anywhere is "not permitted" (403); otherwise a refused change is an invalid transition (409). */
function expected(from: AppointmentStatus, to: AppointmentStatus, actor: Actor): TransitionCheck {
  if (ALLOWED[`${from}>${to}`]?.includes(actor)) return 'allowed';
  const everAllowed = Object.entries(ALLOWED).some(([key, actors]) => key.endsWith(`>${to}`) && actors.includes(actor));
  return everAllowed ? 'invalid_transition' : 'not_permitted';
}

const cells = STATUSES.flatMap((from) => STATUSES.flatMap((to) => ACTORS.map((actor) => [from, to, actor, expected(from, to, actor)] as const)));

describe('appointment status transitions', () => {
  it('knows exactly the nine statuses', () => {
    expect([...ALL_STATUSES].sort()).toEqual([...STATUSES].sort());
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STATUSES].sort());
  });

  it('has exactly the table of allowed changes the product specifies', () => {
    const actual: Record<string, Actor[]> = {};
    for (const [from, targets] of Object.entries(TRANSITIONS)) {
      for (const [to, actors] of Object.entries(targets)) {
        if (actors && actors.length > 0) actual[`${from}>${to}`] = [...actors].sort();
      }
    }
    const wanted = Object.fromEntries(Object.entries(ALLOWED).map(([k, v]) => [k, [...v].sort()]));
    expect(actual).toEqual(wanted);
  });

  it('makes completed, no-show, expired and both canceled statuses final', () => {
    for (const from of ['completed', 'no_show', 'expired', 'user_canceled', 'provider_canceled'] as const) {
      expect(TRANSITIONS[from]).toEqual({});
      for (const to of STATUSES) for (const actor of ACTORS) expect(checkTransition(from, to, actor)).not.toBe('allowed');
    }
  });

  it('never allows staying in the same status, and only a payment (system) puts a hold on the calendar', () => {
    for (const s of STATUSES) for (const actor of ACTORS) expect(checkTransition(s, s, actor)).not.toBe('allowed');
    for (const from of STATUSES) {
      for (const actor of ['patient', 'provider', 'staff'] as const) expect(checkTransition(from, 'scheduled', actor)).toBe('not_permitted');
      expect(checkTransition(from, 'scheduled', 'system')).toBe(from === 'pending_payment' ? 'allowed' : 'invalid_transition');
    }
  });

  it('covers every cell: 9 × 9 statuses × 4 actors', () => {
    expect(cells).toHaveLength(324);
    const tally = { allowed: 0, not_permitted: 0, invalid_transition: 0 };
    for (const [, , , verdict] of cells) tally[verdict]++;
    // 16 allowed changes: 13 with two actors each, 3 (overdue, expired, paid) with the system alone.
    expect(tally.allowed).toBe(29);
  });

  it.each(cells)('%s -> %s by %s is %s', (from, to, actor, verdict) => {
    expect(checkTransition(from, to, actor)).toBe(verdict);
  });

  it('spells out the cells the API relies on', () => {
    // Patients only ever cancel on their own side.
    expect(checkTransition('scheduled', 'user_canceled', 'patient')).toBe('allowed');
    expect(checkTransition('scheduled', 'provider_canceled', 'patient')).toBe('not_permitted');
    expect(checkTransition('scheduled', 'in_progress', 'patient')).toBe('not_permitted');
    expect(checkTransition('scheduled', 'completed', 'patient')).toBe('not_permitted');
    expect(checkTransition('completed', 'user_canceled', 'patient')).toBe('invalid_transition');
    expect(checkTransition('user_canceled', 'user_canceled', 'patient')).toBe('invalid_transition');
    expect(checkTransition('in_progress', 'user_canceled', 'patient')).toBe('invalid_transition');
    // Providers move the visit along and cancel on their side, never on the patient's.
    expect(checkTransition('scheduled', 'user_canceled', 'provider')).toBe('not_permitted');
    expect(checkTransition('scheduled', 'overdue', 'provider')).toBe('not_permitted');
    expect(checkTransition('overdue', 'in_progress', 'provider')).toBe('allowed');
    expect(checkTransition('overdue', 'completed', 'provider')).toBe('allowed');
    expect(checkTransition('in_progress', 'provider_canceled', 'provider')).toBe('invalid_transition');
    expect(checkTransition('user_canceled', 'completed', 'provider')).toBe('invalid_transition');
    expect(checkTransition('completed', 'in_progress', 'provider')).toBe('invalid_transition');
    // Staff act for either side but never mark overdue; only the system does, and only from scheduled.
    expect(checkTransition('scheduled', 'user_canceled', 'staff')).toBe('allowed');
    expect(checkTransition('scheduled', 'provider_canceled', 'staff')).toBe('allowed');
    expect(checkTransition('scheduled', 'overdue', 'staff')).toBe('not_permitted');
    expect(checkTransition('scheduled', 'overdue', 'system')).toBe('allowed');
    expect(checkTransition('in_progress', 'overdue', 'system')).toBe('invalid_transition');
    expect(checkTransition('overdue', 'overdue', 'system')).toBe('invalid_transition');
    expect(checkTransition('scheduled', 'completed', 'system')).toBe('not_permitted');
    expect(checkTransition('scheduled', 'user_canceled', 'system')).toBe('not_permitted');
  });

  it('maps roles to actors: admins act as staff', () => {
    expect(actorOf('admin')).toBe('staff');
    expect(actorOf('staff')).toBe('staff');
    expect(actorOf('provider')).toBe('provider');
    expect(actorOf('patient')).toBe('patient');
  });

  it('lists the statuses that hold time and the canceled ones', () => {
    // A hold awaiting payment occupies its time exactly like a booking; so does a no-show (seed 001).
    expect([...OCCUPYING_STATUSES].sort()).toEqual(['in_progress', 'no_show', 'pending_payment', 'scheduled']);
    expect([...CANCELED_STATUSES].sort()).toEqual(['provider_canceled', 'user_canceled']);
  });
});
