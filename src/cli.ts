import { parseArgs } from 'node:util';
import { createContext } from './app.js';
import { loadConfig } from './config.js';
import type { AppContext } from './context.js';
import { AppError } from './http/errors.js';
import { createPatient, createProvider, createStaffUser } from './people/people.service.js';
import { seedDemo } from './demo.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { keyFilePath } from './auth/keys.js';
import type { Config } from './config.js';
import { openDatabase } from './db/database.js';
import { DataDirInUseError } from './db/embedded.js';
import { migrateToLatest } from './db/migrate.js';
import { BackupError, backupDatabase, copyDatabase, readBackupHeader, restoreDatabase, rowCounts } from './ops/backup.js';

const USAGE = `Usage:
  npm run cli -- create-user --role <admin|staff|provider|patient> --email <email> --password <password> --name <name>
  npm run cli -- seed-demo      create demo topics, providers, patients and appointments (prints their logins)
  npm run cli -- backup FILE    write a consistent backup of the database (and DATA_DIR's key file) to FILE, while the server runs
  npm run cli -- restore FILE   restore a backup into an empty DATA_DIR (or DATABASE_URL); refused while a server owns DATA_DIR
  npm run cli -- move-to-postgres DATABASE_URL
                                copy the embedded database (DATA_DIR) into an empty PostgreSQL database and check the row counts

Uses the same DATABASE_URL / DATA_DIR as the server, and works while the server runs.`;

async function createUser(ctx: AppContext, args: Record<string, string | undefined>) {
  const { role, email, password, name } = args;
  if (!role || !email || !password || !name) throw new Error(`create-user needs --role, --email, --password and --name\n\n${USAGE}`);
  const input = { email: email.trim().toLowerCase(), password, name };
  if (role === 'provider') return (await createProvider(ctx, null, { ...input, timezone: 'UTC' })).user_id;
  if (role === 'patient') return (await createPatient(ctx, input)).user_id;
  if (role === 'admin' || role === 'staff') return (await createStaffUser(ctx, { ...input, role })).id;
  throw new Error(`Unknown role "${role}"`);
}

const table = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, n]) => `  ${name.padEnd(28)} ${n}`)
    .join('\n');

/** A connection string with its password masked, for printing. */
const masked = (url: string) => {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '****';
  return parsed.toString();
};

async function backup(config: Config, file: string | undefined) {
  if (!file) throw new Error(`backup needs a FILE\n\n${USAGE}`);
  if (config.DATABASE_URL) console.log('DATABASE_URL is set: for a PostgreSQL server, pg_dump is the usual tool (see the README); writing a logical copy anyway.');
  const keys = keyFilePath(config.DATA_DIR);
  const keyFile = !config.KEYS_IN_MEMORY && existsSync(keys) ? readFileSync(keys, 'utf8') : undefined;
  // `attach`: a running server's PostgreSQL is read through one snapshot, so the copy is consistent while it runs.
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, attach: true, poolSize: 2 });
  try {
    await migrateToLatest(database.db);
    const counts = await backupDatabase(database.db, file, { keyFile });
    console.log(`Backed up to ${file}${keyFile ? ' (with the key file: keep the backup as secret as DATA_DIR)' : ''}:\n${table(counts)}`);
  } finally {
    await database.close();
  }
}

async function restore(config: Config, file: string | undefined) {
  if (!file) throw new Error(`restore needs a FILE\n\n${USAGE}`);
  const header = await readBackupHeader(file);
  const keys = keyFilePath(config.DATA_DIR);
  let database;
  try {
    database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: 2 });
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      throw new Error(`Restore refused: a Carebook server is running on DATA_DIR ${config.DATA_DIR}. Stop it, then restore into an empty DATA_DIR.\n${error.message}`);
    }
    throw error;
  }
  try {
    // The keys decide whether stored secrets open and issued tokens verify: they must be the backup's.
    if (header.key_file && !config.KEYS_IN_MEMORY) {
      if (!existsSync(keys)) writeFileSync(keys, header.key_file, { mode: 0o600, flag: 'wx' });
      else if (readFileSync(keys, 'utf8') !== header.key_file) {
        throw new BackupError(`Restore refused: ${keys} holds other keys than the backup's; restore into an empty DATA_DIR`);
      }
    }
    const counts = await restoreDatabase(database.db, file);
    console.log(`Restored ${file} (written ${header.created_at}):\n${table(counts)}`);
  } finally {
    await database.close();
  }
}

async function moveToPostgres(config: Config, url: string | undefined) {
  if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new Error(`move-to-postgres needs a postgres:// DATABASE_URL\n\n${USAGE}`);
  if (config.DATABASE_URL) throw new Error('move-to-postgres copies the embedded database (DATA_DIR); unset DATABASE_URL to run it');
  const source = await openDatabase({ dataDir: config.DATA_DIR, attach: true, poolSize: 2 });
  try {
    const target = await openDatabase({ url, poolSize: 2 });
    try {
      await migrateToLatest(source.db);
      const counts = await copyDatabase(source.db, target.db);
      const check = await rowCounts(target.db);
      const differ = Object.entries(counts).filter(([t, n]) => check[t] !== n);
      if (differ.length > 0) throw new BackupError(`Row counts differ after the copy: ${differ.map(([t]) => t).join(', ')}`);
      console.log(`Copied DATA_DIR ${config.DATA_DIR} into ${masked(url)}; row counts match:\n${table(counts)}`);
      console.log('\nChanges made through a server still running on DATA_DIR after the copy began are not in it: stop that server before moving for good.');
      console.log(`Keys: keep ${keyFilePath(config.DATA_DIR)} (set DATA_DIR to its folder), or set JWT_SECRET and ENCRYPTION_KEY to its values.`);
      console.log(`Start with:\n  DATABASE_URL=${masked(url)} npm start   (with your password in place of ****)`);
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
  });
  const command = positionals[0];
  if (!command || command === 'help') {
    console.log(USAGE);
    return;
  }
  const config = { ...loadConfig(), LOG_LEVEL: 'silent' as const };
  if (command === 'backup') return backup(config, positionals[1]);
  if (command === 'restore') return restore(config, positionals[1]);
  if (command === 'move-to-postgres') return moveToPostgres(config, positionals[1]);
  // `attach`: while a server runs on the same DATA_DIR, the CLI works through that server's PostgreSQL.
  const ctx = await createContext({ ...loadConfig(), LOG_LEVEL: 'silent' }, { attach: true });
  try {
    if (command === 'create-user') console.log(`created user ${await createUser(ctx, values)}`);
    else if (command === 'seed-demo') console.log(await seedDemo(ctx));
    else throw new Error(`Unknown command "${command}"\n\n${USAGE}`);
  } finally {
    await ctx.database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof AppError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
