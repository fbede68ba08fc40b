import { describe, expect, it } from 'vitest';
import { detectHeaderRow, detectImportKind, readRows, suggestMapping } from '../../../shared/tabular';
import { importContext, marieId, paulId, projectId } from './context';
import { tableOf } from './table';

const frenchRegister = [
  'Registre des risques – Projet Paiements;;;;;;;',
  'Version du 12/02/2026;;;;;;;',
  'N°;Intitulé du risque;Probabilité;Impact;Propriétaire;Échéance;Statut;Catégorie',
  'R-001;Retard fournisseur;Élevé;Moyen;Marie Dupont;01/03/2026;Ouvert;Achats',
  'R-002;"Perte de données\nlors de la migration";3;5;paul martin;15/04/2026;En cours;Technique',
  'R-003;Budget dépassé;Très élevé;Faible;Inconnu Jean;31/02/2026;Clos;Finance',
  ';;;;;;;',
  'R-004;Départ du sponsor;Faible;Très élevé;DUPONT Marie;46082;Fermé;Gouvernance',
].join('\n');

function readFrench(text = frenchRegister, overrides = {}) {
  const table = tableOf(text);
  const headerRow = detectHeaderRow(table.rows);
  const headers = table.rows[headerRow];
  const kind = detectImportKind(headers);
  return readRows(table, headerRow, kind, suggestMapping(kind, headers), importContext(overrides));
}

