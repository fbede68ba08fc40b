import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkingCalendar, fromEpochDay, toEpochDay } from '../../../../shared/analytics/schedule';

const mondayToFriday = createWorkingCalendar();

describe('working calendar against published spreadsheet examples', () => {
  // support.microsoft.com "WORKDAY function", example table (start 2008-10-01, 151 days).
  it('Microsoft Excel WORKDAY example: 151 working days from 2008-10-01 is 2009-04-30, or 2009-05-05 with three holidays', () => {
    expect(mondayToFriday.addWorkingDays('2008-10-01', 151)).toBe('2009-04-30');
    const withHolidays = createWorkingCalendar({ holidays: ['2008-11-26', '2008-12-04', '2009-01-21'] });
    expect(withHolidays.addWorkingDays('2008-10-01', 151)).toBe('2009-05-05');
  });

  // support.microsoft.com "NETWORKDAYS function": 110, 109 and 107 working days, both ends counted.
  it('Microsoft Excel NETWORKDAYS example: 2012-10-01 to 2013-03-01 holds 110, 109 and 107 working days', () => {
    const countInclusive = (holidays: string[]) => {
      const calendar = createWorkingCalendar({ holidays });
      return calendar.workingDaysBetween('2012-10-01', '2013-03-01') + (calendar.isWorkingDay('2012-10-01') ? 1 : 0);
    };
    expect(countInclusive([])).toBe(110);
    expect(countInclusive(['2012-11-22'])).toBe(109);
    expect(countInclusive(['2012-11-22', '2012-12-04', '2013-01-21'])).toBe(107);
  });

  const yearEndHolidays = ['2001-12-24', '2001-12-25', '2001-12-26', '2001-12-31', '2002-01-01'];

  // IBM/HCL Docs spreadsheet "WORKDAY function" example: starts on a Saturday.
  it('IBM Docs WORKDAY example: 17 working days after Saturday 2001-12-01, over the year-end holidays, is 2001-12-28', () => {
    expect(createWorkingCalendar({ holidays: yearEndHolidays }).addWorkingDays('2001-12-01', 17)).toBe('2001-12-28');
  });

  it('HCL Docs NETWORKDAYS example: 2001-12-15 to 2002-01-15 over the year-end holidays holds 17 working days', () => {
    const calendar = createWorkingCalendar({ holidays: yearEndHolidays });
    expect(calendar.workingDaysBetween('2001-12-15', '2002-01-15')).toBe(17);
  });
});

