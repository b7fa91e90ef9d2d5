// The API's OpenAPI document, and the TypeScript types of it that the web app's client is typed with.
// The document is taken from the app itself (built on a context that has no database: routes are only
// registered, never called), so the web app's types follow the routes' zod schemas.
//
//   npm run web:schema          writes web/src/api/schema.d.ts
//   test/web-schema.test.ts     fails when the committed file is not what the API describes now
import { resolveDataKeys } from '../src/auth/keys.js';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kysely, DummyDriver, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { CallerCache } from '../src/auth/caller-cache.js';
import { createTokenService } from '../src/auth/tokens.js';
import { systemClock } from '../src/clock.js';
import { testConfig } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import type { DB } from '../src/db/types.js';
import { createLogger } from '../src/log.js';
import { dummyGateway } from '../src/payments/gateway.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../web/src/api/schema.d.ts', import.meta.url));

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

/** The OpenAPI document the server serves at /openapi.json. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = await buildAppWithoutDatabase();
  try {
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    return res.json();
  } finally {
    await app.close();
  }
}

/** The contents schema.d.ts must have. */
export async function schemaTypes(): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(await openApiDocument())));
  return `// Generated from the API's OpenAPI document by \`npm run web:schema\`; do not edit.\n${astToString(ast)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, await schemaTypes());
  console.log(`wrote ${SCHEMA_FILE}`);
}
