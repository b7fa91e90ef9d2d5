import cluster from 'node:cluster';
import { buildApp, createContext } from './app.js';
import { type Config, loadConfig } from './config.js';
import type { AppContext } from './context.js';
import { startWorker, type Worker } from './jobs/worker.js';
import { registerWebApp } from './http/web.js';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  console.error(`Carebook could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// With DATABASE_URL, WEB_CONCURRENCY processes share the port (node:cluster hands out connections);
// the first one also runs the job worker. The embedded database is one process that owns DATA_DIR.
const processes = config.DATABASE_URL ? config.WEB_CONCURRENCY : 1;
if (processes > 1 && cluster.isPrimary) supervise(processes);
else await serve(cluster.isWorker ? Number(process.env.CAREBOOK_PROCESS_INDEX) : 0);

/** The primary of a cluster: starts the API processes, replaces one that dies, passes signals on. */
function supervise(count: number) {
  let stopping = false;
  // Counted here, not read from cluster.workers: a worker may leave that list after its 'exit' event.
  const live = new Set<number>();
  const fork = (index: number) => {
    const child = cluster.fork({ CAREBOOK_PROCESS_INDEX: String(index) });
    live.add(child.id);
    let listening = false;
    child.on('listening', () => (listening = true));
    child.on('exit', (code, signal) => {
      live.delete(child.id);
      if (stopping) {
        if (live.size === 0) process.exit();
        return;
      }
      // One that failed on its own before listening would fail again the same way (it printed why).
      if (!listening && signal === null) {
        process.exitCode = 1;
        stop('SIGTERM');
        return;
      }
      console.error(`API process ${index} (pid ${child.process.pid}) exited (${signal ?? code}); starting another`);
      fork(index);
    });
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (live.size === 0) process.exit();
    for (const child of Object.values(cluster.workers ?? {})) child?.process.kill(signal);
  };
  for (let i = 0; i < count; i++) fork(i);
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function serve(index: number) {
  let ctx: AppContext | undefined;
  let stopping = false;
  try {
    ctx = await createContext(config);
    const app = await buildApp(ctx);
    await registerWebApp(app);

    await app.listen({ host: config.HOST, port: config.PORT });
    if (index === 0) {
      const address = app.server.address();
      const port = address && typeof address === 'object' ? address.port : config.PORT;
      const base = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
      const where = ctx.database.kind === 'embedded' ? `embedded PostgreSQL in ${config.DATA_DIR}` : 'PostgreSQL';
      console.log(`Carebook is listening on ${base} (${where}${cluster.isWorker ? `, ${config.WEB_CONCURRENCY} processes` : ''})`);
      console.log(`  App:  ${base}/`);
      console.log(`  API:  ${base}/api/v1`);
      console.log(`  Docs: ${base}/docs  (OpenAPI: ${base}/openapi.json)`);
    }

    const running = ctx;
    let worker: Worker | undefined;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      if (index === 0) console.log(`${signal} received: finishing in-flight requests, then closing`);
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

    // The worker starts once the API answers (its start, some 200 ms of pg-boss round trips, is not
    // in the way of the first request): jobs enqueued meanwhile wait in their queues.
    if (config.RUN_WORKER && index === 0) worker = await startWorker(running);
  } catch (error) {
    // Stopped while the worker was still starting: the shutdown under way ends the process.
    if (stopping) return;
    // A refusal (a DATA_DIR in use, an unreachable database) is a message for the operator, not a stack trace.
    console.error(`Carebook could not start: ${error instanceof Error ? error.message : String(error)}`);
    await ctx?.database.close().catch(() => {});
    process.exit(1);
  }
}
