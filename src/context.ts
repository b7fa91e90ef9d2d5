import type { Kysely } from 'kysely';
import type { TokenService } from './auth/tokens.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { DB } from './db/types.js';

/** What every feature module is handed: configuration, the database, the clock, tokens. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Kysely<DB>;
  clock: Clock;
  tokens: TokenService;
}
