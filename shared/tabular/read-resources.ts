import { AllocationFieldsSchema, PersonFieldsSchema } from '../schemas/resources';
import { unescapeFormulaCell } from './formula-escape';
import {
  addCellProblem,
  isBlank,
  type MappedColumn,
  newDraft,
  type ReadEnv,
  type RowDraft,
  readRowCells,
} from './read-cells';
import type { ReadCollector, ReadRow } from './read-collector';
import { keyOf } from './read-register';
import { placeholderId, validateDraft } from './read-validate';
import { normalizeLabel } from './synonyms';
import { asIs, type CellOutcome, converted, refused } from './values/cell';
import { parseDateCell } from './values/dates';
import { type NumberStyle, parseLocaleNumber } from './values/numbers';

/** A date column of a resource grid: the week it stands for, from Monday. */
export interface WeekColumn {
  mapped: MappedColumn;
  monday: string;
}

type Amount = { unit: 'percent' | 'hoursPerWeek'; amount: number };

const dayMs = 86_400_000;
const hoursSuffix = /^(.*?)\s*(h|hrs?|hours?|heures?)$/i;
const plainNumber = /^\d+(?:\.\d+)?$/;

const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * dayMs).toISOString().slice(0, 10);

/** The Monday of the week a day falls in. */
export function mondayOf(iso: string): string {
  const weekday = new Date(Date.parse(iso)).getUTCDay();
  return addDays(iso, -((weekday + 6) % 7));
}

/**
 * Reads the week headers of a grid (in the import's day order), sorted by date; a header that is not
 * a date is reported once, on the header line, and its column ignored.
 */
export function readWeekColumns(
  columns: readonly MappedColumn[],
  env: ReadEnv,
  headerLine: number,
  out: ReadCollector,
) {
  const weeks: WeekColumn[] = [];
  for (const mapped of columns) {
    const date = parseDateCell(mapped.header, env.context.dateOrder);
    if (date.ok) weeks.push({ mapped, monday: mondayOf(date.value) });
    else
      out.addProblem({
        line: headerLine,
        column: mapped.column,
        columnName: mapped.header,
        field: 'week',
        code: 'bad_date',
        reason: `${mapped.header.trim()} is not a week's date`,
      });
  }
  return weeks.sort((a, b) => (a.monday < b.monday ? -1 : a.monday > b.monday ? 1 : a.mapped.column - b.mapped.column));
}

/** A grid cell: "50%" is a percent, "0.5" a fraction of capacity (50 %), "20" or "20h" hours per week. */
export function parseWeekCell(text: string, style: NumberStyle): CellOutcome<Amount> {
  const trimmed = text.trim();
  const hours = hoursSuffix.exec(trimmed);
  const isPercent = trimmed.endsWith('%');
  const number = parseLocaleNumber(isPercent ? trimmed.slice(0, -1) : hours ? hours[1] : trimmed, style);
  if (number === undefined) return refused('bad_number', `${trimmed} is not hours or a percentage`);
  if (number < 0) return refused('out_of_range', `${trimmed} is negative`);
  if (isPercent) {
    if (number > 500) return refused('out_of_range', `${trimmed} is above 500 %`);
    return converted({ unit: 'percent', amount: number }, 'percent', `${number} %`);
  }
  if (!hours && number <= 1) {
    const percent = Math.round(number * 1e8) / 1e6;
    return converted({ unit: 'percent', amount: percent }, 'fraction_to_percent', `${percent} %`);
  }
  if (number > 168) return refused('out_of_range', `${trimmed} is more hours than a week has`);
  const value: Amount = { unit: 'hoursPerWeek', amount: number };
  return !hours && plainNumber.test(trimmed) ? asIs(value) : converted(value, 'number_locale', `${number} h`);
}

/** Who a row is about: one person per id, else ref, else name, however many rows they have. */
const personKeyOf = (values: Record<string, unknown>) =>
  typeof values.id === 'string'
    ? `id:${values.id}`
    : typeof values.ref === 'string' && values.ref !== ''
      ? `ref:${values.ref.trim().toLowerCase()}`
      : `name:${normalizeLabel(String(values.person ?? ''))}`;

/** A valid allocation and the fields its cells set. */
type Allocated = { valid: Record<string, unknown>; setFields: readonly string[] };

const longAllocationKeys = ['project', 'from', 'to', 'hoursPerWeek', 'percent'];

/** Reads resource rows: people (once each) and their allocations, long format or week grid. */
export class ResourceReader {
  /** Person key → the person's id, or `row:<line>` of the row that creates them. */
  private readonly personIds = new Map<string, string>();

  constructor(
    private readonly env: ReadEnv,
    private readonly weeks: readonly WeekColumn[],
    private readonly out: ReadCollector,
  ) {}

  readRow(row: readonly string[], line: number): void {
    const draft = newDraft(line);
    readRowCells(draft, row, 'person', this.env);
    readRowCells(draft, row, 'allocation', this.env);
    const personKey = personKeyOf(draft.values);
    const knownId = this.personIds.get(personKey);
    const person = knownId === undefined ? this.readPerson(draft) : undefined;
    const personId = knownId ?? person?.key.id ?? `row:${line}`;
    const allocations = [
      ...this.readLongAllocation(draft, personId),
      ...this.readWeekAllocations(row, draft, personId),
    ];
    if (!this.out.settle(draft)) return;
    // A line's conversions are listed once, on its first record, so the preview counts each cell once.
    const rows: ReadRow[] = allocations.map(({ valid, setFields }) => ({
      line,
      entity: 'allocation',
      key: {},
      fields: valid,
      conversions: [],
      setFields,
    }));
    if (person) {
      this.personIds.set(personKey, personId);
      rows.unshift(person);
    }
    if (rows.length > 0) rows[0].conversions = draft.conversions;
    for (const imported of rows) this.out.accept(imported);
  }

