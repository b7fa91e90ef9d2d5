import { describe, expect, it } from 'vitest';
import { appointmentIcs, countdown, groupSlots, visibleHours, zoneLabel } from '../web/src/lib/time.js';

// The web app's time logic (web/src/lib/time.ts): pure functions, no browser needed.
describe('web app time logic', () => {
  it('names a zone with its offset on that date, following daylight saving', () => {
    expect(zoneLabel('Asia/Kolkata', new Date('2030-01-14T04:00:00Z'))).toBe('Asia/Kolkata (GMT+5:30)');
    expect(zoneLabel('Europe/Berlin', new Date('2030-01-14T12:00:00Z'))).toBe('Europe/Berlin (GMT+1)');
    expect(zoneLabel('Europe/Berlin', new Date('2030-07-14T12:00:00Z'))).toBe('Europe/Berlin (GMT+2)');
    expect(zoneLabel('America/St_Johns', new Date('2030-01-14T12:00:00Z'))).toBe('America/St_Johns (GMT-3:30)');
    expect(zoneLabel('UTC', new Date('2030-01-14T12:00:00Z'))).toBe('UTC (GMT)');
  });

  it('groups slots by the local date and part of the day in the reader\'s zone, in time order', () => {
    const slots = [
      { start_time: '2030-01-14T09:30:00Z' }, // 15:00 in Kolkata: afternoon
      { start_time: '2030-01-14T03:30:00Z' }, // 09:00: morning
      { start_time: '2030-01-14T12:30:00Z' }, // 18:00: evening
      { start_time: '2030-01-14T19:00:00Z' }, // 00:30 on the 15th
      { start_time: '2030-01-14T04:00:00Z' }, // 09:30: morning
    ];
    const groups = groupSlots(slots, 'Asia/Kolkata');
    expect(groups.map((g) => g.date)).toEqual(['2030-01-14', '2030-01-15']);
    expect(groups[0]!.label).toBe('Monday 14 January');
    expect(groups[0]!.parts.map((p) => [p.part, p.slots.map((s) => s.start_time)])).toEqual([
      ['morning', ['2030-01-14T03:30:00Z', '2030-01-14T04:00:00Z']],
      ['afternoon', ['2030-01-14T09:30:00Z']],
      ['evening', ['2030-01-14T12:30:00Z']],
    ]);
    // The same instants read in New York fall on the 13th and 14th.
    expect(groupSlots(slots, 'America/New_York').map((g) => g.date)).toEqual(['2030-01-13', '2030-01-14']);
    expect(groupSlots([], 'UTC')).toEqual([]);
  });

  it('counts a hold down in minutes and seconds and stops at zero', () => {
    const until = '2030-01-14T10:15:00Z';
    expect(countdown(until, Date.parse('2030-01-14T10:00:00Z'))).toBe('15:00');
    expect(countdown(until, Date.parse('2030-01-14T10:14:01Z'))).toBe('0:59');
    expect(countdown(until, Date.parse('2030-01-14T10:20:00Z'))).toBe('0:00');
  });

  it('draws the facility\'s open hours, or 08:00–18:00 without any', () => {
    expect(visibleHours([], 'UTC')).toEqual({ min: 480, max: 1080 });
    const hours = visibleHours(
      [
        { start_time: '2030-01-14T03:30:00Z', end_time: '2030-01-14T13:30:00Z' }, // 09:00–19:00 Kolkata
        { start_time: '2030-01-15T02:30:00Z', end_time: '2030-01-15T07:30:00Z' }, // 08:00–13:00
      ],
      'Asia/Kolkata',
    );
    expect(hours).toEqual({ min: 8 * 60, max: 19 * 60 });
    // Open until midnight: the grid runs to the end of the day.
    expect(visibleHours([{ start_time: '2030-01-14T12:00:00Z', end_time: '2030-01-15T00:00:00Z' }], 'UTC')).toEqual({ min: 720, max: 1440 });
  });

  it('writes an .ics file of one appointment in UTC with escaped text', () => {
    const ics = appointmentIcs({ id: 'a1', start_time: '2030-01-14T03:30:00.000Z', end_time: '2030-01-14T04:00:00.000Z', title: 'Checkup, follow-up; Dr. A', location: 'City Hospital', now: '2030-01-01T00:00:00Z' });
    expect(ics).toContain('DTSTART:20300114T033000Z\r\n');
    expect(ics).toContain('DTEND:20300114T040000Z\r\n');
    expect(ics).toContain('SUMMARY:Checkup\\, follow-up\\; Dr. A\r\n');
    expect(ics).toContain('LOCATION:City Hospital\r\n');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });
});
