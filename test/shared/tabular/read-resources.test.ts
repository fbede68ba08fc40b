import { describe, expect, it } from 'vitest';
import { readRows, suggestMapping } from '../../../shared/tabular';
import { mondayOf, parseWeekCell } from '../../../shared/tabular/read-resources';
import { importContext, marieId, otherProjectId, projectId } from './context';
import { tableOf } from './table';

describe('readRows: a resource grid with week columns', () => {
  const table = tableOf(
    [
      'Plan de charge;;;;;;;',
      'Nom;Rôle;05/01/2026;12/01/2026;19/01/2026;26/01/2026;02/02/2026;Total',
      'Marie Dupont;Cheffe de projet;50%;50%;50 %;;0,5;',
      'Lucas Petit;Développeur;20;20h;32;0;;',
      'Inès Roux;Testeuse;beaucoup;;;;;',
    ].join('\n'),
  );
  const mapping = suggestMapping('resources', table.rows[1]);
  const result = readRows(table, 1, 'resources', mapping, importContext());
  const linesOf = (line: number) => result.rows.filter((row) => row.line === line);

  it('maps names, roles and week columns', () => {
    expect(mapping).toEqual(['person', 'role', 'week', 'week', 'week', 'week', 'week', null]);
  });

  it('merges runs of equal weeks into one allocation from Monday to Friday', () => {
    expect(linesOf(3).map((row) => [row.entity, row.fields])).toEqual([
      [
        'person',
        {
          name: 'Marie Dupont',
          role: 'Cheffe de projet',
          memberId: 'member-marie',
          capacityHoursPerWeek: 40,
          exceptions: [],
        },
      ],
      ['allocation', { personId: marieId, projectId, from: '2026-01-05', to: '2026-01-23', percent: 50, isKey: false }],
      ['allocation', { personId: marieId, projectId, from: '2026-02-02', to: '2026-02-06', percent: 50, isKey: false }],
    ]);
    expect(linesOf(3)[0].key).toEqual({ id: marieId });
  });

  it('reads hours per week; a new person is referred to by the line that creates them', () => {
    expect(linesOf(4).map((row) => row.fields)).toEqual([
      { name: 'Lucas Petit', role: 'Développeur', capacityHoursPerWeek: 40, exceptions: [] },
      { personId: 'row:4', projectId, from: '2026-01-05', to: '2026-01-16', hoursPerWeek: 20, isKey: false },
      { personId: 'row:4', projectId, from: '2026-01-19', to: '2026-01-23', hoursPerWeek: 32, isKey: false },
    ]);
    expect(linesOf(4)[0].conversions).toEqual([{ column: 3, raw: '20h', shown: '20 h', rule: 'number_locale' }]);
    expect(linesOf(3)[0].conversions).toContainEqual({
      column: 6,
      raw: '0,5',
      shown: '50 %',
      rule: 'fraction_to_percent',
    });
  });

  it('reports a cell that is neither hours nor a percentage on its week column', () => {
    expect(linesOf(5)).toEqual([]);
    expect(result.problems).toEqual([
      {
        line: 5,
        column: 2,
        columnName: '05/01/2026',
        field: 'week',
        code: 'bad_number',
        reason: 'beaucoup is not hours or a percentage',
        raw: 'beaucoup',
      },
    ]);
  });

  it('reads week cells: percent, fraction, hours, out of range', () => {
    const style = { commaDecimal: true };
    expect(parseWeekCell('40 %', style)).toMatchObject({ value: { unit: 'percent', amount: 40 } });
    expect(parseWeekCell('1', style)).toMatchObject({ value: { unit: 'percent', amount: 100 } });
    expect(parseWeekCell('7,5', style)).toMatchObject({ value: { unit: 'hoursPerWeek', amount: 7.5 } });
    expect(parseWeekCell('200', style)).toMatchObject({ ok: false, code: 'out_of_range' });
    expect(mondayOf('2026-01-08')).toBe('2026-01-05');
    expect(mondayOf('2026-01-11')).toBe('2026-01-05');
  });
});

describe('readRows: resources in long format', () => {
  it('reads one person per name across rows, each row an allocation to its project', () => {
    const table = tableOf(
      [
        'Name,Email,Capacity (hours/week),Project,From,To,Hours per week,Percent',
        'Lucas Petit,lucas@example.fr,35,PAY,2026-01-05,2026-03-27,,50%',
        'Lucas Petit,lucas@example.fr,35,Refonte CRM,2026-02-02,2026-02-27,10,',
        'Lucas Petit,,35,Inconnu,2026-02-02,2026-02-27,10,',
        'Chloé Bernard,,,,,,,',
        'Paul Martin,,,PAY,2026-03-01,2026-03-31,,',
      ].join('\n'),
    );
    const result = readRows(table, 0, 'resources', suggestMapping('resources', table.rows[0]), importContext());
    expect(result.rows.map((row) => [row.line, row.entity])).toEqual([
      [2, 'person'],
      [2, 'allocation'],
      [3, 'allocation'],
      [5, 'person'],
    ]);
    expect(result.rows[0].fields).toMatchObject({
      name: 'Lucas Petit',
      email: 'lucas@example.fr',
      capacityHoursPerWeek: 35,
    });
    expect(result.rows[1].fields).toMatchObject({ personId: 'row:2', projectId, percent: 50 });
    expect(result.rows[2].fields).toMatchObject({ personId: 'row:2', projectId: otherProjectId, hoursPerWeek: 10 });
    expect(result.rows[2].conversions).toContainEqual({
      column: 3,
      raw: 'Refonte CRM',
      shown: 'Refonte CRM',
      rule: 'project_match',
    });
    expect(result.rows[3].fields).toMatchObject({ name: 'Chloé Bernard', memberId: 'member-chloe' });
    expect(result.problems.map((problem) => [problem.line, problem.columnName, problem.code])).toEqual([
      [4, 'Project', 'unknown_project'],
      [6, 'Hours per week', 'required'],
    ]);
  });
});
