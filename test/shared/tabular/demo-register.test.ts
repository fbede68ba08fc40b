import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectDateOrder,
  detectHeaderRow,
  detectImportKind,
  parseCsvText,
  readRows,
  suggestMapping,
} from '../../../shared/tabular';
import { importContext } from './context';

const demoFile = join(import.meta.dirname, '../../../demo/registre-des-risques.csv');
// The people `npm start` puts in the demo workspace (scripts/start.mjs).
const demoPeople = [
  { id: '55555555-5555-4555-8555-555555555551', name: 'Élodie Marchand' },
  { id: '55555555-5555-4555-8555-555555555552', name: 'Jérôme N’Guyen' },
  { id: '55555555-5555-4555-8555-555555555553', name: 'Clémence Faure' },
];

describe('the demo register that README suggests dropping on the import page', () => {
  it('imports whole: 8 risks, French headers and dates understood, every owner a demo person', () => {
    const parsed = parseCsvText(readFileSync(demoFile, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const headerRow = detectHeaderRow(parsed.value.rows);
    const headers = parsed.value.rows[headerRow];
    const kind = detectImportKind(headers);
    const mapping = suggestMapping(kind, headers);
    expect([headerRow, kind, detectDateOrder(parsed.value, headerRow, mapping)]).toEqual([1, 'risk', 'dmy']);

    const result = readRows(parsed.value, headerRow, kind, mapping, importContext({ people: demoPeople }));

    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.key.ref, row.fields.probability, row.fields.impact])).toEqual([
      ['R-001', 4, 4],
      ['R-002', 3, 4],
      ['R-003', 2, 5],
      ['R-004', 3, 3],
      ['R-005', 4, 3],
      ['R-006', 2, 3],
      ['R-007', 3, 2],
      ['R-008', 4, 5],
    ]);
    expect(new Set(result.rows.map((row) => (row.fields.owner as { personId?: string }).personId))).toEqual(
      new Set(demoPeople.map((person) => person.id)),
    );
  });
});
