import {
  type DateOrder,
  detectHeaderRow,
  detectImportKind,
  type ImportKind,
  type Mapping,
  type ParsedTable,
  suggestMapping,
} from '../../../shared/tabular/index';
import type { ImportMemory } from './import-memory';

/** The import's steps, in the order the user walks them. */
export const wizardSteps = ['source', 'kind', 'mapping', 'preview', 'problems', 'diff', 'result'] as const;
export type WizardStep = (typeof wizardSteps)[number];

/** A table read from a sheet, a file or pasted text, with the key its memory is saved under. */
export interface LoadedSource {
  /** `sheet:<spreadsheetId>:<gid>`, `file:<file name>` or `paste:text`. */
  sourceKey: string;
  /** What the page calls it: the sheet's title, the file's name. */
  label: string;
  table: ParsedTable;
}

export type UnknownOwners = 'reject' | 'keep_name';

export interface WizardState {
  step: WizardStep;
  source: LoadedSource | null;
  /** What was remembered of this source's last import, if anything. */
  memory: ImportMemory | null;
  projectId: string | null;
  headerRow: number;
  kind: ImportKind;
  mapping: Mapping;
  /** The user's answer for ambiguous slash dates; null until asked (the page then offers its locale's order). */
  dateOrderChoice: DateOrder | null;
  unknownOwners: UnknownOwners;
  applied: number | null;
}

export type WizardAction =
  | { type: 'sourceLoaded'; source: LoadedSource; memory: ImportMemory | null }
  | { type: 'projectChosen'; projectId: string }
  | { type: 'kindChosen'; kind: ImportKind }
  | { type: 'headerRowChosen'; headerRow: number }
  | { type: 'columnMapped'; column: number; field: string | null }
  | { type: 'dateOrderChosen'; dateOrder: DateOrder }
  | { type: 'unknownOwnersChosen'; unknownOwners: UnknownOwners }
  | { type: 'stepShown'; step: WizardStep }
  | { type: 'applied'; applied: number }
  | { type: 'restarted' };

export const initialWizardState: WizardState = {
  step: 'source',
  source: null,
  memory: null,
  projectId: null,
  headerRow: 0,
  kind: 'risk',
  mapping: [],
  dateOrderChoice: null,
  unknownOwners: 'reject',
  applied: null,
};

/** The header row's cells, trimmed (empty for a header row past the table). */
export function headersOf(table: ParsedTable, headerRow: number): string[] {
  return (table.rows[headerRow] ?? []).map((cell) => cell.trim());
}

/**
 * The import as a state machine: every choice lives here, so going back a step and forward again
 * keeps what the user chose. A source's memory pre-fills kind, mapping, date order and project.
 */
export function reduceWizard(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'sourceLoaded':
      return startFromSource(state, action.source, action.memory);
    case 'projectChosen':
      return { ...state, projectId: action.projectId };
    case 'kindChosen':
      if (!state.source || action.kind === state.kind) return state;
      return {
        ...state,
        kind: action.kind,
        mapping: mapColumns(state.source.table, state.headerRow, action.kind, null),
      };
    case 'headerRowChosen': {
      if (!state.source) return state;
      // The kind stays: the user may have chosen it already; the new headers get suggestions for it.
      const mapping = mapColumns(state.source.table, action.headerRow, state.kind, null);
      return { ...state, headerRow: action.headerRow, mapping };
    }
    case 'columnMapped': {
      const mapping = [...state.mapping];
      mapping[action.column] = action.field;
      return { ...state, mapping };
    }
    case 'dateOrderChosen':
      return { ...state, dateOrderChoice: action.dateOrder };
    case 'unknownOwnersChosen':
      return { ...state, unknownOwners: action.unknownOwners };
    case 'stepShown':
      return { ...state, step: action.step };
    case 'applied':
      return { ...state, step: 'result', applied: action.applied };
    case 'restarted':
      // The project stays: importing again is usually into the same one.
      return { ...initialWizardState, projectId: state.projectId };
  }
}

function startFromSource(state: WizardState, source: LoadedSource, memory: ImportMemory | null): WizardState {
  const { table } = source;
  const remembered = memory && memory.headerRow < table.rows.length ? memory : null;
  const headerRow = remembered ? remembered.headerRow : detectHeaderRow(table.rows);
  const kind = remembered ? remembered.kind : detectImportKind(headersOf(table, headerRow));
  return {
    ...state,
    step: 'kind',
    source,
    memory,
    headerRow,
    kind,
    mapping: mapColumns(table, headerRow, kind, remembered),
    projectId: memory?.projectId ?? state.projectId,
    dateOrderChoice: memory?.dateOrder ?? null,
    unknownOwners: memory?.unknownOwners ?? 'reject',
    applied: null,
  };
}

/**
 * The suggested mapping, with each column whose header the memory knows mapped as the user mapped
 * it last time: a column moved or added in the sheet still finds its field.
 */
function mapColumns(table: ParsedTable, headerRow: number, kind: ImportKind, memory: ImportMemory | null): Mapping {
  const headers = headersOf(table, headerRow);
  const suggested = suggestMapping(kind, headers);
  if (!memory || memory.kind !== kind) return suggested;
  const rememberedByHeader = new Map(memory.headers.map((header, index) => [header, memory.mapping[index] ?? null]));
  return headers.map((header, index) =>
    rememberedByHeader.has(header) ? (rememberedByHeader.get(header) ?? null) : (suggested[index] ?? null),
  );
}
