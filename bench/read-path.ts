import Fastify from 'fastify';
import pg from 'pg';
import { sql } from 'kysely';
import { hashPassword } from '../src/auth/passwords.js';
import { type Figures, load, login, PASSWORD, openBenchDatabase, QUICK, type QueryProfile, queriesPerRequest, ratio, recordStatements, seedAppointments, seedPeople, startApp, withBenchDatabase } from './helpers.js';

const CONNECTIONS = 50;
const POOL_SIZE = 20; // the app's default DB_POOL_SIZE; the floor's Pool gets the same
const PROVIDERS = 1_000;
/** Patients get 50 appointments each: a patient's list is one full page. */
const PER_PATIENT = 50;
/** Patients signed in for the list run (each sign-in is an argon2 verification). */
const TOKENS = QUICK ? 5 : 20;

export interface ReadResult {
  appointments: number;
  seedSeconds: number;
  responseBytes: { get: number; list: number };
  get: Figures;
  list: Figures;
  bareGet: Figures;
  bareList: Figures;
  /** Bare Fastify plus one trivial query through `pg` per request: the floor of any endpoint that reads the database. */
  floorGet: Figures;
  /** Bare Fastify plus the app's own statement for a GET by id (recorded from the app) through `pg`: the database's share of a GET. */
  replayGet: Figures;
  /** One client at a time: the service time, without the queueing that 50 connections on 2 cores add. */
  getOneClient: Figures;
  listOneClient: Figures;
  /** Every appointment, as staff see them (the count capped at 10,000), one client at a time. */
  staffListOneClient: Figures;
  getRatio: number;
  listRatio: number;
  getVsFloor: number;
  queries: { get: QueryProfile; list: QueryProfile };
}

/** GET by id and a patient's own list over a large table, each against bare Fastify sending the same bytes. */
export async function readPathBenchmark(): Promise<ReadResult> {
  const appointments = QUICK ? 100_000 : 1_000_000;
  const seconds = QUICK ? 0.6 : 6;
  return withBenchDatabase(async (url) => {
    const running = await startApp(await openBenchDatabase({ url }), { DATABASE_URL: url });
    const bare = Fastify();
    const floorPool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
    floorPool.on('error', () => {}); // the database is dropped with FORCE at the end
    try {
      const db = running.ctx.db;
      const began = performance.now();
      const seeded = await seedPeople(running.ctx, { providers: PROVIDERS, patients: appointments / PER_PATIENT }, await hashPassword(PASSWORD));
      await seedAppointments(db, appointments, seeded.providers.length, seeded.patients.length, seeded.topic);
      const seedSeconds = Math.round((performance.now() - began) / 100) / 10;

      const sample = await sql<{ id: string }>`SELECT id FROM appointments TABLESAMPLE BERNOULLI (2) LIMIT 10000`.execute(db);
      const ids = sample.rows.map((r) => r.id);
      const emails = Array.from({ length: TOKENS }, () => seeded.patientEmails[Math.floor(Math.random() * seeded.patientEmails.length)]!);
      const tokens = await Promise.all(emails.map((email) => login(running.url, email, PASSWORD)));

      // The bare baseline answers with these very bytes, so only the app's work differs.
      const getBody = await (await fetch(`${running.url}/api/v1/appointments/${ids[0]}`, { headers: { authorization: `Bearer ${running.adminToken}` } })).text();
      const listBody = await (await fetch(`${running.url}/api/v1/appointments?limit=50`, { headers: { authorization: `Bearer ${tokens[0]}` } })).text();
      bare.get('/api/v1/appointments/:id', (_request, reply) => reply.type('application/json').send(getBody));
      bare.get('/api/v1/appointments', (_request, reply) => reply.type('application/json').send(listBody));
      bare.get('/floor/appointments/:id', async (request, reply) => {
        await floorPool.query({ name: 'floor', text: 'SELECT $1::text AS id', values: [(request.params as { id: string }).id] });
        return reply.type('application/json').send(getBody);
      });
      // The app's own statements for one GET, sent again with each request's id in place of the recorded one.
      const recorded = await recordStatements(() => fetch(`${running.url}/api/v1/appointments/${ids[0]}`, { headers: { authorization: `Bearer ${running.adminToken}` } }));
      bare.get('/replay/appointments/:id', async (request, reply) => {
        const id = (request.params as { id: string }).id;
        for (const [n, { sql: text, parameters }] of recorded.entries()) {
          await floorPool.query({ name: `replay${n}`, text, values: parameters.map((p) => (p === ids[0] ? id : p)) });
        }
        return reply.type('application/json').send(getBody);
      });
      const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });

      const getById = (target: string, duration: number, connections = CONNECTIONS, amount?: number, prefix = '/api/v1') =>
        load({ url: target, connections, duration, amount, path: `${prefix}/appointments/x`, token: running.adminToken, vary: { kind: 'get', ids, prefix } });
      const listOwn = (target: string, duration: number, connections = CONNECTIONS, amount?: number) =>
        load({ url: target, connections, duration, amount, path: '/api/v1/appointments?limit=50', vary: { kind: 'list', tokens } });

      await Promise.all([getById(running.url, QUICK ? 0.3 : 1), listOwn(running.url, QUICK ? 0.3 : 1)]); // warm-up: JIT and caches
      const get = await getById(running.url, seconds);
      const list = await listOwn(running.url, seconds);
      const bareGet = await getById(bareUrl, seconds);
      const bareList = await listOwn(bareUrl, seconds);
      const floorGet = await getById(bareUrl, seconds, CONNECTIONS, undefined, '/floor');
      const replayGet = await getById(bareUrl, seconds, CONNECTIONS, undefined, '/replay');
      const getOneClient = await getById(running.url, seconds, 1);
      const listOneClient = await listOwn(running.url, seconds, 1);
      const staffListOneClient = await load({ url: running.url, connections: 1, duration: seconds, path: '/api/v1/appointments?limit=50', token: running.adminToken });
      // One request at a time: each query's own cost, without queueing.
      const queries = {
        get: await queriesPerRequest(20, () => getById(running.url, 0, 1, 20)),
        list: await queriesPerRequest(20, () => listOwn(running.url, 0, 1, 20)),
      };
      return {
        appointments,
        seedSeconds,
        responseBytes: { get: Buffer.byteLength(getBody), list: Buffer.byteLength(listBody) },
        get,
        list,
        bareGet,
        bareList,
        floorGet,
        replayGet,
        getOneClient,
        listOneClient,
        staffListOneClient,
        getRatio: ratio(get.rps, bareGet.rps),
        listRatio: ratio(list.rps, bareList.rps),
        getVsFloor: ratio(get.rps, floorGet.rps),
        queries,
      };
    } finally {
      await floorPool.end();
      await bare.close();
      await running.close();
    }
  });
}
