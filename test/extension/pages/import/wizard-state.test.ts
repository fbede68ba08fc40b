import { describe, expect, it } from 'vitest';
import type { ImportMemory } from '../../../../extension/pages/import/import-memory';
import {
  initialWizardState,
  type LoadedSource,
  reduceWizard,
  type WizardAction,
  type WizardState,
} from '../../../../extension/pages/import/wizard-state';
import type { ParsedTable } from '../../../../shared/tabular/index';

const projectId = '11111111-1111-4111-8111-111111111111';
const otherProjectId = '22222222-2222-4222-8222-222222222222';

const table: ParsedTable = {
  delimiter: ';',
  rows: [
    ['Registre des risques ERP', '', '', ''],
    ['Réf', 'Titre', 'Probabilité', 'Remarques'],
    ['R-1', 'Retard fournisseur', 'Élevé', 'à suivre'],
  ],
};
const source: LoadedSource = { sourceKey: 'file:risques.csv', label: 'risques.csv', table };

const run = (...actions: WizardAction[]): WizardState => actions.reduce(reduceWizard, initialWizardState);

describe('import wizard state', () => {
  it('starts from suggestions: header row, kind and mapping detected, on the kind step', () => {
    const state = run({ type: 'sourceLoaded', source, memory: null });

    expect(state).toMatchObject({
      step: 'kind',
      headerRow: 1,
      kind: 'risk',
      dateOrderChoice: null,
      unknownOwners: 'reject',
    });
    expect(state.mapping).toEqual(['ref', 'title', 'probability', null]);
  });

  it('keeps every choice when the user goes back a step and forward again', () => {
    const chosen = run(
      { type: 'sourceLoaded', source, memory: null },
      { type: 'projectChosen', projectId },
      { type: 'stepShown', step: 'mapping' },
      { type: 'columnMapped', column: 3, field: 'description' },
      { type: 'dateOrderChosen', dateOrder: 'mdy' },
      { type: 'unknownOwnersChosen', unknownOwners: 'keep_name' },
      { type: 'stepShown', step: 'preview' },
    );

    const back = reduceWizard(chosen, { type: 'stepShown', step: 'kind' });
    const again = reduceWizard(back, { type: 'stepShown', step: 'preview' });

    expect(back).toEqual({ ...chosen, step: 'kind' });
    expect(again).toEqual(chosen);
    expect(again).toMatchObject({
      projectId,
      mapping: ['ref', 'title', 'probability', 'description'],
      dateOrderChoice: 'mdy',
      unknownOwners: 'keep_name',
    });
  });

  it("pre-fills kind, mapping, date order, owners rule and project from the source's memory", () => {
    const memory: ImportMemory = {
      kind: 'raid',
      headerRow: 1,
      // The sheet gained a column since: "Remarques" is new, the others moved.
      headers: ['Titre', 'Réf', 'Probabilité'],
      mapping: ['title', 'ref', null],
      dateOrder: 'mdy',
      unknownOwners: 'keep_name',
      projectId: otherProjectId,
      importedIds: [],
      savedAt: '2026-03-01T10:00:00.000Z',
    };

    const state = run({ type: 'projectChosen', projectId }, { type: 'sourceLoaded', source, memory });

    expect(state).toMatchObject({
      kind: 'raid',
      headerRow: 1,
      projectId: otherProjectId,
      dateOrderChoice: 'mdy',
      unknownOwners: 'keep_name',
      memory,
    });
    // Remembered columns by header; the new one gets its suggestion.
    expect(state.mapping.slice(0, 3)).toEqual(['ref', 'title', null]);
  });

  it('suggests a new mapping when the kind changes, and re-maps when the header row changes', () => {
    const loaded = run({ type: 'sourceLoaded', source, memory: null });

    const asPlan = reduceWizard(loaded, { type: 'kindChosen', kind: 'plan' });
    const fromFirstLine = reduceWizard(asPlan, { type: 'headerRowChosen', headerRow: 0 });

    expect(asPlan.kind).toBe('plan');
    expect(asPlan.mapping).not.toContain('probability');
    expect(asPlan.mapping).toContain('title');
    expect(fromFirstLine).toMatchObject({ kind: 'plan', headerRow: 0 });
    expect(fromFirstLine.mapping).not.toContain('title');
  });

  it('shows the result after applying, and starts over on the same project', () => {
    const applied = run(
      { type: 'sourceLoaded', source, memory: null },
      { type: 'projectChosen', projectId },
      { type: 'applied', applied: 12 },
    );
    const restarted = reduceWizard(applied, { type: 'restarted' });

    expect(applied).toMatchObject({ step: 'result', applied: 12 });
    expect(restarted).toEqual({ ...initialWizardState, projectId });
  });
});
