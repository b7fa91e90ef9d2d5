import { buildApp, createContext } from './app.js';
import { loadConfig } from './config.js';
import type { AppContext } from './context.js';
import { startWorker, type Worker } from './jobs/worker.js';

let ctx: AppContext | undefined;
try {
  const config = loadConfig();
  ctx = await createContext(config);
  const app = await buildApp(ctx);
  const worker: Worker | undefined = config.RUN_WORKER ? await startWorker(ctx) : undefined;

  await app.listen({ host: config.HOST, port: config.PORT });
  const address = app.server.address();
  const port = address && typeof address === 'object' ? address.port : config.PORT;
  const base = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  console.log(`Carebook is listening on ${base} (${ctx.database.kind === 'embedded' ? `embedded PostgreSQL in ${config.DATA_DIR}` : 'PostgreSQL'})`);
  console.log(`  API:  ${base}/api/v1`);
  console.log(`  Docs: ${base}/docs  (OpenAPI: ${base}/openapi.json)`);

  const running = ctx;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing in-flight requests, then closing`);
    // Stop accepting and let in-flight requests finish, then the worker, then the database. A client
    // that holds a connection open without sending anything gets a grace period, not a veto.
    setTimeout(() => app.server.closeAllConnections(), 10_000).unref();
    await app.close();
    await worker?.stop();
    await running.database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
} catch (error) {
  // A refusal (bad configuration, a DATA_DIR in use) is a message for the operator, not a stack trace.
  console.error(`Carebook could not start: ${error instanceof Error ? error.message : String(error)}`);
  await ctx?.database.close().catch(() => {});
  process.exit(1);
}
