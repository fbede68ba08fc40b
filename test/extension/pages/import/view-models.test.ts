import { afterEach, describe, expect, it } from 'vitest';
import { columnLetter } from '../../../../extension/pages/import/column-letter';
import { decodeCsvBytes } from '../../../../extension/pages/import/decode-csv-bytes';
import { defaultDateOrder } from '../../../../extension/pages/import/default-date-order';
import { describeProblem } from '../../../../extension/pages/import/describe-problem';
import { exportFileName } from '../../../../extension/pages/import/export-file-name';
import {
  buildInvalidRowsTable,
  invalidRowsFileName,
  toInvalidRowsCsv,
} from '../../../../extension/pages/import/invalid-rows';
import {
  columnCount,
  dataLines,
  missingRequiredFields,
  sampleValues,
} from '../../../../extension/pages/import/mapping-view';
import { buildPreview, previewLineLimit } from '../../../../extension/pages/import/preview-rows';
import {
  fileSourceKey,
  parseSheetUrl,
  readSheetSource,
  sheetSourceKey,
} from '../../../../extension/pages/import/sheet-source';
import { summarizeConversions } from '../../../../extension/pages/import/summarize-conversions';
import type { ImportedRow, ParsedTable, ReadResult, RowProblem } from '../../../../shared/tabular/types';
import { serveLocale } from '../../serve-locale';

afterEach(() => serveLocale('en'));

const riskTable: ParsedTable = {
  delimiter: ';',
  rows: [
    ['Registre des risques ERP', '', ''],
    ['Réf', 'Titre', 'Échéance'],
    ['R-1', 'Retard fournisseur', '31/02/2026'],
    ['R-2', 'Budget', '15/03/2026'],
    ['', '', ''],
    ['R-3', 'Départ clé', 'demain'],
  ],
};

const problem = (
  line: number,
  column: number | null,
  raw: string,
  code: RowProblem['code'] = 'bad_date',
): RowProblem => ({
  line,
  column,
  columnName: column === null ? null : (riskTable.rows[1][column] ?? null),
  field: 'dueDate',
  code,
  reason: 'not a date',
  raw,
});

