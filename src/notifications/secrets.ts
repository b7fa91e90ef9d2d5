import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Keys } from '../auth/keys.js';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Encrypts small secrets (webhook signing keys) for storage; `context` binds a ciphertext to its row. */
export interface SecretBox {
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): string;
}

/**
 * The box for webhook secrets. The key material (ENCRYPTION_KEY, the key file's, or JWT_SECRET) goes
 * through HKDF with a purpose label, so bytes that may also sign tokens are never used directly as an
 * encryption key.
 */
export function createSecretBox(material: string, purpose = 'webhook-secret-encryption'): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', material, 'carebook', purpose, 32));
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
        throw new Error('Cannot decrypt a stored secret: ENCRYPTION_KEY (or the key file, or the JWT_SECRET it defaults to) changed');
      }
    },
  };
}

const boxes = new WeakMap<Keys, SecretBox>();

/** The secret box for this context's keys, made once. */
export async function secretBoxFor(ctx: { keys: Keys }): Promise<SecretBox> {
  let box = boxes.get(ctx.keys);
  if (!box) {
    box = createSecretBox(ctx.keys.encryptionKey);
    boxes.set(ctx.keys, box);
  }
  return box;
}
