import { describe, expect, it } from 'vitest';
import { readRows, suggestMapping } from '../../../shared/tabular';
import { workingDaysBetween } from '../../../shared/tabular/read-plan';
import { importContext, projectId } from './context';
import { tableOf } from './table';

const existingId = '66666666-6666-4666-8666-666666666666';

describe('readRows: a plan', () => {
  it('routes rows by Type: milestone (forecast from the end date), task, deliverable', () => {
    const table = tableOf(
      [
        'ID;Type;Tâche;Début;Fin;Durée;Référence;% achevé;Prédécesseurs',
        'J1;Jalon;Go-live;;30/06/2026;;15/06/2026;;T2',
        'T1;Tâche;Spécifications;05/01/2026;16/01/2026;10 j;;100 %;',
        'T2;Livrable;Recette;19/01/2026;30/01/2026;;;0,5;T1+2',
        'T3;Étape clé;Comité;12/02/2026;;;;;',
        `T4;Phase;Déploiement;02/02/2026;06/02/2026;5;;;${existingId}`,
        'T5;Epic;Inconnu;;;;;;',
      ].join('\n'),
    );
    const mapping = suggestMapping('plan', table.rows[0]);
    expect(mapping).toEqual([
      'ref',
      'type',
      'title',
      'start',
      'end',
      'durationDays',
      'baselineDate',
      'percentComplete',
      'predecessors',
    ]);
    const result = readRows(table, 0, 'plan', mapping, importContext());
    expect(result.rows.map((row) => [row.line, row.entity, row.fields.kind])).toEqual([
      [2, 'milestone', undefined],
      [3, 'planItem', 'task'],
      [4, 'planItem', 'deliverable'],
      [5, 'milestone', undefined],
      [6, 'planItem', 'task'],
    ]);
    expect(result.rows[0].fields).toEqual({
      projectId,
      ref: 'J1',
      title: 'Go-live',
      forecastDate: '2026-06-30',
      baselineDate: '2026-06-15',
      mandatory: false,
      predecessors: [{ predecessorId: 'row:4', lagDays: 0 }],
    });
    expect(result.rows[1].fields).toMatchObject({
      start: '2026-01-05',
      end: '2026-01-16',
      durationDays: 10,
      percentComplete: 100,
    });
    expect(result.rows[2].fields).toMatchObject({
      durationDays: 10,
      percentComplete: 50,
      predecessors: [{ predecessorId: 'row:3', lagDays: 2 }],
    });
    expect(result.rows[3].fields.forecastDate).toBe('2026-02-12');
    expect(result.rows[4].fields.predecessors).toEqual([{ predecessorId: existingId, lagDays: 0 }]);
    expect(result.problems).toMatchObject([{ line: 7, column: 1, code: 'unknown_value' }]);
  });

  it('without a Type column reads tasks, and milestones where the duration is 0', () => {
    const table = tableOf(
      'Title,Start,End,Duration\nBuild,2026-03-02,2026-03-13,10\nRelease,,2026-03-16,0\nReview,2026-03-17,2026-03-17,0d\n',
    );
    const result = readRows(table, 0, 'plan', suggestMapping('plan', table.rows[0]), importContext());
    expect(result.rows.map((row) => [row.entity, row.fields.forecastDate ?? row.fields.end])).toEqual([
      ['planItem', '2026-03-13'],
      ['milestone', '2026-03-16'],
      ['milestone', '2026-03-17'],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads a list titled Jalons as milestones', () => {
    const table = tableOf(
      'Jalon;Date;Responsable\nLancement;05/01/2026;Marie Dupont\nMise en production;30/06/2026;Paul Martin\n',
    );
    const result = readRows(table, 0, 'plan', suggestMapping('plan', table.rows[0]), importContext());
    expect(result.rows.map((row) => [row.entity, row.fields.title, row.fields.forecastDate])).toEqual([
      ['milestone', 'Lancement', '2026-01-05'],
      ['milestone', 'Mise en production', '2026-06-30'],
    ]);
  });

  it('resolves predecessors to the id a row carries, and reports unknown ones', () => {
    const table = tableOf(
      `PMO ID,Ref,Type,Title,End,Predecessors\n${existingId},M1,Milestone,Kick-off,2026-01-05,\n,T1,Task,Build,2026-02-05,"M1, T9"\n,T2,Task,Test,2026-02-06,M1\n`,
    );
    const result = readRows(table, 0, 'plan', suggestMapping('plan', table.rows[0]), importContext());
    expect(result.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(result.rows[1].fields.predecessors).toEqual([{ predecessorId: existingId, lagDays: 0 }]);
    expect(result.problems).toMatchObject([
      {
        line: 3,
        field: 'predecessors',
        code: 'unknown_value',
        reason: 'T9 is not the Ref or PMO ID of a row of this plan',
      },
    ]);
  });

  it('requires a milestone date and refuses an end before the start', () => {
    const table = tableOf('Type,Title,Start,End\nMilestone,Go-live,,\nTask,Build,2026-03-10,2026-03-02\n');
    const result = readRows(table, 0, 'plan', suggestMapping('plan', table.rows[0]), importContext());
    expect(result.rows).toEqual([]);
    expect(result.problems.map((problem) => [problem.line, problem.columnName, problem.code])).toEqual([
      [2, 'End', 'required'],
      [3, 'End', 'invalid'],
    ]);
  });

  it('counts working days from start to end, both included', () => {
    expect(workingDaysBetween('2026-01-05', '2026-01-16')).toBe(10);
    expect(workingDaysBetween('2026-01-09', '2026-01-12')).toBe(2);
    expect(workingDaysBetween('2026-01-10', '2026-01-11')).toBe(0);
    expect(workingDaysBetween('2026-01-05', '2026-01-05')).toBe(1);
  });
});
