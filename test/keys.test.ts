import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createContext } from '../src/app.js';
import { keyFilePath } from '../src/auth/keys.js';
import { loadConfig, testConfig } from '../src/config.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createSecretSealer, openSecret } from '../src/crypto/secrets.js';
import { backends, openTestDatabase, type TestDatabase } from './databases.js';

/**
 * Keys never live in the database they protect: without JWT_SECRET / ENCRYPTION_KEY they are
 * generated into DATA_DIR/keys.json (mode 0600); a secret an older version kept in app_settings is
 * moved there and deleted from the table; production with DATABASE_URL refuses to start without them.
 */
describe.each(backends)('signing and encryption keys on %s', (backend) => {
  const opened: TestDatabase[] = [];
  afterAll(async () => {
    for (const d of opened) await d.drop();
  });
  const freshDatabase = async () => {
    const d = await openTestDatabase(backend, 4);
    opened.push(d);
    await migrateToLatest(d.database.db);
    return d.database;
  };
  const config = (dataDir: string, extra: Parameters<typeof testConfig>[0] = {}) =>
    testConfig({ KEYS_IN_MEMORY: false, DATA_DIR: dataDir, LOG_LEVEL: 'info', ...extra });
  const settings = (db: Awaited<ReturnType<typeof freshDatabase>>['db']) => db.selectFrom('app_settings').selectAll().execute();

  it('generates both keys into a 0600 key file, says so without the secrets, keeps none in the database, and reuses them on the next start', async () => {
    const database = await freshDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'carebook-keys-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const first = await createContext(config(dataDir), { database });
      const file = keyFilePath(dataDir);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const stored = JSON.parse(readFileSync(file, 'utf8'));
      expect(stored).toEqual({ jwt_secret: first.keys.jwtSecret, encryption_key: first.keys.encryptionKey });
      expect(first.keys.jwtSecret).not.toBe(first.keys.encryptionKey);
      const said = log.mock.calls.map((c) => c.join(' ')).join('\n');
      expect(said).toContain(file);
      expect(said).not.toContain(first.keys.jwtSecret);
      expect(said).not.toContain(first.keys.encryptionKey);
      expect(await settings(database.db)).toEqual([]);

      const token = (await first.tokens.issue(randomUUID())).access_token;
      log.mockClear();
      const second = await createContext(config(dataDir), { database });
      expect(second.keys).toEqual(first.keys);
      expect((await second.tokens.verify(token))?.userId).toBeDefined();
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });

  it('moves the secret an existing installation kept in app_settings into the key file, and deletes it from the table', async () => {
    const database = await freshDatabase();
    const legacy = `legacy-${randomUUID()}-${randomUUID()}`;
    await database.db.insertInto('app_settings').values({ key: 'jwt_secret', value: legacy }).execute();
    // A webhook secret sealed the old way: with key material from the stored JWT secret.
    const { sealed } = await createSecretSealer(legacy, 'webhook-secret-encryption').seal('whsec_old', 'row-1');
    const dataDir = mkdtempSync(join(tmpdir(), 'carebook-keys-'));

    const ctx = await createContext(config(dataDir, { LOG_LEVEL: 'silent' }), { database });
    expect(ctx.keys.jwtSecret).toBe(legacy);
    expect(await openSecret(ctx.keys, 'webhook-secret-encryption', sealed, 'row-1')).toBe('whsec_old');
    expect(JSON.parse(readFileSync(keyFilePath(dataDir), 'utf8'))).toEqual({ jwt_secret: legacy, encryption_key: legacy });
    expect(await settings(database.db)).toEqual([]);

    // And the next start finds them in the file.
    const again = await createContext(config(dataDir, { LOG_LEVEL: 'silent' }), { database });
    expect(again.keys).toEqual(ctx.keys);
  });

  it('writes no key file when the environment has the keys', async () => {
    const database = await freshDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'carebook-keys-'));
    const env = { JWT_SECRET: 'j'.repeat(40), ENCRYPTION_KEY: 'e'.repeat(40) };
    const ctx = await createContext(config(dataDir, { ...env, LOG_LEVEL: 'silent' }), { database });
    expect(ctx.keys).toEqual({ jwtSecret: env.JWT_SECRET, encryptionKey: env.ENCRYPTION_KEY });
    expect(() => statSync(keyFilePath(dataDir))).toThrow();
    expect(await settings(database.db)).toEqual([]);
  });
});

describe('keys in production', () => {
  const DATABASE_URL = 'postgres://carebook@db.example.org:5432/carebook';
  it('refuses to start with DATABASE_URL and NODE_ENV=production without JWT_SECRET and ENCRYPTION_KEY', () => {
    expect(() => loadConfig({ DATABASE_URL, NODE_ENV: 'production' })).toThrow(/JWT_SECRET and ENCRYPTION_KEY/);
    expect(() => loadConfig({ DATABASE_URL, NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40) })).toThrow(/ENCRYPTION_KEY/);
    expect(() => loadConfig({ DATABASE_URL, NODE_ENV: 'production', KEYS_IN_MEMORY: 'true', JWT_SECRET: 'j'.repeat(40), ENCRYPTION_KEY: 'e'.repeat(40) })).toThrow(/KEYS_IN_MEMORY/);
    expect(loadConfig({ DATABASE_URL, NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40), ENCRYPTION_KEY: 'e'.repeat(40) }).JWT_SECRET).toBe('j'.repeat(40));
    // Embedded mode (no DATABASE_URL) keeps its key file beside its data.
    expect(loadConfig({ NODE_ENV: 'production' }).JWT_SECRET).toBeUndefined();
  });
});
