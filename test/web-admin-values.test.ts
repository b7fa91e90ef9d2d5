import { describe, expect, it } from 'vitest';
import {
  hoursByWeekday,
  minorToPrice,
  nextRange,
  normalizeClock,
  priceLabel,
  priceToMinor,
  weekHoursList,
  weekHoursProblems,
  weekHoursSummary,
} from '../web/src/components/admin/values.js';

// The workspace and admin screens' form logic (web/src/components/admin/values.ts): no browser needed.
describe('web app admin form values', () => {
  it('reads a typed time as 24-hour HH:MM, forgiving about how it is typed, and refuses what is not a time', () => {
    expect(normalizeClock('09:00')).toBe('09:00');
    expect(normalizeClock('9')).toBe('09:00');
    expect(normalizeClock('930')).toBe('09:30');
    expect(normalizeClock('1730')).toBe('17:30');
    expect(normalizeClock(' 9.30 ')).toBe('09:30');
    expect(normalizeClock('9h05')).toBe('09:05');
    expect(normalizeClock('23:59')).toBe('23:59');
    for (const bad of ['', '25:00', '12:60', '9:5', '2pm', '02:00 PM', '12345', 'noon']) expect(normalizeClock(bad), bad).toBeNull();
    // The end of the day only as an end.
    expect(normalizeClock('24:00')).toBeNull();
    expect(normalizeClock('24:00', true)).toBe('24:00');
    expect(normalizeClock('24:30', true)).toBeNull();
  });

  it('turns the API\'s flat opening hours into ranges per weekday and back, in order', () => {
    const flat = [
      { weekday: 'monday', open: '14:00', close: '18:00' },
      { weekday: 'monday', open: '09:00', close: '13:00' },
      { weekday: 'saturday', open: '10:00', close: '14:00' },
    ] as const;
    const week = hoursByWeekday([...flat]);
    expect(week.monday).toEqual([{ open: '09:00', close: '13:00' }, { open: '14:00', close: '18:00' }]);
    expect(week.sunday).toEqual([]);
    expect(weekHoursList(week)).toEqual([flat[1], flat[0], flat[2]]);
    expect(weekHoursSummary(week)).toBe('Mon 09:00–13:00, 14:00–18:00 · Sat 10:00–14:00');
    expect(weekHoursSummary(hoursByWeekday([]))).toBe('No opening hours (open any time)');
  });

  it('says in words which ranges are mistyped, reversed or overlapping', () => {
    const week = hoursByWeekday([
      { weekday: 'monday', open: '09:00', close: '13:00' },
      { weekday: 'monday', open: '12:00', close: '18:00' },
      { weekday: 'tuesday', open: '18:00', close: '09:00' },
      { weekday: 'wednesday', open: '7pm', close: '22:00' },
      { weekday: 'thursday', open: '20:00', close: '24:00' },
    ]);
    expect(weekHoursProblems(week)).toEqual([
      'Monday: 09:00–13:00 and 12:00–18:00 overlap',
      'Tuesday, range 1: closing must be after opening',
      'Wednesday, range 1: write both times as HH:MM (24-hour)',
    ]);
    expect(weekHoursProblems(hoursByWeekday([{ weekday: 'monday', open: '09:00', close: '13:00' }, { weekday: 'monday', open: '13:00', close: '18:00' }]))).toEqual([]);
  });

  it('suggests the next range after an hour\'s break, never past the end of the day', () => {
    expect(nextRange()).toEqual({ open: '09:00', close: '17:00' });
    expect(nextRange({ open: '08:00', close: '12:00' })).toEqual({ open: '13:00', close: '17:00' });
    expect(nextRange({ open: '17:00', close: '22:00' })).toEqual({ open: '23:00', close: '24:00' });
    expect(nextRange({ open: '20:00', close: '24:00' })).toEqual({ open: '23:00', close: '24:00' });
  });

  it('reads prices in the currency\'s minor units', () => {
    expect(priceToMinor('500', 'INR')).toBe(50000);
    expect(priceToMinor('750.5', 'INR')).toBe(75050);
    expect(priceToMinor('1,200.00', 'EUR')).toBe(120000);
    expect(priceToMinor('1500', 'JPY')).toBe(1500);
    for (const bad of ['', '-5', '5.555', 'ten', '1.5.0']) expect(priceToMinor(bad, 'INR'), bad).toBeNull();
    expect(priceToMinor('1.5', 'JPY')).toBeNull();
    expect(minorToPrice(75050, 'INR')).toBe('750.50');
    expect(minorToPrice(1500, 'JPY')).toBe('1500');
    expect(priceLabel(50000, 'INR')).toBe('INR 500.00');
    expect(priceLabel(null, null)).toBe('Free');
  });
});