describe('column letters', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 3, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'D',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('problems in words', () => {
  it('says line, column letter, header and reason in English', () => {
    expect(describeProblem(problem(3, 2, '31/02/2026'))).toBe('Line 3, column C (Échéance): 31/02/2026 is not a date');
    expect(describeProblem({ ...problem(6, null, ''), code: 'required', raw: undefined })).toBe(
      'Line 6: this field is required',
    );
    expect(describeProblem(problem(4, 1, 'Zoé Martin', 'unknown_owner'))).toBe(
      'Line 4, column B (Titre): “Zoé Martin” matches no person or member of the workspace',
    );
  });

  it('says them in French, problem codes included', async () => {
    await serveLocale('fr');

    expect(describeProblem(problem(3, 2, '31/02/2026'))).toBe(
      "Ligne 3, colonne C (Échéance) : 31/02/2026 n'est pas une date",
    );
    expect(describeProblem(problem(5, 1, '12', 'out_of_range'))).toBe(
      'Ligne 5, colonne B (Titre) : 12 est hors de la plage permise',
    );
    expect(describeProblem({ ...problem(5, 1, ''), code: 'bad_number' })).toBe(
      "Ligne 5, colonne B (Titre) : (vide) n'est pas un nombre",
    );
  });
});

describe('invalid rows download', () => {
  it('keeps the header and each invalid line as it was, with a Problem column joining its problems', () => {
    const table = buildInvalidRowsTable(
      riskTable,
      1,
      [problem(6, 2, 'demain'), problem(3, 2, '31/02/2026'), problem(3, 0, 'R-1', 'duplicate_key')],
      'Problem',
      (item) => `${item.code}@${item.line}`,
    );

    expect(table).toEqual([
      ['Réf', 'Titre', 'Échéance', 'Problem'],
      ['R-1', 'Retard fournisseur', '31/02/2026', 'bad_date@3; duplicate_key@3'],
      ['R-3', 'Départ clé', 'demain', 'bad_date@6'],
    ]);
  });

  it('finds the lines problems cite in a sheet whose blank lines were dropped', () => {
    const withBlanks: ParsedTable = {
      ...riskTable,
      rows: riskTable.rows.filter((row) => row.some(Boolean)),
      lines: [1, 2, 3, 4, 6],
    };

    const table = buildInvalidRowsTable(withBlanks, 1, [problem(6, 2, 'demain')], 'Problem', () => 'x');
    const preview = buildPreview(withBlanks, 1, [null, 'title', null], { rows: [], problems: [], invalidLines: [6] });

    expect(table[1]).toEqual(['R-3', 'Départ clé', 'demain', 'x']);
    expect(dataLines(withBlanks, 1)).toEqual([3, 4, 6]);
    expect(preview.lines.map((line) => [line.line, line.cells[0].raw, line.isInvalid])).toEqual([
      [3, 'Retard fournisseur', false],
      [4, 'Budget', false],
      [6, 'Départ clé', true],
    ]);
  });

  it('pads short lines so the Problem column stays in place', () => {
    const ragged: ParsedTable = { delimiter: ',', rows: [['A', 'B', 'C'], ['only one']] };

    expect(buildInvalidRowsTable(ragged, 0, [problem(2, null, '')], 'Problem', () => 'x')).toEqual([
      ['A', 'B', 'C', 'Problem'],
      ['only one', '', '', 'x'],
    ]);
  });

  it('writes semicolon sources back with semicolons, others as comma CSV, formula cells escaped', () => {
    const rows = [
      ['Titre', 'Problème'],
      ['=1+1', 'a, b'],
    ];

    expect(toInvalidRowsCsv(rows, ';')).toBe('Titre;Problème\r\n\'=1+1;"a, b"');
    expect(toInvalidRowsCsv(rows, ',')).toBe('Titre,Problème\r\n\'=1+1,"a, b"');
  });

  it('names the file after the source', () => {
    expect(invalidRowsFileName('risques.csv')).toBe('risques-invalid-rows.csv');
    expect(invalidRowsFileName('Plan: Q3/Q4')).toBe('Plan_ Q3_Q4-invalid-rows.csv');
    expect(invalidRowsFileName('')).toBe('import-invalid-rows.csv');
  });
});

describe('conversions summary', () => {
  const row = (line: number, conversions: ImportedRow['conversions']): ImportedRow => ({
    line,
    entity: 'risk',
    key: {},
    fields: {},
    conversions,
  });

  it('counts formats by rule and value mappings by what the text became, most cells first', () => {
    const groups = summarizeConversions([
      row(2, [
        { column: 2, raw: '01/03/2026', shown: '2026-03-01', rule: 'date_dmy' },
        { column: 3, raw: 'Élevé', shown: '4', rule: 'scale_label' },
      ]),
      row(3, [
        { column: 2, raw: '02/03/2026', shown: '2026-03-02', rule: 'date_dmy' },
        { column: 3, raw: 'Élevé ', shown: '4', rule: 'scale_label' },
        { column: 4, raw: 'Faible', shown: '2', rule: 'scale_label' },
      ]),
      row(4, [{ column: 2, raw: '03/03/2026', shown: '2026-03-03', rule: 'date_dmy' }]),
    ]);

    expect(groups).toEqual([
      { by: 'rule', rule: 'date_dmy', cells: 3 },
      { by: 'value', rule: 'scale_label', raw: 'Élevé', shown: '4', cells: 2, column: 3 },
      { by: 'value', rule: 'scale_label', raw: 'Faible', shown: '2', cells: 1, column: 4 },
    ]);
  });
});

describe('mapping view', () => {
  it('samples the first non-empty values under the header', () => {
    expect(sampleValues(riskTable, 1, 1)).toEqual(['Retard fournisseur', 'Budget', 'Départ clé']);
    expect(sampleValues(riskTable, 1, 0, 2)).toEqual(['R-1', 'R-2']);
    expect(sampleValues(riskTable, 1, 7)).toEqual([]);
  });

  it('counts every column, and the data lines below the header without empty ones', () => {
    expect(columnCount({ delimiter: ',', rows: [['A'], ['1', '2', '3']] }, 0)).toBe(3);
    expect(dataLines(riskTable, 1)).toEqual([3, 4, 6]);
  });

  it('lists required fields no column maps to', () => {
    const fields = [
      { key: 'title', entity: ['risk' as const], header: 'Title', required: true, valueType: 'text' as const },
      { key: 'impact', entity: ['risk' as const], header: 'Impact', required: true, valueType: 'rating' as const },
      { key: 'ref', entity: ['risk' as const], header: 'Ref', required: false, valueType: 'ref' as const },
    ];

    expect(missingRequiredFields(fields, ['ref', 'title', null]).map((field) => field.key)).toEqual(['impact']);
  });
});

describe('preview', () => {
  it('shows the mapped cells of each data line, with conversions, and marks invalid lines', () => {
    const result: ReadResult = {
      rows: [
        {
          line: 4,
          entity: 'risk',
          key: { ref: 'R-2' },
          fields: {},
          conversions: [{ column: 2, raw: '15/03/2026', shown: '2026-03-15', rule: 'date_dmy' }],
        },
      ],
      problems: [problem(3, 2, '31/02/2026'), problem(6, 2, 'demain')],
      invalidLines: [3, 6],
    };

    const preview = buildPreview(riskTable, 1, [null, 'title', 'dueDate'], result);

    expect(preview.columns).toEqual([1, 2]);
    expect(preview.totalLines).toBe(3);
    expect(preview.lines.map((line) => [line.line, line.isInvalid, line.entities])).toEqual([
      [3, true, []],
      [4, false, ['risk']],
      [6, true, []],
    ]);
    expect(preview.lines[1].cells).toEqual([
      { column: 1, raw: 'Budget', conversion: undefined },
      { column: 2, raw: '15/03/2026', conversion: result.rows[0].conversions[0] },
    ]);
  });

  it(`draws at most ${previewLineLimit} lines of a long table but counts them all`, () => {
    const rows = [['Title'], ...Array.from({ length: 300 }, (_, index) => [`Risk ${index}`])];

    const preview = buildPreview({ delimiter: ',', rows }, 0, ['title'], { rows: [], problems: [], invalidLines: [] });

    expect(preview.lines).toHaveLength(previewLineLimit);
    expect(preview.totalLines).toBe(300);
  });
});

describe('sources', () => {
  it('reads the sheet the page was opened for from its hash, and refuses forged ones', () => {
    expect(readSheetSource('#sheet=1AbC_defGHIjk-lmn&gid=42&title=Risques%20%C3%A9t%C3%A9')).toEqual({
      spreadsheetId: '1AbC_defGHIjk-lmn',
      gid: '42',
      title: 'Risques été',
    });
    expect(readSheetSource('#sheet=1AbC_defGHIjk-lmn')).toMatchObject({ gid: '0', title: '' });
    expect(readSheetSource('')).toBeNull();
    expect(readSheetSource('#sheet=../../etc&gid=1')).toBeNull();
    expect(readSheetSource('#sheet=1AbC_defGHIjk-lmn&gid=1;drop')).toBeNull();
  });

  it('keys memories per sheet tab and per file name', () => {
    expect(sheetSourceKey({ spreadsheetId: '1AbC_defGHIjk-lmn', gid: '42' })).toBe('sheet:1AbC_defGHIjk-lmn:42');
    expect(fileSourceKey('risques.csv')).toBe('file:risques.csv');
    expect(fileSourceKey('x'.repeat(400))).toHaveLength(300);
  });

  it('finds the spreadsheet and tab of a Google Sheets address', () => {
    expect(parseSheetUrl('https://docs.google.com/spreadsheets/d/1AbC_defGHIjk-lmn/edit#gid=42')).toEqual({
      spreadsheetId: '1AbC_defGHIjk-lmn',
      gid: '42',
    });
    expect(parseSheetUrl(' https://docs.google.com/spreadsheets/d/1AbC_defGHIjk-lmn ')).toEqual({
      spreadsheetId: '1AbC_defGHIjk-lmn',
    });
    expect(parseSheetUrl('https://evil.example/spreadsheets/d/1AbC_defGHIjk-lmn/edit')).toBeNull();
    expect(parseSheetUrl('http://docs.google.com/spreadsheets/d/1AbC_defGHIjk-lmn/edit')).toBeNull();
    expect(parseSheetUrl('not a url')).toBeNull();
  });

  it('reads UTF-8 files, and Windows-1252 ones as Excel saves them', () => {
    const utf8 = new TextEncoder().encode('Titre;Probabilité\nRetard;Élevé');
    // "Probabilité;Élevé" in Windows-1252: é = 0xE9, É = 0xC9.
    const windows1252 = new Uint8Array([
      ...new TextEncoder().encode('Probabilit'),
      0xe9,
      0x3b,
      0xc9,
      ...new TextEncoder().encode('lev'),
      0xe9,
    ]);

    expect(decodeCsvBytes(utf8)).toBe('Titre;Probabilité\nRetard;Élevé');
    expect(decodeCsvBytes(windows1252)).toBe('Probabilité;Élevé');
  });

  it('offers month-first dates only to US English readers', () => {
    expect(defaultDateOrder('en-US')).toBe('mdy');
    expect(defaultDateOrder('en-GB')).toBe('dmy');
    expect(defaultDateOrder('fr-FR')).toBe('dmy');
  });
});

describe('export file name', () => {
  it('is <project code>-<kind>-<yyyy-mm-dd>.csv, in local time', () => {
    expect(exportFileName('ERP', 'risk', new Date(2026, 2, 5, 23, 30))).toBe('ERP-risk-2026-03-05.csv');
    expect(exportFileName('a/b', 'plan', new Date(2026, 11, 31))).toBe('a_b-plan-2026-12-31.csv');
  });
});
