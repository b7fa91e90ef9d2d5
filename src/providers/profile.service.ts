import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Transaction } from 'kysely';
import sharp from 'sharp';
import { appendAudit } from '../audit/audit.repository.js';
import type { Uses } from '../context.js';
import { sealerFor } from '../crypto/sealing.js';
import { inTransaction } from '../db/transaction.js';
import type { DB } from '../db/types.js';
import type { Caller } from '../http/auth.js';
import { isStaff } from '../http/auth.js';
import { AppError, forbidden, notFound } from '../http/errors.js';
import { findProvider } from '../people/people.repository.js';
import { availableNow } from '../scheduling/presence.js';
import * as repo from './profile.repository.js';
import type { BankDetails } from './profile.schemas.js';

/** What the provider views add to the stored record: counts, presence and (for who may see them) bank details. */
export interface ProfileExtras {
  appointments_completed: number;
  is_available: boolean;
  bank_details?: (BankDetails & { masked: boolean }) | null;
}

/** The practitioner themself and admins (people, not API keys) see bank details. */
export const maySeeBankDetails = (viewer: Caller, providerId: string) =>
  !viewer.apiKey && (viewer.role === 'admin' || viewer.providerId === providerId);

/** Every character but the last four as `*`. */
export const mask = (value: string) => '*'.repeat(Math.max(0, value.length - 4)) + value.slice(-4);

const sealContext = (providerId: string) => `provider:${providerId}:bank_details`;

/** The computed profile fields of these providers, for this viewer. */
export async function profileExtras(ctx: Uses<'db' | 'clock' | 'dataKeys'>, viewer: Caller, providerIds: string[]): Promise<Map<string, ProfileExtras>> {
  const now = ctx.clock.now();
  const visible = providerIds.filter((id) => maySeeBankDetails(viewer, id));
  const [available, completed, sealed] = await Promise.all([
    availableNow(ctx.db, providerIds, now),
    repo.completedCounts(ctx.db, providerIds),
    repo.sealedBankDetails(ctx.db, visible),
  ]);
  const sealer = sealerFor(ctx);
  const details = new Map<string, BankDetails>();
  for (const row of sealed) details.set(row.id, await sealer.open<BankDetails>(row.bank_details_sealed!, sealContext(row.id)));
  return new Map(
    providerIds.map((id) => {
      const plain = details.get(id);
      const extras: ProfileExtras = { appointments_completed: completed.get(id) ?? 0, is_available: available.has(id) };
      if (visible.includes(id)) {
        extras.bank_details = plain ? { pan: mask(plain.pan), account_number: mask(plain.account_number), ifsc: mask(plain.ifsc), masked: true } : null;
      }
      return [id, extras];
    }),
  );
}

/** Admins and the practitioner themself set bank details; staff and API keys cannot. */
export function assertMayEditBankDetails(caller: Caller, providerId: string) {
  if (!maySeeBankDetails(caller, providerId)) throw forbidden('Only the practitioner themself and admins can set bank details');
}

/** Seals and stores (or clears) bank details inside the caller's transaction; always with the current key. */
export async function writeBankDetails(ctx: Uses<'dataKeys'>, trx: Transaction<DB>, providerId: string, details: BankDetails | null) {
  const sealed = details ? await sealerFor(ctx).seal(details, sealContext(providerId)) : null;
  await repo.setBankDetails(trx, providerId, sealed);
}

/** The bank details in clear, for the practitioner themself only; every reveal is in the audit trail. */
export async function revealBankDetails(ctx: Uses<'db' | 'dataKeys'>, caller: Caller, providerId: string): Promise<BankDetails & { masked: boolean }> {
  if (caller.providerId !== providerId || caller.apiKey) {
    if (!(await findProvider(ctx.db, providerId))) throw notFound('Provider');
    throw forbidden('Only the practitioner themself can reveal their bank details');
  }
  return inTransaction(ctx.db, async (trx) => {
    const row = await repo.lockProviderBankDetails(trx, providerId);
    if (!row) throw notFound('Provider');
    if (!row.bank_details_sealed) throw new AppError(404, 'bank_details_not_set', 'No bank details have been set for this practitioner');
    const plain = await sealerFor(ctx).open<BankDetails>(row.bank_details_sealed, sealContext(providerId));
    await appendAudit(trx, { action: 'reveal', recordType: 'providers', recordId: providerId, fields: ['bank_details'] });
    return { ...plain, masked: false };
  });
}

// ---- pictures ----------------------------------------------------------------------------

export const PICTURE_MAX_BYTES = 2 * 1024 * 1024;
const ACCEPTED = new Set(['image/jpeg', 'image/png', 'image/webp']);
/** Longest side of the stored picture: enough for a profile, small enough to serve from the database. */
const PICTURE_SIDE = 512;

/** The practitioner themself, staff and admins change the picture (as they change the profile). */
async function assertMayEditProfile(ctx: Uses<'db'>, caller: Caller, providerId: string) {
  if (!(await findProvider(ctx.db, providerId))) throw notFound('Provider');
  if (!isStaff(caller) && caller.providerId !== providerId) throw forbidden('You can only change your own provider profile');
}

/**
 * Checks the upload by its bytes (not its name or declared type), then decodes and re-encodes it
 * as a WebP of at most 512×512 without metadata: what is served is always an image sharp wrote.
 */
export async function setPicture(ctx: Uses<'db'>, caller: Caller, providerId: string, upload: Buffer) {
  await assertMayEditProfile(ctx, caller, providerId);
  const detected = await fileTypeFromBuffer(upload);
  if (!detected || !ACCEPTED.has(detected.mime)) {
    throw new AppError(415, 'unsupported_image_type', 'The picture must be a JPEG, PNG or WebP image (judged by its contents)', {
      extra: { detected_type: detected?.mime ?? null },
    });
  }
  let bytes: Buffer;
  try {
    bytes = await sharp(upload, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize(PICTURE_SIDE, PICTURE_SIDE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw new AppError(422, 'invalid_image', 'The picture could not be read as an image (corrupt or truncated)');
  }
  const etag = createHash('sha256').update(bytes).digest('hex').slice(0, 20);
  await inTransaction(ctx.db, (trx) => repo.setPicture(trx, providerId, { bytes, type: 'image/webp', etag }));
  return { etag };
}

export async function deletePicture(ctx: Uses<'db'>, caller: Caller, providerId: string) {
  await assertMayEditProfile(ctx, caller, providerId);
  await inTransaction(ctx.db, (trx) => repo.setPicture(trx, providerId, null));
}

/** An active provider's picture; 404 when there is none (or the provider is inactive). */
export async function getPicture(ctx: Uses<'db'>, providerId: string) {
  const row = await repo.findPicture(ctx.db, providerId);
  if (!row || !row.active || !row.picture) throw notFound('Picture');
  return { bytes: row.picture, type: row.picture_type!, etag: row.picture_etag! };
}

/** Where a provider's picture is served: versioned by its hash, so the URL changes with the picture. */
export const pictureUrl = (prefix: string, providerId: string, etag: string | null) => (etag ? `${prefix}/providers/${providerId}/picture?v=${etag}` : null);
