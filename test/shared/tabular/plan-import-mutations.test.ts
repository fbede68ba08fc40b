import { describe, expect, it } from 'vitest';
import type { AnyRecord, MutationName } from '../../../shared';
import {
  detectHeaderRow,
  detectImportKind,
  diffImport,
  type ExistingRecords,
  type ImportEntity,
  type ImportedRow,
  isUnappliedChange,
  type PlannedImportMutation,
  parseCsvText,
  planImportMutations,
  readRows,
  suggestMapping,
} from '../../../shared/tabular';
import { crmWorkspace, id, ids, pmo, type Workspace } from '../mutations/workspace-fixture';

const projectId = ids.project;
const importedEntities: ImportEntity[] = [
  'risk',
  'issue',
  'decision',
  'action',
  'milestone',
  'planItem',
  'person',
  'allocation',
];

function row(line: number, entity: ImportEntity, fields: Record<string, unknown>, ref?: string): ImportedRow {
  return { line, entity, key: ref ? { ref } : {}, fields: ref ? { ...fields, ref } : fields, conversions: [] };
}

/** The first import of a French register: what readRows hands over (fields parsed, defaults applied). */
function firstImportRows(): ImportedRow[] {
  return [
    row(
      2,
      'risk',
      { projectId, title: 'Retard du fournisseur', probability: 4, impact: 4, kind: 'threat', status: 'open' },
      'R-001',
    ),
    row(
      3,
      'risk',
      { projectId, title: 'Grève des transports', probability: 2, impact: 3, kind: 'threat', status: 'occurred' },
      'R-002',
    ),
    row(
      4,
      'issue',
      {
        projectId,
        title: 'Serveur de recette indisponible',
        priority: 'high',
        severity: 4,
        status: 'open',
        type: 'problem',
        escalationLevel: 'project',
      },
      'I-001',
    ),
    row(
      5,
      'decision',
      { projectId, statement: 'Reporter la bascule', decidedOn: '2026-11-02', decidedBy: 'Comité', links: [] },
      'D-001',
    ),
    row(
      6,
      'action',
      { projectId, title: 'Relancer le fournisseur', done: false, owner: { name: 'Zoé Martin' } },
      'A-001',
    ),
    row(
      7,
      'milestone',
      { projectId, title: 'Recette validée', forecastDate: '2027-03-15', mandatory: false, predecessors: [] },
      'J-1',
    ),
    row(
      8,
      'planItem',
      { projectId, title: 'Migrer les données', kind: 'task', durationDays: 10, percentComplete: 0, predecessors: [] },
      'T-1',
    ),
    row(9, 'person', { name: 'Zoé Martin', capacityHoursPerWeek: 40, exceptions: [] }),
    row(9, 'allocation', {
      personId: 'row:9',
      projectId,
      from: '2026-12-07',
      to: '2027-01-29',
      percent: 50,
      isKey: false,
    }),
  ];
}

/** The workspace's live records of the imported entities, as the extension would read them. */
function existingOf(workspace: Workspace): ExistingRecords {
  const existing: Record<string, AnyRecord[]> = {};
  for (const [key, record] of workspace.rows) {
    const entity = key.slice(0, key.indexOf(':')) as ImportEntity;
    if (importedEntities.includes(entity)) existing[entity] = [...(existing[entity] ?? []), record];
  }
  return existing;
}

/** Applies planned mutations through the real mutators (args validation, rules, role checks), failing loudly. */
function applyAll(workspace: Workspace, mutations: PlannedImportMutation[]): void {
  for (const mutation of mutations) {
    const result = workspace.run(mutation.name as MutationName, mutation.args, pmo);
    if (!result.ok)
      throw new Error(`line ${mutation.line} ${mutation.name}: ${result.error.code}: ${result.error.message}`);
  }
}

const sequentialIds = (start: number) => {
  let next = start;
  return () => {
    next += 1;
    return id(next);
  };
};

const findBy = (workspace: Workspace, entity: ImportEntity, ref: string) =>
  existingOf(workspace)[entity]?.find((record) => record.ref === ref);

