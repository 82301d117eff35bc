/**
 * Every date the reader shows comes from src/lib/format-date.ts. A time is
 * shown where the reader is; a date-only value is the same calendar day in
 * every time zone and never gains a time.
 */
import { describe, expect, it } from 'vitest';
import {
  dateTimeValue, dayKey, formatDate, formatDay, formatDayHeading, formatDayRange, formatRelative,
} from '../../src/lib/format-date';

const timed = { published: '2021-08-24T08:58:00.000Z' };
const dateOnly = { published: '2021-08-24T00:00:00.000Z', dateOnly: true as const };
/** From the far west to the far east of the world's clocks. */
const zones = ['Pacific/Pago_Pago', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata', 'Pacific/Kiritimati'];
const at = (timeZone: string) => ({ timeZone });

describe('formatDate', () => {
  it('gives the day, month, year and 24-hour time where the reader is', () => {
    expect(formatDate(timed, at('UTC'))).toBe('24 Aug 2021, 08:58');
    expect(formatDate(timed, at('America/Los_Angeles'))).toBe('24 Aug 2021, 01:58');
    expect(formatDate(timed, at('Pacific/Kiritimati'))).toBe('24 Aug 2021, 22:58');
    expect(formatDate({ published: '2021-08-24T03:00:00Z' }, at('America/Los_Angeles'))).toBe('23 Aug 2021, 20:00');
  });

  it('gives a date-only value its own day and no time, in every time zone', () => {
    for (const zone of zones) {
      const text = formatDate(dateOnly, at(zone));
      expect(text, zone).toBe('24 Aug 2021');
      expect(text).not.toMatch(/\d:\d|AM|PM/);
      expect(formatDay(dateOnly, at(zone))).toBe('24 Aug 2021');
      expect(dayKey(dateOnly, at(zone))).toBe('2021-08-24');
    }
  });

  it('passes anything that is not a date through as it came', () => {
    expect(formatDate({ published: 'soon' })).toBe('soon');
    expect(formatRelative({ published: 'soon' })).toBe('soon');
  });
});

describe('dateTimeValue', () => {
  it('is the instant for a time and the day alone for a date-only value', () => {
    expect(dateTimeValue(timed)).toBe('2021-08-24T08:58:00.000Z');
    expect(dateTimeValue(dateOnly)).toBe('2021-08-24');
  });
});

describe('formatRelative', () => {
  const now = Date.parse('2024-08-24T12:00:00Z');

  it('counts a time back from now', () => {
    expect(formatRelative({ published: '2024-08-24T09:00:00Z' }, now)).toBe('3 hours ago');
    expect(formatRelative(timed, now)).toBe('3 years ago');
    expect(formatRelative({ published: '2024-08-24T11:59:50Z' }, now)).toBe('now');
  });

  it('counts a date-only value in whole days from the reader\'s today, never in hours', () => {
    const sameDay = { published: '2024-08-24T00:00:00.000Z', dateOnly: true as const };
    const dayBefore = { published: '2024-08-23T00:00:00.000Z', dateOnly: true as const };
    expect(formatRelative(sameDay, now, at('UTC'))).toBe('today');
    expect(formatRelative(dayBefore, now, at('UTC'))).toBe('yesterday');
    // Late on the 23rd in Los Angeles, the 24th is tomorrow there.
    const evening = Date.parse('2024-08-24T05:00:00Z');
    expect(formatRelative(sameDay, evening, at('America/Los_Angeles'))).toBe('tomorrow');
    expect(formatRelative(dayBefore, evening, at('America/Los_Angeles'))).toBe('today');
    expect(formatRelative(dateOnly, now, at('UTC'))).toBe('3 years ago');
  });
});

describe('day headings', () => {
  it('file a time under the reader\'s day and name the day in full', () => {
    expect(dayKey({ published: '2021-08-24T03:00:00Z' }, at('UTC'))).toBe('2021-08-24');
    expect(dayKey({ published: '2021-08-24T03:00:00Z' }, at('America/Los_Angeles'))).toBe('2021-08-23');
    expect(formatDayHeading('2021-08-24')).toBe('Tuesday, 24 August 2021');
    expect(formatDayHeading('2020-02-29')).toBe('Saturday, 29 February 2020');
  });
});

describe('formatDayRange', () => {
  it('keeps a date-only end on its own day, wherever the reader is', () => {
    const first = { published: '2021-08-23T00:00:00.000Z', dateOnly: true as const };
    for (const zone of zones) expect(formatDayRange(first, dateOnly, at(zone)), zone).toBe('23 Aug – 24 Aug 2021');
    expect(formatDayRange(dateOnly, dateOnly, at('America/Los_Angeles'))).toBe('24 Aug 2021');
  });
});
