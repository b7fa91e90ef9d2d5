import { createHash, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { DB } from '../db/types.js';
import { deleteSetting, findSetting } from './settings.repository.js';

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
  const legacy = await findSetting(db, LEGACY_SETTING);

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
    await deleteSetting(db, LEGACY_SETTING);
  }
  return { keys, notices };
}

/** A key for personal data at rest, named by an id derived from it (stored beside each ciphertext). */
export interface DataKey {
  id: string;
  key: Uint8Array;
}

/** The key that seals new data, and the earlier ones that still open what they sealed. */
export interface DataKeys {
  current: DataKey;
  previous: DataKey[];
}

/** Where the generated data key lives: its own file, beside keys.json. */
export const dataKeyFilePath = (dataDir: string) => resolve(dataDir, 'data-keys.json');

/** The key's id: the first 16 hex digits of its sha256, so the same key always has the same id and no id needs configuring. */
export function dataKey(base64: string): DataKey {
  const key = new Uint8Array(Buffer.from(base64.trim(), 'base64'));
  if (key.length !== 32) throw new Error('A data encryption key must be 32 bytes, base64 encoded');
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

let inMemoryDataKey: string | undefined;

/**
 * The data encryption keys: DATA_ENCRYPTION_KEY (and DATA_ENCRYPTION_PREVIOUS_KEYS) from the
 * environment, else DATA_DIR/data-keys.json (`{"current": "...", "previous": [...]}`), generated there
 * on first start. To rotate: put the old key in `previous` (or DATA_ENCRYPTION_PREVIOUS_KEYS) and a
 * new one in `current`; what the old key sealed still opens.
 */
export function resolveDataKeys(config: Pick<Config, 'DATA_ENCRYPTION_KEY' | 'DATA_ENCRYPTION_PREVIOUS_KEYS' | 'DATA_DIR' | 'KEYS_IN_MEMORY'>): { dataKeys: DataKeys; notices: string[] } {
  const notices: string[] = [];
  const fromEnv = (config.DATA_ENCRYPTION_PREVIOUS_KEYS ?? '').split(',').map((k) => k.trim()).filter(Boolean);
  let current = config.DATA_ENCRYPTION_KEY;
  let previous: string[] = [];
  if (!current && config.KEYS_IN_MEMORY) {
    current = inMemoryDataKey ??= randomBytes(32).toString('base64');
  } else if (!current) {
    const path = dataKeyFilePath(config.DATA_DIR);
    let stored: { current?: unknown; previous?: unknown } | undefined;
    try {
      stored = JSON.parse(readFileSync(path, 'utf8')) as { current?: unknown; previous?: unknown };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (typeof stored?.current === 'string') {
      current = stored.current;
      previous = Array.isArray(stored.previous) ? stored.previous.filter((k): k is string => typeof k === 'string') : [];
    } else {
      const generated = randomBytes(32).toString('base64');
      mkdirSync(resolve(path, '..'), { recursive: true });
      const temporary = join(resolve(path, '..'), `.data-keys-${randomBytes(6).toString('hex')}.tmp`);
      writeFileSync(temporary, `${JSON.stringify({ current: generated, previous: [] }, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
      try {
        linkSync(temporary, path);
      } catch (error) {
        // Another process starting at the same moment wrote one first: its key is everyone's.
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return resolveDataKeys(config);
        throw error;
      } finally {
        unlinkSync(temporary);
      }
      current = generated;
      notices.push(`Generated DATA_ENCRYPTION_KEY into ${path} (mode 0600). Back this file up with the data; with several instances, set DATA_ENCRYPTION_KEY instead.`);
    }
  }
  return { dataKeys: { current: dataKey(current), previous: [...previous, ...fromEnv].map(dataKey) }, notices };
}
