import type { Transaction } from 'kysely';
import { inTransaction } from '../db/transaction.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import type { Uses } from '../context.js';
import type { Kysely } from 'kysely';
import type { DB, Role, UserUpdate as UserRowUpdate } from '../db/types.js';
import { facilityIdsOfProviders, findFacilities, findFacilityByLocation, insertFacility, locationOf, setProviderFacilities } from '../facilities/facilities.repository.js';
import { replaceWeeklySchedule } from '../scheduling/availability.service.js';
import { type Caller, isStaff } from '../http/auth.js';
import { AppError, forbidden, invalid, notFound } from '../http/errors.js';

import * as repo from './people.repository.js';
import { assertMayEditBankDetails, writeBankDetails } from '../providers/profile.service.js';
import type {
  PatientCreate,
  PatientUpdate,
  ProviderCreate,
  ProviderUpdate,
  UserCreate,
  UserUpdate,
} from './people.schemas.js';

const emailTaken = () =>
  new AppError(409, 'email_taken', 'A user with this email already exists', { errors: [{ field: 'email', message: 'is already registered' }] });

const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505';

/** Creates the user row (hash the password before the transaction: it takes ~50 ms of CPU); a concurrent sign-up with the same email still gets `email_taken`. */
async function createUser(
  trx: Transaction<DB>,
  input: { email: string | null; name: string; phone?: string | null },
  password_hash: string | null,
  role: Role,
) {
  if (input.email !== null && (await repo.emailTaken(trx, input.email))) throw emailTaken();
  try {
    return await repo.insertUser(trx, { email: input.email, name: input.name, phone: input.phone ?? null, role, password_hash });
  } catch (e) {
    throw isUniqueViolation(e) ? emailTaken() : e;
  }
}

/**
 * Changing one's own password needs the current one (a stolen token alone cannot take the account
 * over); staff resetting someone else's do not. Either way the user's earlier tokens stop working.
 */
async function assertCurrentPassword(ctx: Uses<'db'>, caller: Caller, userId: string, input: { password?: string; current_password?: string }) {
  if (input.password === undefined || caller.userId !== userId) return;
  const user = await repo.findUser(ctx.db, userId);
  if (!user || input.current_password === undefined || !(await verifyPassword(user.password_hash, input.current_password))) {
    throw invalid([{ field: 'current_password', message: 'must be your current password to change it' }]);
  }
}

/** User-level fields shared by every PATCH on a person (name, phone, password, active). */
async function userChanges(input: { name?: string; phone?: string | null; password?: string; active?: boolean }) {
  const changes: UserRowUpdate = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.phone !== undefined) changes.phone = input.phone;
  if (input.active !== undefined) changes.active = input.active;
  if (input.password !== undefined) {
    changes.password_hash = await hashPassword(input.password);
    // Wall-clock time, as tokens are stamped with it (not the domain clock).
    changes.password_changed_at = new Date();
  }
  return changes;
}

function assertMayChangeActive(caller: Caller, input: { active?: boolean }) {
  if (input.active !== undefined && !isStaff(caller)) throw forbidden('Only staff and admins can activate or deactivate accounts');
}

// ---- providers -------------------------------------------------------------------------

export type ProviderWithFacilities = repo.ProviderRecord & { facilities: string[]; locations: string[] };

async function withFacilities(db: Kysely<DB>, providers: repo.ProviderRecord[]): Promise<ProviderWithFacilities[]> {
  const links = await facilityIdsOfProviders(db, providers.map((p) => p.id));
  const places = new Map((await findFacilities(db, [...new Set(links.map((l) => l.facility_id))])).map((f) => [f.id, f]));
  return providers.map((p) => {
    const facilities = links.filter((l) => l.provider_id === p.id).map((l) => l.facility_id);
    return { ...p, facilities, locations: facilities.map((f) => locationOf(places.get(f)!)) };
  });
}

async function loadProvider(db: Kysely<DB>, providerId: string): Promise<ProviderWithFacilities> {
  const provider = await repo.findProvider(db, providerId);
  if (!provider) throw notFound('Provider');
  return (await withFacilities(db, [provider]))[0]!;
}

/**
 * Seed 002's locations: each address string names a facility (by name or address) or becomes a new one,
 * in the provider's time zone, so the doctor can be booked there at once.
 */
async function facilitiesOfLocations(trx: Transaction<DB>, locations: string[], timezone: string): Promise<string[]> {
  const ids: string[] = [];
  for (const location of locations) {
    const found = await findFacilityByLocation(trx, location);
    const facility =
      found ??
      (await insertFacility(trx, { name: location, address: [location], timezone, operating_hours: [], closures: [], appointment_minutes: null, align_minutes: null, single_occupancy: false }));
    ids.push(facility.id);
  }
  return ids;
}

