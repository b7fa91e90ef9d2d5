import { CompactEncrypt, compactDecrypt, decodeProtectedHeader } from 'jose';
import type { DataKey, DataKeys } from '../auth/keys.js';

/** A value sealed for storage, and the id of the key that sealed it (kept in a column beside it). */
export interface Sealed {
  sealed: string;
  keyId: string;
}

/**
 * Seals personal data at rest as a compact JWE (`dir` + `A256GCM`): the key id travels in the
 * protected header as `kid` (and is stored beside the ciphertext), and `context` (e.g. the row's id)
 * is in the authenticated header, so a ciphertext copied onto another row does not open there.
 */
export interface Sealer {
  seal(value: unknown, context: string): Promise<Sealed>;
  open<T>(sealed: string, context: string): Promise<T>;
  /** Whether the current key sealed it (otherwise it was an earlier key's, and is resealed when next written). */
  isCurrent(keyId: string): boolean;
}

/**
 * `whenKeyUnknown` finishes the message an operator reads when a ciphertext's key is not among
 * `keys` (the data keys by default).
 */
export function createSealer(keys: DataKeys, whenKeyUnknown = 'is neither DATA_ENCRYPTION_KEY nor one of the previous keys'): Sealer {
  const byId = new Map<string, DataKey>([keys.current, ...keys.previous].map((k) => [k.id, k]));
  return {
    async seal(value, context) {
      const sealed = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(value)))
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: keys.current.id, cty: 'json', ctx: context })
        .encrypt(keys.current.key);
      return { sealed, keyId: keys.current.id };
    },
    async open<T>(sealed: string, context: string) {
      const header = decodeProtectedHeader(sealed);
      const key = typeof header.kid === 'string' ? byId.get(header.kid) : undefined;
      // The message an operator needs; never the data.
      if (!key) throw new Error(`Cannot decrypt sealed data: key ${String(header.kid)} ${whenKeyUnknown}`);
      const { plaintext, protectedHeader } = await compactDecrypt(sealed, key.key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });
      if (protectedHeader.ctx !== context) throw new Error('Cannot decrypt sealed data: it belongs to another record');
      return JSON.parse(new TextDecoder().decode(plaintext)) as T;
    },
    isCurrent: (keyId) => keyId === keys.current.id,
  };
}

const sealers = new WeakMap<DataKeys, Sealer>();

/** The sealer for this context's data keys, made once. */
export function sealerFor(ctx: { dataKeys: DataKeys }): Sealer {
  let sealer = sealers.get(ctx.dataKeys);
  if (!sealer) {
    sealer = createSealer(ctx.dataKeys);
    sealers.set(ctx.dataKeys, sealer);
  }
  return sealer;
}