  /** The person of a row: matched to the workspace's people by id, name or email; unknown ones are created. */
  private readPerson(draft: RowDraft): ReadRow | undefined {
    const { values } = draft;
    const { context, matchPerson } = this.env;
    const name = typeof values.person === 'string' ? values.person.trim() : '';
    const byId = typeof values.id === 'string' ? context.people.find((person) => person.id === values.id) : undefined;
    const matched =
      (byId && { name: byId.name, personId: byId.id }) ||
      (name === '' ? undefined : matchPerson(name)) ||
      (typeof values.email === 'string' ? matchPerson(values.email) : undefined);
    const fields: Record<string, unknown> = {};
    for (const key of ['ref', 'email', 'role', 'capacityHoursPerWeek'])
      if (values[key] !== undefined) fields[key] = values[key];
    if (name !== '') fields.name = matched?.name ?? name;
    if (matched?.memberId && fields.memberId === undefined) fields.memberId = matched.memberId;
    const nameColumn = this.env.columnOf.get('person');
    if (matched && nameColumn && name !== '' && matched.name !== name)
      draft.conversions.push({ column: nameColumn.column, raw: name, shown: matched.name, rule: 'person_match' });
    const valid = validateDraft(PersonFieldsSchema, fields, draft, this.env, { name: 'person' });
    if (!valid) return undefined;
    const key = keyOf(values);
    if (!key.id && matched?.personId) key.id = matched.personId;
    return { line: draft.line, entity: 'person', key, fields: valid, conversions: [], setFields: Object.keys(fields) };
  }

  /** A long-format allocation (Project, From, To, Hours per week / Percent), when the row has one. */
  private readLongAllocation(draft: RowDraft, personId: string): Allocated[] {
    const { values } = draft;
    if (!longAllocationKeys.some((key) => values[key] !== undefined)) return [];
    const fields: Record<string, unknown> = { personId, projectId: values.project ?? this.env.context.projectId };
    for (const key of ['from', 'to', 'hoursPerWeek', 'percent', 'isKey'])
      if (values[key] !== undefined) fields[key] = values[key];
    if (fields.hoursPerWeek === undefined && fields.percent === undefined) {
      const mapped = this.env.columnOf.get('hoursPerWeek') ?? this.env.columnOf.get('percent');
      draft.problems.push({
        line: draft.line,
        column: mapped?.column ?? null,
        columnName: mapped?.header ?? null,
        field: mapped?.field.key ?? 'hoursPerWeek',
        code: 'required',
        reason: 'Give hours per week or a percent of capacity',
      });
    }
    if (typeof fields.from === 'string' && typeof fields.to === 'string' && fields.to < fields.from) {
      const to = this.env.columnOf.get('to');
      if (to) addCellProblem(draft, to, { code: 'invalid', reason: `${fields.to} is before ${fields.from}` });
    }
    const valid = this.validateAllocation(fields, draft, { projectId: 'project' });
    return valid ? [valid] : [];
  }

  /** A week grid's allocations: runs of consecutive weeks with the same amount, Monday to Friday. */
  private readWeekAllocations(row: readonly string[], draft: RowDraft, personId: string): Allocated[] {
    const allocations: Allocated[] = [];
    const projectId = draft.values.project ?? this.env.context.projectId;
    let run: { amount: Amount; first: WeekColumn; last: WeekColumn } | undefined;
    const close = () => {
      if (!run) return;
      const fields = {
        personId,
        projectId,
        from: run.first.monday,
        to: addDays(run.last.monday, 4),
        [run.amount.unit]: run.amount.amount,
        ...(draft.values.isKey === undefined ? {} : { isKey: draft.values.isKey }),
      };
      const valid = this.validateAllocation(fields, draft, { projectId: 'project' });
      if (valid) allocations.push(valid);
      run = undefined;
    };
    for (const week of this.weeks) {
      const raw = row[week.mapped.column];
      const cell = isBlank(raw) ? undefined : parseWeekCell(unescapeFormulaCell(raw), this.env.style);
      if (cell && !cell.ok) addCellProblem(draft, week.mapped, cell, raw);
      const amount = cell?.ok && cell.value.amount > 0 ? cell.value : undefined;
      if (cell?.ok && cell.rule && amount)
        draft.conversions.push({ column: week.mapped.column, raw, shown: cell.shown ?? '', rule: cell.rule });
      if (run && amount && amount.unit === run.amount.unit && amount.amount === run.amount.amount) {
        run.last = week;
        continue;
      }
      close();
      if (amount) run = { amount, first: week, last: week };
    }
    close();
    return allocations;
  }

  private validateAllocation(fields: Record<string, unknown>, draft: RowDraft, sourceOf: Record<string, string>) {
    const isPlaceholder = typeof fields.personId === 'string' && fields.personId.startsWith('row:');
    const candidate = isPlaceholder ? { ...fields, personId: placeholderId } : fields;
    const valid = validateDraft(AllocationFieldsSchema, candidate, draft, this.env, sourceOf);
    if (!valid) return undefined;
    return { valid: isPlaceholder ? { ...valid, personId: fields.personId } : valid, setFields: Object.keys(fields) };
  }
}
