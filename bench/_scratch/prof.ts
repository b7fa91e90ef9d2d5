import { sql } from 'kysely';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { openDatabase } from '../../src/db/database.js';
import { load, seedPeople, startApp, withBenchDatabase } from '../helpers.js';

const mode = process.argv[2] ?? 'get';
const seconds = Number(process.argv[3] ?? 5);
await withBenchDatabase(async (tcpUrl) => {
  const url = process.env.PROF_UNIX ? tcpUrl.replace("127.0.0.1:5432", "").replace(/(\/[^/]+)$/, "$1?host=/var/run/postgresql") : tcpUrl;
  console.log(url);
  const running = await startApp(await openDatabase({ url, poolSize: 20 }), { DATABASE_URL: url, DB_POOL_SIZE: 20 });
  try {
    const seeded = await seedPeople(running.ctx, { providers: 200, patients: 2000 });
    const book = (firstSlot: number, duration: number) =>
      load({ url: running.url, connections: 50, duration, method: 'POST', path: '/api/v1/appointments', token: running.adminToken,
        vary: { kind: 'book', providers: seeded.providers, patients: seeded.patients, topic: seeded.topic, firstSlot } });
    const w = await book(0, 1);
    const ids = (await sql<{ id: string }>`SELECT id FROM appointments LIMIT 5000`.execute(running.ctx.db)).rows.map((r) => r.id);
    const get = (duration: number) => load({ url: running.url, connections: 50, duration, path: '/api/v1/appointments/x', token: running.adminToken, vary: { kind: 'get', ids } });
    await get(1);
    const session = new Session(); session.connect(); if (process.env.PROFILE) { await session.post('Profiler.enable'); await session.post('Profiler.start'); }
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const r = mode === 'get' ? await get(seconds) : await book(10000, seconds);
    const cpu = process.cpuUsage(cpu0);
    const wall = (performance.now() - t0) / 1000;
    if (process.env.PROFILE) { const { profile } = await session.post('Profiler.stop'); writeFileSync(process.env.PROFILE, JSON.stringify(profile)); }
    console.log(JSON.stringify({ mode, warm: w.rps, rps: r.rps, p50: r.p50, p99: r.p99, non2xx: r.non2xx, status: r.status, nodeCpuPerSec: ((cpu.user + cpu.system) / 1e6 / wall).toFixed(2) }));
  } finally {
    await running.close();
  }
});
process.exit(0);
