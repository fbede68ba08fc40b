import { MilestoneFieldsSchema, PlanItemFieldsSchema } from '../schemas/plan';
import { unescapeFormulaCell } from './formula-escape';
import {
  addCellProblem,
  isBlank,
  isRecordId,
  newDraft,
  type ReadEnv,
  type RowDraft,
  readCellValue,
  readRowCells,
} from './read-cells';
import type { ReadCollector } from './read-collector';
import { keyOf } from './read-register';
import { placeholderId, validateDraft } from './read-validate';
import { normalizeLabel, planTypeMap } from './synonyms';
import { parseDurationCell } from './values/numbers';

type PlanRowType = 'milestone' | 'task' | 'deliverable';

/** The rows of a plan by their Ref and PMO ID, so a predecessor can name another row. */
export type PlanRowIndex = Map<string, { line: number; id?: string }>;

const refKey = (text: string) => text.trim().toLowerCase();
const separators = /[,;\n]+|\s+/;
const lagSuffix = /^(.*?)(?:FS|SS|FF|SF)?([+-]\d+)?\s*(?:j|d|jours?|days?|wd)?$/i;
const dayMs = 86_400_000;
const milestoneListHeader = /^(jalons?|milestones?)$/;

/** Indexes the plan's rows by Ref and PMO ID before reading them (a predecessor may come later in the sheet). */
export function indexPlanRows(
  rows: readonly string[][],
  lineAt: (offset: number) => number,
  env: ReadEnv,
): PlanRowIndex {
  const index: PlanRowIndex = new Map();
  const refColumn = env.columnOf.get('ref')?.column;
  const idColumn = env.columnOf.get('id')?.column;
  rows.forEach((row, offset) => {
    const line = lineAt(offset);
    const idText = idColumn === undefined ? '' : unescapeFormulaCell(row[idColumn] ?? '').trim();
    const id = isRecordId(idText) ? idText : undefined;
    const ref = refColumn === undefined ? '' : unescapeFormulaCell(row[refColumn] ?? '').trim();
    if (ref !== '' && !index.has(refKey(ref))) index.set(refKey(ref), { line, id });
    if (id && !index.has(refKey(id))) index.set(refKey(id), { line, id });
  });
  return index;
}

/** The row type: from the Type cell, else a task unless its duration is 0 (a milestone). */
function rowTypeOf(row: readonly string[], draft: RowDraft, env: ReadEnv): PlanRowType | undefined {
  const typeColumn = env.columnOf.get('type');
  const raw = typeColumn ? (row[typeColumn.column] ?? '') : '';
  if (typeColumn && !isBlank(raw)) {
    const text = unescapeFormulaCell(raw).trim();
    const type = planTypeMap.get(normalizeLabel(text));
    if (!type) {
      addCellProblem(
        draft,
        typeColumn,
        { code: 'unknown_value', reason: `${text} is not a plan row type; use Milestone, Task or Deliverable` },
        raw,
      );
      return undefined;
    }
    if (normalizeLabel(text) !== type)
      draft.conversions.push({ column: typeColumn.column, raw, shown: type, rule: 'enum_synonym' });
    return type;
  }
  // A list whose title column is "Jalons" / "Milestones" is a list of milestones.
  const titleColumn = env.columnOf.get('title');
  if (titleColumn && milestoneListHeader.test(normalizeLabel(titleColumn.header))) return 'milestone';
  const durationColumn = env.columnOf.get('durationDays');
  const duration = durationColumn ? (row[durationColumn.column] ?? '') : '';
  if (isBlank(duration)) return 'task';
  const parsed = parseDurationCell(unescapeFormulaCell(duration), env.style);
  return parsed.ok && parsed.value === 0 ? 'milestone' : 'task';
}

/** Reads "T-2, T-3+2" / "12FS+3" / ids into dependencies; other rows of this plan become `row:<line>` until created. */
function readPredecessors(row: readonly string[], draft: RowDraft, env: ReadEnv, index: PlanRowIndex): void {
  const mapped = env.columnOf.get('predecessors');
  const raw = mapped ? row[mapped.column] : undefined;
  if (!mapped || raw === undefined || isBlank(raw)) return;
  const dependencies: { predecessorId: string; lagDays: number }[] = [];
  for (const token of unescapeFormulaCell(raw).split(separators)) {
    if (token === '') continue;
    let target = index.get(refKey(token));
    let lagDays = 0;
    if (!target && !isRecordId(token)) {
      const parts = lagSuffix.exec(token);
      target = parts ? index.get(refKey(parts[1])) : undefined;
      lagDays = parts?.[2] ? Number(parts[2]) : 0;
    }
    if (target?.line === draft.line) {
      addCellProblem(draft, mapped, { code: 'invalid', reason: `${token} is this row itself` }, raw);
      return;
    }
    const predecessorId = target ? (target.id ?? `row:${target.line}`) : isRecordId(token) ? token : undefined;
    if (!predecessorId) {
      addCellProblem(
        draft,
        mapped,
        { code: 'unknown_value', reason: `${token} is not the Ref or PMO ID of a row of this plan` },
        raw,
      );
      return;
    }
    dependencies.push({ predecessorId, lagDays });
  }
  draft.values.predecessors = dependencies;
}