describe('working calendar', () => {
  it('counts a Friday-to-Monday move as one working day of slip, and the reverse as −1', () => {
    expect(mondayToFriday.workingDaysBetween('2026-11-27', '2026-11-30')).toBe(1);
    expect(mondayToFriday.workingDaysBetween('2026-11-30', '2026-11-27')).toBe(-1);
    expect(mondayToFriday.workingDaysBetween('2026-11-27', '2026-11-27')).toBe(0);
  });

  it('adds negative working days backwards, from a Saturday as WORKDAY does', () => {
    expect(mondayToFriday.addWorkingDays('2026-11-30', -1)).toBe('2026-11-27');
    expect(mondayToFriday.addWorkingDays('2026-11-28', -1)).toBe('2026-11-27');
    expect(mondayToFriday.addWorkingDays('2026-12-02', -10)).toBe('2026-11-18');
    expect(mondayToFriday.addWorkingDays('2026-11-28', 0)).toBe('2026-11-28');
  });

  it('skips holidays and weekends for the next working day', () => {
    const calendar = createWorkingCalendar({ holidays: ['2026-11-30'] });
    expect(calendar.nextWorkingDay('2026-11-27')).toBe('2026-12-01');
    expect(calendar.firstWorkingDayFrom('2026-11-28')).toBe('2026-12-01');
    expect(calendar.firstWorkingDayFrom('2026-12-01')).toBe('2026-12-01');
    expect(calendar.isWorkingDay('2026-11-30')).toBe(false);
  });

  it('follows a Sunday-to-Thursday working week', () => {
    const calendar = createWorkingCalendar({ workingDays: [7, 1, 2, 3, 4] });
    expect(calendar.isWorkingDay('2026-11-27')).toBe(false);
    expect(calendar.isWorkingDay('2026-11-29')).toBe(true);
    expect(calendar.nextWorkingDay('2026-11-26')).toBe('2026-11-29');
    expect(calendar.workingDays).toEqual([1, 2, 3, 4, 7]);
  });

  it('ignores holidays that fall on a weekend and repeated holidays', () => {
    const calendar = createWorkingCalendar({ holidays: ['2026-11-28', '2026-12-01', '2026-12-01'] });
    expect(calendar.holidays).toEqual(['2026-12-01']);
    expect(calendar.workingDaysBetween('2026-11-27', '2026-12-04')).toBe(4);
  });

  it('refuses a malformed or impossible date with a RangeError naming it', () => {
    expect(() => mondayToFriday.isWorkingDay('2026-02-29')).toThrow(/2026-02-29/);
    expect(() => mondayToFriday.isWorkingDay('26-11-27')).toThrow(RangeError);
    expect(() => createWorkingCalendar({ workingDays: [] })).toThrow(RangeError);
  });

  it('converts dates to day numbers and back over four centuries, leap days included', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2000-02-29')).toBe(11_016);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
    for (let day = -150_000; day < 150_000; day += 97) expect(toEpochDay(fromEpochDay(day))).toBe(day);
  });

  describe('in any timezone', () => {
    const originalTimezone = process.env.TZ;
    afterEach(() => {
      process.env.TZ = originalTimezone;
    });

    it('gives the same days in Samoa (which skipped 2011-12-30) and in São Paulo (DST at midnight)', () => {
      const results = ['UTC', 'Pacific/Apia', 'America/Sao_Paulo'].map((zone) => {
        process.env.TZ = zone;
        const calendar = createWorkingCalendar({ holidays: ['2011-12-29'] });
        return [
          calendar.addWorkingDays('2011-12-28', 2),
          calendar.workingDaysBetween('2011-12-26', '2012-01-02'),
          calendar.addWorkingDays('2018-11-02', 1),
        ];
      });
      expect(results).toEqual([results[0], results[0], results[0]]);
      expect(results[0]).toEqual(['2012-01-02', 4, '2018-11-05']);
    });
  });
});

const calendarArbitrary = fc
  .record({
    workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    holidays: fc.array(fc.integer({ min: 19_000, max: 21_000 }).map(fromEpochDay), { maxLength: 40 }),
  })
  .map((settings) => createWorkingCalendar(settings));
const dateArbitrary = fc.integer({ min: 19_500, max: 20_500 }).map(fromEpochDay);

describe('working calendar properties', () => {
  it('round-trips: workingDaysBetween(d, addWorkingDays(d, n)) = n from any working day', () => {
    fc.assert(
      fc.property(calendarArbitrary, dateArbitrary, fc.integer({ min: -400, max: 400 }), (calendar, date, days) => {
        const from = calendar.firstWorkingDayFrom(date);
        expect(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, days))).toBe(days);
      }),
    );
  });

  it('round-trips forward from any day, working or not', () => {
    fc.assert(
      fc.property(calendarArbitrary, dateArbitrary, fc.nat(400), (calendar, date, days) => {
        expect(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, days))).toBe(days);
      }),
    );
  });

  it('lands on a working day and counts signed spans antisymmetrically', () => {
    fc.assert(
      fc.property(
        calendarArbitrary,
        dateArbitrary,
        dateArbitrary,
        fc.integer({ min: -50, max: 50 }),
        (calendar, a, b, n) => {
          if (n !== 0) expect(calendar.isWorkingDay(calendar.addWorkingDays(a, n))).toBe(true);
          expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, a)).toBe(0);
        },
      ),
    );
  });

  it('agrees with counting working days one by one', () => {
    fc.assert(
      fc.property(calendarArbitrary, dateArbitrary, fc.nat(60), (calendar, from, span) => {
        let counted = 0;
        for (let day = toEpochDay(from) + 1; day <= toEpochDay(from) + span; day += 1) {
          if (calendar.isWorkingDay(fromEpochDay(day))) counted += 1;
        }
        expect(calendar.workingDaysBetween(from, fromEpochDay(toEpochDay(from) + span))).toBe(counted);
      }),
    );
  });
});