describe('planImportMutations through the real mutators', () => {
  it('creates every row of a first import, people before their allocations, never an "occurred" risk', () => {
    const workspace = crmWorkspace();
    const rows = firstImportRows();
    const diff = diffImport(rows, existingOf(workspace), { projectId });
    expect(diff.created).toHaveLength(rows.length);
    const mutations = planImportMutations(diff, rows, sequentialIds(1000));
    expect(mutations.map((mutation) => mutation.name)).toEqual([
      'person.create',
      'milestone.create',
      'planItem.create',
      'risk.create',
      'risk.create',
      'issue.create',
      'decision.create',
      'action.create',
      'allocation.create',
    ]);
    applyAll(workspace, mutations);

    const person = existingOf(workspace).person?.[0];
    expect(existingOf(workspace).allocation?.[0]).toMatchObject({ personId: person?.id, percent: 50 });
    expect(findBy(workspace, 'risk', 'R-002')?.status).toBe('open');
    expect(findBy(workspace, 'milestone', 'J-1')).toMatchObject({
      forecastDate: '2027-03-15',
      baselineDate: '2027-03-15',
    });
    expect(diff.created.find((entry) => entry.line === 3)).toMatchObject({
      notApplied: [{ field: 'status', to: 'occurred' }],
    });
  });

  it('re-imports with changes: updates with preconditions, rebaselines, logs the forecast move, creates the new row', () => {
    const workspace = crmWorkspace();
    const first = firstImportRows();
    applyAll(workspace, planImportMutations(diffImport(first, {}, { projectId }), first, sequentialIds(1000)));
    const personId = existingOf(workspace).person?.[0].id;

    const second = firstImportRows();
    second[0].fields = { ...second[0].fields, title: 'Retard du fournisseur principal', probability: 5 };
    second[1].fields = { ...second[1].fields, status: 'occurred' };
    second[5].fields = { ...second[5].fields, forecastDate: '2027-04-02', baselineDate: '2027-03-31' };
    second[6].fields = { ...second[6].fields, percentComplete: 40 };
    second[8].fields = { ...second[8].fields, percent: 80 };
    second.push(row(10, 'action', { projectId, title: 'Prévenir le sponsor', done: false }, 'A-002'));

    const diff = diffImport(second, existingOf(workspace), {
      projectId,
      previousIds: existingOf(workspace).risk?.map((risk) => risk.id),
    });
    expect(diff.created.map((entry) => entry.line)).toEqual([10]);
    expect(diff.changed.map((entry) => entry.line).sort((a, b) => a - b)).toEqual([2, 3, 7, 8, 9]);
    expect(diff.missing).toEqual([]);
    const occurred = diff.changed.find((entry) => entry.line === 3)?.changes ?? [];
    expect(occurred.every(isUnappliedChange)).toBe(true);

    const mutations = planImportMutations(diff, second, sequentialIds(2000));
    expect(mutations.map((mutation) => mutation.name)).toEqual([
      'milestone.rebaseline',
      'milestone.update',
      'planItem.update',
      'risk.update',
      'action.create',
      'allocation.update',
    ]);
    expect(mutations.find((mutation) => mutation.name === 'risk.update')?.args).toEqual({
      id: findBy(workspace, 'risk', 'R-001')?.id,
      patch: { title: 'Retard du fournisseur principal', probability: 5 },
      expected: { title: 'Retard du fournisseur', probability: 4 },
    });
    applyAll(workspace, mutations);

    expect(findBy(workspace, 'risk', 'R-001')).toMatchObject({
      title: 'Retard du fournisseur principal',
      probability: 5,
    });
    expect(findBy(workspace, 'risk', 'R-002')?.status).toBe('open');
    expect(findBy(workspace, 'planItem', 'T-1')?.percentComplete).toBe(40);
    expect(findBy(workspace, 'action', 'A-002')).toMatchObject({ title: 'Prévenir le sponsor' });
    expect(existingOf(workspace).allocation).toMatchObject([{ personId, percent: 80 }]);
    const milestone = findBy(workspace, 'milestone', 'J-1');
    expect(milestone).toMatchObject({ forecastDate: '2027-04-02', baselineDate: '2027-03-31' });
    expect(milestone?.dateChanges).toMatchObject([
      { kind: 'baseline', from: '2027-03-15', to: '2027-03-31', reason: 'Imported from a spreadsheet (line 7)' },
      { kind: 'forecast', from: '2027-03-15', to: '2027-04-02' },
    ]);

    // The same sheet once more changes nothing; the "occurred" status stays shown, never applied.
    const third = diffImport(second, existingOf(workspace), { projectId });
    expect(third.created).toEqual([]);
    expect(third.changed.map((entry) => entry.line)).toEqual([3]);
    expect(planImportMutations(third, second, sequentialIds(3000))).toEqual([]);
  });

  it('refuses the whole import when a record changed in the app since the diff (expected values)', () => {
    const workspace = crmWorkspace();
    const first = firstImportRows();
    applyAll(workspace, planImportMutations(diffImport(first, {}, { projectId }), first, sequentialIds(1000)));
    const second = firstImportRows();
    second[0].fields = { ...second[0].fields, probability: 5 };
    const mutations = planImportMutations(
      diffImport(second, existingOf(workspace), { projectId }),
      second,
      sequentialIds(2000),
    );
    const risk = findBy(workspace, 'risk', 'R-001')!;
    workspace.must('risk.update', { id: risk.id, patch: { probability: 1 } }, pmo);
    expect(() => applyAll(workspace, mutations)).toThrow(/precondition_failed/);
  });

  it('shows but does not apply a new baseline of an achieved milestone (rebaseline would refuse)', () => {
    const workspace = crmWorkspace();
    const first = firstImportRows();
    first[5].fields = { ...first[5].fields, actualDate: '2027-03-12' };
    applyAll(workspace, planImportMutations(diffImport(first, {}, { projectId }), first, sequentialIds(1000)));
    const second = firstImportRows();
    second[5].fields = {
      ...second[5].fields,
      actualDate: '2027-03-12',
      baselineDate: '2027-02-01',
      forecastDate: '2027-03-12',
    };
    const diff = diffImport(second, existingOf(workspace), { projectId });
    const changes = diff.changed.find((entry) => entry.line === 7)?.changes ?? [];
    expect(changes.filter(isUnappliedChange).map((change) => change.field)).toEqual(['baselineDate']);
    const mutations = planImportMutations(diff, second, sequentialIds(2000));
    expect(mutations.map((mutation) => mutation.name)).toEqual(['milestone.update']);
    applyAll(workspace, mutations);
    expect(findBy(workspace, 'milestone', 'J-1')).toMatchObject({
      baselineDate: '2027-03-15',
      forecastDate: '2027-03-12',
    });
  });
});

