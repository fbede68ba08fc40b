import type { AnyRecord } from '../../../shared/entities';
import { matchesQuery, queryKey } from '../../../shared/mutations/row-queries';
import type { RowQuery } from '../../../shared/mutations/types';
import type { PmoDatabase } from '../../db/database';
import { listProjectRecords, listRecords } from '../../db/read-records';

/** The local view's answer to a mutator's query; a project's records come through the projects index. */
export async function listLocalRecords(db: PmoDatabase, workspaceId: string, query: RowQuery): Promise<AnyRecord[]> {
  if (query.field === 'projectId' && query.value !== undefined) {
    return listProjectRecords(db, workspaceId, query.entity, query.value);
  }
  const records = await listRecords(db, workspaceId, query.entity);
  return records.filter((record) => matchesQuery(query.entity, record, query));
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
