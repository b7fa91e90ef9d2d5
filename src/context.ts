import type { Kysely } from 'kysely';
import type { CallerCache } from './auth/caller-cache.js';
import type { DataKeys, Keys } from './auth/keys.js';
import type { TokenService } from './auth/tokens.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { DB } from './db/types.js';
import type { Caller } from './http/auth.js';
import type { Logger } from './log.js';
import type { PaymentGateway } from './payments/gateway.js';

/** What every feature module is handed: configuration, the database, the clock, tokens. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Kysely<DB>;
  clock: Clock;
  /** The process's one logger (pino); Fastify's request logger is a child of it. */
  log: Logger;
  tokens: TokenService;
  /** Signing and encryption keys (from the environment or the key file, never the database). */
  keys: Keys;
  /** Keys for personal data at rest (bank details): DATA_ENCRYPTION_KEY and the earlier ones. */
  dataKeys: DataKeys;
  /** Signed-in users, reused for a moment between requests; evict on every change to a user. */
  callers: CallerCache<Caller>;
  /** Where checkouts open orders, and the secret the gateway signs its callbacks with. */
  payments: { gateway: PaymentGateway; secret: string };
}

/**
 * The parts of the context a function uses, named in its signature: `ctx: Uses<'db' | 'clock'>`.
 * Composition roots (routes, the server, the worker, the CLI) hold the whole `AppContext` and pass it
 * on; anything below them says what it needs. Code that runs inside a transaction is handed the
 * `Transaction<DB>` and a context without `db`, so it cannot reach past the transaction to the pool.
 */
export type Uses<K extends keyof AppContext> = Pick<AppContext, K>;