/** Sets where the provider works (by id, by location string, or both) and, when given, their weekly hours (seed 002's one-call set-up). */
async function applyPlaces(
  trx: Transaction<DB>,
  actorUserId: string | null,
  providerId: string,
  input: { facilities?: string[]; locations?: string[]; schedule?: ProviderCreate['schedule'] },
  timezone: string,
) {
  if (input.facilities !== undefined || input.locations !== undefined) {
    const byId = [...new Set(input.facilities ?? [])];
    const found = await findFacilities(trx, byId);
    const missing = byId.filter((f) => !found.some((row) => row.id === f));
    if (missing.length > 0) throw invalid(missing.map((f) => ({ field: 'facilities', message: `facility ${f} does not exist` })));
    const byLocation = input.locations ? await facilitiesOfLocations(trx, input.locations, timezone) : [];
    await setProviderFacilities(trx, providerId, [...new Set([...byId, ...byLocation])]);
  }
  if (input.schedule !== undefined) await replaceWeeklySchedule(trx, actorUserId, providerId, input.schedule);
}

const ruleFields = (input: ProviderUpdate): repo.ProviderFields => ({
  specialization: input.specialization,
  timezone: input.timezone,
  slot_minutes: input.slot_minutes,
  min_notice_minutes: input.min_notice_minutes,
  max_days_ahead: input.max_days_ahead,
  buffer_before_minutes: input.buffer_before_minutes,
  buffer_after_minutes: input.buffer_after_minutes,
  patient_cancel_cutoff_minutes: input.patient_cancel_cutoff_minutes,
  default_minutes: input.default_minutes,
  requires_confirmation: input.requires_confirmation,
});

/** `actorUserId` is who set the provider up (null from the command line). */
export async function createProvider(ctx: Uses<'db' | 'dataKeys'>, actorUserId: string | null, input: ProviderCreate) {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx.db, async (trx) => {
    const user = await createUser(trx, input, passwordHash, 'provider');
    const { id } = await repo.insertProvider(trx, { ...ruleFields(input), specialization: input.specialization ?? null, user_id: user.id });
    await applyPlaces(trx, actorUserId, id, input, input.timezone);
    if (input.bank_details) await writeBankDetails(ctx, trx, id, input.bank_details);
    return loadProvider(trx, id);
  });
}

export function getProvider(ctx: Uses<'db'>, providerId: string) {
  return loadProvider(ctx.db, providerId);
}

export async function listProviders(ctx: Uses<'db'>, query: repo.ListFilter) {
  const { rows, ...page } = await repo.listProviders(ctx.db, query);
  return { ...page, rows: await withFacilities(ctx.db, rows) };
}

export async function updateProvider(ctx: Uses<'db' | 'callers' | 'dataKeys'>, caller: Caller, providerId: string, input: ProviderUpdate) {
  const existing = await getProvider(ctx, providerId);
  if (!isStaff(caller) && caller.providerId !== providerId) throw forbidden('You can only change your own provider profile');
  assertMayChangeActive(caller, input);
  if (input.bank_details !== undefined) assertMayEditBankDetails(caller, providerId);
  await assertCurrentPassword(ctx, caller, existing.user_id, input);
  const changes = await userChanges(input);
  const provider = await inTransaction(ctx.db, async (trx) => {
    if (Object.keys(changes).length > 0) await repo.updateUser(trx, existing.user_id, changes);
    await repo.updateProvider(trx, providerId, ruleFields(input));
    if (input.bank_details !== undefined) await writeBankDetails(ctx, trx, providerId, input.bank_details);
    await applyPlaces(trx, caller.userId, providerId, input, input.timezone ?? existing.timezone);
    return loadProvider(trx, providerId);
  });
  // After the commit, so no request can re-cache the old record in between.
  ctx.callers.forget(existing.user_id);
  return provider;
}

// ---- patients --------------------------------------------------------------------------

export async function createPatient(ctx: Uses<'db'>, input: PatientCreate) {
  if (input.password !== undefined && input.email === undefined) {
    throw invalid([{ field: 'email', message: 'is required with a password (leave both out for a walk-in patient)' }]);
  }
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return inTransaction(ctx.db, async (trx) => {
    const user = await createUser(trx, { ...input, email: input.email ?? null }, passwordHash, 'patient');
    const { id } = await repo.insertPatient(trx, { user_id: user.id, date_of_birth: input.date_of_birth ?? null, timezone: input.timezone ?? null });
    return (await repo.findPatient(trx, id))!;
  });
}

