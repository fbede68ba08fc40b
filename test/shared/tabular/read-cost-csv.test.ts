import { describe, expect, it } from 'vitest';
import { readCostCsv, readPeriodCell } from '../../../shared/tabular';

describe('reading a cost CSV', () => {
  it('reads period, amount and note with a header, in any order, amounts as people write them', () => {
    const reading = readCostCsv('note;montant;mois\nFacture 4411;"12 500,50";2026-03\n;800;avril 2026\n');
    expect(reading.problems).toEqual([]);
    expect(reading.rows).toEqual([
      { line: 2, period: '2026-03-01', amount: 12_500.5, note: 'Facture 4411' },
      { line: 3, period: '2026-04-01', amount: 800 },
    ]);
    expect(reading.periods).toEqual(['2026-03-01', '2026-04-01']);
  });

  it('reads a file without header as period, amount, note', () => {
    const reading = readCostCsv('2026-01-15,1000,Kick-off\n03/2026,"1,250.75",\n');
    expect(reading.rows.map((row) => [row.period, row.amount])).toEqual([
      ['2026-01-01', 1000],
      ['2026-03-01', 1250.75],
    ]);
  });

  it('lists every bad row with its line and reason', () => {
    const reading = readCostCsv(
      'period,amount,note\n2026-01,1000,ok\nsoon,200,\n2026-02,-5,refund\n2026-03,lots,\n2026-13,10,\n',
    );
    expect(reading.problems).toEqual([
      { line: 3, code: 'period', value: 'soon' },
      { line: 4, code: 'negative', value: '-5' },
      { line: 5, code: 'amount', value: 'lots' },
      { line: 6, code: 'period', value: '2026-13' },
    ]);
    expect(reading.rows).toHaveLength(1);
  });

  it('refuses a header without an amount column, and an empty file', () => {
    expect(readCostCsv('period,note\n2026-01,x\n').problems[0]).toMatchObject({ line: 1, code: 'columns' });
    expect(readCostCsv('  \n').problems).toEqual([{ line: 0, code: 'empty', value: '' }]);
  });

  it('keeps hostile notes as plain text for the screen to show as text', () => {
    const reading = readCostCsv('2026-01,10,<img src=x onerror=alert(1)>\n');
    expect(reading.rows[0].note).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads months written the usual ways', () => {
    expect(readPeriodCell('2026-03-17')).toBe('2026-03-01');
    expect(readPeriodCell('17/03/2026')).toBe('2026-03-01');
    expect(readPeriodCell('March 2026')).toBe('2026-03-01');
    expect(readPeriodCell('mars 2026')).toBe('2026-03-01');
    expect(readPeriodCell('next month')).toBeUndefined();
  });
});
