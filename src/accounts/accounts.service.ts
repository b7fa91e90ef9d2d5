import { inTransaction } from '../db/transaction.js';
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import { openSession, revokeSessionsOf, type Session } from '../auth/sessions.service.js';
import type { Uses } from '../context.js';
import type { AccountCodePurpose, DB } from '../db/types.js';
import type { Caller } from '../http/auth.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../http/errors.js';
import { iso, isoOrNull } from '../http/schemas.js';
import { accountMailEvent, type AccountMail, isAccountMail, sealMailCode } from './account-mail.js';
import * as repo from './accounts.repository.js';
import type { GENDERS, ProfilePatch, RegisterBody } from './accounts.schemas.js';

type Gender = (typeof GENDERS)[number];
import { CODE_MAX_ATTEMPTS, CODE_MIN_INTERVAL_MS, CODE_TTL_MINUTES, CODES_PER_HOUR, codeHasherFor, newCode } from './codes.js';
import { openPersonal, sealPersonal } from './personal-data.js';
import { enqueueDeliveries } from '../notifications/queue.js';

/** Answers of the enumeration-safe routes: the same words whether or not the address is known. */
export const ACCEPTED = {
  register: `If this address can be registered, a 6-digit code is on its way to it; confirm it with POST /api/v1/auth/verify-email within ${CODE_TTL_MINUTES} minutes`,
  resend: `If an unconfirmed account has this address, a new code is on its way (at most one a minute and ${CODES_PER_HOUR} an hour); it works for ${CODE_TTL_MINUTES} minutes`,
  forgot: `If an account has this address, a 6-digit reset code is on its way (at most one a minute and ${CODES_PER_HOUR} an hour); use it with POST /api/v1/auth/reset-password within ${CODE_TTL_MINUTES} minutes`,
};

const badCode = () =>
  new AppError(400, 'invalid_code', 'The code is wrong, expired, or used up (5 wrong tries end a code); ask for a new one and try again');

/** A made-up account id, hashed against when the address is unknown, so both branches do the same work. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** The 403 an unconfirmed self-registration gets when it tries to change its profile or book. */
export function assertEmailVerified(caller: Caller) {
  if (caller.emailVerified === false) {
    throw new AppError(
      403,
      'email_not_verified',
      'Confirm your email address first: enter the 6-digit code we emailed you at POST /api/v1/auth/verify-email (POST /api/v1/auth/resend-code sends a new one)',
    );
  }
}

// ---- codes ---------------------------------------------------------------------------------

/** Writes the email to the outbox in the command's transaction; the worker delivers it. */
async function queueAccountMail(
  ctx: Uses<'clock' | 'keys'>,
  trx: Transaction<DB>,
  to: { userId: string; email: string; name: string },
  purpose: AccountCodePurpose,
  code: string,
) {
  const payload: AccountMail = { kind: 'account', purpose, name: to.name, sealed_code: await sealMailCode(ctx.keys, to.userId, purpose, code), expires_in_minutes: CODE_TTL_MINUTES };
  const mail = await repo.insertAccountMail(trx, { user_id: to.userId, event: accountMailEvent(purpose), recipient: to.email, payload: JSON.stringify(payload), next_attempt_at: ctx.clock.now() });
  // Its delivery job, in the same transaction.
  await enqueueDeliveries(trx, [mail]);
}

/**
 * Sends a new code (retiring the account's earlier one) unless the account had one in the last
 * minute or five in the last hour; then nothing is sent and the caller still answers as usual.
 */
async function sendCode(
  ctx: Uses<'clock' | 'keys'>,
  trx: Transaction<DB>,
  to: { userId: string; email: string; name: string },
  purpose: AccountCodePurpose,
): Promise<boolean> {
  const now = ctx.clock.now();
  await repo.lockAccount(trx, to.userId);
  const recent = await repo.recentCodes(trx, to.userId, purpose, new Date(now.getTime() - 3_600_000));
  if (recent.count >= CODES_PER_HOUR || (recent.last && now.getTime() - recent.last.getTime() < CODE_MIN_INTERVAL_MS)) return false;
  const code = newCode();
  await repo.retireCodes(trx, to.userId, purpose, now);
  await repo.insertCode(trx, {
    user_id: to.userId,
    purpose,
    code_hash: codeHasherFor(ctx.keys).hash(to.userId, purpose, code),
    email: purpose === 'claim' ? to.email : null,
    expires_at: new Date(now.getTime() + CODE_TTL_MINUTES * 60_000),
    created_at: now,
  });
  await queueAccountMail(ctx, trx, to, purpose, code);
  return true;
}

