import type { WorkspaceRecords } from '../../shared';
import { pullToEnd, type TestClient } from './sync-client';

/** The workspace as a client sees it after a full pull, grouped the way the Durable Object groups it. */
export async function pullRecords(client: TestClient): Promise<WorkspaceRecords> {
  const rows = new Map<string, Record<string, unknown>>();
  await pullToEnd(client, rows);
  const lists: Record<string, unknown[]> = {};
  for (const [key, value] of rows) {
    const entity = key.split(':')[0];
    lists[entity] = [...(lists[entity] ?? []), value];
  }
  const list = (entity: string) => (lists[entity] ?? []) as never[];
  return {
    templates: list('template'),
    projects: list('project'),
    milestones: list('milestone'),
    planItems: list('planItem'),
    baselines: list('baseline'),
    risks: list('risk'),
    issues: list('issue'),
    actions: list('action'),
    statusReports: list('statusReport'),
    gateReviews: list('gateReview'),
    persons: list('person'),
    allocations: list('allocation'),
    costEntries: list('costEntry'),
  };
}
