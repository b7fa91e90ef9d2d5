import { describe, expect, it } from 'vitest';
import { firstFreeStart, isTime, nextSlot, normalizeTime, openingsOn } from '../web/src/lib/calendar-times.js';

// The staff calendar's time logic for keyboard creation (web/src/lib/calendar-times.ts): pure, no browser.
const ZONE = 'Asia/Kolkata';
/** 08:00–20:00 in Kolkata on 2030-01-14 and 2030-01-15. */
const OPEN = [
  { start_time: '2030-01-14T02:30:00Z', end_time: '2030-01-14T14:30:00Z' },
  { start_time: '2030-01-15T02:30:00Z', end_time: '2030-01-15T14:30:00Z' },
];
const kolkata = (d: Date) => d.toLocaleString('en-GB', { timeZone: ZONE, dateStyle: 'short', timeStyle: 'short' });

describe('staff calendar time logic', () => {
  it('reads a typed time as 24-hour HH:MM and leaves what is not a time as typed', () => {
    expect(normalizeTime('9')).toBe('09:00');
    expect(normalizeTime('930')).toBe('09:30');
    expect(normalizeTime('9.30')).toBe('09:30');
    expect(normalizeTime(' 17:05 ')).toBe('17:05');
    expect(normalizeTime('1730')).toBe('17:30');
    expect(normalizeTime('24:00')).toBe('24:00');
    expect(normalizeTime('24:00', true)).toBe('24:00');
    expect(normalizeTime('24', true)).toBe('24:00');
    expect(normalizeTime('9:3')).toBe('9:3');
    expect(normalizeTime('25:00')).toBe('25:00');
    expect(normalizeTime('12:60')).toBe('12:60');
    expect(normalizeTime('9 pm')).toBe('9 pm');
    expect(['09:30', '00:00', '23:59'].every((t) => isTime(t))).toBe(true);
    expect(['9:30', '24:00', '12:60', '1230', ''].some((t) => isTime(t))).toBe(false);
    expect([isTime('24:00', true), isTime('24:01', true)]).toEqual([true, false]);
  });

  it("names the facility's opening ranges on a local date", () => {
    expect(openingsOn('2030-01-14', OPEN, ZONE)).toBe('08:00–20:00');
    expect(openingsOn('2030-01-16', OPEN, ZONE)).toBe('');
    const split = [
      { start_time: '2030-01-14T08:30:00Z', end_time: '2030-01-14T12:30:00Z' },
      { start_time: '2030-01-14T02:30:00Z', end_time: '2030-01-14T07:30:00Z' },
    ];
    expect(openingsOn('2030-01-14', split, ZONE)).toBe('08:00–13:00, 14:00–18:00');
    expect(openingsOn('2030-01-14', [{ start_time: '2030-01-14T12:30:00Z', end_time: '2030-01-14T18:30:00Z' }], ZONE)).toBe('18:00–24:00');
  });

  it("proposes the next quarter hour today, the opening on another day, and 09:00 when the hours are unknown", () => {
    const day = new Date('2030-01-14T06:00:00Z');
    // 11:37:20 in Kolkata → 11:45–12:45.
    const today = nextSlot(day, ZONE, OPEN, new Date('2030-01-14T06:07:20Z'));
    expect([kolkata(today.start), kolkata(today.end)]).toEqual(['14/01/2030, 11:45', '14/01/2030, 12:45']);
    // On a boundary exactly, that boundary.
    expect(kolkata(nextSlot(day, ZONE, OPEN, new Date('2030-01-14T06:00:00Z')).start)).toBe('14/01/2030, 11:30');
    // Before opening, the opening.
    expect(kolkata(nextSlot(day, ZONE, OPEN, new Date('2030-01-14T00:00:00Z')).start)).toBe('14/01/2030, 08:00');
    // Another day: its opening, whatever the time now.
    const tomorrow = nextSlot(new Date('2030-01-15T06:00:00Z'), ZONE, OPEN, new Date('2030-01-14T06:07:20Z'));
    expect([kolkata(tomorrow.start), kolkata(tomorrow.end)]).toEqual(['15/01/2030, 08:00', '15/01/2030, 09:00']);
    expect(kolkata(nextSlot(new Date('2030-01-16T06:00:00Z'), ZONE, OPEN, new Date('2030-01-14T06:00:00Z')).start)).toBe('16/01/2030, 09:00');
    // Late at night the proposal stays within the day.
    const late = nextSlot(day, ZONE, OPEN, new Date('2030-01-14T18:20:00Z'));
    expect([kolkata(late.start), kolkata(late.end)]).toEqual(['14/01/2030, 23:45', '15/01/2030, 00:00']);
  });

  it('books inside a block at its first time not taken', () => {
    const block = { start: new Date('2030-01-14T04:30:00Z'), end: new Date('2030-01-14T06:30:00Z') };
    expect(firstFreeStart(block, [])).toEqual(block.start);
    const busy = [
      { start_time: '2030-01-14T04:30:00Z', end_time: '2030-01-14T05:00:00Z' },
      { start_time: '2030-01-14T05:00:00Z', end_time: '2030-01-14T05:10:00Z' },
    ];
    expect(firstFreeStart(block, busy)).toEqual(new Date('2030-01-14T05:15:00Z'));
    expect(firstFreeStart(block, [{ start_time: '2030-01-14T04:00:00Z', end_time: '2030-01-14T07:00:00Z' }])).toEqual(block.start);
  });
});