/**
 * Checks a code against the account's live one. A wrong code counts a try (committed even though the
 * request fails); the fifth wrong try ends the code. Unknown accounts hash too, for the same work.
 */
async function checkCode(trx: Transaction<DB>, ctx: Uses<'clock' | 'keys'>, userId: string | undefined, purpose: AccountCodePurpose, code: string) {
  const now = ctx.clock.now();
  const hasher = codeHasherFor(ctx.keys);
  if (!userId) {
    hasher.matches('', NOBODY, purpose, code);
    return undefined;
  }
  await repo.lockAccount(trx, userId);
  const live = await repo.liveCode(trx, userId, purpose, now, CODE_MAX_ATTEMPTS);
  const ok = hasher.matches(live?.code_hash ?? '', userId, purpose, code);
  if (!live) return undefined;
  if (!ok) {
    await repo.countWrongTry(trx, live.id);
    return undefined;
  }
  await repo.useCode(trx, live.id, now);
  return live;
}

// ---- registration and verification ---------------------------------------------------------

/**
 * Creates an unconfirmed patient account and emails it a code. An address that already has an
 * account gets the same answer: a confirmed one is left alone, an unconfirmed one is sent a new code
 * (its password and details stay those of the first registration: whoever reads the inbox can reset
 * the password). The password is hashed first in every case, so the answers take the same time.
 */
export async function register(ctx: Uses<'db' | 'clock' | 'keys'>, input: RegisterBody): Promise<void> {
  const password_hash = await hashPassword(input.password);
  if (input.date_of_birth > ctx.clock.now().toISOString().slice(0, 10)) {
    throw invalid([{ field: 'date_of_birth', message: 'must not be in the future' }]);
  }
  try {
    await inTransaction(ctx.db, async (trx) => {
      const existing = await repo.findUserByEmail(trx, input.email);
      if (existing) {
        if (!existing.email_verified && existing.active && existing.email) {
          await sendCode(ctx, trx, { userId: existing.id, email: existing.email, name: existing.name }, 'verify_email');
        }
        return;
      }
      const user = await repo.insertVisitorUser(trx, { email: input.email, name: input.name, password_hash });
      const patientId = randomUUID();
      await repo.insertPatientRecord(trx, {
        id: patientId,
        user_id: user.id,
        date_of_birth: input.date_of_birth,
        signup_type: input.type,
        personal_sealed: await sealPersonal(ctx.keys, patientId, { address: { ...input.address, line2: input.address.line2 ?? null }, nationality: input.nationality, gender: input.gender }),
      });
      await sendCode(ctx, trx, { userId: user.id, email: input.email, name: input.name }, 'verify_email');
    });
  } catch (error) {
    // The same address registering twice at once: the second answers as for any known address.
    if ((error as { code?: string })?.code !== '23505') throw error;
  }
}

export async function resendCode(ctx: Uses<'db' | 'clock' | 'keys'>, email: string): Promise<void> {
  codeHasherFor(ctx.keys).hash(NOBODY, 'verify_email', '000000');
  await inTransaction(ctx.db, async (trx) => {
    const user = await repo.findUserByEmail(trx, email);
    if (!user || user.email_verified || !user.active || !user.email) return;
    await sendCode(ctx, trx, { userId: user.id, email: user.email, name: user.name }, 'verify_email');
  });
}

export async function verifyEmail(ctx: Uses<'db' | 'clock' | 'keys' | 'callers'>, email: string, code: string): Promise<void> {
  const verified = await inTransaction(ctx.db, async (trx) => {
    const user = await repo.findUserByEmail(trx, email);
    const usable = user && user.active && !user.email_verified ? user : undefined;
    const live = await checkCode(trx, ctx, usable?.id, 'verify_email', code);
    if (!live || !usable) return false;
    await repo.updateUserRow(trx, usable.id, { email_verified: true });
    return usable.id;
  });
  if (!verified) throw badCode();
  ctx.callers.forget(verified);
}

// ---- password reset -------------------------------------------------------------------------

export async function forgotPassword(ctx: Uses<'db' | 'clock' | 'keys'>, email: string): Promise<void> {
  codeHasherFor(ctx.keys).hash(NOBODY, 'reset_password', '000000');
  await inTransaction(ctx.db, async (trx) => {
    const user = await repo.findUserByEmail(trx, email);
    if (!user || !user.active || !user.email) return;
    await sendCode(ctx, trx, { userId: user.id, email: user.email, name: user.name }, 'reset_password');
  });
}

