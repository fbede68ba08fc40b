import { unescapeFormulaCell } from './formula-escape';
import type { Conversion, ImportContext, ImportEntity, ImportField, ImportKind, RowProblem } from './types';
import { parseBooleanCell } from './values/booleans';
import { asIs, type CellOutcome, refused } from './values/cell';
import { parseDateCell } from './values/dates';
import { parseEnumCell } from './values/enums';
import {
  type NumberStyle,
  parseDurationCell,
  parseHoursCell,
  parseNumberCell,
  parsePercentCell,
} from './values/numbers';
import type { PersonMatcher, ProjectMatcher } from './values/people';
import { parsePersonCell, parseProjectCell } from './values/people';
import { parseRatingCell } from './values/scales';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const hourFields = new Set(['effortHours', 'capacityHoursPerWeek', 'hoursPerWeek']);
const textTypes = new Set(['text', 'long_text', 'ref', 'id', 'type', 'predecessors']);

/** A sheet column mapped to a field of the import kind. */
export interface MappedColumn {
  column: number;
  header: string;
  field: ImportField;
  /** A rating column whose numbers go up to 10: rescaled to 1–5. */
  isTenScale: boolean;
  /** Outcomes of this column's cells by text: registers repeat the same labels, dates and names. */
  cache?: Map<string, CellOutcome>;
}

const cachedTypes = new Set(['date', 'rating', 'number', 'money', 'percent', 'boolean', 'enum', 'person', 'project']);
const maxCachedCells = 5_000;

/** The cell cache of a column whose values are worth remembering (not free text). */
export const cellCacheFor = (field: ImportField) => (cachedTypes.has(field.valueType) ? new Map() : undefined);

/** Everything reading a table's rows needs, built once per table. */
export interface ReadEnv {
  kind: ImportKind;
  context: ImportContext;
  style: NumberStyle;
  matchPerson: PersonMatcher;
  matchProject: ProjectMatcher;
  /** Mapped columns except week columns, in sheet order. */
  columns: MappedColumn[];
  columnOf: Map<string, MappedColumn>;
}

/** One sheet row being read: values by field key, what was converted, what went wrong. */
export interface RowDraft {
  line: number;
  values: Record<string, unknown>;
  conversions: Conversion[];
  problems: RowProblem[];
}

export const newDraft = (line: number): RowDraft => ({ line, values: {}, conversions: [], problems: [] });

/** Whether a cell holds nothing; long text keeps whitespace-only cells (they were written that way). */
export function isBlank(raw: string | undefined, field?: ImportField): boolean {
  if (raw === undefined || raw === '') return true;
  return field?.valueType !== 'long_text' && raw.trim() === '';
}

/** Whether a text is one of our record ids (a UUID). */
export const isRecordId = (text: string) => uuid.test(text);

/** Reads one cell's text (formula escape already undone) as a value of its field, for an entity. */
export function readCellValue(text: string, mapped: MappedColumn, entity: ImportEntity, env: ReadEnv): CellOutcome {
  const { field } = mapped;
  switch (field.valueType) {
    case 'date':
      return parseDateCell(text, env.context.dateOrder);
    case 'rating':
      return parseRatingCell(text, mapped.isTenScale);
    case 'number':
      if (field.key === 'durationDays') return parseDurationCell(text, env.style);
      return hourFields.has(field.key) ? parseHoursCell(text, env.style) : parseNumberCell(text, env.style);
    case 'money':
      return parseNumberCell(text, env.style);
    case 'percent':
      return parsePercentCell(text, env.style);
    case 'boolean':
      return parseBooleanCell(text);
    case 'enum':
      return parseEnumCell(entity, field.key, text);
    case 'person':
      // A decision is taken by a body as often as by a person: its owner stays text (decidedBy).
      if (entity === 'decision') return asIs(text.trim());
      return parsePersonCell(text, env.matchPerson, env.context.unknownOwners);
    case 'project':
      return parseProjectCell(text, env.matchProject);
    case 'id':
      return isRecordId(text.trim())
        ? asIs(text.trim())
        : refused('invalid', `${text.trim()} is not an Interim PMO id; leave the cell empty for new rows`);
    case 'ref':
      return asIs(text.trim());
    default:
      return asIs(text);
  }
}

/** Adds a problem of one cell to a row. */
export function addCellProblem(
  draft: RowDraft,
  mapped: MappedColumn,
  problem: { code: RowProblem['code']; reason: string },
  raw?: string,
): void {
  draft.problems.push({
    line: draft.line,
    column: mapped.column,
    columnName: mapped.header,
    field: mapped.field.key,
    code: problem.code,
    reason: problem.reason,
    ...(raw === undefined ? {} : { raw }),
  });
}

/**
 * Reads one cell into `draft.values[field key]`, recording its conversion or its problem. Returns
 * whether the cell held a value.
 */
export function readCellInto(
  draft: RowDraft,
  row: readonly string[],
  mapped: MappedColumn,
  entity: ImportEntity,
  env: ReadEnv,
): boolean {
  const raw = row[mapped.column];
  if (isBlank(raw, mapped.field)) return false;
  const text = unescapeFormulaCell(raw);
  const { valueType } = mapped.field;
  if (valueType === 'text' || valueType === 'long_text') {
    // Free text is most of a register's cells: no outcome object to build.
    draft.values[mapped.field.key] = text;
    if (text !== raw) draft.conversions.push({ column: mapped.column, raw, shown: text, rule: 'formula_unescape' });
    return true;
  }
  const { cache } = mapped;
  // In a RAID log the same word reads differently by entity ("En cours": mitigating / in_progress).
  const cacheKey =
    env.kind === 'raid' && (valueType === 'enum' || valueType === 'person') ? `${entity}\u0001${text}` : text;
  let outcome = cache?.get(cacheKey);
  if (!outcome) {
    outcome = readCellValue(text, mapped, entity, env);
    if (cache && cache.size < maxCachedCells) cache.set(cacheKey, outcome);
  }
  if (!outcome.ok) {
    addCellProblem(draft, mapped, outcome, raw);
    return true;
  }
  draft.values[mapped.field.key] = outcome.value;
  if (outcome.rule) {
    draft.conversions.push({
      column: mapped.column,
      raw,
      shown: outcome.shown ?? String(outcome.value),
      rule: outcome.rule,
    });
  } else if (text !== raw && textTypes.has(mapped.field.valueType)) {
    draft.conversions.push({ column: mapped.column, raw, shown: text, rule: 'formula_unescape' });
  }
  return true;
}

/** Reads every mapped cell of a row that applies to the entity (Type and predecessors are read by the caller). */
export function readRowCells(
  draft: RowDraft,
  row: readonly string[],
  entity: ImportEntity,
  env: ReadEnv,
  columns: readonly MappedColumn[] = env.columns,
): void {
  for (const mapped of columns) {
    const { field } = mapped;
    if (field.valueType === 'type' || field.valueType === 'predecessors' || !field.entity.includes(entity)) continue;
    readCellInto(draft, row, mapped, entity, env);
  }
}

/** Whether a row has nothing in any mapped column (blank lines, spacer rows): skipped silently. */
export function isEmptyRow(row: readonly string[], columns: readonly { column: number }[]): boolean {
  return columns.every(({ column }) => isBlank(row[column]));
}
