import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, parseNumberCell, parsePercentCell } from '../../../shared/tabular';

const french = { commaDecimal: true };
const english = { commaDecimal: false };

describe('parseLocaleNumber', () => {
  it('reads French numbers: decimal comma, spaces, NBSP and narrow NBSP thousands', () => {
    expect(parseLocaleNumber('1 234,5', french)).toBe(1234.5);
    expect(parseLocaleNumber('1\u00a0234\u00a0567,25', french)).toBe(1234567.25);
    expect(parseLocaleNumber('12\u202f000', french)).toBe(12000);
    expect(parseLocaleNumber('0,45', english)).toBe(0.45);
    expect(parseLocaleNumber('1.234,5', french)).toBe(1234.5);
    expect(parseLocaleNumber('1,234', french)).toBe(1.234);
  });

  it('reads English numbers and currency amounts', () => {
    expect(parseLocaleNumber('1,234.5', english)).toBe(1234.5);
    expect(parseLocaleNumber('1,234', english)).toBe(1234);
    expect(parseLocaleNumber('1,234,567', french)).toBe(1234567);
    expect(parseLocaleNumber('€ 1 200', french)).toBe(1200);
    expect(parseLocaleNumber('1 200 €', french)).toBe(1200);
    expect(parseLocaleNumber('-3.5', english)).toBe(-3.5);
  });

  it('returns undefined for text that is not a number', () => {
    for (const text of ['', 'abc', '12abc', '1,2,3.4.5', '--1'])
      expect(parseLocaleNumber(text, french), text).toBeUndefined();
  });
});

describe('parseNumberCell', () => {
  it('shows a conversion only when the text was not a plain number', () => {
    expect(parseNumberCell('42', french)).toEqual({ ok: true, value: 42 });
    expect(parseNumberCell('1 234,5', french)).toMatchObject({ value: 1234.5, rule: 'number_locale', shown: '1234.5' });
    expect(parseNumberCell('beaucoup', french)).toEqual({
      ok: false,
      code: 'bad_number',
      reason: 'beaucoup is not a number',
    });
  });
});

describe('parsePercentCell', () => {
  it('reads "45 %", "45%" and "45" as 45', () => {
    expect(parsePercentCell('45 %', french)).toMatchObject({ value: 45, rule: 'percent' });
    expect(parsePercentCell('45%', english)).toMatchObject({ value: 45, rule: 'percent' });
    expect(parsePercentCell('12,5 %', french)).toMatchObject({ value: 12.5, rule: 'percent' });
    expect(parsePercentCell('45', french)).toEqual({ ok: true, value: 45 });
  });

  it('reads a fraction with decimals as a share: "0,45" and "0.45" are 45, "1.0" is 100', () => {
    expect(parsePercentCell('0,45', french)).toMatchObject({ value: 45, rule: 'fraction_to_percent' });
    expect(parsePercentCell('0.45', english)).toMatchObject({ value: 45, rule: 'fraction_to_percent' });
    expect(parsePercentCell('0.07', english)).toMatchObject({ value: 7 });
    expect(parsePercentCell('1.0', english)).toMatchObject({ value: 100 });
    expect(parsePercentCell('1', english)).toEqual({ ok: true, value: 1 });
  });

  it('refuses text that is not a percentage', () => {
    expect(parsePercentCell('moitié', french)).toMatchObject({ ok: false, code: 'bad_number' });
    expect(parsePercentCell('x %', french)).toMatchObject({ ok: false, code: 'bad_number' });
  });
});