/**
 * Sets a new password with an emailed code. Every session ends (access and refresh tokens), and the
 * address counts as confirmed: the code proved the inbox.
 */
export async function resetPassword(ctx: Uses<'db' | 'clock' | 'keys' | 'callers'>, email: string, code: string, newPassword: string): Promise<void> {
  const password_hash = await hashPassword(newPassword);
  const userId = await inTransaction(ctx.db, async (trx) => {
    const user = await repo.findUserByEmail(trx, email);
    const usable = user?.active ? user : undefined;
    const live = await checkCode(trx, ctx, usable?.id, 'reset_password', code);
    if (!live || !usable) return undefined;
    // Wall-clock time, as tokens are stamped with it.
    await repo.updateUserRow(trx, usable.id, { password_hash, password_changed_at: new Date(), email_verified: true });
    await revokeSessionsOf(trx, usable.id, ctx.clock.now());
    return usable.id;
  });
  if (!userId) throw badCode();
  ctx.callers.forget(userId);
}

// ---- walk-ins: invitation and claim -----------------------------------------------------------

/**
 * Emails a claim code to a patient who has no account yet (a walk-in, or a record with an address
 * but no password). Staff see plain answers here: the address must not belong to another account.
 */
export async function invitePatient(ctx: Uses<'db' | 'clock' | 'keys'>, patientId: string, email: string) {
  const profile = await repo.findProfile(ctx.db, patientId);
  if (!profile || profile.erased_at) throw notFound('Patient');
  if (profile.password_hash !== null) throw conflict('already_claimed', 'This patient already has an account; they can sign in or reset their password');
  const owner = await repo.findUserByEmail(ctx.db, email);
  if (owner && owner.id !== profile.user_id) {
    throw new AppError(409, 'email_taken', 'Another account has this email address', { errors: [{ field: 'email', message: 'is already registered' }] });
  }
  const sent = await inTransaction(ctx.db, (trx) => sendCode(ctx, trx, { userId: profile.user_id, email, name: profile.name }, 'claim'));
  if (!sent) throw new AppError(429, 'rate_limited', 'An invitation was sent less than a minute ago (or 5 in the last hour); try again later', { extra: { retry_after: 60 } });
  return { patient_id: patientId, email, expires_in_minutes: CODE_TTL_MINUTES };
}

/**
 * The invited person sets a password with the code and gets the account: the invited address becomes
 * theirs (confirmed), and they are signed in.
 */
export async function claimAccount(ctx: Uses<'db' | 'clock' | 'config' | 'keys' | 'tokens' | 'callers'>, email: string, code: string, password: string): Promise<Session> {
  const password_hash = await hashPassword(password);
  const now = ctx.clock.now();
  const hasher = codeHasherFor(ctx.keys);
  const result = await inTransaction(ctx.db, async (trx) => {
    const live = await repo.liveClaimCode(trx, email, now, CODE_MAX_ATTEMPTS);
    const ok = hasher.matches(live?.code_hash ?? '', live?.user_id ?? NOBODY, 'claim', code);
    if (!live) return undefined;
    if (!ok) {
      await repo.countWrongTry(trx, live.id);
      return undefined;
    }
    await repo.useCode(trx, live.id, now);
    const user = await repo.claimableUser(trx, live.user_id);
    if (user.password_hash !== null || user.erased_at || !user.active) return undefined;
    await repo.updateUserRow(trx, user.id, { email: live.email, password_hash, email_verified: true, password_changed_at: new Date() });
    return { userId: user.id, session: await openSession(ctx, trx, user.id) };
  }).catch((error: unknown) => {
    if ((error as { code?: string })?.code === '23505') {
      throw new AppError(409, 'email_taken', 'Another account took this email address in the meantime; ask the clinic for a new invitation');
    }
    throw error;
  });
  if (!result) throw badCode();
  ctx.callers.forget(result.userId);
  return result.session;
}

// ---- profile ----------------------------------------------------------------------------------

type Profile = NonNullable<Awaited<ReturnType<typeof repo.findProfile>>>;

async function profileView(ctx: Uses<'keys'>, p: Profile) {
  const personal = await openPersonal(ctx.keys, p.id, p.personal_sealed);
  return {
    patient_id: p.id,
    email: p.email,
    email_verified: p.email_verified,
    type: p.signup_type,
    name: p.name,
    address: personal.address,
    nationality: personal.nationality,
    gender: personal.gender as Gender | null,
    date_of_birth: p.date_of_birth,
  };
}

