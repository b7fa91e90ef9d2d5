/**
 * Manage links (issue 14): a patient views, cancels or moves one appointment from the link in an
 * email, without signing in. The link is the credential; the action runs as that patient, under
 * exactly the rules of the patient's own cancel and reschedule (cut-offs, the price rule, conflicts),
 * and only if the appointment is still at the version the link signed.
 */
import { cancelAppointment, rescheduleAppointment } from '../appointments/lifecycle.service.js';
import type { Uses } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { findActiveCaller } from '../auth/callers.repository.js';
import type { Caller } from '../http/auth.js';
import { AppError } from '../http/errors.js';
import { formatWhen } from '../notifications/messages.js';
import { searchSlots } from '../scheduling/slots.service.js';
import { actUntil } from './links.js';
import * as repo from './manage-links.repository.js';
import type { ManageCancelBody } from './manage-links.schemas.js';
import { type LinkAction, type LinkClaims, tokenHash, verifyLink } from './tokens.js';

const SIGN_IN = 'sign in to Carebook to see your appointments, or contact the clinic';

const notFound = () =>
  new AppError(404, 'link_not_found', `This link is not valid: check that the whole link from the email was opened, or ${SIGN_IN}.`);

/** A link that checked out: what it may do, on which appointment, as whom. */
export interface OpenLink {
  token: string;
  claims: LinkClaims;
  appointment: repo.LinkedAppointment;
  /** The appointment's patient, whom the link acts as. */
  caller: Caller;
  expiresAt: Date;
}

/**
 * Checks a link, in the order that tells its holder the most: not ours (404 `link_not_found`), for
 * another action (403 `link_wrong_action`), already used (410 `link_used`), the appointment changed
 * since it was sent (410 `link_superseded`), past its time (410 `link_expired`).
 */
export async function openLink(ctx: Uses<'db' | 'clock' | 'keys'>, token: string, wanted?: Exclude<LinkAction, 'view'>): Promise<OpenLink> {
  const claims = verifyLink(ctx.keys, token);
  if (!claims) throw notFound();
  if (wanted && claims.action !== wanted) {
    throw new AppError(403, 'link_wrong_action', `This link is for ${doing(claims.action)} the appointment, not for ${doing(wanted)} it; use the email's link for that.`, {
      extra: { link_action: claims.action },
    });
  }
  const appointment = await repo.findLinkedAppointment(ctx.db, claims.appointmentId);
  if (!appointment) throw notFound();
  const zone = appointment.timezone;
  if (claims.action !== 'view') {
    const used = await repo.findUse(ctx.db, tokenHash(token));
    if (used) {
      throw new AppError(410, 'link_used', `This link was already used, on ${formatWhen(used.used_at.toISOString(), zone)}. Each link works once: ${SIGN_IN}.`, {
        extra: { used_at: used.used_at.toISOString() },
      });
    }
  }
  if (appointment.version !== claims.version) {
    throw new AppError(
      410,
      'link_superseded',
      `The appointment changed after this link was sent (it was moved, cancelled or updated), so the link no longer works. Use the links in the latest email about it, or ${SIGN_IN}.`,
      { extra: { appointment_status: appointment.status } },
    );
  }
  const expiresAt = claims.action === 'view' ? appointment.end_time : actUntil(appointment.start_time, appointment.cutoffMinutes);
  if (ctx.clock.now().getTime() >= expiresAt.getTime()) {
    const detail =
      claims.action === 'view'
        ? `This link worked until the appointment ended (${formatWhen(expiresAt.toISOString(), zone)}); ${SIGN_IN}.`
        : `Appointments can be ${claims.action === 'cancel' ? 'cancelled' : 'moved'} online only until ${formatWhen(expiresAt.toISOString(), zone)}; please contact the clinic, or sign in to Carebook.`;
    throw new AppError(410, 'link_expired', detail, { extra: { expired_at: expiresAt.toISOString() } });
  }
  // The link acts as the patient; one who can no longer act (deactivated, erased) has no link.
  const caller = await findActiveCaller(ctx.db, appointment.patient_user_id);
  if (!caller || caller.role !== 'patient') throw notFound();
  return { token, claims, appointment, caller, expiresAt };
}

const doing = (action: LinkAction) => ({ view: 'viewing', cancel: 'cancelling', reschedule: 'moving' })[action];

