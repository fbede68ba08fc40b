import type { ImportEntity, ImportedRow } from './types';

/** Prefix of a reference to the record another line of the same import makes: `row:<line>`. */
export const rowPlaceholderPrefix = 'row:';

/** What a placeholder can name: the person of a resources line, or the milestone / plan item of a plan line. */
export type PlaceholderTarget = 'person' | 'plan';

/** The id of the record a line stands for, once known (matched, or given by planImportMutations). */
export type IdOfLine = (target: PlaceholderTarget, line: number) => string | undefined;

const isPlaceholder = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(rowPlaceholderPrefix);
const lineOf = (placeholder: string) => Number(placeholder.slice(rowPlaceholderPrefix.length));

const targetOf = (entity: ImportEntity): PlaceholderTarget | undefined =>
  entity === 'person' ? 'person' : entity === 'milestone' || entity === 'planItem' ? 'plan' : undefined;

/** Row index by line, for the rows placeholders name (one person, or one plan row, per line). */
export function indexPlaceholderRows(
  rows: readonly ImportedRow[],
): (target: PlaceholderTarget, line: number) => number | undefined {
  const byTarget = new Map<string, number>();
  rows.forEach((row, index) => {
    const target = targetOf(row.entity);
    if (target && !byTarget.has(`${target}:${row.line}`)) byTarget.set(`${target}:${row.line}`, index);
  });
  return (target, line) => byTarget.get(`${target}:${line}`);
}

type Dependency = { predecessorId: string; lagDays?: number };

/**
 * A row's fields with each `row:<line>` it holds (an allocation's personId, a plan row's
 * predecessors) replaced by the id of the record that line stands for, when `idOf` knows it.
 */
export function resolveRowPlaceholders(
  entity: ImportEntity,
  fields: Record<string, unknown>,
  idOf: IdOfLine,
): Record<string, unknown> {
  let resolved = fields;
  if (entity === 'allocation' && isPlaceholder(fields.personId)) {
    const personId = idOf('person', lineOf(fields.personId));
    if (personId) resolved = { ...resolved, personId };
  }
  const predecessors = fields.predecessors as Dependency[] | undefined;
  if (targetOf(entity) === 'plan' && predecessors?.some((link) => isPlaceholder(link.predecessorId))) {
    resolved = {
      ...resolved,
      predecessors: predecessors.map((link) =>
        isPlaceholder(link.predecessorId)
          ? { ...link, predecessorId: idOf('plan', lineOf(link.predecessorId)) ?? link.predecessorId }
          : link,
      ),
    };
  }
  return resolved;
}
