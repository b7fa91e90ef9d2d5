import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Interval } from './intervals.js';
import {
  addDays,
  dayBounds,
  daysBetween,
  expandDated,
  expandWeekly,
  localDate,
  localMinuteReader,
  localToInstant,
  minuteOfLocalDay,
  parseClock,
  startOfDay,
  WEEKDAYS,
  weekdayOf,
} from './wall-clock.js';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const KOLKATA = 'Asia/Kolkata';
const LA = 'America/Los_Angeles';

const at = (iso: string) => Date.parse(iso);
const span = (start: string, end: string): Interval => ({ start: at(start), end: at(end) });
const hours = (i: Interval) => (i.end - i.start) / 3_600_000;

describe('local dates', () => {
  it('names weekdays Monday first', () => {
    expect(WEEKDAYS[0]).toBe('monday');
    expect(WEEKDAYS).toHaveLength(7);
    expect(weekdayOf('2030-03-10')).toBe('sunday');
    expect(weekdayOf('2030-03-11')).toBe('monday');
    expect(weekdayOf('2030-06-07')).toBe('friday');
    expect(weekdayOf('2024-02-29')).toBe('thursday');
  });

  it('adds and counts calendar days across months, years and leap days', () => {
    expect(addDays('2030-03-09', 1)).toBe('2030-03-10');
    expect(addDays('2030-12-31', 1)).toBe('2031-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2030-03-10', 0)).toBe('2030-03-10');
    expect(daysBetween('2030-03-01', '2030-03-31')).toBe(30);
    expect(daysBetween('2030-03-31', '2030-03-01')).toBe(-30);
    expect(daysBetween('2030-01-01', '2031-01-01')).toBe(365);
  });

  it('rejects malformed and impossible dates', () => {
    for (const bad of ['2030-2-3', '2030-02-30', '2030-13-01', '20300101', '', '2030-02-28T00:00']) {
      expect(() => weekdayOf(bad), bad).toThrow(RangeError);
    }
    expect(() => addDays('2030-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('parseClock', () => {
  it('reads HH:MM as minutes since midnight, 24:00 included', () => {
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock('24:00')).toBe(1440);
  });

  it('throws on anything else', () => {
    for (const junk of ['9:00', '24:01', '25:00', '12:60', '', '12:00:00', ' 12:00', '12h00', '-1:00', 'noon']) {
      expect(() => parseClock(junk), junk).toThrow(RangeError);
    }
  });
});

describe('localToInstant', () => {
  it('uses the offset in force on that date', () => {
    expect(localToInstant('2030-01-15', '09:00', NY)).toBe(at('2030-01-15T14:00:00Z'));
    expect(localToInstant('2030-07-15', '09:00', NY)).toBe(at('2030-07-15T13:00:00Z'));
    expect(localToInstant('2030-06-01', '09:00', KOLKATA)).toBe(at('2030-06-01T03:30:00Z'));
  });

  it('moves a reading in a spring-forward gap forward past the gap', () => {
    // 02:30 does not exist in New York on 2030-03-10; 03:30 EDT is what a clock left on EST would show.
    expect(localToInstant('2030-03-10', '02:30', NY)).toBe(at('2030-03-10T03:30:00-04:00'));
    expect(localToInstant('2030-03-10', '02:00', NY)).toBe(at('2030-03-10T03:00:00-04:00'));
    expect(localToInstant('2030-03-31', '02:30', BERLIN)).toBe(at('2030-03-31T03:30:00+02:00'));
  });

  it('takes the earlier instant of a repeated reading', () => {
    // Luxon's DateTime.fromObject picks the later one (EST) here; the spec asks for EDT.
    expect(localToInstant('2030-11-03', '01:30', NY)).toBe(at('2030-11-03T01:30:00-04:00'));
    expect(localToInstant('2030-11-03', '01:00', NY)).toBe(at('2030-11-03T01:00:00-04:00'));
    expect(localToInstant('2030-11-03', '02:00', NY)).toBe(at('2030-11-03T02:00:00-05:00'));
    expect(localToInstant('2030-10-27', '02:30', BERLIN)).toBe(at('2030-10-27T02:30:00+02:00'));
  });

  it('reads 24:00 as the next local midnight', () => {
    expect(localToInstant('2030-03-09', '24:00', NY)).toBe(localToInstant('2030-03-10', '00:00', NY));
    expect(localToInstant('2030-12-31', '24:00', KOLKATA)).toBe(at('2030-12-31T18:30:00Z'));
  });

  it('refuses unknown zones', () => {
    expect(() => localToInstant('2030-01-01', '09:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => localToInstant('2030-01-01', '09:00', '')).toThrow(RangeError);
  });
});

describe('instants back to local time', () => {
  it('gives the local date and the clock reading', () => {
    const instant = at('2030-03-10T07:30:00Z'); // 03:30 EDT
    expect(localDate(instant, NY)).toBe('2030-03-10');
    expect(minuteOfLocalDay(instant, NY)).toBe(210);
    expect(localDate(at('2030-06-01T20:00:00Z'), KOLKATA)).toBe('2030-06-02');
    expect(minuteOfLocalDay(at('2030-06-01T20:00:00Z'), KOLKATA)).toBe(90);
    // Late evening in Los Angeles is already tomorrow in UTC.
    expect(localDate(at('2030-06-08T01:00:00Z'), LA)).toBe('2030-06-07');
  });

  it('measures days of 23 and 25 hours on transition dates', () => {
    expect(dayBounds('2030-03-10', NY)).toEqual(span('2030-03-10T05:00:00Z', '2030-03-11T04:00:00Z'));
    expect(hours(dayBounds('2030-03-10', NY))).toBe(23);
    expect(hours(dayBounds('2030-11-03', NY))).toBe(25);
    expect(hours(dayBounds('2030-03-31', BERLIN))).toBe(23);
    expect(hours(dayBounds('2030-10-27', BERLIN))).toBe(25);
    expect(hours(dayBounds('2030-10-28', BERLIN))).toBe(24);
    expect(dayBounds('2030-06-01', KOLKATA)).toEqual(span('2030-05-31T18:30:00Z', '2030-06-01T18:30:00Z'));
  });

  it('starts the day when the clock jumps in zones that skip midnight', () => {
    // Chile springs forward from 00:00 to 01:00, so 2030-09-08 has no midnight.
    const day = dayBounds('2030-09-08', 'America/Santiago');
    expect(day).toEqual(span('2030-09-08T04:00:00Z', '2030-09-09T03:00:00Z'));
    expect(minuteOfLocalDay(day.start, 'America/Santiago')).toBe(60);
  });
});

describe('expandWeekly', () => {
  const nineToFive = [{ weekday: 'sunday' as const, start: '09:00', end: '17:00' }];

  it('keeps 09:00–17:00 local on DST days in New York (8 hours, shifted in UTC)', () => {
    const out = expandWeekly(nineToFive, NY, '2030-03-03', '2030-03-17');
    expect(out).toEqual([
      span('2030-03-03T14:00:00Z', '2030-03-03T22:00:00Z'),
      span('2030-03-10T13:00:00Z', '2030-03-10T21:00:00Z'),
      span('2030-03-17T13:00:00Z', '2030-03-17T21:00:00Z'),
    ]);
    const fall = expandWeekly(nineToFive, NY, '2030-11-03', '2030-11-03');
    expect(fall).toEqual([span('2030-11-03T14:00:00Z', '2030-11-03T22:00:00Z')]);
  });

  it('keeps 09:00–17:00 local on DST days in Berlin', () => {
    expect(expandWeekly(nineToFive, BERLIN, '2030-03-31', '2030-03-31')).toEqual([
      span('2030-03-31T07:00:00Z', '2030-03-31T15:00:00Z'),
    ]);
    expect(expandWeekly(nineToFive, BERLIN, '2030-10-27', '2030-10-27')).toEqual([
      span('2030-10-27T08:00:00Z', '2030-10-27T16:00:00Z'),
    ]);
  });

  it('gives 7 or 9 real hours only when the range spans the transition', () => {
    const early = [{ weekday: 'sunday' as const, start: '00:00', end: '08:00' }];
    expect(expandWeekly(early, NY, '2030-03-10', '2030-03-10').map(hours)).toEqual([7]);
    expect(expandWeekly(early, NY, '2030-11-03', '2030-11-03').map(hours)).toEqual([9]);
    expect(expandWeekly(early, BERLIN, '2030-03-31', '2030-03-31').map(hours)).toEqual([7]);
    expect(expandWeekly(early, BERLIN, '2030-10-27', '2030-10-27').map(hours)).toEqual([9]);
  });

  it('runs a night shift into the next local day, across the transition', () => {
    const night = [{ weekday: 'saturday' as const, start: '22:00', end: '06:00' }];
    expect(expandWeekly(night, NY, '2030-03-09', '2030-03-09')).toEqual([
      span('2030-03-09T22:00:00-05:00', '2030-03-10T06:00:00-04:00'),
    ]);
    expect(expandWeekly(night, NY, '2030-03-09', '2030-03-09').map(hours)).toEqual([7]);
    expect(expandWeekly(night, NY, '2030-11-02', '2030-11-02').map(hours)).toEqual([9]);
    // Included by the date it starts on: the shift starting the day before `from` is not.
    expect(expandWeekly(night, NY, '2030-03-10', '2030-03-15')).toEqual([]);
  });

  it('crosses midnight UTC in Los Angeles without losing the local date', () => {
    const evening = [{ weekday: 'friday' as const, start: '18:00', end: '02:00' }];
    expect(expandWeekly(evening, LA, '2030-06-01', '2030-06-14')).toEqual([
      span('2030-06-08T01:00:00Z', '2030-06-08T09:00:00Z'),
      span('2030-06-15T01:00:00Z', '2030-06-15T09:00:00Z'),
    ]);
    // Winter: PST, one hour later in UTC.
    expect(expandWeekly(evening, LA, '2030-01-04', '2030-01-04')).toEqual([
      span('2030-01-05T02:00:00Z', '2030-01-05T10:00:00Z'),
    ]);
  });

  it('uses the fixed +05:30 offset of Kolkata all year', () => {
    const hospital = WEEKDAYS.map((weekday) => ({ weekday, start: '09:00', end: '19:00' }));
    const out = expandWeekly(hospital, KOLKATA, '2030-03-29', '2030-04-01');
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual(span('2030-03-29T03:30:00Z', '2030-03-29T13:30:00Z'));
    expect(out.every((i) => hours(i) === 10)).toBe(true);
  });

  it('honours validFrom and validUntil inclusively', () => {
    const mondays = [{ weekday: 'monday' as const, start: '09:00', end: '10:00', validFrom: '2030-01-14', validUntil: '2030-01-28' }];
    const dates = expandWeekly(mondays, KOLKATA, '2030-01-01', '2030-02-28').map((i) => localDate(i.start, KOLKATA));
    expect(dates).toEqual(['2030-01-14', '2030-01-21', '2030-01-28']);
  });

  it('lets 24:00 end a day and merges it with a range starting at the next midnight', () => {
    const rules = [
      { weekday: 'monday' as const, start: '20:00', end: '24:00' },
      { weekday: 'tuesday' as const, start: '00:00', end: '02:00' },
    ];
    expect(expandWeekly(rules, BERLIN, '2030-01-07', '2030-01-08')).toEqual([
      span('2030-01-07T19:00:00Z', '2030-01-08T01:00:00Z'),
    ]);
  });

  it('treats a range as the clock readings it covers when it touches a spring-forward gap', () => {
    const on = (start: string, end: string) => expandWeekly([{ weekday: 'sunday', start, end }], NY, '2030-03-10', '2030-03-10');
    // 02:00–02:30 never shows on the clock that night.
    expect(on('02:00', '02:30')).toEqual([]);
    // 01:00–02:30 ends when the clock jumps from 01:59 to 03:00.
    expect(on('01:00', '02:30')).toEqual([span('2030-03-10T01:00:00-05:00', '2030-03-10T03:00:00-04:00')]);
    // 02:30–04:00 starts at the jump: 03:00 is already inside the range.
    expect(on('02:30', '04:00')).toEqual([span('2030-03-10T03:00:00-04:00', '2030-03-10T04:00:00-04:00')]);
  });

  it('returns nothing for an empty or reversed date range, and rejects bad rules', () => {
    expect(expandWeekly(nineToFive, NY, '2030-03-11', '2030-03-10')).toEqual([]);
    expect(() => expandWeekly([{ weekday: 'sunday', start: '24:00', end: '06:00' }], NY, '2030-03-10', '2030-03-10')).toThrow(
      RangeError,
    );
    expect(() => expandWeekly([{ weekday: 'funday' as never, start: '09:00', end: '10:00' }], NY, '2030-03-10', '2030-03-10')).toThrow(
      RangeError,
    );
    expect(() => expandWeekly([{ weekday: 'sunday', start: '9:00', end: '10:00' }], NY, '2030-03-10', '2030-03-10')).toThrow(RangeError);
  });
});

describe('expandDated', () => {
  it('expands one-off dates like weekly rules, merged', () => {
    expect(
      expandDated(
        [
          { date: '2030-11-03', start: '09:00', end: '12:00' },
          { date: '2030-11-03', start: '12:00', end: '13:00' },
          { date: '2030-11-02', start: '23:00', end: '03:00' },
        ],
        NY,
      ),
    ).toEqual([
      span('2030-11-02T23:00:00-04:00', '2030-11-03T03:00:00-05:00'),
      span('2030-11-03T09:00:00-05:00', '2030-11-03T13:00:00-05:00'),
    ]);
  });
});

describe('round trips (property)', () => {
  const zones = [NY, BERLIN, KOLKATA, LA, 'UTC', 'Australia/Lord_Howe', 'America/Santiago', 'America/St_Johns', 'Pacific/Chatham'];
  const arbZone = fc.constantFrom(...zones);
  // Any date around 2030 in any zone, or a zone on one of its 2030 transition dates, so that gaps and
  // overlaps (a few hours out of years) are actually hit.
  const transitions: [string, string][] = [
    [NY, '2030-03-10'], [NY, '2030-11-03'], ['America/St_Johns', '2030-03-10'], ['America/St_Johns', '2030-11-03'],
    [BERLIN, '2030-03-31'], [BERLIN, '2030-10-27'], [LA, '2030-03-10'], [LA, '2030-11-03'],
    ['America/Santiago', '2030-04-06'], ['America/Santiago', '2030-09-08'],
    ['Australia/Lord_Howe', '2030-04-07'], ['Australia/Lord_Howe', '2030-10-06'],
    ['Pacific/Chatham', '2030-04-07'], ['Pacific/Chatham', '2030-09-29'],
  ];
  const arbZoneDate = fc.oneof(
    fc.tuple(arbZone, fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2029-01-01', n))),
    fc.constantFrom(...transitions),
  );
  const arbMinute = fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 240 }), fc.integer({ min: 1380, max: 1439 }));
  const runs = { numRuns: 400, seed: 20300310 };
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const offsetMinutes = (instant: number, zone: string) => DateTime.fromMillis(instant, { zone }).offset;

  it('an instant shows the reading it was made from, unless the reading fell into a gap', () => {
    fc.assert(
      fc.property(arbZoneDate, arbMinute, ([zone, date], minute) => {
        const instant = localToInstant(date, clock(minute), zone);
        const shown = minuteOfLocalDay(instant, zone);
        if (localDate(instant, zone) === date && shown === minute) {
          // It is the earliest instant showing that reading: nothing up to 3 hours earlier shows it too.
          for (const back of [30, 60, 120, 180]) {
            const earlier = instant - back * 60_000;
            expect(localDate(earlier, zone) === date && minuteOfLocalDay(earlier, zone) === minute).toBe(false);
          }
        } else {
          // In a gap the reading moved forward by exactly the jump of the offset.
          const jump = offsetMinutes(instant, zone) - offsetMinutes(instant - 6 * 3_600_000, zone);
          expect(jump).toBeGreaterThan(0);
          expect(localToInstant(date, '00:00', zone) <= instant).toBe(true);
          expect(DateTime.fromMillis(instant, { zone }).toFormat('HH:mm')).toBe(clock((minute + jump) % 1440));
        }
      }),
      runs,
    );
  });

  it('local days tile time without gaps and every instant of a day belongs to it', () => {
    fc.assert(
      fc.property(arbZoneDate, fc.double({ min: 0, max: 1, noNaN: true }), ([zone, date], fraction) => {
        const day = dayBounds(date, zone);
        expect(day.start).toBe(startOfDay(date, zone));
        expect(day.end).toBe(dayBounds(addDays(date, 1), zone).start);
        expect([22, 23, 23.5, 24, 24.5, 25]).toContain(hours(day));
        const inside = Math.min(day.end - 1, day.start + Math.floor(fraction * (day.end - day.start)));
        expect(localDate(inside, zone)).toBe(date);
        expect(localDate(day.start - 1, zone)).toBe(addDays(date, -1));
      }),
      runs,
    );
  });

  it('the minute reader answers like minuteOfLocalDay, in scans and in any order', () => {
    fc.assert(
      fc.property(
        arbZoneDate,
        fc.constantFrom(1, 5, 15, 60, 7 * 60),
        fc.array(fc.integer({ min: 0, max: 3 * 24 * 60 }), { maxLength: 20 }),
        ([zone, date], step, jumps) => {
          const read = localMinuteReader(zone);
          const from = startOfDay(addDays(date, -1), zone);
          for (let t = from; t < from + 3 * 86_400_000; t += step * 60_000) expect(read(t)).toBe(minuteOfLocalDay(t, zone));
          for (const j of jumps) expect(read(from + j * 60_000)).toBe(minuteOfLocalDay(from + j * 60_000, zone));
        },
      ),
      { ...runs, numRuns: 60 },
    );
  });

  it('a 09:00–17:00 rule shows 09:00 and 17:00 on the wall every day', () => {
    const every = WEEKDAYS.map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
    fc.assert(
      fc.property(arbZoneDate, ([zone, date]) => {
        const [only, ...rest] = expandWeekly(every, zone, date, date);
        expect(rest).toEqual([]);
        expect(only).toBeDefined();
        expect(minuteOfLocalDay(only!.start, zone)).toBe(540);
        expect(minuteOfLocalDay(only!.end, zone)).toBe(1020);
        expect(localDate(only!.start, zone)).toBe(date);
      }),
      runs,
    );
  });
});