/** The page's answer: the appointment as its patient sees it, and what the link allows. */
export function linkView(link: OpenLink) {
  const a = link.appointment;
  return {
    link: {
      action: link.claims.action,
      allows: link.claims.action === 'view' ? (['view'] as LinkAction[]) : (['view', link.claims.action] as LinkAction[]),
      expires_at: link.expiresAt.toISOString(),
    },
    appointment: managedView(a),
  };
}

function managedView(a: repo.LinkedAppointment) {
  return {
    id: a.id,
    status: a.status,
    start_time: a.start_time.toISOString(),
    end_time: a.end_time.toISOString(),
    duration_minutes: Math.round((a.end_time.getTime() - a.start_time.getTime()) / 60_000),
    timezone: a.timezone,
    provider_name: a.provider_name,
    topics: a.topics.map((t) => t.name),
    facility: a.facility_id ? { name: a.facility_name ?? '', address: a.facility_address ?? [] } : null,
    mode: a.mode,
  };
}

/**
 * Uses the link once. The use is claimed first, in its own transaction (of two requests at once, one
 * claims it and the other is told `link_used`), then the action runs as the patient with the version
 * the link signed: a change that slipped in between refuses it (`link_superseded`). A refused action
 * gives the use back, so the patient can try again (another time, say).
 */
async function useOnce(ctx: Uses<'db' | 'clock'>, link: OpenLink, act: () => Promise<unknown>) {
  const hash = tokenHash(link.token);
  const action = link.claims.action as 'cancel' | 'reschedule';
  const claimed = await inTransaction(ctx.db, (trx) =>
    repo.claimUse(trx, { token_hash: hash, appointment_id: link.appointment.id, action, version: link.claims.version, used_at: ctx.clock.now() }),
  );
  if (!claimed) throw new AppError(410, 'link_used', `This link was already used. Each link works once: ${SIGN_IN}.`);
  try {
    await act();
  } catch (error) {
    await repo.releaseUse(ctx.db, hash);
    if (error instanceof AppError && error.code === 'appointment_changed') {
      throw new AppError(410, 'link_superseded', `The appointment changed a moment ago, so this link no longer works. Use the links in the latest email about it, or ${SIGN_IN}.`);
    }
    throw error;
  }
  const after = await repo.findLinkedAppointment(ctx.db, link.appointment.id);
  return managedView(after!);
}

/** Cancels as the patient (their cut-off applies), once. */
export function cancelByLink(ctx: Uses<'db' | 'clock' | 'config'>, link: OpenLink, body: ManageCancelBody) {
  return useOnce(ctx, link, () => cancelAppointment(ctx, link.caller, link.appointment.id, { reason: body.reason }, { ifVersion: link.claims.version }));
}

/** Moves the appointment as the patient (their cut-off, the price rule and every booking check apply), once. */
export function rescheduleByLink(ctx: Uses<'db' | 'clock' | 'config'>, link: OpenLink, startTime: string) {
  return useOnce(ctx, link, () =>
    rescheduleAppointment(ctx, link.caller, link.appointment.id, { start_time: startTime }, false, { ifVersion: link.claims.version }),
  );
}

/**
 * Free times on `date` (in the appointment's zone) the appointment could move to: the slot search a
 * patient runs, for the same provider, topics (or length), place and mode; its current time left out.
 */
export async function slotsForLink(ctx: Uses<'db' | 'clock' | 'config'>, link: OpenLink, date: string) {
  const a = link.appointment;
  const length = a.topics.length > 0 ? { topics: a.topics.map((t) => t.id) } : { duration: Math.round((a.end_time.getTime() - a.start_time.getTime()) / 60_000) };
  const { slots } = await searchSlots(
    ctx,
    {
      provider: [a.provider_id],
      from: date,
      to: date,
      date,
      facility: a.facility_id ?? undefined,
      // The search asks a facility of an in-person visit; one booked in person without a place keeps no mode.
      mode: a.mode === 'in_person' && !a.facility_id ? undefined : (a.mode ?? undefined),
      timezone: a.timezone,
      limit: 500,
      offset: 0,
      ...length,
    },
    ctx.config.SLOT_SEARCH_MAX_STARTS_NON_STAFF,
  );
  const current = a.start_time.toISOString();
  return {
    date,
    timezone: a.timezone,
    results: slots.filter((s) => s.start_time !== current).map((s) => ({ start_time: s.start_time, end_time: s.end_time })),
  };
}
