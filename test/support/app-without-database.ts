// The HTTP app built on a context with no database behind it: its routes are registered and can be
// listed, documented and served as static files, never called.
import { resolveDataKeys } from '../../src/auth/keys.js';
import { Kysely, DummyDriver, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { buildApp } from '../../src/app.js';
import { CallerCache } from '../../src/auth/caller-cache.js';
import { createTokenService } from '../../src/auth/tokens.js';
import { systemClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import type { DB } from '../../src/db/types.js';
import { createLogger } from '../../src/log.js';
import { dummyGateway } from '../../src/payments/gateway.js';

/** The HTTP app on a context with no database behind it: its routes can be listed and documented, not used. */
export async function buildAppWithoutDatabase() {
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const config = testConfig();
  const ctx: AppContext = {
    config,
    log: createLogger(config),
    database: { db, kind: 'postgres', connectionString: '', ping: async () => false, close: async () => {} },
    db,
    clock: systemClock,
    tokens: createTokenService('schema-generation-only-'.repeat(3), 60),
    keys: { jwtSecret: 'schema-generation-only', encryptionKey: 'schema-generation-only' },
    dataKeys: resolveDataKeys(config).dataKeys,
    callers: new CallerCache(0),
    payments: { gateway: dummyGateway, secret: 'schema-generation-only' },
  };
  return buildApp(ctx);
}
