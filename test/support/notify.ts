import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../../src/context.js';
import { completeJobs, jobDb, jobs } from '../../src/jobs/boss.js';
import { deliverJobs, giveUpDeliveries } from '../../src/notifications/delivery.js';
import { DELIVERY_QUEUE, type DeliveryJob, UNDELIVERABLE_QUEUE } from '../../src/notifications/queue.js';
import { type AppointmentEvent, recordAppointmentEvent } from '../../src/notifications/events.js';
import { book, makePatient, makeProvider, makeTopic, type Person, type TestApp } from '../helpers.js';

/** A fresh directory for DATA_DIR, so .eml files and sms.log never land in the repository. */
export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'carebook-notify-'));

export interface Booked {
  provider: Person;
  patient: Person;
  appointmentId: string;
  start: string;
}

/** Books a scheduled appointment through the API as admin (no price: straight to `scheduled`). */
export async function bookAppointment(
  t: TestApp,
  options: { start?: string; provider?: Person; patient?: Person; providerFields?: Record<string, unknown>; patientFields?: Record<string, unknown> } = {},
): Promise<Booked> {
  const provider = options.provider ?? (await makeProvider(t, options.providerFields));
  const patient = options.patient ?? (await makePatient(t, options.patientFields));
  const topic = await makeTopic(t, 30);
  const start = options.start ?? '2030-03-06T10:00:00.000Z';
  const res = await book(t, { provider: provider.id, patient: patient.id, topics: [topic], start_time: start });
  if (res.statusCode !== 201) throw new Error(`booking failed: ${res.statusCode} ${res.body}`);
  return { provider, patient, appointmentId: res.json().id, start: new Date(start).toISOString() };
}

/** Records an event the way the appointment service does: inside a committed transaction. */
export function record(ctx: AppContext, event: AppointmentEvent): Promise<void> {
  return ctx.db.transaction().execute((trx) => recordAppointmentEvent(trx, ctx, event));
}

export const admin = { userId: null, role: 'admin' as const };

/** Notification rows of one appointment, optionally of one event, oldest first. */
export function notificationsOf(ctx: AppContext, appointmentId: string, event?: string) {
  let q = ctx.db.selectFrom('notifications').selectAll().where('appointment_id', '=', appointmentId);
  if (event) q = q.where('event', '=', event);
  return q.orderBy('seq').execute();
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<Exclude<T, undefined | false>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value as Exclude<T, undefined | false>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * What the worker does with the delivery queue, once and synchronously: fetches up to `limit` queued
 * delivery jobs (whatever their start time: pg-boss compares it with the database's clock, the tests
 * run on a ManualClock, and the handler decides by the app's clock what is due), runs the worker's
 * handler on them and completes them, then does the same with the dead letter queue. Returns how many
 * notifications it claimed, so a caller can loop while that is above 0.
 */
export async function drainNotifications(ctx: AppContext, limit = 50): Promise<number> {
  const db = jobDb(ctx.db);
  let claimed = 0;
  const batch = await jobs.fetch<DeliveryJob>(DELIVERY_QUEUE, { batchSize: limit, ignoreStartAfter: true, db });
  if (batch.length > 0) {
    claimed = await deliverJobs(ctx, batch, { boss: jobs, db });
    await completeJobs(DELIVERY_QUEUE, batch.map((j) => j.id), db);
  }
  const dead = await jobs.fetch<DeliveryJob>(UNDELIVERABLE_QUEUE, { batchSize: limit, ignoreStartAfter: true, includeMetadata: true, db });
  if (dead.length > 0) {
    await giveUpDeliveries(ctx, dead);
    await completeJobs(UNDELIVERABLE_QUEUE, dead.map((j) => j.id), db);
  }
  return claimed;
}
