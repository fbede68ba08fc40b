import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { AnyRecord } from '../../../shared/entities';
import {
  diffImport,
  type ImportDiff,
  type ImportEntity,
  type ImportKind,
  planImportMutations,
  type ReadResult,
} from '../../../shared/tabular/index';
import { useDatabase } from '../database-context';
import type { ImportMemory } from './import-memory';
import { readExistingRecords } from './import-queries';

interface DiffInputs {
  /** Whether the diff step shows: the records are read when it opens. */
  isShown: boolean;
  workspaceId: string;
  kind: ImportKind;
  projectId: string | null;
  result: ReadResult | null;
  memory: ImportMemory | null;
}

/**
 * The import compared with the workspace's records as they are when the diff step opens (what the
 * user confirms), and the mutations that apply it.
 */
export function useImportDiff({ isShown, workspaceId, kind, projectId, result, memory }: DiffInputs) {
  const db = useDatabase();
  const [existing, setExisting] = useState<Partial<Record<ImportEntity, AnyRecord[]>> | null>(null);
  useEffect(() => {
    setExisting(null);
    if (!isShown) return;
    let isCurrent = true;
    void readExistingRecords(db, workspaceId, kind).then((records) => isCurrent && setExisting(records));
    return () => {
      isCurrent = false;
    };
  }, [db, workspaceId, isShown, kind]);
  // What this source imported before is "missing" only when it went into the same project.
  const previousIds = memory && memory.projectId === projectId ? memory.importedIds : undefined;
  const diff = useMemo((): ImportDiff | null => {
    if (!existing || !result || !projectId) return null;
    return diffImport(result.rows, existing, { projectId, previousIds });
  }, [existing, result, projectId, previousIds]);
  const plan = useCallback(
    (confirmed: ImportDiff) => planImportMutations(confirmed, result?.rows ?? [], () => crypto.randomUUID()),
    [result],
  );
  return { diff, plan };
}
