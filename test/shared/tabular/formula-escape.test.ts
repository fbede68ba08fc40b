import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, toTsv } from '../../../shared/tabular/csv-write';
import { escapeFormulaCell, unescapeFormulaCell } from '../../../shared/tabular/formula-escape';

/** Text that starts like a formula or an escaped one more often than chance would. */
const trickyCell = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc
    .tuple(
      fc.constantFrom('', "'", "''", "'''"),
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', ' ', '"', ';', ','),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    )
    .map((parts) => parts.join('')),
);

describe('formula escape', () => {
  it('escapes the cells a spreadsheet would run, and only those', () => {
    expect(escapeFormulaCell('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(escapeFormulaCell('+33 6 12 34 56 78')).toBe(`'+33 6 12 34 56 78`);
    expect(escapeFormulaCell('-5')).toBe(`'-5`);
    expect(escapeFormulaCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(escapeFormulaCell('\tindent')).toBe(`'\tindent`);
    expect(escapeFormulaCell("'=already")).toBe(`''=already`);
    expect(escapeFormulaCell("l'=pas une formule")).toBe("l'=pas une formule");
    expect(escapeFormulaCell("'quoted")).toBe("'quoted");
    expect(escapeFormulaCell('Élevé')).toBe('Élevé');
  });

  it('undoes exactly one escape', () => {
    expect(unescapeFormulaCell(`'=1+1`)).toBe('=1+1');
    expect(unescapeFormulaCell(`''=1+1`)).toBe(`'=1+1`);
    expect(unescapeFormulaCell("'quoted")).toBe("'quoted");
    expect(unescapeFormulaCell('=1+1')).toBe('=1+1');
  });

  it('is a bijection: unescape(escape(x)) = x, and escape(unescape(y)) = y for every escaped-form y', () => {
    fc.assert(
      fc.property(trickyCell, (cell) => {
        expect(unescapeFormulaCell(escapeFormulaCell(cell))).toBe(cell);
        // Escaped forms are exactly the cells that do not start with a bare formula character.
        if (!/^[=+\-@\t\r]/.test(cell)) expect(escapeFormulaCell(unescapeFormulaCell(cell))).toBe(cell);
        else expect(escapeFormulaCell(cell)).not.toBe(cell);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toCsv and toTsv', () => {
  it('writes formula cells escaped, quoted where needed, comma separated with CRLF', () => {
    const csv = toCsv([
      ['Title', 'Owner'],
      ['=cmd|" /C calc"!A0', 'Zoë, "la cheffe"'],
      ['a;b', '-12'],
    ]);
    expect(csv).toBe(`Title,Owner\r\n"'=cmd|"" /C calc""!A0","Zoë, ""la cheffe"""\r\n"a;b",'-12`);
  });

  it('reads back (papaparse + unescape) as the table it wrote, whatever the text', () => {
    // Two columns at least: a row of one empty cell is a blank line, which CSV readers drop.
    const table = fc
      .integer({ min: 2, max: 5 })
      .chain((width) =>
        fc.array(fc.array(trickyCell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
      );
    fc.assert(
      fc.property(table, (rows) => {
        const parsed = Papa.parse<string[]>(toCsv(rows), { delimiter: ',', newline: '\r\n' });
        expect(parsed.data.map((row) => row.map(unescapeFormulaCell))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('quotes TSV cells holding tabs, line breaks or quotes, as Sheets reads a paste', () => {
    expect(
      toTsv([
        ['ID', 'Title'],
        ['R-1', 'line 1\nline 2'],
        ['R-2', 'say "hi"\tthere'],
        ['R-3', '=2+2'],
      ]),
    ).toBe(`ID\tTitle\r\nR-1\t"line 1\nline 2"\r\nR-2\t"say ""hi""\tthere"\r\nR-3\t'=2+2`);
  });
});
