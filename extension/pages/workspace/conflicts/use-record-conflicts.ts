import type { MutationErrorRow } from '../../../db/database';
import { listOpenMutationErrors } from '../../../db/workspace-queries';
import { useDatabase } from '../../database-context';
import { useLiveQuery } from '../../use-live-query';
import { type FieldConflict, readFieldConflict } from './field-conflict';

/** A conflict the server reported after the edit had been applied locally (e.g. made offline). */
export interface StoredConflict extends FieldConflict {
  row: MutationErrorRow;
}

/** The open conflicts of one record (all records when `recordId` is undefined), oldest first, kept live. */
export function useRecordConflicts(workspaceId: string, recordId?: string): StoredConflict[] {
  const db = useDatabase();
  const rows = useLiveQuery(() => listOpenMutationErrors(db, workspaceId), [db, workspaceId]) ?? [];
  return rows.flatMap((row) => {
    const conflict = readFieldConflict(row.name, row.args, row.error);
    if (!conflict || (recordId !== undefined && conflict.recordId !== recordId)) return [];
    return [{ ...conflict, row }];
  });
}
