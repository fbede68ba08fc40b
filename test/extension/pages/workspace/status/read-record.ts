import { listRecords } from '../../../../../extension/db/read-records';
import type { EntityName } from '../../../../../shared/entities';
import type { StatusHarness } from './status-harness';

/** The one live record of `entity` in the harness's workspace, as the app reads it. */
export async function readRecord(harness: Pick<StatusHarness, 'db' | 'workspaceId'>, entity: EntityName) {
  const records = await listRecords<Record<string, unknown>>(harness.db, harness.workspaceId, entity);
  return records[0] as Record<string, unknown> | undefined;
}
