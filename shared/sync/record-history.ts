import { defaultHistoryRetentionDays } from '../api/history';
import { diffRecords, hasChanges, type RecordChanges } from './record-diff';

const dayMs = 86_400_000;

type StoredRecord = Readonly<Record<string, unknown>>;

/** One record's part of a mutation, as the history keeps it (docs/sync.md "Record history"). */
export interface RecordChange {
  projectId: string | null;
  changes: RecordChanges;
}

/**
 * The project a record belongs to, so a history entry can link to it: the project itself, the
 * `projectId` of a project's records, null for workspace-wide ones (settings, templates, people).
 */
export function readProjectOf(entity: string, id: string, record: StoredRecord | null | undefined): string | null {
  if (entity === 'project') return id;
  const projectId = record?.projectId;
  return typeof projectId === 'string' ? projectId : null;
}

/**
 * What a mutation did to one record, from its stored value before (absent for a create) and after
 * (absent for a delete); null when nothing but stamps changed, which the history leaves out.
 */
export function describeRecordChange(
  entity: string,
  id: string,
  before: StoredRecord | null | undefined,
  after: StoredRecord | null | undefined,
): RecordChange | null {
  const changes = diffRecords(before, after);
  if (!hasChanges(changes)) return null;
  return { projectId: readProjectOf(entity, id, after ?? before), changes };
}

/**
 * The workspace setting `historyRetentionDays` of a stored settings record; the default when there
 * is no settings record or it predates the setting (records are not migrated when a field is added).
 */
export function readHistoryRetentionDays(settings: StoredRecord | null | undefined): number {
  const days = settings?.historyRetentionDays;
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 ? days : defaultHistoryRetentionDays;
}

/** The oldest time a history entry may carry at `now`, as ISO text (entries before it are pruned). */
export function computeHistoryCutoff(now: Date, retentionDays: number): string {
  return new Date(now.getTime() - retentionDays * dayMs).toISOString();
}
