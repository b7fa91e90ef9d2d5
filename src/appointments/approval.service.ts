/**
 * Requests that need approval (issue 15): a patient's booking with a provider or topic that has
 * `requires_confirmation` starts as `requested` and holds its time until the provider (or staff)
 * approves it (to `scheduled`, or to a hold for payment when priced), declines it, or it expires
 * after REQUEST_EXPIRY_HOURS (declined by the system). Both sides are told at each step.
 */
import type { Uses } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import type { Caller } from '../http/auth.js';
import { AppError, forbidden, notFound } from '../http/errors.js';
import * as repo from './appointments.repository.js';
import { recordChange, viewOne } from './appointments.service.js';
import { actorOf, checkTransition } from './status.js';

function expectRequested(status: string) {
  if (status !== 'requested') {
    throw new AppError(409, 'invalid_transition', `An appointment that is ${status} is not awaiting approval`, { extra: { current_status: status } });
  }
}

/** Approves a request: scheduled, or held for payment (HOLD_MINUTES) when priced. */
export async function approveRequest(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, appointmentId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const current = await repo.lockVisibleAppointment(trx, caller, appointmentId);
    if (!current) throw notFound('Appointment');
    expectRequested(current.status);
    const priced = current.price_amount !== null && current.price_amount > 0;
    const to = priced ? ('pending_payment' as const) : ('scheduled' as const);
    if (checkTransition(current.status, to, actorOf(caller.role)) !== 'allowed') throw forbidden('Only the provider or staff approve a request');
    const holdExpiresAt = priced ? new Date(ctx.clock.now().getTime() + ctx.config.HOLD_MINUTES * 60_000) : null;
    await repo.updateAppointment(trx, appointmentId, { status: to, hold_expires_at: holdExpiresAt, request_expires_at: null });
    await recordChange(trx, ctx, {
      appointmentId,
      historyType: 'approved',
      notify: 'approved',
      actor: { userId: caller.userId, role: caller.role },
      changes: { status: { from: 'requested', to }, ...(holdExpiresAt ? { hold_expires_at: holdExpiresAt.toISOString() } : {}) },
    });
    return viewOne(trx, caller, appointmentId, ctx.clock.now());
  });
}

/** Declines a request, with the reason the patient is told. */
export async function declineRequest(ctx: Uses<'db' | 'clock' | 'config'>, caller: Caller, appointmentId: string, reason: string | undefined) {
  return inTransaction(ctx.db, async (trx) => {
    const current = await repo.lockVisibleAppointment(trx, caller, appointmentId);
    if (!current) throw notFound('Appointment');
    if (checkTransition('requested', 'declined', actorOf(caller.role)) !== 'allowed') throw forbidden('Only the provider or staff decline a request');
    expectRequested(current.status);
    await repo.updateAppointment(trx, appointmentId, {
      status: 'declined',
      request_expires_at: null,
      canceled_by_user_id: caller.userId,
      canceled_at: ctx.clock.now(),
      cancel_reason: reason ?? null,
    });
    await recordChange(trx, ctx, {
      appointmentId,
      historyType: 'declined',
      notify: 'declined',
      actor: { userId: caller.userId, role: caller.role },
      changes: { status: { from: 'requested', to: 'declined' }, ...(reason ? { reason } : {}) },
      data: { reason: reason ?? null },
    });
    return viewOne(trx, caller, appointmentId, ctx.clock.now());
  });
}

const SWEEP_BATCH = 500;

/** Declines every request left unanswered past its expiry, telling both sides; returns how many. */
export async function sweepExpiredRequests(ctx: Uses<'db' | 'clock' | 'config'>): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = await inTransaction(ctx.db, async (trx) => {
      const swept = await repo.sweepExpiredRequests(trx, ctx.clock.now(), SWEEP_BATCH);
      for (const id of swept) {
        await recordChange(trx, ctx, {
          appointmentId: id,
          historyType: 'declined',
          notify: 'declined',
          actor: { userId: null, role: 'system' },
          changes: { status: { from: 'requested', to: 'declined' }, expired: true },
          data: { expired: true },
        });
      }
      return swept;
    });
    total += ids.length;
    if (ids.length < SWEEP_BATCH) return total;
  }
}