/** Staff, admins and providers may look patients up; a patient sees only themself (others are 404). */
export async function getPatient(ctx: Uses<'db'>, caller: Caller, patientId: string) {
  if (caller.role === 'patient' && caller.patientId !== patientId) throw notFound('Patient');
  const patient = await repo.findPatient(ctx.db, patientId);
  if (!patient) throw notFound('Patient');
  return patient;
}

export function listPatients(ctx: Uses<'db'>, caller: Caller, query: repo.ListFilter) {
  if (caller.role === 'patient') {
    // A patient's directory is just themself: one page, whichever way it is paged.
    return repo.findPatient(ctx.db, caller.patientId ?? '').then((p) => ({ rows: p ? [p] : [], count: p ? 1 : 0, next: null, previous: null }));
  }
  return repo.listPatients(ctx.db, query);
}

/**
 * Which of these patients the caller may see in full: staff and the patient themself all of them,
 * a provider those they have (or had) an appointment with, in any status.
 */
export async function patientsWithFullDetails(ctx: Uses<'db'>, caller: Caller, patientIds: string[]): Promise<Set<string>> {
  if (caller.role !== 'provider') return new Set(patientIds);
  if (patientIds.length === 0 || !caller.providerId) return new Set();
  return new Set(await repo.patientsSeenBy(ctx.db, caller.providerId, patientIds));
}

export async function updatePatient(ctx: Uses<'db' | 'callers'>, caller: Caller, patientId: string, input: PatientUpdate) {
  const existing = await getPatient(ctx, caller, patientId);
  if (!isStaff(caller) && caller.patientId !== patientId) throw forbidden('Only staff, admins and the patient can change this profile');
  assertMayChangeActive(caller, input);
  await assertCurrentPassword(ctx, caller, existing.user_id, input);
  const changes = await userChanges(input);
  const patient = await inTransaction(ctx.db, async (trx) => {
    if (Object.keys(changes).length > 0) await repo.updateUser(trx, existing.user_id, changes);
    if (input.date_of_birth !== undefined || input.timezone !== undefined) {
      await repo.updatePatient(trx, patientId, { date_of_birth: input.date_of_birth, timezone: input.timezone });
    }
    return (await repo.findPatient(trx, patientId))!;
  });
  ctx.callers.forget(existing.user_id);
  return patient;
}

// ---- staff and admin users -------------------------------------------------------------

export async function createStaffUser(ctx: Uses<'db'>, input: UserCreate) {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx.db, (trx) => createUser(trx, input, passwordHash, input.role));
}

export async function getUser(ctx: Uses<'db'>, userId: string) {
  const user = await repo.findUser(ctx.db, userId);
  if (!user) throw notFound('User');
  return user;
}

export function listUsers(ctx: Uses<'db'>, query: repo.ListFilter & { role?: Role }) {
  return repo.listUsers(ctx.db, { ...query, roles: query.role ? [query.role] : ['admin', 'staff', 'provider', 'patient'] });
}

export async function updateUser(ctx: Uses<'db' | 'callers'>, caller: Caller, userId: string, input: UserUpdate) {
  await getUser(ctx, userId);
  if (userId === caller.userId && input.active === false) {
    throw new AppError(409, 'cannot_deactivate_self', 'You cannot deactivate your own account');
  }
  await assertCurrentPassword(ctx, caller, userId, input);
  // Only patients keep a zone of their own here; a provider's is on their profile, where it also sets their hours' zone.
  const patientId = input.timezone !== undefined ? await repo.patientIdOfUser(ctx.db, userId) : undefined;
  if (input.timezone !== undefined && !patientId) {
    throw invalid([{ field: 'timezone', message: "only a patient's account has a time zone here (a provider's is set on PATCH /providers/{id})" }]);
  }
  const changes = await userChanges(input);
  const user = await inTransaction(ctx.db, async (trx) => {
    if (patientId) await repo.updatePatient(trx, patientId, { timezone: input.timezone });
    return Object.keys(changes).length > 0 ? repo.updateUser(trx, userId, changes) : (await repo.findUser(trx, userId))!;
  });
  ctx.callers.forget(userId);
  return user;
}

/** Creates the configured admin on start-up when no user has that email yet. */
export async function ensureAdmin(ctx: Uses<'db'>, email: string, password: string, name: string): Promise<boolean> {
  if (await repo.emailTaken(ctx.db, email)) return false;
  try {
    await createStaffUser(ctx, { email: email.toLowerCase(), password, name, role: 'admin' });
    return true;
  } catch (e) {
    // Another instance starting at the same moment created it first.
    if (e instanceof AppError && e.code === 'email_taken') return false;
    throw e;
  }
}
