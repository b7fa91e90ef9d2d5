import { createDecipheriv } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Keys } from '../auth/keys.js';
import type { DB } from '../db/types.js';
import { inTransaction } from '../db/transaction.js';
import * as repo from './legacy-secrets.repository.js';
import { purposeKey, type SecretPurpose, sealSecret } from './secrets.js';

/**
 * Secrets stored before they were sealed as JWE: `v1.` and base64url(iv | tag | ciphertext),
 * AES-256-GCM under the purpose's key with the context as additional data. The server opens them
 * once, at start-up, and seals them again ({@link resealLegacySecrets}); nothing else reads them.
 */
const PREFIX = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function openLegacySecret(material: string, purpose: SecretPurpose, sealed: string, context: string): string {
  const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', purposeKey(material, purpose), raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('Cannot decrypt a stored secret of the earlier format: ENCRYPTION_KEY (or the key file, or the JWT_SECRET it defaults to) changed');
  }
}

/** Where secrets were stored in the earlier format, and what each was bound to. */
const COLUMNS: Array<repo.SealedColumn & { purpose: SecretPurpose; context: (id: string) => string }> = [
  { table: 'webhook_subscriptions', column: 'secret_encrypted', purpose: 'webhook-secret-encryption', context: (id) => id },
  { table: 'calendar_sources', column: 'url_encrypted', purpose: 'webhook-secret-encryption', context: (id) => `calendar-source:${id}` },
  { table: 'patients', column: 'personal_sealed', purpose: 'patient-personal-data', context: (id) => `patient:${id}` },
];

/** The pending task (migration 2026_12_03_0200) that stays until every secret is in the JWE format. */
const TASK = 'reseal_legacy_secrets';

/**
 * Seals every secret still in the earlier format again as JWE, in one transaction (all or none),
 * once per database: a second process starting at the same time waits on the task's row lock,
 * then finds the task gone. Returns how many it resealed.
 */
export async function resealLegacySecrets(db: Kysely<DB>, keys: Keys): Promise<number> {
  return inTransaction(db, async (trx) => {
    if (!(await repo.claimTask(trx, TASK))) return 0;
    let resealed = 0;
    for (const target of COLUMNS) {
      for (const row of await repo.legacySealed(trx, target, PREFIX)) {
        const context = target.context(row.id);
        const plain = openLegacySecret(keys.encryptionKey, target.purpose, row.sealed, context);
        await repo.replaceSealed(trx, target, row.id, await sealSecret(keys, target.purpose, plain, context));
        resealed++;
      }
    }
    // Codes waiting in the outbox for their email to go out.
    for (const mail of await repo.legacyMailCodes(trx, PREFIX)) {
      const context = `account-mail:${mail.user_id ?? ''}:${mail.purpose}`;
      const code = openLegacySecret(keys.encryptionKey, 'account-mail-code', mail.sealed, context);
      await repo.replaceMailCode(trx, mail.id, await sealSecret(keys, 'account-mail-code', code, context));
      resealed++;
    }
    await repo.finishTask(trx, TASK);
    return resealed;
  });
}
