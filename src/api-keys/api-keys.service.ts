import { randomBytes } from 'node:crypto';
import type { Uses } from '../context.js';
import type { Paging } from '../db/keyset.js';
import { inTransaction } from '../db/transaction.js';
import { type Caller, hashApiKey } from '../http/auth.js';
import { invalid, notFound } from '../http/errors.js';
import { isoOrNull, iso } from '../http/schemas.js';
import type { ApiKeyCreate } from './api-keys.schemas.js';
import * as repo from './api-keys.repository.js';

export const apiKeyView = (k: repo.ApiKeyRecord) => ({
  id: k.id,
  name: k.name,
  prefix: k.key_prefix,
  scopes: k.scopes,
  expires_at: isoOrNull(k.expires_at),
  revoked_at: isoOrNull(k.revoked_at),
  last_used_at: isoOrNull(k.last_used_at),
  created_by: k.created_by_user_id,
  created_at: iso(k.created_at),
});

/** 32 random bytes: a key too long to guess, so a plain sha256 of it is a safe thing to store. */
export async function createApiKey(ctx: Uses<'db' | 'clock'>, caller: Caller, input: ApiKeyCreate) {
  const expiresAt = input.expires_at ? new Date(input.expires_at) : null;
  if (expiresAt && expiresAt <= ctx.clock.now()) throw invalid([{ field: 'expires_at', message: 'must be in the future' }]);
  const key = `cb_${randomBytes(32).toString('base64url')}`;
  const row = await inTransaction(ctx.db, async (trx) => {
    const { id } = await repo.insertApiKey(trx, {
      name: input.name,
      key_hash: hashApiKey(key),
      key_prefix: key.slice(0, 9),
      scopes: [...new Set(input.scopes)],
      created_by_user_id: caller.userId,
      expires_at: expiresAt,
    });
    return (await repo.findApiKey(trx, id))!;
  });
  return { ...apiKeyView(row), key };
}

export async function listApiKeys(ctx: Uses<'db'>, paging: Paging) {
  const { rows, ...page } = await repo.listApiKeys(ctx.db, paging);
  return { ...page, results: rows.map(apiKeyView) };
}

/** Revoked at once: the key is checked on every call. Revoking again changes nothing. */
export async function revokeApiKey(ctx: Uses<'db' | 'clock'>, keyId: string) {
  const revoked = await inTransaction(ctx.db, (trx) => repo.revokeApiKey(trx, keyId, ctx.clock.now()));
  if (!revoked) throw notFound('API key');
}
