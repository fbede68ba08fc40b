import type { AnyRecord } from '../entities';
import type { ExistingRecords } from './diff-import';
import { importFields } from './fields';
import type { ImportContext, ImportEntity, ImportField, ImportKind } from './types';

/** What an export needs besides the records: projects (resources name them) and people. */
export type ExportContext = Pick<ImportContext, 'projects' | 'people'>;

/** The entities of each kind, in the order their rows are written. */
const entitiesOfKind: Record<ImportKind, readonly ImportEntity[]> = {
  risk: ['risk'],
  raid: ['risk', 'issue', 'action', 'decision'],
  plan: ['milestone', 'planItem'],
  resources: ['person', 'allocation'],
};

/** The Type cell of a RAID or plan row: an English label the import reads back. */
const typeLabels: Partial<Record<ImportEntity, string>> = {
  risk: 'Risk',
  issue: 'Issue',
  action: 'Action',
  decision: 'Decision',
  milestone: 'Milestone',
};

/** Columns written even when empty: what a re-import matches on, and the row type. */
const alwaysWritten = new Set(['id', 'ref', 'type']);

/**
 * A register or plan as a table that re-imports losslessly: the canonical headers of
 * importFields(kind) (only the columns some record fills, plus PMO ID, Ref and Type), then one row
 * per record. Dates stay ISO, ratings and numbers plain (`.` decimals), percents `45%`, people
 * their names, booleans `yes`/`no`, enums their stored value. RAID and plan rows say their type;
 * resources are in long format: a row per allocation repeating its person, and a row for a person
 * with no allocation. Plan predecessors are written as PMO IDs with their lag (`<id>FS+2, <id>`):
 * unlike refs, ids are always there and never contain a separator.
 */
export function exportTable(kind: ImportKind, records: ExistingRecords, context: ExportContext): string[][] {
  const lines = kind === 'resources' ? resourceLines(records, context) : recordLines(kind, records);
  const fields = importFields(kind).filter((field) => field.valueType !== 'week');
  const columns = fields.filter(
    (field) => alwaysWritten.has(field.key) || lines.some((line) => cellOf(field, line, context) !== ''),
  );
  return [
    columns.map((field) => field.header),
    ...lines.map((line) => columns.map((field) => cellOf(field, line, context))),
  ];
}

/** One exported row: the record it shows, by entity (resources: a person and maybe one allocation). */
type Line = Partial<Record<ImportEntity, AnyRecord>> & { entity: ImportEntity };

function recordLines(kind: ImportKind, records: ExistingRecords): Line[] {
  return entitiesOfKind[kind].flatMap((entity) =>
    (records[entity] ?? []).map((record) => ({ entity, [entity]: record })),
  );
}

function resourceLines(records: ExistingRecords, context: ExportContext): Line[] {
  const people = [...(records.person ?? [])];
  const exported = new Set(people.map((person) => person.id));
  const allocationsOf = new Map<string, AnyRecord[]>();
  for (const allocation of records.allocation ?? []) {
    const personId = String(allocation.personId);
    allocationsOf.set(personId, [...(allocationsOf.get(personId) ?? []), allocation]);
    if (!exported.has(personId)) {
      exported.add(personId);
      // An allocation of someone outside the exported people still names them.
      const known = context.people.find((person) => person.id === personId);
      people.push({ id: personId, version: 0, name: known?.name ?? personId });
    }
  }
  return people.flatMap((person): Line[] => {
    const allocations = allocationsOf.get(person.id) ?? [];
    if (allocations.length === 0) return [{ entity: 'person', person }];
    return allocations.map((allocation) => ({ entity: 'allocation', person, allocation }));
  });
}

/** The text of one cell: the field's value on the record of its entity in this line, else empty. */
function cellOf(field: ImportField, line: Line, context: ExportContext): string {
  const entity = field.entity.find((candidate) => line[candidate] !== undefined);
  const record = entity ? line[entity] : undefined;
  if (!entity || !record) return '';
  switch (field.key) {
    case 'type':
      return entity === 'planItem'
        ? record.kind === 'deliverable'
          ? 'Deliverable'
          : 'Task'
        : (typeLabels[entity] ?? '');
    case 'title':
      return textOf(entity === 'decision' ? record.statement : record.title);
    case 'issueType':
      return textOf(record.type);
    case 'end':
      return textOf(entity === 'milestone' ? record.forecastDate : record.end);
    case 'person':
      return textOf(record.name);
    case 'project': {
      const project = context.projects.find((candidate) => candidate.id === record.projectId);
      return project ? (project.code ?? project.name) : textOf(record.projectId);
    }
    default:
      return formatValue(field, record[field.key]);
  }
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

function formatValue(field: ImportField, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (field.valueType) {
    case 'person':
      return textOf((value as { name?: unknown }).name);
    case 'boolean':
      return value === true ? 'yes' : value === false ? 'no' : '';
    case 'percent':
      return typeof value === 'number' ? `${value}%` : '';
    case 'predecessors':
      return Array.isArray(value) ? value.map(formatDependency).join(', ') : '';
    case 'rating':
    case 'number':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/**
 * `<id>`, or with a lag `<id>FS+3` / `<id>FS-2` (MS Project's notation): the explicit FS keeps an id
 * ending in "ff" from reading as an FF link.
 */
function formatDependency(link: { predecessorId: string; lagDays?: number }): string {
  const lag = link.lagDays ?? 0;
  return lag === 0 ? link.predecessorId : `${link.predecessorId}FS${lag > 0 ? '+' : ''}${lag}`;
}
