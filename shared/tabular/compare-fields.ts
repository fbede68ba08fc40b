import type { AnyRecord } from '../entities';
import type { FieldChange, ImportEntity } from './types';

/** A value the sheet holds that the import shows but does not write, with the reason in English. */
export interface UnappliedChange extends FieldChange {
  notApplied: string;
}

/** True for a change the diff lists for information only (planImportMutations leaves it out). */
export const isUnappliedChange = (change: FieldChange): change is UnappliedChange => 'notApplied' in change;

/** Why a risk row's "occurred" status is not imported (the UI shows its own translation). */
export const occurredNotImported =
  'A risk becomes "occurred" through "Risk occurred" in the app, which also opens its issue; this status was not imported.';

/** Why a new baseline of an achieved milestone is not imported. */
export const achievedBaselineNotImported =
  'This milestone was achieved, so its baseline is history; the new baseline was not imported.';

/** The change as not applied when no plain edit may make it, else undefined. */
function notAppliedReason(entity: ImportEntity, change: FieldChange, record: AnyRecord): UnappliedChange | undefined {
  if (change.field === 'status' && isOccurredRisk(entity, change.to)) return occurredChange(change.from);
  // milestone.rebaseline refuses an achieved milestone, and one refusal would stop the whole import.
  const isAchievedBaseline =
    entity === 'milestone' &&
    change.field === 'baselineDate' &&
    change.from !== undefined &&
    typeof record.actualDate === 'string';
  return isAchievedBaseline ? { ...change, notApplied: achievedBaselineNotImported } : undefined;
}

const isOccurredRisk = (entity: ImportEntity, status: unknown) => entity === 'risk' && status === 'occurred';

/** The "occurred" status of a risk row, shown as not applied. */
export const occurredChange = (from: unknown): UnappliedChange => ({
  field: 'status',
  from,
  to: 'occurred',
  notApplied: occurredNotImported,
});

/** The differences between what a row sets and its record: the fields of `setFields` (all when absent) that differ. */
export function compareFields(
  entity: ImportEntity,
  fields: Record<string, unknown>,
  record: AnyRecord,
  setFields: readonly string[] | undefined,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of setFields ?? Object.keys(fields)) {
    const to = fields[field];
    if (to === undefined || field === 'id' || isSameFieldValue(record[field], to)) continue;
    const change: FieldChange = { field, from: record[field], to };
    changes.push(notAppliedReason(entity, change, record) ?? change);
  }
  return changes;
}

const personRefKeys = ['name', 'personId', 'memberId'] as const;
const isPersonRef = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { name?: unknown }).name === 'string';

/**
 * Equal as stored values: objects and arrays structurally, whatever the key order; a person named
 * on a record is the same person when the names match and no id (person, member) disagrees, so a
 * sheet that only holds names does not "change" owners the app linked to accounts.
 */
export function isSameFieldValue(stored: unknown, imported: unknown): boolean {
  if (stored === imported) return true;
  if (typeof stored !== 'object' || typeof imported !== 'object' || stored === null || imported === null) return false;
  if (isPersonRef(stored) && isPersonRef(imported))
    return (
      stored.name === imported.name &&
      personRefKeys.every(
        (key) => stored[key] === undefined || imported[key] === undefined || stored[key] === imported[key],
      )
    );
  return stableJson(stored) === stableJson(imported);
}

function stableJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, member: unknown) =>
    typeof member === 'object' && member !== null && !Array.isArray(member)
      ? Object.fromEntries(
          Object.entries(member as Record<string, unknown>)
            .filter(([, inner]) => inner !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : member,
  );
}