/** A French risk register as Excel saves it: a title line, semicolons, dd/mm/yyyy, Faible/Moyen/Élevé. */
function frenchRegister(rows: string[][]): string {
  const header = ['N°', 'Titre', 'Propriétaire', "Date d'identification", 'Probabilité', 'Impact', 'Statut'];
  return [['Registre des risques – CRM'], header, ...rows].map((line) => line.join(';')).join('\r\n');
}

const frenchRows = () =>
  Array.from({ length: 12 }, (_, n) => [
    `R-${String(n + 1).padStart(3, '0')}`,
    `Risque n°${n + 1}, « fournisseur »`,
    n % 2 === 0 ? 'Zoé Martin' : 'MARTIN Zoé',
    `${String((n % 28) + 1).padStart(2, '0')}/10/2026`,
    ['Faible', 'Moyen', 'Élevé'][n % 3],
    ['Élevé', 'Moyen', 'Faible'][n % 3],
    n === 11 ? 'Clos' : 'Ouvert',
  ]);

describe('a French register imported, then re-imported with changes, through readRows and the mutators', () => {
  it('creates every risk, then applies exactly the changed and new rows', () => {
    const workspace = crmWorkspace();
    workspace.must('person.create', { id: id(500), name: 'Zoé Martin' }, pmo);
    const context = {
      projectId,
      projects: [{ id: projectId, code: 'CRM', name: 'CRM rollout' }],
      people: [{ id: id(500), name: 'Zoé Martin' }],
      members: [],
      dateOrder: 'dmy' as const,
      unknownOwners: 'reject' as const,
    };
    const importText = (text: string) => {
      const parsed = parseCsvText(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const headerRow = detectHeaderRow(parsed.value.rows);
      const kind = detectImportKind(parsed.value.rows[headerRow]);
      const read = readRows(parsed.value, headerRow, kind, suggestMapping(kind, parsed.value.rows[headerRow]), context);
      expect(read.problems).toEqual([]);
      return read.rows;
    };

    const first = importText(frenchRegister(frenchRows()));
    applyAll(
      workspace,
      planImportMutations(diffImport(first, existingOf(workspace), { projectId }), first, sequentialIds(1000)),
    );
    expect(existingOf(workspace).risk).toHaveLength(12);
    expect(findBy(workspace, 'risk', 'R-012')).toMatchObject({ status: 'closed', probability: 4, impact: 2 });
    expect(findBy(workspace, 'risk', 'R-002')?.owner).toEqual({ name: 'Zoé Martin', personId: id(500) });

    const edited = frenchRows();
    edited[0][4] = 'Très élevé';
    edited[4][1] = 'Risque n°5, fournisseur principal';
    edited[7][6] = 'En cours';
    edited.push(['R-013', 'Grève des transports', 'Zoé Martin', '02/11/2026', 'Moyen', 'Moyen', 'Ouvert']);
    const second = importText(frenchRegister(edited));
    const diff = diffImport(second, existingOf(workspace), { projectId });
    expect(diff.created.map((entry) => entry.title)).toEqual(['Grève des transports']);
    expect(diff.changed.map((entry) => [entry.line, entry.changes.map((change) => change.field)])).toEqual([
      [3, ['probability']],
      [7, ['title']],
      [10, ['status']],
    ]);
    expect(diff.unchanged).toHaveLength(9);
    applyAll(workspace, planImportMutations(diff, second, sequentialIds(2000)));
    expect(existingOf(workspace).risk).toHaveLength(13);
    expect(findBy(workspace, 'risk', 'R-001')?.probability).toBe(5);
    expect(findBy(workspace, 'risk', 'R-008')?.status).toBe('mitigating');
  });
});

describe('a plan whose rows name each other as predecessors', () => {
  const context = {
    projectId,
    projects: [{ id: projectId, code: 'CRM', name: 'CRM rollout' }],
    people: [],
    members: [],
    dateOrder: 'dmy' as const,
    unknownOwners: 'reject' as const,
  };
  const readPlan = (lines: string[]) => {
    const parsed = parseCsvText(['Réf;Type;Titre;Fin;Durée;Prédécesseurs', ...lines].join('\n'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const mapping = suggestMapping('plan', parsed.value.rows[0]);
    const read = readRows(parsed.value, 0, 'plan', mapping, context);
    expect(read.problems).toEqual([]);
    return read.rows;
  };

  it('creates the rows first and links them after, then relinks to a row added later', () => {
    const workspace = crmWorkspace();
    const first = readPlan([
      'J-1;Jalon;Recette validée;15/03/2027;0;T-2',
      'T-1;Tâche;Migrer les données;01/03/2027;5;',
      'T-2;Tâche;Tester la migration;10/03/2027;3;T-1+2',
    ]);
    const created = planImportMutations(diffImport(first, {}, { projectId }), first, sequentialIds(1000));
    expect(created.map((mutation) => mutation.name)).toEqual([
      'milestone.create',
      'planItem.create',
      'planItem.create',
      'milestone.update',
      'planItem.update',
    ]);
    applyAll(workspace, created);
    const idOf = (ref: string) => (findBy(workspace, 'planItem', ref) ?? findBy(workspace, 'milestone', ref))?.id;
    expect(findBy(workspace, 'milestone', 'J-1')?.predecessors).toEqual([{ predecessorId: idOf('T-2'), lagDays: 0 }]);
    expect(findBy(workspace, 'planItem', 'T-2')?.predecessors).toEqual([{ predecessorId: idOf('T-1'), lagDays: 2 }]);

    const second = readPlan([
      'J-1;Jalon;Recette validée;15/03/2027;0;T-2',
      'T-1;Tâche;Migrer les données;01/03/2027;5;',
      'T-2;Tâche;Tester la migration;10/03/2027;3;T-1+2, T-3',
      'T-3;Tâche;Former les utilisateurs;05/03/2027;2;T-1',
    ]);
    const diff = diffImport(second, existingOf(workspace), { projectId });
    expect(diff.unchanged.map((entry) => entry.line)).toEqual([2, 3]);
    expect(diff.changed.map((entry) => [entry.line, entry.changes.map((change) => change.field)])).toEqual([
      [4, ['predecessors']],
    ]);
    applyAll(workspace, planImportMutations(diff, second, sequentialIds(2000)));
    expect(findBy(workspace, 'planItem', 'T-2')?.predecessors).toEqual([
      { predecessorId: idOf('T-1'), lagDays: 2 },
      { predecessorId: idOf('T-3'), lagDays: 0 },
    ]);
    expect(findBy(workspace, 'planItem', 'T-3')?.predecessors).toEqual([{ predecessorId: idOf('T-1'), lagDays: 0 }]);
  });
});
