import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../shared/tabular';

function rowsOf(text: string) {
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('parseCsvText', () => {
  it('reads a semicolon-separated French export whose cells hold decimal commas', () => {
    const table = rowsOf('Intitulé;Coût;Probabilité\nRetard fournisseur;1 234,5;Élevé\nPanne;12,5;Faible\n');
    expect(table.delimiter).toBe(';');
    expect(table.rows).toEqual([
      ['Intitulé', 'Coût', 'Probabilité'],
      ['Retard fournisseur', '1 234,5', 'Élevé'],
      ['Panne', '12,5', 'Faible'],
    ]);
  });

  it('reads a comma-separated Sheets export with quoted commas and semicolons', () => {
    const table = rowsOf(
      'Title,Owner,Due\r\n"Late vendor, again",Marie Dupont,2026-03-01\r\n"A; B",Paul,2026-04-01\r\n',
    );
    expect(table.delimiter).toBe(',');
    expect(table.rows[1]).toEqual(['Late vendor, again', 'Marie Dupont', '2026-03-01']);
    expect(table.rows[2]).toEqual(['A; B', 'Paul', '2026-04-01']);
  });

  it('reads tab-separated text pasted from a sheet', () => {
    const table = rowsOf('Title\tImpact\tStatus\nLate vendor\t4\tOpen\n');
    expect(table.delimiter).toBe('\t');
    expect(table.rows[1]).toEqual(['Late vendor', '4', 'Open']);
  });

  it('keeps a quoted cell with newlines as one cell', () => {
    const table = rowsOf('Title;Description\n"Perte de données";"Ligne 1\nLigne 2\r\nLigne 3"\n');
    expect(table.rows).toHaveLength(2);
    expect(table.rows[1][1]).toBe('Ligne 1\nLigne 2\r\nLigne 3');
  });

  it('strips a byte order mark and drops fully empty rows', () => {
    const table = rowsOf('\uFEFFTitle;Impact\n;\nLate vendor;4\n\n ; \nPanne;2\n');
    expect(table.rows).toEqual([
      ['Title', 'Impact'],
      ['Late vendor', '4'],
      ['Panne', '2'],
    ]);
    expect(table.lines).toEqual([1, 3, 6]);
  });

  it('numbers rows as the sheet does: a quoted cell with newlines is one row', () => {
    const table = rowsOf('Title;Description\n"A";"x\ny\nz"\n,\n"B";"w"\n');
    expect(table.lines).toEqual([1, 2, 4]);
  });

  it('says the text is empty when it has no cells', () => {
    for (const text of ['', '\uFEFF', ' \n\n', ',,,\n,,\n']) {
      const parsed = parseCsvText(text);
      expect(parsed.ok ? 'ok' : parsed.error.code).toBe('empty');
    }
  });

  it('says the text is unreadable when papaparse cannot make a row of it', () => {
    const parsed = parseCsvText('"');
    expect(parsed.ok ? 'ok' : parsed.error.code).toBe('unreadable');
  });
});
