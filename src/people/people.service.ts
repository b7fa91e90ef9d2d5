import type { Transaction } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import type { AppContext } from '../context.js';
import type { DB, Role, UserUpdate as UserRowUpdate } from '../db/types.js';
import { type Caller, isStaff } from '../http/auth.js';
import { AppError, forbidden, notFound } from '../http/errors.js';
import * as repo from './people.repository.js';
import type {
  PatientCreate,
  PatientUpdate,
  PeopleListQuery,
  ProviderCreate,
  ProviderUpdate,
  UserCreate,
  UserUpdate,
} from './people.schemas.js';

const emailTaken = () =>
  new AppError(409, 'email_taken', 'A user with this email already exists', [{ field: 'email', message: 'is already registered' }]);

const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505';

/** Creates the user row (hash the password before the transaction: it takes ~50 ms of CPU); a concurrent sign-up with the same email still gets `email_taken`. */
async function createUser(
  trx: Transaction<DB>,
  input: { email: string; name: string; phone?: string | null },
  password_hash: string,
  role: Role,
) {
  if (await repo.emailTaken(trx, input.email)) throw emailTaken();
  try {
    return await repo.insertUser(trx, { email: input.email, name: input.name, phone: input.phone ?? null, role, password_hash });
  } catch (e) {
    throw isUniqueViolation(e) ? emailTaken() : e;
  }
}

/** User-level fields shared by every PATCH on a person (name, phone, password, active). */
async function userChanges(input: { name?: string; phone?: string | null; password?: string; active?: boolean }) {
  const changes: UserRowUpdate = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.phone !== undefined) changes.phone = input.phone;
  if (input.active !== undefined) changes.active = input.active;
  if (input.password !== undefined) changes.password_hash = await hashPassword(input.password);
  return changes;
}

function assertMayChangeActive(caller: Caller, input: { active?: boolean }) {
  if (input.active !== undefined && !isStaff(caller)) throw forbidden('Only staff and admins can activate or deactivate accounts');
}

// ---- providers -------------------------------------------------------------------------

export async function createProvider(ctx: AppContext, input: ProviderCreate) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const user = await createUser(trx, input, passwordHash, 'provider');
    const { id } = await repo.insertProvider(trx, {
      user_id: user.id,
      specialization: input.specialization ?? null,
      timezone: input.timezone,
    });
    return (await repo.findProvider(trx, id))!;
  });
}

export async function getProvider(ctx: AppContext, providerId: string) {
  const provider = await repo.findProvider(ctx.db, providerId);
  if (!provider) throw notFound('Provider');
  return provider;
}

export function listProviders(ctx: AppContext, query: PeopleListQuery) {
  return repo.listProviders(ctx.db, query);
}

export async function updateProvider(ctx: AppContext, caller: Caller, providerId: string, input: ProviderUpdate) {
  const existing = await getProvider(ctx, providerId);
  if (!isStaff(caller) && caller.providerId !== providerId) throw forbidden('You can only change your own provider profile');
  assertMayChangeActive(caller, input);
  const changes = await userChanges(input);
  return ctx.db.transaction().execute(async (trx) => {
    if (Object.keys(changes).length > 0) await repo.updateUser(trx, existing.user_id, changes);
    await repo.updateProvider(trx, providerId, { specialization: input.specialization, timezone: input.timezone });
    return (await repo.findProvider(trx, providerId))!;
  });
}

// ---- patients --------------------------------------------------------------------------

export async function createPatient(ctx: AppContext, input: PatientCreate) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const user = await createUser(trx, input, passwordHash, 'patient');
    const { id } = await repo.insertPatient(trx, { user_id: user.id, date_of_birth: input.date_of_birth ?? null });
    return (await repo.findPatient(trx, id))!;
  });
}

/** Staff, admins and providers may look patients up; a patient sees only themself (others are 404). */
export async function getPatient(ctx: AppContext, caller: Caller, patientId: string) {
  if (caller.role === 'patient' && caller.patientId !== patientId) throw notFound('Patient');
  const patient = await repo.findPatient(ctx.db, patientId);
  if (!patient) throw notFound('Patient');
  return patient;
}

export function listPatients(ctx: AppContext, caller: Caller, query: PeopleListQuery) {
  if (caller.role === 'patient') {
    // A patient's directory is just themself.
    return repo.findPatient(ctx.db, caller.patientId ?? '').then((p) => ({ rows: p ? [p] : [], count: p ? 1 : 0 }));
  }
  return repo.listPatients(ctx.db, query);
}

export async function updatePatient(ctx: AppContext, caller: Caller, patientId: string, input: PatientUpdate) {
  const existing = await getPatient(ctx, caller, patientId);
  if (!isStaff(caller) && caller.patientId !== patientId) throw forbidden('Only staff, admins and the patient can change this profile');
  assertMayChangeActive(caller, input);
  const changes = await userChanges(input);
  return ctx.db.transaction().execute(async (trx) => {
    if (Object.keys(changes).length > 0) await repo.updateUser(trx, existing.user_id, changes);
    if (input.date_of_birth !== undefined) await repo.updatePatient(trx, patientId, { date_of_birth: input.date_of_birth });
    return (await repo.findPatient(trx, patientId))!;
  });
}

// ---- staff and admin users -------------------------------------------------------------

export async function createStaffUser(ctx: AppContext, input: UserCreate) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute((trx) => createUser(trx, input, passwordHash, input.role));
}

export async function getUser(ctx: AppContext, userId: string) {
  const user = await repo.findUser(ctx.db, userId);
  if (!user) throw notFound('User');
  return user;
}

export function listUsers(ctx: AppContext, query: PeopleListQuery & { role?: Role }) {
  return repo.listUsers(ctx.db, { ...query, roles: query.role ? [query.role] : ['admin', 'staff', 'provider', 'patient'] });
}

export async function updateUser(ctx: AppContext, caller: Caller, userId: string, input: UserUpdate) {
  await getUser(ctx, userId);
  if (userId === caller.userId && input.active === false) {
    throw new AppError(409, 'cannot_deactivate_self', 'You cannot deactivate your own account');
  }
  const changes = await userChanges(input);
  return ctx.db.transaction().execute(async (trx) =>
    Object.keys(changes).length > 0 ? repo.updateUser(trx, userId, changes) : (await repo.findUser(trx, userId))!,
  );
}

/** Creates the configured admin on start-up when no user has that email yet. */
export async function ensureAdmin(ctx: AppContext, email: string, password: string, name: string): Promise<boolean> {
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
