import { describe, expect, it } from 'vitest';
import { detectDateOrder, readRows } from '../../../shared/tabular';
import { importContext } from './context';
import { tableOf } from './table';

describe('detectDateOrder', () => {
  const mapping = ['title', 'dueDate', 'status'];

  it('says dd/mm/yyyy when a first part is above 12', () => {
    const table = tableOf('Title;Due;Status\nA;03/04/2026;Open\nB;25/04/2026;Open\n');
    expect(detectDateOrder(table, 0, mapping)).toBe('dmy');
  });

  it('says m/d/yyyy when a second part is above 12', () => {
    const table = tableOf('Title,Due,Status\nA,3/4/2026,Open\nB,4/25/2026,Open\n');
    expect(detectDateOrder(table, 0, mapping)).toBe('mdy');
  });

  it('is ambiguous when every part could be a month, or the column disagrees with itself', () => {
    expect(detectDateOrder(tableOf('Title,Due,Status\nA,03/04/2026,Open\nB,2026-04-25,Open\n'), 0, mapping)).toBe(
      'ambiguous',
    );
    expect(detectDateOrder(tableOf('Title,Due,Status\nA,25/04/2026,Open\nB,4/25/2026,Open\n'), 0, mapping)).toBe(
      'ambiguous',
    );
  });

  it('looks only at date columns and at the week headers of a grid', () => {
    const table = tableOf('Title,Status,Due\nA,13/01/2026,01/02/2026\n');
    expect(detectDateOrder(table, 0, ['title', 'status', 'dueDate'])).toBe('ambiguous');
    const grid = tableOf('Name,01/13/2026,01/20/2026\nMarie Dupont,50%,50%\n');
    expect(detectDateOrder(grid, 0, ['person', 'week', 'week'])).toBe('mdy');
  });

  it('decides how readRows reads the same cell', () => {
    const table = tableOf('Title,Probability,Impact,Review date\nA,2,3,03/04/2026\n');
    const mapping4 = ['title', 'probability', 'impact', 'reviewDate'];
    const dayFirst = readRows(table, 0, 'risk', mapping4, importContext({ dateOrder: 'dmy' }));
    const monthFirst = readRows(table, 0, 'risk', mapping4, importContext({ dateOrder: 'mdy' }));
    expect(dayFirst.rows[0].fields.reviewDate).toBe('2026-04-03');
    expect(monthFirst.rows[0].fields.reviewDate).toBe('2026-03-04');
    expect(monthFirst.rows[0].conversions[0]).toMatchObject({ rule: 'date_mdy' });
  });
});
