import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { DB } from '../db/types.js';

/** The two secrets the server holds: one signs tokens, one (through HKDF) encrypts webhook secrets at rest. */
export interface Keys {
  jwtSecret: string;
  encryptionKey: string;
}

/** Where generated keys live: beside the data, never inside the database they protect. */
export const keyFilePath = (dataDir: string) => resolve(dataDir, 'keys.json');

/** Where older versions kept the generated JWT secret (and derived the encryption key from it). */
const LEGACY_SETTING = 'jwt_secret';

const generate = () => randomBytes(48).toString('base64url');

/** Made once per process and never written anywhere (KEYS_IN_MEMORY: tests), so every context of a test run agrees. */
let inMemory: Keys | undefined;

function readKeyFile(path: string): Partial<Keys> | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = JSON.parse(text) as { jwt_secret?: unknown; encryption_key?: unknown };
  return {
    ...(typeof parsed.jwt_secret === 'string' ? { jwtSecret: parsed.jwt_secret } : {}),
    ...(typeof parsed.encryption_key === 'string' ? { encryptionKey: parsed.encryption_key } : {}),
  };
}

/**
 * Written whole under another name, then put in place: a crash never leaves half a key file. A new
 * file is linked into place, which fails (EEXIST) if another process created one first: API processes
 * starting together must all end up with the same keys.
 */
function writeKeyFile(path: string, keys: Partial<Keys>, replace: boolean) {
  mkdirSync(resolve(path, '..'), { recursive: true });
  const temporary = join(resolve(path, '..'), `.keys-${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temporary, `${JSON.stringify({ jwt_secret: keys.jwtSecret, encryption_key: keys.encryptionKey }, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  if (replace) {
    renameSync(temporary, path);
    return;
  }
  try {
    linkSync(temporary, path);
  } finally {
    unlinkSync(temporary);
  }
}

/**
 * The server's keys: from the environment (JWT_SECRET, ENCRYPTION_KEY), else from the key file under
 * DATA_DIR, generated there on first start. A secret an older version stored in `app_settings` is
 * moved into the key file and deleted from the table, so existing tokens and webhook secrets keep
 * working and a database dump no longer holds them. Returns what an operator should be told
 * (never a secret).
 */
export async function resolveKeys(db: Kysely<DB>, config: Pick<Config, 'JWT_SECRET' | 'ENCRYPTION_KEY' | 'DATA_DIR' | 'KEYS_IN_MEMORY'>): Promise<{ keys: Keys; notices: string[] }> {
  const notices: string[] = [];
  const legacy = (await db.selectFrom('app_settings').select('value').where('key', '=', LEGACY_SETTING).executeTakeFirst())?.value;

  let keys: Keys;
  if (config.JWT_SECRET) {
    // As before: without ENCRYPTION_KEY, webhook secrets are encrypted with key material from JWT_SECRET.
    keys = { jwtSecret: config.JWT_SECRET, encryptionKey: config.ENCRYPTION_KEY ?? config.JWT_SECRET };
  } else if (config.KEYS_IN_MEMORY) {
    inMemory ??= { jwtSecret: generate(), encryptionKey: generate() };
    keys = { jwtSecret: inMemory.jwtSecret, encryptionKey: config.ENCRYPTION_KEY ?? inMemory.encryptionKey };
  } else {
    const path = keyFilePath(config.DATA_DIR);
    const stored = readKeyFile(path) ?? {};
    // An installation from before the key file signed with the stored secret and derived the encryption key from it.
    const jwtSecret = stored.jwtSecret ?? legacy ?? generate();
    const encryptionKey = config.ENCRYPTION_KEY ?? stored.encryptionKey ?? legacy ?? generate();
    if (stored.jwtSecret === undefined || (!config.ENCRYPTION_KEY && stored.encryptionKey === undefined)) {
      try {
        writeKeyFile(path, { jwtSecret, encryptionKey: config.ENCRYPTION_KEY ? stored.encryptionKey : encryptionKey }, readKeyFile(path) !== undefined);
      } catch (error) {
        // Another process created the key file since we looked: its keys are everyone's.
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return resolveKeys(db, config);
        throw error;
      }
      notices.push(
        legacy && stored.jwtSecret === undefined
          ? `Moved the signing key out of the database into ${path} (mode 0600). Back this file up with the data, or set JWT_SECRET and ENCRYPTION_KEY.`
          : `Generated ${config.ENCRYPTION_KEY ? 'JWT_SECRET' : 'JWT_SECRET and ENCRYPTION_KEY'} into ${path} (mode 0600). Back this file up with the data; ` +
              'with several instances, set JWT_SECRET and ENCRYPTION_KEY in the environment instead.',
      );
    }
    keys = { jwtSecret, encryptionKey };
  }
  // Only once the key file holds it (or the environment replaced it) does the stored secret go.
  if (legacy !== undefined && !config.KEYS_IN_MEMORY) {
    await db.deleteFrom('app_settings').where('key', '=', LEGACY_SETTING).execute();
  }
  return { keys, notices };
}
