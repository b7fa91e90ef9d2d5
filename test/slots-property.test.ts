/**
 * Property tests of slot search against booking, over random providers: weekly and dated rules (bound to
 * a facility or not, some running past midnight), time off, existing bookings, buffers, notice, horizon,
 * grid and visit length, in several zones and across the US DST switch of 2030-03-10.
 *
 * The expected windows are computed here, independently of src/, with luxon. Rule edges never fall in
 * 01:00–02:59 local time, so DST gaps and repeated hours never make an edge ambiguous.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './databases.js';
import { book, createTestApp, makeTopic, NOW, type TestApp } from './helpers.js';

type Interval = { start: number; end: number };
type Slot = { provider: string; facility: string | null; start_time: string; end_time: string };

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const FIRST_DAY = '2030-03-05';
const RANGE_DAYS = 2;
const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'America/Los_Angeles'];
const TOPIC_MINUTES = [15, 20, 30, 45, 60, 90];
const NUM_RUNS = Number(process.env.SLOT_PROPERTY_RUNS ?? 50);
const SEED = Number(process.env.SLOT_PROPERTY_SEED ?? 20300304);

interface FacilitySpec {
  key: string;
  timezone: string;
  hours: { weekday: string; open: string; close: string }[];
  closures: string[];
  appointmentMinutes?: number;
  alignMinutes?: number;
}

const everyDay = (open: string, close: string) => WEEKDAYS.map((weekday) => ({ weekday, open, close }));
const FACILITIES: FacilitySpec[] = [
  {
    key: 'utc',
    timezone: 'UTC',
    hours: [...WEEKDAYS.slice(0, 5).map((weekday) => ({ weekday, open: '07:00', close: '19:00' })), { weekday: 'saturday', open: '09:00', close: '13:00' }],
    closures: ['2030-03-08'],
  },
  { key: 'new-york', timezone: 'America/New_York', hours: [...everyDay('06:00', '12:00'), ...everyDay('13:00', '22:00')], closures: ['2030-03-12'] },
  { key: 'kolkata', timezone: 'Asia/Kolkata', hours: everyDay('08:00', '20:00'), closures: ['2030-03-11'] },
  { key: 'berlin-hospital', timezone: 'Europe/Berlin', hours: everyDay('08:00', '18:00'), closures: [], appointmentMinutes: 60, alignMinutes: 60 },
];

// ---- the independent model ---------------------------------------------------------------

const plusDays = (date: string, n: number) => DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: n }).toISODate()!;
const weekdayOf = (date: string) => WEEKDAYS[DateTime.fromISO(date, { zone: 'UTC' }).weekday - 1]!;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The instant the clock in `zone` reads `clock` on `date` (`24:00` is the next day's midnight). */
function instant(date: string, clock: string, zone: string): number {
  if (clock === '24:00') return instant(plusDays(date, 1), '00:00', zone);
  const dt = DateTime.fromISO(`${date}T${clock}`, { zone });
  if (!dt.isValid) throw new Error(`bad local time ${date} ${clock} ${zone}`);
  return dt.toMillis();
}

/** One occurrence of a wall-clock range on a local date; an end at or before the start is the next day. */
function occurrence(date: string, start: string, end: string, zone: string): Interval {
  const overnight = end !== '24:00' && minutesOf(end) <= minutesOf(start);
  return { start: instant(date, start, zone), end: instant(overnight ? plusDays(date, 1) : date, end, zone) };
}

function normalize(list: Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a) for (const y of b) if (Math.max(x.start, y.start) < Math.min(x.end, y.end)) out.push({ start: Math.max(x.start, y.start), end: Math.min(x.end, y.end) });
  return normalize(out);
}

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;
const inside = (slot: Interval, windows: Interval[]) => windows.some((w) => w.start <= slot.start && slot.end <= w.end);

// ---- the generated scenario --------------------------------------------------------------

