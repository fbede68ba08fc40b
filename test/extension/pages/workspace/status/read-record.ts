import type { EntityName } from '../../../../../shared/entities';
import type { StatusHarness } from './status-harness';

/** The one live record of `entity` in the harness's workspace, as the app reads it. */
export async function readRecord(harness: Pick<StatusHarness, 'db' | 'workspaceId'>, entity: EntityName) {
  const rows = await harness.db.records.where('[workspaceId+entity]').equals([harness.workspaceId, entity]).toArray();
  return rows[0]?.value as Record<string, unknown> | undefined;
}
