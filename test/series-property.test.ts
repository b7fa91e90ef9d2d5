import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandRecurrence } from '../src/series/recurrence.js';
import { localDate, localToInstant, minuteOfLocalDay } from '../src/scheduling/wall-clock.js';
import { backends } from './databases.js';
import { book, createTestApp, makePatient, makeProvider, makeTopic, type TestApp } from './helpers.js';

const ZONES = ['America/New_York', 'Europe/Berlin'] as const;
const ALL_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));

/** First dates a few weeks before the March and the October/November changes of 2030 in both zones. */
const firstDate = fc.oneof(
  fc.integer({ min: 0, max: 34 }).map((d) => new Date(Date.UTC(2030, 1, 10 + d)).toISOString().slice(0, 10)),
  fc.integer({ min: 0, max: 34 }).map((d) => new Date(Date.UTC(2030, 9, 1 + d)).toISOString().slice(0, 10)),
);
/** The same, after the tests' "now" (4 March 2030). */
const futureFirstDate = fc.oneof(
  fc.integer({ min: 0, max: 25 }).map((d) => new Date(Date.UTC(2030, 2, 5 + d)).toISOString().slice(0, 10)),
  fc.integer({ min: 0, max: 34 }).map((d) => new Date(Date.UTC(2030, 9, 1 + d)).toISOString().slice(0, 10)),
);
const clock = fc.tuple(fc.integer({ min: 6, max: 20 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

describe('series expansion (pure)', () => {
  it('a weekly series across the March and October/November DST changes keeps its local time and weekday in New York and Berlin', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), firstDate, clock, fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 2 }), (zone, date, at, count, interval) => {
        const first = new Date(localToInstant(date, at, zone));
        const starts = expandRecurrence(`FREQ=WEEKLY;INTERVAL=${interval};COUNT=${count}`, first, zone);
        expect(starts).toHaveLength(count);
        const [h, m] = at.split(':').map(Number) as [number, number];
        starts.forEach((s, i) => {
          expect(minuteOfLocalDay(s.getTime(), zone)).toBe(h * 60 + m);
          const expectedDay = new Date(Date.parse(`${date}T00:00:00Z`) + i * 7 * interval * 86_400_000).toISOString().slice(0, 10);
          expect(localDate(s.getTime(), zone)).toBe(expectedDay);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe.each(backends)('series through the API (%s)', (backend) => {
  let t: TestApp;
  let topic: string;
  beforeAll(async () => {
    t = await createTestApp(backend);
    topic = await makeTopic(t, 60);
  });
  afterAll(() => t.close());

  it('never overlaps itself or existing bookings, and all-or-nothing leaves nothing behind when one occurrence is refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ZONES),
        futureFirstDate,
        fc.constantFrom('09:00', '10:30', '14:00'),
        fc.integer({ min: 2, max: 8 }),
        fc.constantFrom('FREQ=WEEKLY', 'FREQ=DAILY;INTERVAL=3'),
        fc.array(fc.record({ week: fc.integer({ min: 0, max: 8 }), offsetMinutes: fc.constantFrom(-90, -30, 0, 30, 90) }), { maxLength: 3 }),
        fc.boolean(),
        async (zone, date, at, count, rule, existing, skip) => {
          const provider = await makeProvider(t, { timezone: zone, schedule: ALL_WEEK });
          const [patient, other] = [await makePatient(t), await makePatient(t)];
          const first = new Date(localToInstant(date, at, zone));
          const planned = expandRecurrence(`${rule};COUNT=${count}`, first, zone);
          const taken: { start: number; end: number }[] = [];
          for (const e of existing) {
            const base = planned[Math.min(e.week, planned.length - 1)]!;
            const start = new Date(base.getTime() + e.offsetMinutes * 60_000);
            const res = await book(t, { provider: provider.id, patient: other.id, topics: [topic], start_time: start.toISOString() });
            if (res.statusCode === 201) taken.push({ start: start.getTime(), end: start.getTime() + 3_600_000 });
          }
          const clashes = planned.filter((s) => taken.some((b) => s.getTime() < b.end && b.start < s.getTime() + 3_600_000));
          const res = await book(t, {
            provider: provider.id,
            patient: patient.id,
            topics: [topic],
            start_time: first.toISOString(),
            recurrence: { rrule: `${rule};COUNT=${count}` },
            ...(skip ? { skip_conflicts: true } : {}),
          });
          const mine = await t.ctx.db.selectFrom('appointments').select(['start_time', 'end_time']).where('patient_id', '=', patient.id).execute();
          if (clashes.length > 0 && (!skip || clashes.length === planned.length)) {
            expect(res.statusCode).toBe(409);
            expect(res.json().refused_dates).toEqual(clashes.map((s) => localDate(s.getTime(), zone)));
            expect(mine).toEqual([]);
            expect(await t.ctx.db.selectFrom('appointment_series').select('id').where('patient_id', '=', patient.id).execute()).toEqual([]);
            return;
          }
          expect(res.statusCode).toBe(201);
          expect(mine).toHaveLength(planned.length - clashes.length);
          const all = [...mine.map((m) => ({ start: m.start_time.getTime(), end: m.end_time.getTime() })), ...taken].sort((a, b) => a.start - b.start);
          for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
        },
      ),
      { numRuns: 12 },
    );
  });
});
