import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLongDate } from './format-date.ts';

describe('formatLongDate', () => {
  it('doc example: 6 December 2026', () => {
    expect(formatLongDate(new Date(2026, 11, 6))).toBe('6 December 2026');
  });

  it('writes what en-GB long dates write, for every month', () => {
    for (let month = 0; month < 12; month++) {
      const date = new Date(2026, month, month + 1);
      expect(formatLongDate(date)).toBe(
        date.toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric' }),
      );
    }
  });
});

describe('formatDateTime', () => {
  it('doc example: 5 Jan 2026, 07:04 (two-digit hours and minutes)', () => {
    expect(formatDateTime(new Date(2026, 0, 5, 7, 4))).toBe('5 Jan 2026, 07:04');
  });

  it('a 24-hour clock and a three-letter month: 15 Sep 2026, 23:59', () => {
    expect(formatDateTime(new Date(2026, 8, 15, 23, 59))).toBe('15 Sep 2026, 23:59');
  });

  it('an invalid date is empty', () => {
    expect(formatDateTime(new Date('not a date'))).toBe('');
  });
});
