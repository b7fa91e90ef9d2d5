import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { DB } from '../db/types.js';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Encrypts small secrets (webhook signing keys) for storage; `context` binds a ciphertext to its row. */
export interface SecretBox {
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): string;
}

/**
 * The key material: ENCRYPTION_KEY when set, else the JWT secret (configured, or the one generated
 * into app_settings at first start). Either way it goes through HKDF with a purpose label, so the
 * bytes that sign tokens are never used directly as an encryption key.
 */
async function keyMaterial(db: Kysely<DB>, config: Pick<Config, 'ENCRYPTION_KEY' | 'JWT_SECRET'>): Promise<string> {
  if (config.ENCRYPTION_KEY) return config.ENCRYPTION_KEY;
  if (config.JWT_SECRET) return config.JWT_SECRET;
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', 'jwt_secret').executeTakeFirst();
  if (!row) throw new Error('No ENCRYPTION_KEY or JWT secret to derive the webhook secret key from');
  return row.value;
}

export function createSecretBox(material: string): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', material, 'carebook', 'webhook-secret-encryption', 32));
  return {
    seal(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    open(sealed, context) {
      const [version, data] = sealed.split('.', 2);
      if (version !== VERSION || !data) throw new Error('Unknown secret format');
      const raw = Buffer.from(data, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        // The message an operator needs: the key changed under stored secrets.
        throw new Error('Cannot decrypt a stored webhook secret: ENCRYPTION_KEY (or the JWT secret it defaults to) changed');
      }
    },
  };
}

const boxes = new WeakMap<Kysely<DB>, Promise<SecretBox>>();

/** The secret box for this database and configuration, resolved once. */
export function secretBoxFor(ctx: { db: Kysely<DB>; config: Pick<Config, 'ENCRYPTION_KEY' | 'JWT_SECRET'> }): Promise<SecretBox> {
  let box = boxes.get(ctx.db);
  if (!box) {
    box = keyMaterial(ctx.db, ctx.config).then(createSecretBox);
    box.catch(() => boxes.delete(ctx.db));
    boxes.set(ctx.db, box);
  }
  return box;
}
