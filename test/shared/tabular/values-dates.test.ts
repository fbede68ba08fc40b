import { describe, expect, it } from 'vitest';
import { parseDateCell, serialToIsoDate } from '../../../shared/tabular';

describe('parseDateCell', () => {
  it('takes ISO dates as they are, with no conversion to show', () => {
    expect(parseDateCell('2026-03-01', 'dmy')).toEqual({ ok: true, value: '2026-03-01' });
  });

  it('converts ISO-like dates with slashes, dots or a time', () => {
    expect(parseDateCell('2026/3/1', 'mdy')).toMatchObject({ value: '2026-03-01', rule: 'date_iso' });
    expect(parseDateCell('2026-03-01T09:30:00Z', 'dmy')).toMatchObject({ value: '2026-03-01', rule: 'date_iso' });
  });

  it('reads dd/mm/yyyy in day-first order, also with dots, dashes and a time', () => {
    expect(parseDateCell('01/03/2026', 'dmy')).toEqual({
      ok: true,
      value: '2026-03-01',
      rule: 'date_dmy',
      shown: '2026-03-01',
    });
    expect(parseDateCell('1.3.2026', 'dmy')).toMatchObject({ value: '2026-03-01', rule: 'date_dmy' });
    expect(parseDateCell('01-03-2026', 'dmy')).toMatchObject({ value: '2026-03-01', rule: 'date_dmy' });
    expect(parseDateCell('25/12/2026 14:00', 'dmy')).toMatchObject({ value: '2026-12-25' });
  });

  it('reads m/d/yyyy in month-first order: the same text gives the other date', () => {
    expect(parseDateCell('3/1/2026', 'mdy')).toMatchObject({ value: '2026-03-01', rule: 'date_mdy' });
    expect(parseDateCell('3/1/2026', 'dmy')).toMatchObject({ value: '2026-01-03', rule: 'date_dmy' });
    expect(parseDateCell('12/25/2026', 'mdy')).toMatchObject({ value: '2026-12-25' });
  });

  it('reads 2-digit years as 20xx up to 69 and 19xx from 70', () => {
    expect(parseDateCell('01/03/26', 'dmy')).toMatchObject({ value: '2026-03-01' });
    expect(parseDateCell('3/1/26', 'mdy')).toMatchObject({ value: '2026-03-01' });
    expect(parseDateCell('01/03/99', 'dmy')).toMatchObject({ value: '1999-03-01' });
  });

  it('reads Google Sheets serial numbers from the 1899-12-30 epoch', () => {
    expect(parseDateCell('46082', 'dmy')).toEqual({
      ok: true,
      value: '2026-03-01',
      rule: 'date_serial',
      shown: '2026-03-01',
    });
    expect(parseDateCell('46082.75', 'mdy')).toMatchObject({ value: '2026-03-01' });
    expect(serialToIsoDate(1)).toBe('1899-12-31');
    expect(serialToIsoDate(45658)).toBe('2025-01-01');
  });

  it('reads French and English month names', () => {
    for (const text of [
      '1 mars 2026',
      '1er mars 2026',
      'dimanche 1 mars 2026',
      '01-mar-2026',
      'Mar 1, 2026',
      'March 1st 2026',
    ]) {
      expect(parseDateCell(text, 'dmy'), text).toMatchObject({ ok: true, value: '2026-03-01', rule: 'date_text' });
    }
    expect(parseDateCell('15 févr. 2026', 'mdy')).toMatchObject({ value: '2026-02-15' });
    expect(parseDateCell('3 août 26', 'dmy')).toMatchObject({ value: '2026-08-03' });
    expect(parseDateCell('December 31, 2026', 'dmy')).toMatchObject({ value: '2026-12-31' });
  });

  it('refuses days that are not on the calendar and text that is not a date', () => {
    expect(parseDateCell('31/02/2026', 'dmy')).toEqual({
      ok: false,
      code: 'bad_date',
      reason: '31/02/2026 is not a date (read as dd/mm/yyyy)',
    });
    for (const text of [
      '2026-02-30',
      '13/13/2026',
      '25/12/2026x',
      'soon',
      '30 février 2026',
      '0',
      '100001',
      'Q3 2026',
    ]) {
      expect(parseDateCell(text, text === '13/13/2026' ? 'mdy' : 'dmy'), text).toMatchObject({
        ok: false,
        code: 'bad_date',
      });
    }
    expect(parseDateCell('25/12/2026', 'mdy')).toMatchObject({ ok: false, code: 'bad_date' });
  });
});