describe('readRows: a French risk register', () => {
  it('imports the valid rows with their values converted and shown', () => {
    const result = readFrench();
    expect(result.rows.map((row) => row.line)).toEqual([4, 5, 8]);
    const [first, second, fourth] = result.rows;
    expect(first).toEqual({
      line: 4,
      entity: 'risk',
      key: { ref: 'R-001' },
      fields: {
        projectId,
        ref: 'R-001',
        title: 'Retard fournisseur',
        kind: 'threat',
        category: 'Achats',
        owner: { name: 'Marie Dupont', personId: marieId, memberId: 'member-marie' },
        probability: 4,
        impact: 3,
        reviewDate: '2026-03-01',
        status: 'open',
      },
      conversions: [
        { column: 2, raw: 'Élevé', shown: '4', rule: 'scale_label' },
        { column: 3, raw: 'Moyen', shown: '3', rule: 'scale_label' },
        { column: 5, raw: '01/03/2026', shown: '2026-03-01', rule: 'date_dmy' },
        { column: 6, raw: 'Ouvert', shown: 'open', rule: 'enum_synonym' },
      ],
      setFields: ['projectId', 'title', 'ref', 'category', 'owner', 'probability', 'impact', 'reviewDate', 'status'],
    });
    // A title is one line: the line break of a multi-line cell becomes a space.
    expect(second.fields).toMatchObject({
      title: 'Perte de données lors de la migration',
      owner: { name: 'Paul Martin', personId: paulId },
      status: 'mitigating',
    });
    expect(fourth.fields).toMatchObject({ probability: 2, impact: 5, reviewDate: '2026-03-01', status: 'closed' });
    expect(fourth.conversions).toContainEqual({ column: 5, raw: '46082', shown: '2026-03-01', rule: 'date_serial' });
  });

  it('lists each problem of a bad row with line, column and reason; the other rows still import', () => {
    const result = readFrench();
    expect(result.invalidLines).toEqual([6]);
    expect(result.problems).toEqual([
      {
        line: 6,
        column: 4,
        columnName: 'Propriétaire',
        field: 'owner',
        code: 'unknown_owner',
        reason: 'Inconnu Jean matches no person or member of the workspace',
        raw: 'Inconnu Jean',
      },
      {
        line: 6,
        column: 5,
        columnName: 'Échéance',
        field: 'reviewDate',
        code: 'bad_date',
        reason: '31/02/2026 is not a date (read as dd/mm/yyyy)',
        raw: '31/02/2026',
      },
    ]);
  });

  it('keeps an unknown owner as a name when the import says so', () => {
    const result = readFrench(frenchRegister.replace('31/02/2026', '28/02/2026'), { unknownOwners: 'keep_name' });
    expect(result.problems).toEqual([]);
    expect(result.rows.find((row) => row.line === 6)?.fields.owner).toEqual({ name: 'Inconnu Jean' });
  });

  it('lists all three problems of a row with a bad date, an unknown owner and an out-of-range score', () => {
    const text = [
      'Title,Owner,Probability,Impact,Due',
      'Late vendor,Marie Dupont,2,3,2026-05-01',
      'Data loss,Jean Inconnu,0,3,2026-13-01',
      'Sponsor leaves,Paul Martin,4,5,2026-06-30',
    ].join('\n');
    const table = tableOf(text);
    const result = readRows(table, 0, 'risk', suggestMapping('risk', table.rows[0]), importContext());
    expect(result.rows.map((row) => row.fields.title)).toEqual(['Late vendor', 'Sponsor leaves']);
    expect(result.invalidLines).toEqual([3]);
    expect(result.problems.map(({ line, column, columnName, code }) => ({ line, column, columnName, code }))).toEqual([
      { line: 3, column: 1, columnName: 'Owner', code: 'unknown_owner' },
      { line: 3, column: 2, columnName: 'Probability', code: 'out_of_range' },
      { line: 3, column: 4, columnName: 'Due', code: 'bad_date' },
    ]);
  });

  it('says a required field is missing, on its column or asking to map one', () => {
    const table = tableOf('Title;Probability\n;3\nLate vendor;4\n');
    const result = readRows(table, 0, 'risk', ['title', 'probability'], importContext());
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      { line: 2, column: 0, columnName: 'Title', field: 'title', code: 'required', reason: 'Title is required' },
      {
        line: 2,
        column: null,
        columnName: null,
        field: 'impact',
        code: 'required',
        reason: 'impact is required: map a column to it',
      },
      {
        line: 3,
        column: null,
        columnName: null,
        field: 'impact',
        code: 'required',
        reason: 'impact is required: map a column to it',
      },
    ]);
  });

  it('rescales a 1–10 probability column and reports 0 and 11 as out of range', () => {
    const table = tableOf('Title,Probability,Impact\nA,8,2\nB,3,2\nC,0,2\nD,11,2\n');
    const result = readRows(table, 0, 'risk', ['title', 'probability', 'impact'], importContext());
    expect(result.rows.map((row) => row.fields.probability)).toEqual([4, 2]);
    expect(result.rows[0].conversions).toEqual([{ column: 1, raw: '8', shown: '4', rule: 'scale_1_10' }]);
    expect(result.problems.map((problem) => [problem.line, problem.code, problem.reason])).toEqual([
      [4, 'out_of_range', '0 is out of range (1 to 10)'],
      [5, 'out_of_range', '11 is out of range (1 to 10)'],
    ]);
  });

  it('undoes the formula escape of exported cells and reads numbers with French separators', () => {
    const table = tableOf("Title;Probability;Impact;Cost impact\n'=SUM(A1);2;3;12 500,50\n'-5 jours de marge;2;3;0\n");
    const result = readRows(table, 0, 'risk', suggestMapping('risk', table.rows[0]), importContext());
    expect(result.rows.map((row) => row.fields.title)).toEqual(['=SUM(A1)', '-5 jours de marge']);
    expect(result.rows[0].fields.costImpact).toBe(12500.5);
    expect(result.rows[0].conversions).toEqual([
      { column: 0, raw: "'=SUM(A1)", shown: '=SUM(A1)', rule: 'formula_unescape' },
      { column: 3, raw: '12 500,50', shown: '12500.5', rule: 'number_locale' },
    ]);
  });

  it('refuses a response strategy that does not fit the risk kind', () => {
    const table = tableOf(
      'Title,Kind,Probability,Impact,Response strategy\nA,Opportunité,2,3,Atténuer\nB,Opportunity,2,3,Exploit\n',
    );
    const result = readRows(table, 0, 'risk', suggestMapping('risk', table.rows[0]), importContext());
    expect(result.rows.map((row) => row.fields.responseStrategy)).toEqual(['exploit']);
    expect(result.problems).toMatchObject([{ line: 2, column: 4, field: 'responseStrategy', code: 'unknown_value' }]);
  });

  it('flags a second row with the same ref or id as a duplicate', () => {
    const id = '55555555-5555-4555-8555-555555555555';
    const table = tableOf(
      `PMO ID,Ref,Title,Probability,Impact\n${id},R-1,A,2,3\n,r-1,B,2,3\n${id},R-2,C,2,3\nnot-an-id,R-3,D,2,3\n`,
    );
    const result = readRows(table, 0, 'risk', suggestMapping('risk', table.rows[0]), importContext());
    expect(result.rows.map((row) => row.key)).toEqual([{ id, ref: 'R-1' }]);
    expect(result.problems.map((problem) => [problem.line, problem.field, problem.code, problem.reason])).toEqual([
      [3, 'ref', 'duplicate_key', 'r-1 is also on line 2'],
      [4, 'id', 'duplicate_key', `${id} is also on line 2`],
      [5, 'id', 'invalid', 'not-an-id is not an Interim PMO id; leave the cell empty for new rows'],
    ]);
  });

  it('says which fields its cells set: schema defaults are not (a re-import must not reopen closed risks)', () => {
    const table = tableOf('Title,Probability,Impact\nLate vendor,2,3\n');
    const [row] = readRows(table, 0, 'risk', ['title', 'probability', 'impact'], importContext()).rows;
    expect(row.fields).toMatchObject({ status: 'open', kind: 'threat' });
    expect(row).toHaveProperty('setFields', ['projectId', 'title', 'probability', 'impact']);
  });

  it('skips empty rows and ignores columns mapped to nothing', () => {
    const table = tableOf('Title,Notes,Probability,Impact\nA,ignored,2,3\n,some note,,\n');
    const result = readRows(table, 0, 'risk', ['title', null, 'probability', 'impact'], importContext());
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0].fields).not.toHaveProperty('notes');
    expect(result.problems).toEqual([]);
  });
});
