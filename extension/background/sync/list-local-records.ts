import type { AnyRecord } from '../../../shared/entities';
import { matchesQuery, queryKey } from '../../../shared/mutations/row-queries';
import type { RowQuery } from '../../../shared/mutations/types';
import type { PmoDatabase } from '../../db/database';

/** The local view's answer to a mutator's query; a project's records come through the projectId index. */
export async function listLocalRecords(db: PmoDatabase, workspaceId: string, query: RowQuery): Promise<AnyRecord[]> {
  if (query.field === 'projectId' && query.value !== undefined) {
    const rows = await db.records
      .where('[workspaceId+entity+projectId]')
      .equals([workspaceId, query.entity, query.value])
      .toArray();
    return rows.map((row) => row.value);
  }
  const rows = await db.records.where('[workspaceId+entity]').equals([workspaceId, query.entity]).toArray();
  return rows.map((row) => row.value).filter((record) => matchesQuery(query.entity, record, query));
}

/** Every declared query answered from the local view, keyed by queryKey. */
export async function prefetchQueries(
  db: PmoDatabase,
  workspaceId: string,
  queries: readonly RowQuery[],
): Promise<Map<string, AnyRecord[]>> {
  const answers = new Map<string, AnyRecord[]>();
  for (const query of queries) answers.set(queryKey(query), await listLocalRecords(db, workspaceId, query));
  return answers;
}
