import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containedIn, type Interval, normalize, overlapsAny } from './intervals.js';
import { type BlockedInterval, explain, findSlots, type SlotInput, type SlotRules } from './slots.js';
import { dayBounds, expandDated, expandWeekly, localToInstant, minuteOfLocalDay, WEEKDAYS } from './wall-clock.js';

const MIN = 60_000;
const KOLKATA = 'Asia/Kolkata';
const NY = 'America/New_York';

const local = (date: string, clock: string, zone = KOLKATA) => localToInstant(date, clock, zone);
const clockOf = (instant: number, zone = KOLKATA) => {
  const m = minuteOfLocalDay(instant, zone);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const startsOf = (slots: Interval[], zone = KOLKATA) => slots.map((s) => clockOf(s.start, zone));

const baseRules: SlotRules = {
  durationMinutes: 30,
  gridMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  earliestStart: -Infinity,
  latestStart: Infinity,
};

function input(overrides: Partial<SlotInput>): SlotInput {
  return { zone: KOLKATA, availability: null, operatingHours: null, blocked: [], busy: [], ...overrides };
}

// Seed 004: a practitioner available 09:00–13:00 and 14:00–18:00, booked in 30-minute slots.
const MONDAY = '2030-06-03';
const clinicDay = dayBounds(MONDAY, KOLKATA);
const clinic = input({
  availability: expandWeekly(
    [
      { weekday: 'monday', start: '09:00', end: '13:00' },
      { weekday: 'monday', start: '14:00', end: '18:00' },
    ],
    KOLKATA,
    MONDAY,
    MONDAY,
  ),
});

describe('findSlots and explain: a clinic day (seed 004)', () => {
  it('cuts both availability blocks into 30-minute slots', () => {
    const slots = findSlots(clinic, baseRules, clinicDay);
    expect(startsOf(slots)).toEqual([
      ...['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '12:30'],
      ...['14:00', '14:30', '15:00', '15:30', '16:00', '16:30', '17:00', '17:30'],
    ]);
    expect(slots.every((s) => s.end - s.start === 30 * MIN)).toBe(true);
  });

  it('offers longer visits as overlapping alternatives that fit inside a block', () => {
    const slots = findSlots(clinic, { ...baseRules, durationMinutes: 120 }, clinicDay);
    expect(startsOf(slots)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '14:00', '14:30', '15:00', '15:30', '16:00']);
    expect(explain(clinic, { ...baseRules, durationMinutes: 120 }, local(MONDAY, '11:30'))).toEqual(['outside_availability']);
  });

  it('leaves out booked time and says why', () => {
    const busy = [{ start: local(MONDAY, '10:00'), end: local(MONDAY, '10:30') }];
    const slots = findSlots({ ...clinic, busy }, baseRules, clinicDay);
    expect(startsOf(slots)).not.toContain('10:00');
    expect(slots).toHaveLength(15);
    expect(explain({ ...clinic, busy }, baseRules, local(MONDAY, '10:00'))).toEqual(['conflict']);
    expect(explain({ ...clinic, busy }, baseRules, local(MONDAY, '10:30'))).toEqual([]);
  });

  it('refuses the lunch break, off-grid starts and the edges of the day', () => {
    expect(explain(clinic, baseRules, local(MONDAY, '13:00'))).toEqual(['outside_availability']);
    expect(explain(clinic, baseRules, local(MONDAY, '12:45'))).toEqual(['outside_availability']);
    expect(explain(clinic, baseRules, local(MONDAY, '09:10'))).toEqual(['off_grid']);
    expect(explain(clinic, baseRules, local(MONDAY, '08:30'))).toEqual(['outside_availability']);
    expect(explain(clinic, baseRules, local(MONDAY, '17:30'))).toEqual([]);
    expect(explain(clinic, baseRules, local(MONDAY, '18:00'))).toEqual(['outside_availability']);
  });

  it('returns only starts inside the requested range', () => {
    const range = { start: local(MONDAY, '11:15'), end: local(MONDAY, '14:30') };
    expect(startsOf(findSlots(clinic, baseRules, range))).toEqual(['11:30', '12:00', '12:30', '14:00']);
    expect(findSlots(clinic, baseRules, { start: range.start, end: range.start })).toEqual([]);
  });

  it('anchors the grid at each window, so a block starting at :10 has starts at :10 and :40', () => {
    const odd = input({ availability: expandDated([{ date: MONDAY, start: '09:10', end: '11:00' }], KOLKATA) });
    expect(startsOf(findSlots(odd, baseRules, clinicDay))).toEqual(['09:10', '09:40', '10:10']);
    expect(explain(odd, baseRules, local(MONDAY, '09:30'))).toEqual(['off_grid']);
  });

  it('treats touching availability pieces as one window', () => {
    const split = input({
      availability: expandDated(
        [
          { date: MONDAY, start: '09:00', end: '10:00' },
          { date: MONDAY, start: '10:00', end: '11:00' },
        ],
        KOLKATA,
      ),
    });
    const rules = { ...baseRules, durationMinutes: 60 };
    expect(startsOf(findSlots(split, rules, clinicDay))).toEqual(['09:00', '09:30', '10:00']);
    expect(explain(split, rules, local(MONDAY, '09:30'))).toEqual([]);
  });
});

describe('buffers, notice and horizon', () => {
  const day = input({ availability: expandDated([{ date: MONDAY, start: '09:00', end: '13:00' }], KOLKATA) });

  it('keeps buffers clear of existing appointments on both sides', () => {
    const busy = [{ start: local(MONDAY, '11:00'), end: local(MONDAY, '11:30') }];
    const rules = { ...baseRules, gridMinutes: 15, bufferBeforeMinutes: 15, bufferAfterMinutes: 15 };
    const starts = startsOf(findSlots({ ...day, busy }, rules, clinicDay));
    // Each visit keeps 15 minutes free before and after it, so a new 30-minute visit needs 30 minutes
    // between it and 11:00–11:30 on either side: s + 30 + 30 <= 11:00 or s - 30 >= 11:30.
    expect(starts).toContain('10:00');
    expect(starts).not.toContain('10:15');
    expect(starts).not.toContain('11:45');
    expect(starts).toContain('12:00');
    expect(explain({ ...day, busy }, rules, local(MONDAY, '10:15'))).toEqual(['conflict']);
    expect(explain({ ...day, busy }, rules, local(MONDAY, '11:45'))).toEqual(['conflict']);
    // Buffers are about time between appointments, not about the edges of availability.
    expect(starts[0]).toBe('09:00');
    expect(starts.at(-1)).toBe('12:30');
  });

  it('refuses starts before the minimum notice, the earliest start itself included', () => {
    const now = local(MONDAY, '09:00');
    const rules = { ...baseRules, earliestStart: now + 2 * 60 * MIN };
    expect(startsOf(findSlots(day, rules, clinicDay))[0]).toBe('11:00');
    expect(explain(day, rules, local(MONDAY, '10:30'))).toEqual(['too_soon']);
    expect(explain(day, rules, local(MONDAY, '11:00'))).toEqual([]);
    const later = { ...rules, earliestStart: local(MONDAY, '11:10') };
    expect(startsOf(findSlots(day, later, clinicDay))[0]).toBe('11:30');
  });

  it('refuses starts past the booking horizon, the latest start itself included', () => {
    const rules = { ...baseRules, latestStart: local(MONDAY, '10:00') };
    expect(startsOf(findSlots(day, rules, clinicDay))).toEqual(['09:00', '09:30', '10:00']);
    expect(explain(day, rules, local(MONDAY, '10:30'))).toEqual(['too_far_ahead']);
  });

  it('lists every reason that applies, in a fixed order', () => {
    const hours = expandDated([{ date: MONDAY, start: '09:00', end: '19:00' }], KOLKATA);
    const blocked: BlockedInterval[] = [
      { start: local(MONDAY, '07:00'), end: local(MONDAY, '08:00'), reason: 'facility_closed' },
      { start: local(MONDAY, '07:30'), end: local(MONDAY, '09:00'), reason: 'time_off' },
    ];
    const busy = [{ start: local(MONDAY, '07:30'), end: local(MONDAY, '07:45') }];
    const everything = { ...day, operatingHours: hours, blocked, busy };
    const rules = { ...baseRules, earliestStart: local(MONDAY, '12:00'), latestStart: local(MONDAY, '06:00') };
    expect(explain(everything, rules, local(MONDAY, '07:30'))).toEqual([
      'outside_operating_hours',
      'outside_availability',
      'facility_closed',
      'time_off',
      'conflict',
      'too_soon',
      'too_far_ahead',
    ]);
  });
});

describe('closures and time off', () => {
  const day = input({ availability: expandDated([{ date: MONDAY, start: '09:00', end: '13:00' }], KOLKATA) });

  it('blocks slots that overlap them, whatever the buffers', () => {
    const blocked: BlockedInterval[] = [
      { start: local(MONDAY, '09:45'), end: local(MONDAY, '10:15'), reason: 'time_off' },
      { start: local(MONDAY, '12:00'), end: local(MONDAY, '15:00'), reason: 'facility_closed' },
    ];
    const slots = findSlots({ ...day, blocked }, baseRules, clinicDay);
    expect(startsOf(slots)).toEqual(['09:00', '10:30', '11:00', '11:30']);
    expect(explain({ ...day, blocked }, baseRules, local(MONDAY, '10:00'))).toEqual(['time_off']);
    expect(explain({ ...day, blocked }, baseRules, local(MONDAY, '12:00'))).toEqual(['facility_closed']);
    // Back to back with a block is fine: intervals are half-open.
    expect(explain({ ...day, blocked }, baseRules, local(MONDAY, '11:30'))).toEqual([]);
  });
});

describe('a hospital that sees patients on the hour (seed 003)', () => {
  const hospital = input({
    operatingHours: expandWeekly(
      WEEKDAYS.map((weekday) => ({ weekday, start: '09:00', end: '19:00' })),
      KOLKATA,
      MONDAY,
      MONDAY,
    ),
    availability: expandDated(
      [
        { date: MONDAY, start: '09:30', end: '13:00' },
        { date: MONDAY, start: '17:00', end: '21:00' },
      ],
      KOLKATA,
    ),
  });
  const hourly: SlotRules = { ...baseRules, durationMinutes: 60, gridMinutes: 30, alignMinutes: 60 };

  it('offers one-hour visits starting on the hour inside availability and opening hours', () => {
    expect(startsOf(findSlots(hospital, hourly, clinicDay))).toEqual(['10:00', '11:00', '12:00', '17:00', '18:00']);
  });

  it('explains each refusal', () => {
    expect(explain(hospital, hourly, local(MONDAY, '09:30'))).toEqual(['off_grid']);
    expect(explain(hospital, hourly, local(MONDAY, '10:30'))).toEqual(['off_grid']);
    expect(explain(hospital, hourly, local(MONDAY, '12:30'))).toEqual(['outside_availability']);
    expect(explain(hospital, hourly, local(MONDAY, '19:00'))).toEqual(['outside_operating_hours']);
    expect(explain(hospital, hourly, local(MONDAY, '08:00'))).toEqual(['outside_operating_hours', 'outside_availability']);
    expect(explain(hospital, hourly, local(MONDAY, '14:00'))).toEqual(['outside_availability']);
  });

  it('uses opening hours alone when the doctor has no availability defined', () => {
    const open = { ...hospital, availability: null };
    const starts = startsOf(findSlots(open, hourly, clinicDay));
    expect(starts).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00', '18:00']);
    expect(explain(open, hourly, local(MONDAY, '18:30'))).toEqual(['outside_operating_hours']);
  });

  it('offers nothing when availability is defined but empty', () => {
    const none = { ...hospital, availability: [] };
    expect(findSlots(none, hourly, clinicDay)).toEqual([]);
    expect(explain(none, hourly, local(MONDAY, '10:00'))).toEqual(['outside_availability']);
  });
});

describe('DST days in New York', () => {
  const rules: SlotRules = { ...baseRules, durationMinutes: 60, gridMinutes: 60 };
  const nineToFive = [{ weekday: 'sunday' as const, start: '09:00', end: '17:00' }];

  for (const date of ['2030-03-10', '2030-11-03']) {
    it(`keeps a 09:00–17:00 rule at 09:00–17:00 local on ${date}`, () => {
      const sunday = input({ zone: NY, availability: expandWeekly(nineToFive, NY, date, date) });
      const slots = findSlots(sunday, rules, dayBounds(date, NY));
      expect(startsOf(slots, NY)).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']);
      expect(slots[0]!.start).toBe(localToInstant(date, '09:00', NY));
    });
  }

  it('with no availability and no hours offers the whole local day, 23 or 25 hourly slots', () => {
    const anyTime = input({ zone: NY });
    expect(findSlots(anyTime, rules, dayBounds('2030-03-10', NY))).toHaveLength(23);
    expect(findSlots(anyTime, rules, dayBounds('2030-11-03', NY))).toHaveLength(25);
    expect(findSlots(anyTime, rules, dayBounds('2030-11-04', NY))).toHaveLength(24);
  });

  it('with no availability and no hours anchors the grid at local midnight and may run past it', () => {
    const anyTime = input({ zone: NY });
    const late = { ...rules, durationMinutes: 90 };
    const slots = findSlots(anyTime, late, dayBounds('2030-06-02', NY));
    expect(startsOf(slots, NY).at(-1)).toBe('23:00');
    expect(explain(anyTime, late, localToInstant('2030-06-02', '23:00', NY))).toEqual([]);
    expect(explain(anyTime, late, localToInstant('2030-06-02', '23:30', NY))).toEqual(['off_grid']);
  });

  it('aligns on the wall clock across the fall-back hour', () => {
    const night = input({ zone: NY, availability: expandDated([{ date: '2030-11-02', start: '23:00', end: '04:00' }], NY) });
    const slots = findSlots(night, { ...rules, gridMinutes: 30, alignMinutes: 60 }, dayBounds('2030-11-03', NY));
    // 01:00 happens twice; both are on the hour. 23:00 is on the 2nd, outside the range.
    expect(startsOf(slots, NY)).toEqual(['00:00', '01:00', '01:00', '02:00', '03:00']);
    expect(slots[2]!.start - slots[1]!.start).toBe(60 * MIN);
  });
});

describe('input checks', () => {
  it('rejects rules that cannot cut slots', () => {
    const bads = [{ durationMinutes: 0 }, { gridMinutes: -5 }, { gridMinutes: 7.5 }, { alignMinutes: 0 }, { bufferBeforeMinutes: -1 }];
    for (const bad of bads) {
      expect(() => findSlots(clinic, { ...baseRules, ...bad }, clinicDay), JSON.stringify(bad)).toThrow(RangeError);
      expect(() => explain(clinic, { ...baseRules, ...bad }, clinicDay.start), JSON.stringify(bad)).toThrow(RangeError);
    }
    expect(() => explain(clinic, baseRules, Number.NaN)).toThrow(RangeError);
    expect(() => findSlots(clinic, baseRules, { start: 0, end: Infinity })).toThrow(RangeError);
  });
});

describe('a busy month (sanity, no timing assertions)', () => {
  it('searches 30 days against 2,000 busy intervals and agrees with explain', () => {
    const zone = 'Europe/Berlin';
    const from = '2030-10-01';
    const to = '2030-10-30';
    const availability = expandWeekly(
      WEEKDAYS.flatMap((weekday) => [
        { weekday, start: '08:00', end: '12:00' },
        { weekday, start: '13:00', end: '20:00' },
      ]),
      zone,
      from,
      to,
    );
    const range = { start: dayBounds(from, zone).start, end: dayBounds(to, zone).end };
    // A deterministic pseudo-random spread of 2,000 short appointments (LCG, so the test is reproducible).
    let seed = 42;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const busy = Array.from({ length: 2000 }, () => {
      const start = range.start + Math.floor(next() * (range.end - range.start) / (5 * MIN)) * 5 * MIN;
      return { start, end: start + (5 + Math.floor(next() * 4) * 5) * MIN };
    });
    const month = input({ zone, availability, busy });
    const rules = { ...baseRules, durationMinutes: 20, gridMinutes: 10, bufferAfterMinutes: 5 };
    const slots = findSlots(month, rules, range);
    expect(slots.length).toBeGreaterThan(100);
    const offered = new Set(slots.map((s) => s.start));
    // A spread of 10-minute starts over the month (every 7th: explain sorts its input on each call, which is
    // right for one booking but slow for thousands): offered exactly when explain finds nothing against them.
    for (let start = range.start; start < range.end; start += 70 * MIN) {
      expect(explain(month, rules, start).length === 0).toBe(offered.has(start));
    }
  });
});

describe('findSlots agrees with explain (property)', () => {
  const zones = [NY, KOLKATA, 'Europe/Berlin'];
  // Three days around the New York spring-forward day; pieces on a 5-minute lattice so edges collide often.
  const SPAN_MIN = 3 * 24 * 60;
  const arbPiece = fc
    .tuple(fc.integer({ min: 0, max: SPAN_MIN / 5 }), fc.integer({ min: 1, max: 120 }))
    .map(([at, length]) => ({ startMin: at * 5, endMin: at * 5 + length * 5 }));
  const arbPieces = fc.array(arbPiece, { maxLength: 10 });
  const arbScenario = fc.record({
    zone: fc.constantFrom(...zones),
    availability: fc.option(arbPieces, { nil: null }),
    operatingHours: fc.option(arbPieces, { nil: null }),
    closures: fc.array(arbPiece, { maxLength: 3 }),
    timeOff: fc.array(arbPiece, { maxLength: 3 }),
    busy: fc.array(arbPiece, { maxLength: 12 }),
    durationMinutes: fc.constantFrom(15, 30, 45, 60, 90),
    gridMinutes: fc.constantFrom(5, 10, 15, 30, 60),
    alignMinutes: fc.constantFrom(undefined, 15, 30, 60),
    bufferBeforeMinutes: fc.constantFrom(0, 5, 15),
    bufferAfterMinutes: fc.constantFrom(0, 10),
    earliestMin: fc.integer({ min: -60, max: SPAN_MIN }),
    horizonMin: fc.integer({ min: 0, max: SPAN_MIN }),
    rangeStartMin: fc.integer({ min: 0, max: SPAN_MIN }),
    rangeLengthMin: fc.integer({ min: 0, max: 24 * 60 }),
  });

  type Scenario = typeof arbScenario extends fc.Arbitrary<infer T> ? T : never;

  function build(s: Scenario) {
    const base = dayBounds('2030-03-09', s.zone).start;
    const at = (m: number) => base + m * MIN;
    const toIntervals = (pieces: { startMin: number; endMin: number }[]) =>
      pieces.map((p) => ({ start: at(p.startMin), end: at(p.endMin) }));
    const blocked: BlockedInterval[] = [
      ...toIntervals(s.closures).map((i) => ({ ...i, reason: 'facility_closed' as const })),
      ...toIntervals(s.timeOff).map((i) => ({ ...i, reason: 'time_off' as const })),
    ];
    const slotInput: SlotInput = {
      zone: s.zone,
      availability: s.availability === null ? null : toIntervals(s.availability),
      operatingHours: s.operatingHours === null ? null : toIntervals(s.operatingHours),
      blocked,
      busy: toIntervals(s.busy),
    };
    const rules: SlotRules = {
      durationMinutes: s.durationMinutes,
      gridMinutes: s.gridMinutes,
      ...(s.alignMinutes === undefined ? {} : { alignMinutes: s.alignMinutes }),
      bufferBeforeMinutes: s.bufferBeforeMinutes,
      bufferAfterMinutes: s.bufferAfterMinutes,
      earliestStart: at(s.earliestMin),
      latestStart: at(s.earliestMin + s.horizonMin),
    };
    const range = { start: at(s.rangeStartMin), end: at(s.rangeStartMin + s.rangeLengthMin) };
    return { slotInput, rules, range };
  }
  const runs = { numRuns: 150, seed: 20300310 };

  it('(a) every slot found is explained as bookable, starts in range and has the right length', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { slotInput, rules, range } = build(s);
        for (const slot of findSlots(slotInput, rules, range)) {
          expect(explain(slotInput, rules, slot.start)).toEqual([]);
          expect(slot.start >= range.start && slot.start < range.end).toBe(true);
          expect(slot.end - slot.start).toBe(rules.durationMinutes * MIN);
        }
      }),
      runs,
    );
  });

  it('(b) slots are sorted, unique and clear of busy time (with buffers) and blocks', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { slotInput, rules, range } = build(s);
        const slots = findSlots(slotInput, rules, range);
        const busy = normalize(slotInput.busy);
        const blocked = normalize(slotInput.blocked);
        slots.forEach((slot, k) => {
          if (k > 0) expect(slot.start).toBeGreaterThan(slots[k - 1]!.start);
          const padded = { start: slot.start - rules.bufferBeforeMinutes * MIN, end: slot.end + rules.bufferAfterMinutes * MIN };
          expect(busy.some((b) => b.start < padded.end && padded.start < b.end)).toBe(false);
          expect(overlapsAny(blocked, slot)).toBe(false);
          expect(slot.start >= rules.earliestStart && slot.start <= rules.latestStart).toBe(true);
        });
      }),
      runs,
    );
  });

  it('(c) no slot lies outside availability or opening hours', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { slotInput, rules, range } = build(s);
        for (const slot of findSlots(slotInput, rules, range)) {
          if (slotInput.availability !== null) expect(containedIn(normalize(slotInput.availability), slot)).toBeDefined();
          if (slotInput.operatingHours !== null) expect(containedIn(normalize(slotInput.operatingHours), slot)).toBeDefined();
          if (rules.alignMinutes !== undefined) expect(minuteOfLocalDay(slot.start, slotInput.zone) % rules.alignMinutes).toBe(0);
        }
      }),
      runs,
    );
  });

  it('(d) every start in range that explain accepts is offered, and nothing else is', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { slotInput, rules, range } = build(s);
        const offered = new Set(findSlots(slotInput, rules, range).map((slot) => slot.start));
        // Windows and the grid sit on whole minutes, so checking every minute of the range is exhaustive.
        for (let start = range.start; start < range.end; start += MIN) {
          const bookable = explain(slotInput, rules, start).length === 0;
          // Compared with the instant attached, so a failure names the start that disagrees.
          if (bookable !== offered.has(start)) {
            const at = new Date(start).toISOString();
            expect({ at, offered: offered.has(start) }).toEqual({ at, offered: bookable });
          }
        }
      }),
      { ...runs, numRuns: 60 },
    );
  });
});
