import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  fromDayNumber,
  isoWeekdayOf,
  mondayOf,
  toDayNumber,
} from '../../../../shared/analytics/resources/iso-day';

describe('calendar day numbers', () => {
  it('agree with Date.UTC on every day from 1900 to 2200 and round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(toDayNumber(iso)).toBe(day);
        expect(fromDayNumber(day)).toBe(iso);
      }),
    );
  });

  it('name ISO weekdays and the Monday of the week', () => {
    expect(isoWeekdayOf(toDayNumber('2026-03-16'))).toBe(1);
    expect(isoWeekdayOf(toDayNumber('2026-03-22'))).toBe(7);
    expect(fromDayNumber(mondayOf(toDayNumber('2026-03-22')))).toBe('2026-03-16');
    expect(fromDayNumber(mondayOf(toDayNumber('1969-12-31')))).toBe('1969-12-29');
  });

  it('count calendar days across a leap day', () => {
    expect(daysBetween('2028-02-27', '2028-03-01')).toBe(3);
    expect(daysBetween('2026-03-16', '2026-03-02')).toBe(-14);
  });
});
