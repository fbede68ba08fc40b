import { describe, expect, it } from 'vitest';
import { readRows, suggestMapping } from '../../../shared/tabular';
import { importContext, marieId, projectId } from './context';
import { tableOf } from './table';

const raidLog = [
  'Réf;Type;Titre;Description;Responsable;Date;Échéance;Statut;Priorité;Probabilité;Impact',
  'R-1;Risque;Fournisseur unique;Un seul fournisseur qualifié;Marie Dupont;05/01/2026;;En cours;;Élevé;Moyen',
  'I-1;Problème;Serveur de recette en panne;;Paul Martin;06/01/2026;20/01/2026;En cours;Haute;;',
  'A-1;Action;Qualifier un second fournisseur;;Marie Dupont;;31/01/2026;Fait;;;',
  'A-2;A;Relancer le support;;Paul Martin;;15/02/2026;À faire;;;',
  'D-1;Décision;Reporter la mise en production;Le risque est trop élevé;Comité de pilotage;07/01/2026;;;;;',
  'H-1;Hypothèse;Le budget est voté;;;;;;;;',
  'X-1;;Sans type;;;;;;;;',
].join('\n');

describe('readRows: a RAID log', () => {
  const table = tableOf(raidLog);
  const mapping = suggestMapping('raid', table.rows[0]);
  const result = readRows(table, 0, 'raid', mapping, importContext());
  const rowOf = (line: number) => result.rows.find((row) => row.line === line);

  it('maps the French headers of the log', () => {
    expect(mapping).toEqual([
      'ref',
      'type',
      'title',
      'description',
      'owner',
      'raisedOn',
      'dueDate',
      'status',
      'priority',
      'probability',
      'impact',
    ]);
  });

  it('routes each row by its Type to a risk, issue, action or decision', () => {
    expect(result.rows.map((row) => [row.line, row.entity])).toEqual([
      [2, 'risk'],
      [3, 'issue'],
      [4, 'action'],
      [5, 'action'],
      [6, 'decision'],
    ]);
    expect(rowOf(2)?.fields).toMatchObject({
      title: 'Fournisseur unique',
      status: 'mitigating',
      probability: 4,
      impact: 3,
    });
    expect(rowOf(3)?.fields).toMatchObject({
      status: 'in_progress',
      priority: 'high',
      dueDate: '2026-01-20',
      raisedOn: '2026-01-06',
    });
    expect(rowOf(4)?.fields).toEqual({
      projectId,
      ref: 'A-1',
      title: 'Qualifier un second fournisseur',
      owner: { name: 'Marie Dupont', personId: marieId, memberId: 'member-marie' },
      dueDate: '2026-01-31',
      done: true,
    });
    expect(rowOf(5)?.fields.done).toBe(false);
  });

  it('reads a decision: title as statement, owner as decided by, raised date as decided on', () => {
    expect(rowOf(6)?.fields).toEqual({
      projectId,
      ref: 'D-1',
      statement: 'Reporter la mise en production',
      rationale: 'Le risque est trop élevé',
      decidedOn: '2026-01-07',
      decidedBy: 'Comité de pilotage',
      links: [],
    });
  });

  it('shows the Type conversion and rejects types it does not import or an empty Type', () => {
    expect(rowOf(2)?.conversions[0]).toEqual({ column: 1, raw: 'Risque', shown: 'risk', rule: 'enum_synonym' });
    expect(result.problems.map((problem) => [problem.line, problem.column, problem.code])).toEqual([
      [7, 1, 'unknown_value'],
      [8, 1, 'required'],
    ]);
  });

  it('reads a log without a Type column as issues', () => {
    const issues = tableOf('Title,Owner,Status,Severity\nLogin down,Paul Martin,Resolved,4\n');
    const read = readRows(issues, 0, 'raid', suggestMapping('raid', issues.rows[0]), importContext());
    expect(read.rows).toMatchObject([
      { entity: 'issue', fields: { title: 'Login down', status: 'resolved', severity: 4 } },
    ]);
  });

  it('requires probability and impact of a risk row only', () => {
    const log = tableOf('Type,Title\nRisk,Vendor lock-in\nIssue,Login down\n');
    const read = readRows(log, 0, 'raid', ['type', 'title'], importContext());
    expect(read.rows.map((row) => row.entity)).toEqual(['issue']);
    expect(read.problems.map((problem) => [problem.line, problem.field, problem.code])).toEqual([
      [2, 'probability', 'required'],
      [2, 'impact', 'required'],
    ]);
  });
});
