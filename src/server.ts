import { buildApp, createContext } from './app.js';
import { loadConfig } from './config.js';
import { startWorker, type Worker } from './jobs/worker.js';

const config = loadConfig();
const ctx = await createContext(config);
const app = await buildApp(ctx);
const worker: Worker | undefined = config.RUN_WORKER ? await startWorker(ctx) : undefined;

await app.listen({ host: config.HOST, port: config.PORT });
const base = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.PORT}`;
console.log(`Carebook is listening on ${base} (${ctx.database.kind === 'embedded' ? `embedded PostgreSQL in ${config.DATA_DIR}` : 'PostgreSQL'})`);
console.log(`  API:  ${base}/api/v1`);
console.log(`  Docs: ${base}/docs  (OpenAPI: ${base}/openapi.json)`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received: finishing in-flight requests, then closing`);
  // Stop accepting and let in-flight requests finish, then the worker, then the database. A client
  // that holds a connection open without sending anything gets a grace period, not a veto.
  setTimeout(() => app.server.closeAllConnections(), 10_000).unref();
  await app.close();
  await worker?.stop();
  await ctx.database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