/** Working days (Monday to Friday) from start to end, both included. */
export function workingDaysBetween(start: string, end: string): number {
  const from = Date.parse(start);
  const days = Math.round((Date.parse(end) - from) / dayMs) + 1;
  if (days <= 0) return 0;
  const firstWeekday = new Date(from).getUTCDay();
  let count = Math.floor(days / 7) * 5;
  for (let offset = 0; offset < days % 7; offset++) {
    const weekday = (firstWeekday + offset) % 7;
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/** Validates with placeholders (`row:<line>`) replaced by a UUID, then puts them back. */
function validateWithPlaceholders<T extends Record<string, unknown>>(
  validate: (fields: Record<string, unknown>) => T | undefined,
  fields: Record<string, unknown>,
): T | undefined {
  const dependencies = fields.predecessors as { predecessorId: string; lagDays: number }[] | undefined;
  if (!dependencies?.some((dependency) => dependency.predecessorId.startsWith('row:'))) return validate(fields);
  const stand = dependencies.map((dependency) =>
    dependency.predecessorId.startsWith('row:') ? { ...dependency, predecessorId: placeholderId } : dependency,
  );
  const valid = validate({ ...fields, predecessors: stand });
  return valid && { ...valid, predecessors: dependencies };
}

const copy = (from: Record<string, unknown>, keys: readonly string[], to: Record<string, unknown>) => {
  for (const key of keys) if (from[key] !== undefined) to[key] = from[key];
};
const milestoneKeys = ['title', 'ref', 'owner', 'baselineDate', 'actualDate', 'acceptanceCriteria', 'mandatory'];
const planItemKeys = [
  'title',
  'ref',
  'owner',
  'start',
  'end',
  'durationDays',
  'effortHours',
  'percentComplete',
  'plannedValue',
  'actualCost',
];

/** A milestone's forecast is its End (or Due) date; a milestone with only a Start is due that day. */
function readMilestone(row: readonly string[], draft: RowDraft, env: ReadEnv) {
  const values = draft.values;
  const fields: Record<string, unknown> = { projectId: env.context.projectId };
  copy(values, [...milestoneKeys, 'predecessors', 'jiraKey'], fields);
  let source = 'end';
  const startColumn = env.columnOf.get('start');
  if (values.end === undefined && startColumn && !isBlank(row[startColumn.column])) {
    const start = readCellValue(unescapeFormulaCell(row[startColumn.column]), startColumn, 'planItem', env);
    if (start.ok) {
      values.end = start.value;
      source = 'start';
    } else {
      addCellProblem(draft, startColumn, start, row[startColumn.column]);
    }
  }
  if (values.end !== undefined) fields.forecastDate = values.end;
  const valid = validateWithPlaceholders(
    (candidate) => validateDraft(MilestoneFieldsSchema, candidate, draft, env, { forecastDate: source }),
    fields,
  );
  return valid && { valid, setFields: Object.keys(fields) };
}

/** A plan item's duration, when not given, is the working days from its start to its end. */
function readPlanItem(kind: 'task' | 'deliverable', draft: RowDraft, env: ReadEnv) {
  const values = draft.values;
  const fields: Record<string, unknown> = { projectId: env.context.projectId, kind };
  copy(values, [...planItemKeys, 'predecessors', 'jiraKey'], fields);
  const { start, end } = values as { start?: string; end?: string };
  if (start && end && end < start) {
    const endColumn = env.columnOf.get('end');
    if (endColumn) addCellProblem(draft, endColumn, { code: 'invalid', reason: `${end} is before the start ${start}` });
  } else if (start && end && values.durationDays === undefined) {
    fields.durationDays = workingDaysBetween(start, end);
  }
  const valid = validateWithPlaceholders(
    (candidate) => validateDraft(PlanItemFieldsSchema, candidate, draft, env),
    fields,
  );
  // Without a Type column the kind is a guess, not something the sheet says.
  const setFields = Object.keys(fields).filter((field) => field !== 'kind' || env.columnOf.has('type'));
  return valid && { valid, setFields };
}

/** Reads one plan row into a milestone or a plan item (task / deliverable). */
export function readPlanRow(
  row: readonly string[],
  line: number,
  env: ReadEnv,
  index: PlanRowIndex,
  out: ReadCollector,
): void {
  const draft = newDraft(line);
  const type = rowTypeOf(row, draft, env);
  if (!type) {
    out.settle(draft);
    return;
  }
  const entity = type === 'milestone' ? 'milestone' : 'planItem';
  readRowCells(draft, row, entity, env);
  readPredecessors(row, draft, env, index);
  const read = type === 'milestone' ? readMilestone(row, draft, env) : readPlanItem(type, draft, env);
  const key = keyOf(draft.values);
  out.checkDuplicateKey(draft, entity, key, env);
  if (!out.settle(draft) || !read) return;
  out.accept({ line, entity, key, fields: read.valid, conversions: draft.conversions, setFields: read.setFields });
}
