import { createEmptyWorkspaceLists, type EntityName, type WorkspaceRecords, workspaceListOfEntity } from '../../shared';

const listOf = workspaceListOfEntity;

const readEntities = ['settings', ...Object.keys(listOf)];

/**
 * Every live record the portfolio reads, grouped by entity (tombstones left out), in the order of
 * their last change as a pull delivers them. Rows were validated by the mutators that wrote them,
 * so they are taken as the shared types.
 */
export function readWorkspaceRecords(sql: SqlStorage): WorkspaceRecords {
  const lists = createEmptyWorkspaceLists();
  let settings: unknown;
  const rows = sql.exec<{ entity: EntityName; value: string }>(
    `SELECT entity, value FROM entities WHERE deleted = 0 AND entity IN (${readEntities.map(() => '?').join(', ')})
     ORDER BY version`,
    ...readEntities,
  );
  for (const row of rows) {
    const record: unknown = JSON.parse(row.value);
    const list = listOf[row.entity];
    if (list) (lists[list] as unknown[]).push(record);
    else settings = record;
  }
  return { ...lists, settings: settings as WorkspaceRecords['settings'] };
}
