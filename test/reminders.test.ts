import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../src/context.js';
import { recordAppointmentEvent } from '../src/notifications/events.js';
import { runDueReminders } from '../src/notifications/reminders.js';
import { backends } from './databases.js';
import { createTestApp, NOW, type TestApp } from './helpers.js';
import { admin, bookAppointment, notificationsOf, record, tempDataDir } from './support/notify.js';

function remindersOf(ctx: AppContext, appointmentId: string) {
  return ctx.db.selectFrom('reminders').selectAll().where('appointment_id', '=', appointmentId).orderBy('created_at').orderBy('remind_at').execute();
}
const pending = async (ctx: AppContext, appointmentId: string) =>
  (await remindersOf(ctx, appointmentId)).filter((r) => r.status === 'pending').map((r) => `${r.offset_minutes}@${r.remind_at.toISOString()}`);

/** Moves an appointment the way a reschedule does: the row, then the event in the same transaction. */
async function moveTo(ctx: AppContext, appointmentId: string, start: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('appointments').select(['start_time', 'end_time']).where('id', '=', appointmentId).executeTakeFirstOrThrow();
    const minutes = (before.end_time.getTime() - before.start_time.getTime()) / 60_000;
    await trx
      .updateTable('appointments')
      .set({ start_time: new Date(start), end_time: new Date(new Date(start).getTime() + minutes * 60_000) })
      .where('id', '=', appointmentId)
      .execute();
    await recordAppointmentEvent(trx, ctx, {
      type: 'rescheduled',
      appointmentId,
      actor: admin,
      data: { previous_start_time: before.start_time.toISOString(), previous_end_time: before.end_time.toISOString() },
    });
  });
}

describe.each(backends)('reminders on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: tempDataDir() });
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set(NOW));

  it('goes out once, 24 hours before the start and not a minute earlier, to both sides', async () => {
    const { appointmentId } = await bookAppointment(t, { start: '2030-03-06T10:00:00Z' });
    await record(t.ctx, { type: 'created', appointmentId, actor: admin });
    expect(await pending(t.ctx, appointmentId)).toEqual(['1440@2030-03-05T10:00:00.000Z']);

    t.clock.set('2030-03-05T09:59:00Z');
    await runDueReminders(t.ctx);
    expect(await notificationsOf(t.ctx, appointmentId, 'reminder')).toEqual([]);

    t.clock.set('2030-03-05T10:00:00Z');
    await runDueReminders(t.ctx);
    await runDueReminders(t.ctx);
    t.clock.advanceMinutes(30);
    await runDueReminders(t.ctx);
    const sent = await notificationsOf(t.ctx, appointmentId, 'reminder');
    expect(sent.map((r) => `${r.channel}:${r.audience}`).sort()).toEqual(['email:patient', 'email:provider', 'in_app:patient', 'in_app:provider']);
    expect(sent[0]!.payload.message!.body).toContain('in 24 hours');
    expect(sent[0]!.created_at.toISOString()).toBe('2030-03-05T10:00:00.000Z');
    const [reminder] = await remindersOf(t.ctx, appointmentId);
    expect(reminder).toMatchObject({ status: 'sent', offset_minutes: 1440 });
    expect(reminder!.sent_at!.toISOString()).toBe('2030-03-05T10:00:00.000Z');

    // Another event on the same appointment does not plan the sent reminder again.
    await record(t.ctx, { type: 'paid', appointmentId, actor: admin });
    expect(await pending(t.ctx, appointmentId)).toEqual([]);
  });

  it('cancelling removes the reminder: nothing goes out when it would have been due', async () => {
    const { appointmentId } = await bookAppointment(t, { start: '2030-03-07T10:00:00Z' });
    await record(t.ctx, { type: 'created', appointmentId, actor: admin });
    expect(await pending(t.ctx, appointmentId)).toHaveLength(1);

    await t.ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('appointments').set({ status: 'user_canceled', canceled_at: t.clock.now() }).where('id', '=', appointmentId).execute();
        await recordAppointmentEvent(trx, t.ctx, { type: 'canceled', appointmentId, actor: admin, data: { canceled_by: 'patient' } });
    });
    expect(await pending(t.ctx, appointmentId)).toEqual([]);
    expect((await remindersOf(t.ctx, appointmentId)).map((r) => r.status)).toEqual(['canceled']);

    t.clock.set('2030-03-06T10:00:00Z');
    await runDueReminders(t.ctx);
    expect(await notificationsOf(t.ctx, appointmentId, 'reminder')).toEqual([]);
  });

  it('rescheduling moves the reminder to the new time', async () => {
    const { appointmentId } = await bookAppointment(t, { start: '2030-03-08T10:00:00Z' });
    await record(t.ctx, { type: 'created', appointmentId, actor: admin });
    await moveTo(t.ctx, appointmentId, '2030-03-09T15:00:00Z');
    expect(await pending(t.ctx, appointmentId)).toEqual(['1440@2030-03-08T15:00:00.000Z']);

    t.clock.set('2030-03-07T10:00:00Z');
    await runDueReminders(t.ctx);
    expect(await notificationsOf(t.ctx, appointmentId, 'reminder')).toEqual([]);

    t.clock.set('2030-03-08T15:00:00Z');
    await runDueReminders(t.ctx);
    const sent = await notificationsOf(t.ctx, appointmentId, 'reminder');
    expect(sent.filter((r) => r.channel === 'in_app')).toHaveLength(2);
    expect(sent[0]!.payload.appointment.start_time).toBe('2030-03-09T15:00:00.000Z');
  });

  it('an appointment moved without an event gets no stale reminder; a hold gets none at all', async () => {
    const moved = await bookAppointment(t, { start: '2030-03-10T10:00:00Z' });
    await record(t.ctx, { type: 'created', appointmentId: moved.appointmentId, actor: admin });
    await t.ctx.db
      .updateTable('appointments')
      .set({ start_time: new Date('2030-03-10T12:00:00Z'), end_time: new Date('2030-03-10T12:30:00Z') })
      .where('id', '=', moved.appointmentId)
      .execute();

    const held = await bookAppointment(t, { start: '2030-03-10T14:00:00Z' });
    await t.ctx.db
      .updateTable('appointments')
      .set({ status: 'pending_payment', hold_expires_at: new Date('2030-03-04T08:15:00Z') })
      .where('id', '=', held.appointmentId)
      .execute();
    await record(t.ctx, { type: 'held', appointmentId: held.appointmentId, actor: admin });
    expect(await pending(t.ctx, held.appointmentId)).toEqual([]);

    t.clock.set('2030-03-09T12:00:00Z');
    await runDueReminders(t.ctx);
    expect(await notificationsOf(t.ctx, moved.appointmentId, 'reminder')).toEqual([]);
    expect((await remindersOf(t.ctx, moved.appointmentId)).map((r) => r.status)).toEqual(['canceled']);
    expect(await notificationsOf(t.ctx, held.appointmentId, 'reminder')).toEqual([]);
  });
});