/** Quarter hours of the day outside 01:00–02:59, where no DST transition of these zones lies. */
const clockMinutes = fc.integer({ min: 0, max: 95 }).map((q) => q * 15).filter((m) => m < 60 || m >= 180);

const ruleArb = fc.record({
  /** The weekday of the n-th day of the searched range (the day before it for n = -1), so most rules matter. */
  day: fc.integer({ min: -1, max: RANGE_DAYS - 1 }),
  /** A dated rule on the n-th day of the searched range instead of a weekly one. */
  dated: fc.boolean(),
  start: clockMinutes,
  length: fc.oneof({ arbitrary: fc.integer({ min: 2, max: 48 }).map((q) => q * 15), weight: 5 }, { arbitrary: fc.constant(1440), weight: 1 }),
  /** At the provider's facility, when there is one (else, or when refused there, without a place). */
  bound: fc.boolean(),
  validUntilDay: fc.option(fc.integer({ min: 0, max: RANGE_DAYS }), { nil: undefined, freq: 4 }),
});

const scenarioArb = fc
  .record({
    place: fc.integer({ min: -1, max: FACILITIES.length - 1 }),
    zone: fc.constantFrom(...ZONES),
    firstDay: fc.integer({ min: 0, max: 9 }),
    slotMinutes: fc.constantFrom(10, 15, 20, 30, 45, 60, 90),
    topic: fc.integer({ min: 0, max: TOPIC_MINUTES.length - 1 }),
    bufferBefore: fc.constantFrom(0, 0, 5, 15),
    bufferAfter: fc.constantFrom(0, 0, 10, 15),
    notice: fc.constantFrom(0, 0, 60, 1440),
    horizon: fc.constantFrom(null, null, 3, 8),
    rules: fc.array(ruleArb, { minLength: 0, maxLength: 5 }),
    timeOff: fc.array(
      fc.record({ day: fc.integer({ min: 0, max: RANGE_DAYS }), minute: fc.integer({ min: 0, max: 287 }).map((m) => m * 5), length: fc.integer({ min: 3, max: 120 }).map((m) => m * 5) }),
      { maxLength: 2 },
    ),
    bookings: fc.array(
      fc.record({ day: fc.integer({ min: 0, max: RANGE_DAYS }), minute: fc.integer({ min: 0, max: 287 }).map((m) => m * 5), topic: fc.integer({ min: 0, max: TOPIC_MINUTES.length - 1 }) }),
      { maxLength: 3 },
    ),
    pick: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    probe: fc.integer({ min: 0, max: RANGE_DAYS * 288 - 1 }),
  })
  .map((s) => ({ ...s, from: plusDays(FIRST_DAY, s.firstDay), to: plusDays(FIRST_DAY, s.firstDay + RANGE_DAYS - 1) }));

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

/** What a run leaves for the buffer check, which is reported on its own. */
interface BufferCase {
  scenario: string;
  before: number;
  after: number;
  busy: Interval[];
  slots: Interval[];
}

