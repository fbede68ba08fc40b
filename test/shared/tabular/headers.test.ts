import { describe, expect, it } from 'vitest';
import {
  detectHeaderRow,
  detectImportKind,
  type ImportKind,
  importFields,
  suggestMapping,
} from '../../../shared/tabular';

const frenchRegisterHeaders = [
  'N°',
  'Intitulé du risque',
  'Probabilité',
  'Impact',
  'Propriétaire',
  'Échéance',
  'Statut',
  'Catégorie',
];

describe('detectHeaderRow', () => {
  it('finds the header below title lines', () => {
    const rows = [
      ['Registre des risques – Projet Paiements', '', ''],
      ['Mis à jour le 12/02/2026 par la PMO', '', ''],
      ['', 'Confidentiel', ''],
      frenchRegisterHeaders,
      ['R-001', 'Retard fournisseur', 'Élevé', 'Moyen', 'Marie Dupont', '01/03/2026', 'Ouvert', 'Achats'],
    ];
    expect(detectHeaderRow(rows)).toBe(3);
  });

  it('takes the first row when it is the header', () => {
    expect(
      detectHeaderRow([
        ['Title', 'Owner', 'Due'],
        ['Late vendor', 'Marie', '2026-03-01'],
      ]),
    ).toBe(0);
  });

  it('finds a resource grid header made of week dates', () => {
    const rows = [
      ['Plan de charge T1', '', '', ''],
      ['', '', '05/01/2026', '12/01/2026'],
      ['Nom', 'Rôle', '05/01/2026', '12/01/2026'],
      ['Marie Dupont', 'Cheffe de projet', '50%', '50%'],
    ];
    expect(detectHeaderRow(rows)).toBe(2);
  });
});

describe('detectImportKind', () => {
  it('reads a French risk register as a risk register', () => {
    expect(detectImportKind(frenchRegisterHeaders)).toBe('risk');
    expect(detectImportKind(['ID', 'Risk', 'Likelihood', 'Impact', 'Owner', 'Mitigation', 'Actions'])).toBe('risk');
  });

  it('reads a log with a RAID Type column, or risk and issue words mixed, as RAID', () => {
    expect(detectImportKind(['Type (R/A/I/D)', 'Description', 'Owner', 'Due date', 'Status'])).toBe('raid');
    expect(detectImportKind(['RAID', 'Titre', 'Responsable', 'Échéance'])).toBe('raid');
    expect(detectImportKind(['Type', 'Description', 'Owner', 'Due date', 'Status', 'Priority'])).toBe('raid');
    expect(detectImportKind(['Title', 'Probability', 'Impact', 'Resolution', 'Decided by'])).toBe('raid');
  });

  it('reads a plan by its start, end, duration and milestone columns', () => {
    expect(detectImportKind(['Tâche', 'Début', 'Fin', 'Durée', 'Responsable'])).toBe('plan');
    expect(detectImportKind(['Type', 'Title', 'Start', 'End', '% complete'])).toBe('plan');
    expect(detectImportKind(['Jalon', 'Date prévue', 'Date de référence'])).toBe('plan');
  });

  it('recognises the headers our own export writes, for every kind', () => {
    for (const kind of ['risk', 'raid', 'plan', 'resources'] as ImportKind[]) {
      expect(detectImportKind(importFields(kind).map((field) => field.header))).toBe(kind);
    }
    expect(detectImportKind(['PMO ID', 'Ref', 'Type', 'Title', 'Owner', 'Probability', 'Impact', 'Done'])).toBe('raid');
    expect(detectImportKind(['PMO ID', 'Ref', 'Title', 'Owner', 'Probability', 'Impact', 'Status'])).toBe('risk');
  });

  it('reads capacity, allocation or week columns as resources', () => {
    expect(detectImportKind(['Nom', 'Rôle', '05/01/2026', '12/01/2026', '19/01/2026'])).toBe('resources');
    expect(detectImportKind(['Name', 'Capacity', 'Project', 'From', 'To'])).toBe('resources');
    expect(detectImportKind(['Ressource', 'Projet', 'Début', 'Fin', '%'])).toBe('resources');
  });
});

describe('suggestMapping', () => {
  it('maps the headers of a real French risk register', () => {
    expect(suggestMapping('risk', frenchRegisterHeaders)).toEqual([
      'ref',
      'title',
      'probability',
      'impact',
      'owner',
      'reviewDate',
      'status',
      'category',
    ]);
  });

  it('ignores case, accents, spacing, punctuation, brackets and filler words', () => {
    expect(
      suggestMapping('risk', [
        'PROB.',
        'Likelihood',
        'impact (1-5)',
        'Gravité',
        'Responsable',
        "Date d'échéance",
        'Propriétaire du risque',
        'Probabilité du risque',
        'Owner',
        'Coût estimé (€)',
      ]),
    ).toEqual(['probability', null, 'impact', null, 'owner', 'reviewDate', null, null, null, 'costImpact']);
  });

  it('maps English headers, the same word by kind (Due is an issue date, a plan end)', () => {
    expect(suggestMapping('raid', ['Type', 'Title', 'Owner', 'Due', 'Status', 'Severity', 'Impact'])).toEqual([
      'type',
      'title',
      'owner',
      'dueDate',
      'status',
      'severity',
      'impact',
    ]);
    expect(suggestMapping('plan', ['Type', 'Task name', 'Start', 'Due', 'Référence'])).toEqual([
      'type',
      'title',
      'start',
      'end',
      'baselineDate',
    ]);
  });

  it('reads Type as a category in a risk register and Date as a milestone date in a plan', () => {
    expect(suggestMapping('risk', ['Risque', 'Type', 'Proba', 'Gravité'])).toEqual([
      'title',
      'category',
      'probability',
      'impact',
    ]);
    expect(suggestMapping('plan', ['Jalon', 'Date'])).toEqual(['title', 'end']);
  });

  it('maps every canonical export header back to its own field', () => {
    for (const kind of ['risk', 'raid', 'plan', 'resources'] as ImportKind[]) {
      const fields = importFields(kind).filter((field) => field.valueType !== 'week');
      expect(
        suggestMapping(
          kind,
          fields.map((field) => field.header),
        ),
      ).toEqual(fields.map((field) => field.key));
    }
  });

  it('maps date headers of a resource grid to weeks', () => {
    expect(suggestMapping('resources', ['Nom', 'Email', '05/01/2026', '2026-01-12', '19 janv. 2026', 'Total'])).toEqual(
      ['person', 'email', 'week', 'week', 'week', null],
    );
  });

  it('uses a Description column as the title when there is no title column', () => {
    expect(suggestMapping('raid', ['Type', 'Description', 'Owner'])).toEqual(['type', 'title', 'owner']);
  });
});

describe('importFields', () => {
  it('lists unique keys and headers per kind, the required ones flagged', () => {
    for (const kind of ['risk', 'raid', 'plan', 'resources'] as ImportKind[]) {
      const fields = importFields(kind);
      expect(new Set(fields.map((field) => field.key)).size).toBe(fields.length);
      expect(new Set(fields.map((field) => field.header)).size).toBe(fields.length);
    }
    expect(
      importFields('risk')
        .filter((field) => field.required)
        .map((field) => field.key),
    ).toEqual(['title', 'probability', 'impact']);
  });
});
