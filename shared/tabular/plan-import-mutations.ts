import type { MutationName } from '../mutations/registry';
import { isUnappliedChange } from './compare-fields';
import { newRecordPrefix } from './diff-import';
import { type IdOfLine, indexPlaceholderRows, resolveRowPlaceholders } from './row-placeholders';
import type { FieldChange, ImportDiff, ImportEntity, ImportedRow, PlannedImportMutation } from './types';

/**
 * Records others point at come first: people (allocations), milestones (plan items); then the plan's
 * links, once every plan row exists; allocations last.
 */
const stageOrder = [
  'person',
  'milestone',
  'planItem',
  'links',
  'risk',
  'issue',
  'decision',
  'action',
  'allocation',
] as const;
type Stage = (typeof stageOrder)[number];

/** Fields only intent mutations write (risk.occurred, risk.escalate, milestone.reschedule): never in an import. */
const intentOnlyFields = new Set(['issueId', 'escalatedAt', 'escalatedTo', 'escalationReason', 'dateChanges']);

type Values = Record<string, unknown>;
type Dependency = { predecessorId: string };

/**
 * The mutations that apply a confirmed diff, in the order to apply them (one all-or-nothing batch):
 * `<entity>.create { id, ...fields }` for created rows (placeholder ids replaced by `newId()`, a new
 * milestone's baseline defaulting to its forecast); `<entity>.update { id, patch, expected }` for
 * changed rows, patch = the changed fields, expected = the values the diff saw, so an edit made in
 * the app meanwhile refuses the import instead of being overwritten. A milestone's forecast moves
 * by `milestone.update` (its mutator logs the move; `milestone.reschedule` would refuse an achieved
 * milestone), a baseline that exists by `milestone.rebaseline` with a reason. `row:<line>`
 * placeholders (an allocation's person, a plan row's predecessors) become that line's record id;
 * predecessors are set once every plan row exists. Changes the diff marks as not applied (a risk
 * "occurred") are left out; records missing from the sheet are never deleted.
 */
export function planImportMutations(
  diff: ImportDiff,
  rows: readonly ImportedRow[],
  newId: () => string,
): PlannedImportMutation[] {
  const idOfCreated = new Map(diff.created.map((entry) => [entry.id, newId()]));
  const createdIds = new Set(idOfCreated.values());
  const idOfLine = createLineIds(diff, rows, idOfCreated);
  const stages = new Map<Stage, PlannedImportMutation[]>(stageOrder.map((stage) => [stage, []]));
  const add = (stage: Stage, ...mutations: PlannedImportMutation[]) => stages.get(stage)!.push(...mutations);

  for (const entry of diff.created) {
    const row = rows[Number(entry.id.slice(newRecordPrefix.length))];
    if (!row) continue;
    const id = idOfCreated.get(entry.id)!;
    const fields = resolveRowPlaceholders(entry.entity, fieldsToCreate(row), idOfLine);
    const predecessors = fields.predecessors as Dependency[] | undefined;
    // A predecessor made by this import may come later in the batch: link once all exist.
    const linksLater = predecessors?.some((link) => createdIds.has(link.predecessorId)) ?? false;
    const args = linksLater ? { ...fields, predecessors: [], id } : { ...fields, id };
    add(entry.entity, { name: `${entry.entity}.create` satisfies MutationName, args, line: entry.line });
    if (linksLater)
      add('links', { name: `${entry.entity}.update`, args: { id, patch: { predecessors } }, line: entry.line });
  }
  for (const entry of diff.changed) {
    const changes = entry.changes
      .filter((change) => !isUnappliedChange(change) && !intentOnlyFields.has(change.field))
      .map((change) => ({
        ...change,
        to: resolveRowPlaceholders(entry.entity, { [change.field]: change.to }, idOfLine)[change.field],
      }));
    const links = changes.filter((change) => change.field === 'predecessors');
    add(
      entry.entity,
      ...planUpdates(
        entry.entity,
        entry.id,
        changes.filter((change) => !links.includes(change)),
        entry.line,
      ),
    );
    add('links', ...planUpdates(entry.entity, entry.id, links, entry.line));
  }
  return stageOrder.flatMap((stage) => stages.get(stage)!);
}

/** The id each person line and plan line stands for: the record it matched, or the one it creates. */
function createLineIds(
  diff: ImportDiff,
  rows: readonly ImportedRow[],
  idOfCreated: ReadonlyMap<string, string>,
): IdOfLine {
  const rowOfLine = indexPlaceholderRows(rows);
  const idOfRow = new Map<number, string>();
  for (const entry of diff.created)
    idOfRow.set(Number(entry.id.slice(newRecordPrefix.length)), idOfCreated.get(entry.id)!);
  const matchedIdOfLine = new Map<string, string>();
  for (const entry of [...diff.changed, ...diff.unchanged])
    matchedIdOfLine.set(`${entry.entity}:${entry.line}`, entry.id);
  return (target, line) => {
    const index = rowOfLine(target, line);
    if (index === undefined) return undefined;
    return idOfRow.get(index) ?? matchedIdOfLine.get(`${rows[index].entity}:${line}`);
  };
}

/** A row's fields as create args: no undefined members, no intent-only field, no "occurred" status. */
function fieldsToCreate(row: ImportedRow): Values {
  const fields: Values = {};
  for (const [field, value] of Object.entries(row.fields))
    if (value !== undefined && field !== 'id' && !intentOnlyFields.has(field)) fields[field] = value;
  if (row.entity === 'risk' && fields.status === 'occurred') delete fields.status;
  if (row.entity === 'milestone' && fields.baselineDate === undefined && typeof fields.forecastDate === 'string')
    fields.baselineDate = fields.forecastDate;
  return fields;
}

const definedOnly = (values: Values): Values =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));

/** The update (and, for a milestone's existing baseline, the rebaseline) one changed row needs. */
function planUpdates(entity: ImportEntity, id: string, changes: FieldChange[], line: number): PlannedImportMutation[] {
  const mutations: PlannedImportMutation[] = [];
  const rebaseline =
    entity === 'milestone'
      ? changes.find((change) => change.field === 'baselineDate' && change.from !== undefined)
      : undefined;
  // Before the update, which may set an actual date: an achieved milestone's baseline no longer moves.
  if (rebaseline)
    mutations.push({
      name: 'milestone.rebaseline' satisfies MutationName,
      args: {
        id,
        baselineDate: rebaseline.to,
        reason: `Imported from a spreadsheet (line ${line})`,
        expected: { baselineDate: rebaseline.from },
      },
      line,
    });
  const edits = changes.filter((change) => change !== rebaseline);
  if (edits.length > 0)
    mutations.push({
      name: `${entity}.update` satisfies MutationName,
      args: {
        id,
        patch: Object.fromEntries(edits.map((change) => [change.field, change.to])),
        expected: definedOnly(Object.fromEntries(edits.map((change) => [change.field, change.from]))),
      },
      line,
    });
  return mutations;
}