describe.each(backends)('slot search properties on %s', (backend) => {
  let t: TestApp;
  const facilityIds = new Map<string, string>();
  const topicIds: string[] = [];
  const bufferCases: BufferCase[] = [];

  beforeAll(async () => {
    t = await createTestApp(backend);
    for (const f of FACILITIES) {
      const res = await t.call('POST', '/api/v1/facilities', {
        token: t.adminToken,
        body: {
          name: `Property ${f.key}`,
          timezone: f.timezone,
          operating_hours: f.hours,
          closures: f.closures.map((date) => ({ date })),
          appointment_minutes: f.appointmentMinutes ?? null,
          align_minutes: f.alignMinutes ?? null,
        },
      });
      if (res.statusCode !== 201) throw new Error(res.body);
      facilityIds.set(f.key, res.json().id);
    }
    for (const minutes of TOPIC_MINUTES) topicIds.push(await makeTopic(t, minutes));
  });
  afterAll(() => t?.close());

  /** Sets the scenario up through the API; returns what the model needs to judge the slots. */
  async function setUp(s: Scenario) {
    const spec = s.place >= 0 ? FACILITIES[s.place]! : undefined;
    const facilityId = spec ? facilityIds.get(spec.key)! : undefined;
    const created = await t.call('POST', '/api/v1/providers', {
      token: t.adminToken,
      body: { email: `prop-${randomUUID()}@carebook.test`, name: 'Dr Property', password: 'provider-pass-1', timezone: s.zone, facilities: facilityId ? [facilityId] : [] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const providerId = created.json().id as string;
    const patient = await t.call('POST', '/api/v1/patients', { token: t.adminToken, body: { email: `prop-pat-${randomUUID()}@carebook.test`, name: 'Pat Property', password: 'patient-pass-1' } });
    expect(patient.statusCode, patient.body).toBe(201);
    const patientId = patient.json().id as string;

    // Existing bookings first, while the provider is bookable any time.
    const busy: Interval[] = [];
    for (const b of s.bookings) {
      const start = Date.parse(`${plusDays(s.from, b.day)}T00:00:00Z`) + b.minute * MINUTE;
      const res = await book(t, { provider: providerId, patient: patientId, topics: [topicIds[b.topic]!], start_time: new Date(start).toISOString() });
      if (res.statusCode === 201) busy.push({ start, end: Date.parse(res.json().end_time) });
      else expect(res.statusCode, res.body).toBe(409);
    }

    const patched = await t.call('PATCH', `/api/v1/providers/${providerId}`, {
      token: t.adminToken,
      body: {
        slot_minutes: s.slotMinutes,
        buffer_before_minutes: s.bufferBefore,
        buffer_after_minutes: s.bufferAfter,
        min_notice_minutes: s.notice,
        max_days_ahead: s.horizon,
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);

    const accepted: { start: string; end: string; zone: string; weekday?: string; date?: string; validUntil?: string }[] = [];
    for (const r of s.rules) {
      // A whole day is 00:00–24:00; other rules end `length` minutes after they start, maybe the next day.
      const start = r.length === 1440 ? '00:00' : hhmm(r.start);
      const endMinute = r.length === 1440 ? 0 : (r.start + r.length) % 1440;
      if (endMinute >= 60 && endMinute < 180) continue; // keep edges out of the DST hours
      const end = endMinute === 0 ? '24:00' : hhmm(endMinute);
      const when = r.dated
        ? { date: plusDays(s.from, r.day) }
        : { weekday: weekdayOf(plusDays(s.from, r.day)), ...(r.validUntilDay !== undefined ? { valid_until: plusDays(s.from, r.validUntilDay) } : {}) };
      let res = facilityId && r.bound ? await t.call('POST', `/api/v1/providers/${providerId}/availability`, { token: t.adminToken, body: { ...when, start, end, facility: facilityId } }) : undefined;
      let zone = spec?.timezone ?? s.zone;
      if (res === undefined || res.statusCode !== 201) {
        if (res) expect([422], res.body).toContain(res.statusCode);
        res = await t.call('POST', `/api/v1/providers/${providerId}/availability`, { token: t.adminToken, body: { ...when, start, end } });
        zone = s.zone;
      }
      expect(res.statusCode, res.body).toBe(201);
      accepted.push({ start, end, zone, ...('date' in when ? { date: when.date } : { weekday: when.weekday, validUntil: when.valid_until }) });
    }

    const timeOff: Interval[] = [];
    for (const o of s.timeOff) {
      const start = Date.parse(`${plusDays(s.from, o.day)}T00:00:00Z`) + o.minute * MINUTE;
      const interval = { start, end: start + o.length * MINUTE };
      const res = await t.call('POST', `/api/v1/providers/${providerId}/time-off`, {
        token: t.adminToken,
        body: { start_time: new Date(interval.start).toISOString(), end_time: new Date(interval.end).toISOString() },
      });
      expect(res.statusCode, res.body).toBe(201);
      timeOff.push(interval);
    }

    // The model: where the slots may lie.
    const searchZone = spec?.timezone ?? s.zone;
    const range = { start: instant(s.from, '00:00', searchZone), end: instant(plusDays(s.to, 1), '00:00', searchZone) };
    const days: string[] = [];
    for (let d = plusDays(s.from, -2); d <= plusDays(s.to, 1); d = plusDays(d, 1)) days.push(d);
    const availability =
      accepted.length === 0
        ? null
        : normalize(
            accepted.flatMap((r) =>
              days
                .filter((d) => (r.date ? d === r.date : weekdayOf(d) === r.weekday && (!r.validUntil || d <= r.validUntil)))
                .map((d) => occurrence(d, r.start, r.end, r.zone)),
            ),
          );
    const hours = spec ? normalize(spec.hours.flatMap((h) => days.filter((d) => weekdayOf(d) === h.weekday).map((d) => occurrence(d, h.open, h.close, spec.timezone)))) : null;
    const windows = availability && hours ? intersect(availability, hours) : (availability ?? hours);
    const closures = spec ? spec.closures.map((d) => occurrence(d, '00:00', '24:00', spec.timezone)) : [];
    const duration = spec?.appointmentMinutes ?? TOPIC_MINUTES[s.topic]!;
    const now = Date.parse(NOW);
    return {
      spec,
      facilityId,
      providerId,
      patientId,
      busy,
      timeOff,
      range,
      windows,
      closures,
      duration,
      hasRules: accepted.length > 0,
      earliest: now + s.notice * MINUTE,
      latest: s.horizon === null ? Infinity : now + s.horizon * DAY,
    };
  }

  type World = Awaited<ReturnType<typeof setUp>>;

  const query = (s: Scenario, w: World) =>
    `/api/v1/slots?provider=${w.providerId}&from=${s.from}&to=${s.to}&topics=${topicIds[s.topic]}${w.facilityId ? `&facility=${w.facilityId}&mode=in_person` : ''}`;

  async function search(s: Scenario, w: World): Promise<Interval[]> {
    const res = await t.call('GET', `${query(s, w)}&limit=5000`, { token: t.adminToken });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { count: number; results: Slot[] };
    expect(page.results.length).toBe(page.count);
    for (const slot of page.results) {
      expect(slot.provider).toBe(w.providerId);
      expect(slot.facility).toBe(w.facilityId ?? null);
    }
    return page.results.map((r) => ({ start: Date.parse(r.start_time), end: Date.parse(r.end_time) }));
  }

  const bookingBody = (s: Scenario, w: World, start: number) => ({
    provider: w.providerId,
    patient: w.patientId,
    topics: [topicIds[s.topic]!],
    start_time: new Date(start).toISOString(),
    ...(w.facilityId ? { facility: w.facilityId, mode: 'in_person' } : {}),
  });

  /** (c) Every slot lies where the model says it may, and (b) slots are ordered and, when a grid step holds a whole visit, disjoint. */
  function checkSlots(s: Scenario, w: World, slots: Interval[], busy: Interval[]) {
    const iso = (i: Interval) => `${new Date(i.start).toISOString()}–${new Date(i.end).toISOString()}`;
    for (const [index, slot] of slots.entries()) {
      const where = `slot ${iso(slot)}`;
      expect(slot.end - slot.start, where).toBe(w.duration * MINUTE);
      expect(slot.start >= w.range.start && slot.start < w.range.end, `${where} starts outside the searched dates`).toBe(true);
      if (w.windows) expect(inside(slot, w.windows), `${where} lies outside the availability windows / opening hours`).toBe(true);
      expect(w.closures.some((c) => overlaps(c, slot)), `${where} overlaps a closure`).toBe(false);
      expect(w.timeOff.some((o) => overlaps(o, slot)), `${where} overlaps time off`).toBe(false);
      expect(busy.some((b) => overlaps(b, slot)), `${where} overlaps an appointment`).toBe(false);
      expect(slot.start >= w.earliest, `${where} is sooner than the notice`).toBe(true);
      expect(slot.start <= w.latest, `${where} is beyond the horizon`).toBe(true);
      if (w.spec?.alignMinutes) {
        const local = DateTime.fromMillis(slot.start, { zone: w.spec.timezone });
        expect((local.hour * 60 + local.minute) % w.spec.alignMinutes, `${where} is not aligned`).toBe(0);
      }
      const next = slots[index + 1];
      if (next) {
        expect(next.start > slot.start, `slots out of order at ${where}`).toBe(true);
        if (w.duration <= s.slotMinutes) expect(overlaps(slot, next), `${where} overlaps the next slot ${iso(next)}`).toBe(false);
      }
    }
  }

  it(
    'offers only slots inside the rules, that can each be booked, and that vanish (with everything overlapping them) once booked',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenarioArb, async (s) => {
          const w = await setUp(s);
          const slots = await search(s, w);
          checkSlots(s, w, slots, w.busy);
          bufferCases.push({ scenario: JSON.stringify(s), before: s.bufferBefore, after: s.bufferAfter, busy: [...w.busy], slots });
          if (slots.length === 0) return;

          // (a) A slot, booked alone, is accepted as offered.
          const chosen = slots[Math.floor(s.pick * slots.length)]!;
          const res = await book(t, bookingBody(s, w, chosen.start));
          expect(res.statusCode, `booking the offered slot ${new Date(chosen.start).toISOString()}: ${res.body}`).toBe(201);
          expect(Date.parse(res.json().end_time)).toBe(chosen.end);
          const busy = [...w.busy, chosen];

          // (b) Searched again: the booked slot is gone and nothing left overlaps it.
          const after = await search(s, w);
          expect(after.some((x) => x.start === chosen.start)).toBe(false);
          checkSlots(s, w, after, busy);
          expect(after.every((x) => slots.some((y) => y.start === x.start))).toBe(true);
          bufferCases.push({ scenario: JSON.stringify(s), before: s.bufferBefore, after: s.bufferAfter, busy, slots: after });

          // The converse, for a provider with rules (whose grid binds bookings too): a start not offered is refused.
          if (w.hasRules) {
            const probe = w.range.start + s.probe * 5 * MINUTE;
            if (probe < w.range.end) {
              const offered = after.some((x) => x.start === probe);
              const attempt = await book(t, bookingBody(s, w, probe));
              expect(attempt.statusCode === 201, `probe ${new Date(probe).toISOString()} offered=${offered}: ${attempt.statusCode} ${attempt.body}`).toBe(offered);
            }
          }
        }),
        { numRuns: NUM_RUNS, seed: SEED, endOnFailure: true },
      );
    },
    180_000,
  );

  // Judged over the searches of the property above (run it too), and reported on its own so that a buffer
  // mistake does not hide the other properties.
  it('keeps the provider\'s buffers around every existing appointment, on both sides', () => {
    expect(bufferCases.length).toBeGreaterThan(0);
    const violations: string[] = [];
    for (const c of bufferCases) {
      const gap = Math.max(c.before, c.after) * MINUTE;
      for (const slot of c.slots) {
        for (const b of c.busy) {
          if (slot.start < b.end + gap && b.start < slot.end + gap) {
            violations.push(
              `slot ${new Date(slot.start).toISOString()}–${new Date(slot.end).toISOString()} within buffers (before ${c.before}, after ${c.after}) of appointment ${new Date(b.start).toISOString()}–${new Date(b.end).toISOString()} in ${c.scenario}`,
            );
          }
        }
      }
    }
    expect(violations.slice(0, 3)).toEqual([]);
  });
});
