import { describe, expect, it } from 'vitest';
import { busyIntervals, CalendarParseError } from './busy-ics.js';

const file = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const window = { from: Date.parse('2030-03-01T00:00:00Z'), to: Date.parse('2030-06-01T00:00:00Z'), zone: 'America/New_York', maxIntervals: 1000 };
const iso = (intervals: { start: number; end: number }[]) => intervals.map((i) => [new Date(i.start).toISOString(), new Date(i.end).toISOString()]);

/** Outlook's way: a zone with a Windows name, defined in the file itself. */
const WINDOWS_BERLIN = [
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

describe('busy time from an iCalendar file', () => {
  it('expands a weekly rule in its own zone across DST, with an EXDATE and a moved occurrence', () => {
    const text = file(
      'BEGIN:VEVENT', 'UID:w', 'DTSTAMP:20300101T000000Z', 'DTSTART;TZID=Europe/Berlin:20300318T090000', 'DTEND;TZID=Europe/Berlin:20300318T100000',
      'RRULE:FREQ=WEEKLY;COUNT=4', 'EXDATE;TZID=Europe/Berlin:20300401T090000', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:w', 'DTSTAMP:20300101T000000Z', 'RECURRENCE-ID;TZID=Europe/Berlin:20300325T090000',
      'DTSTART;TZID=Europe/Berlin:20300325T140000', 'DTEND;TZID=Europe/Berlin:20300325T150000', 'END:VEVENT',
    );
    expect(iso(busyIntervals(text, window))).toEqual([
      ['2030-03-18T08:00:00.000Z', '2030-03-18T09:00:00.000Z'],
      ['2030-03-25T13:00:00.000Z', '2030-03-25T14:00:00.000Z'],
      ['2030-04-08T07:00:00.000Z', '2030-04-08T08:00:00.000Z'],
    ]);
  });

  it("reads a zone only the file defines (Outlook's Windows names)", () => {
    const text = file(...WINDOWS_BERLIN, 'BEGIN:VEVENT', 'UID:o', 'DTSTAMP:20300101T000000Z',
      'DTSTART;TZID=W. Europe Standard Time:20300415T090000', 'DTEND;TZID=W. Europe Standard Time:20300415T093000', 'END:VEVENT');
    expect(iso(busyIntervals(text, window))).toEqual([['2030-04-15T07:00:00.000Z', '2030-04-15T07:30:00.000Z']]);
  });

  it("reads all-day and floating events in the provider's zone, and skips free, cancelled and out-of-window ones", () => {
    const text = file(
      'BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20300101T000000Z', 'DTSTART;VALUE=DATE:20300320', 'DTEND;VALUE=DATE:20300321', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:f', 'DTSTAMP:20300101T000000Z', 'DTSTART:20300322T090000', 'DTEND:20300322T100000', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:t', 'DTSTAMP:20300101T000000Z', 'DTSTART:20300323T090000Z', 'DTEND:20300323T100000Z', 'TRANSP:TRANSPARENT', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:c', 'DTSTAMP:20300101T000000Z', 'DTSTART:20300324T090000Z', 'DTEND:20300324T100000Z', 'STATUS:CANCELLED', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:o', 'DTSTAMP:20300101T000000Z', 'DTSTART:20310101T090000Z', 'DTEND:20310101T100000Z', 'END:VEVENT',
    );
    expect(iso(busyIntervals(text, window))).toEqual([
      ['2030-03-20T04:00:00.000Z', '2030-03-21T04:00:00.000Z'],
      ['2030-03-22T13:00:00.000Z', '2030-03-22T14:00:00.000Z'],
    ]);
  });

  it('stops an endless rule at the window and refuses a runaway one and a file that is not iCalendar', () => {
    const daily = file('BEGIN:VEVENT', 'UID:d', 'DTSTAMP:20200101T000000Z', 'DTSTART:20200101T090000Z', 'DTEND:20200101T091500Z', 'RRULE:FREQ=DAILY', 'END:VEVENT');
    expect(busyIntervals(daily, window)).toHaveLength(92);
    const minutely = file('BEGIN:VEVENT', 'UID:m', 'DTSTAMP:20300101T000000Z', 'DTSTART:20300301T000000Z', 'DTEND:20300301T000100Z', 'RRULE:FREQ=MINUTELY', 'END:VEVENT');
    expect(() => busyIntervals(minutely, window)).toThrow(CalendarParseError);
    expect(() => busyIntervals('<html></html>', window)).toThrow(CalendarParseError);
  });
});
