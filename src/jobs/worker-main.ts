/**
 * `npm run worker`: the background worker alone (overdue marking, hold expiry, notification delivery
 * and reminders), for deployments that run API instances with RUN_WORKER=false.
 */
import { createContext } from '../app.js';
import { loadConfig } from '../config.js';
import { startWorker } from './worker.js';

const config = loadConfig();
const ctx = await createContext(config);
const worker = await startWorker(ctx);
console.log(`Carebook worker running (${ctx.database.kind === 'embedded' ? `embedded PostgreSQL in ${config.DATA_DIR}` : 'PostgreSQL'})`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received: finishing the jobs in hand, then closing`);
  await worker.stop();
  await ctx.database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