async function ownProfile(ctx: Uses<'db'>, caller: Caller): Promise<Profile> {
  const profile = caller.patientId ? await repo.findProfile(ctx.db, caller.patientId) : undefined;
  if (!profile) throw notFound('Profile');
  return profile;
}

export async function getProfile(ctx: Uses<'db' | 'keys'>, caller: Caller) {
  return profileView(ctx, await ownProfile(ctx, caller));
}

export async function updateProfile(ctx: Uses<'db' | 'clock' | 'keys' | 'callers'>, caller: Caller, patch: ProfilePatch) {
  assertEmailVerified(caller);
  const profile = await ownProfile(ctx, caller);
  if (patch.date_of_birth && patch.date_of_birth > ctx.clock.now().toISOString().slice(0, 10)) {
    throw invalid([{ field: 'date_of_birth', message: 'must not be in the future' }]);
  }
  const current = await openPersonal(ctx.keys, profile.id, profile.personal_sealed);
  const personal = {
    address: patch.address === undefined ? current.address : patch.address && { ...patch.address, line2: patch.address.line2 ?? null },
    nationality: patch.nationality === undefined ? current.nationality : patch.nationality,
    gender: patch.gender === undefined ? current.gender : patch.gender,
  };
  await inTransaction(ctx.db, async (trx) => {
    if (patch.name !== undefined) await repo.updateUserRow(trx, profile.user_id, { name: patch.name });
    await repo.updatePatientRecord(trx, profile.id, {
      personal_sealed: await sealPersonal(ctx.keys, profile.id, personal),
      ...(patch.date_of_birth !== undefined ? { date_of_birth: patch.date_of_birth } : {}),
    });
  });
  ctx.callers.forget(profile.user_id);
  return getProfile(ctx, caller);
}

// ---- data protection ----------------------------------------------------------------------------

/** Everything held about the caller, as one JSON document. */
export async function exportMine(ctx: Uses<'db' | 'clock' | 'keys'>, caller: Caller) {
  const account = await repo.userForExport(ctx.db, caller.userId);
  const profile = caller.patientId ? await repo.findProfile(ctx.db, caller.patientId) : undefined;
  const appointments = await repo.appointmentsForExport(ctx.db, { patientId: caller.patientId, providerId: caller.providerId });
  const notifications = await repo.notificationsForExport(ctx.db, caller.userId);
  const payments = await repo.paymentsForExport(ctx.db, appointments.map((a) => a.id));
  return {
    exported_at: iso(ctx.clock.now()),
    account: { ...account, created_at: iso(account.created_at), updated_at: iso(account.updated_at) },
    profile: profile ? { ...(await profileView(ctx, profile)), timezone: profile.timezone, created_at: iso(profile.created_at) } : null,
    appointments: appointments.map((a) => ({
      id: a.id,
      status: a.status,
      start_time: iso(a.start_time),
      end_time: iso(a.end_time),
      mode: a.mode,
      facility_id: a.facility_id,
      reason: a.reason,
      cancel_reason: a.cancel_reason,
      canceled_at: isoOrNull(a.canceled_at),
      price_amount: a.price_amount,
      currency: a.currency,
      provider: { id: a.provider_id, name: a.provider_name },
      patient: { id: a.patient_id, name: a.patient_name },
      created_at: iso(a.created_at),
    })),
    notifications: notifications.map((n) => {
      const message = isAccountMail(n.payload) ? null : n.payload.message;
      return {
        id: n.id,
        appointment_id: n.appointment_id,
        event: n.event,
        channel: n.channel,
        recipient: n.recipient,
        status: n.status,
        message: message ? { title: message.title, body: message.body } : null,
        created_at: iso(n.created_at),
        sent_at: isoOrNull(n.sent_at),
        read_at: isoOrNull(n.read_at),
      };
    }),
    payments: payments.map((p) => ({ ...p, created_at: iso(p.created_at) })),
  };
}

/** An admin erases a patient (see `repo.erasePatient` for what goes and what stays). */
export async function erasePatient(ctx: Uses<'db' | 'clock' | 'callers'>, caller: Caller, patientId: string): Promise<void> {
  if (caller.patientId === patientId) throw forbidden('Erase another account, not your own');
  const profile = await repo.findProfile(ctx.db, patientId);
  if (!profile || profile.erased_at) throw notFound('Patient');
  await inTransaction(ctx.db, (trx) => repo.erasePatient(trx, patientId, profile.user_id, profile.name, ctx.clock.now()));
  ctx.callers.forget(profile.user_id);
}
