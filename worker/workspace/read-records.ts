import { createEmptyWorkspaceLists, type EntityName, type WorkspaceLists, type WorkspaceRecords } from '../../shared';

/** Which list of WorkspaceRecords each stored entity goes to; entities the portfolio ignores are not read. */
const listOf: Partial<Record<EntityName, keyof WorkspaceLists>> = {
  template: 'templates',
  project: 'projects',
  milestone: 'milestones',
  planItem: 'planItems',
  baseline: 'baselines',
  risk: 'risks',
  issue: 'issues',
  action: 'actions',
  statusReport: 'statusReports',
  gateReview: 'gateReviews',
  person: 'persons',
  allocation: 'allocations',
  costEntry: 'costEntries',
};

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