describe.each(backends)('several reminder offsets on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { DATA_DIR: tempDataDir(), REMINDER_OFFSETS_MINUTES: [1440, 60] });
  });
  afterAll(() => t?.close());

  it('plans one per offset, skipping those already past, and sends each at its time', async () => {
    const soon = await bookAppointment(t, { start: '2030-03-04T12:00:00Z' });
    await record(t.ctx, { type: 'created', appointmentId: soon.appointmentId, actor: admin });
    // 24 h before is already past: only the 1-hour reminder.
    expect(await pending(t.ctx, soon.appointmentId)).toEqual(['60@2030-03-04T11:00:00.000Z']);

    const later = await bookAppointment(t, { start: '2030-03-06T12:00:00Z' });
    await record(t.ctx, { type: 'created', appointmentId: later.appointmentId, actor: admin });
    expect((await pending(t.ctx, later.appointmentId)).sort()).toEqual(['1440@2030-03-05T12:00:00.000Z', '60@2030-03-06T11:00:00.000Z']);

    t.clock.set('2030-03-05T12:00:00Z');
    await runDueReminders(t.ctx);
    const first = (await notificationsOf(t.ctx, later.appointmentId, 'reminder')).filter((r) => r.channel === 'in_app');
    expect(first).toHaveLength(2);
    t.clock.set('2030-03-06T11:00:00Z');
    await runDueReminders(t.ctx);
    const both = (await notificationsOf(t.ctx, later.appointmentId, 'reminder')).filter((r) => r.channel === 'in_app');
    expect(both).toHaveLength(4);
    expect(both.map((r) => r.payload.data.offset_minutes)).toEqual([1440, 1440, 60, 60]);
    expect(both[2]!.payload.message!.body).toContain('in 1 hour');
  });
});
