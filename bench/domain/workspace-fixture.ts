import { createEmptyWorkspaceLists, type WorkspaceRecords } from '../../shared/analytics/portfolio';
import { defaultWorkspaceSettings } from '../../shared/schemas/workspace-settings';
import { seededRandom } from './seeded-random';

const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
const meta = (id: string) => ({
  id,
  createdAt: '2026-01-05T09:00:00.000Z',
  createdBy: 'member-pmo',
  updatedAt: '2026-10-01T09:00:00.000Z',
  updatedBy: 'member-pmo',
  version: 1,
});
const day = (offset: number) => new Date(Date.UTC(2026, 0, 5) + offset * 86_400_000).toISOString().slice(0, 10);

/** A portfolio of `projects` projects with `itemsPerProject` records each, shaped like real registers and plans. */
export function buildWorkspace(projects: number, itemsPerProject: number, seed = 42): WorkspaceRecords {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const records: WorkspaceRecords = { settings: defaultWorkspaceSettings, ...createEmptyWorkspaceLists() };
  const people = Math.max(10, projects * 1.5);
  for (let n = 0; n < people; n += 1) {
    (records.persons as unknown[]).push({
      ...meta(uuid(9, n)),
      name: `Person ${n}`,
      capacityHoursPerWeek: 40,
      exceptions: [],
    });
  }
  // Share of each project's items: 30 % risks, 40 % plan items, 15 % milestones, the rest RAID and reports.
  const risksPer = Math.round(itemsPerProject * 0.3);
  const tasksPer = Math.round(itemsPerProject * 0.4);
  const milestonesPer = Math.round(itemsPerProject * 0.15);
  const raidPer = Math.max(1, Math.round(itemsPerProject * 0.05));
  for (let p = 0; p < projects; p += 1) {
    const projectId = uuid(1, p);
    (records.projects as unknown[]).push({
      ...meta(projectId),
      code: `P${p}`,
      name: `Project ${p}`,
      state: 'active',
      managerId: `member-${p % 20}`,
      managerName: `PM ${p % 20}`,
      sponsor: p % 7 === 0 ? undefined : { name: `Sponsor ${p % 11}` },
      bac: 100_000 + pick(900_000),
      actualCost: 20_000 + pick(300_000),
    });
    const baselineItems = [];
    for (let i = 0; i < tasksPer; i += 1) {
      const id = uuid(2, p * 10_000 + i);
      const start = day(pick(200));
      const durationDays = 1 + pick(30);
      baselineItems.push({ planItemId: id, start, plannedValue: 1000 + pick(9000) });
      (records.planItems as unknown[]).push({
        ...meta(id),
        projectId,
        kind: 'task',
        title: `Task ${i}`,
        start,
        durationDays,
        percentComplete: pick(101),
        predecessors: i > 0 && random() < 0.6 ? [{ predecessorId: uuid(2, p * 10_000 + pick(i)), lagDays: 0 }] : [],
        plannedValue: baselineItems[i].plannedValue,
      });
    }
    const baselineMilestones = [];
    for (let i = 0; i < milestonesPer; i += 1) {
      const id = uuid(3, p * 10_000 + i);
      const baselineDate = day(30 + pick(300));
      baselineMilestones.push({ milestoneId: id, date: baselineDate });
      (records.milestones as unknown[]).push({
        ...meta(id),
        projectId,
        title: `Milestone ${i}`,
        baselineDate,
        forecastDate: day(30 + pick(330)),
        actualDate: random() < 0.3 ? day(pick(300)) : undefined,
        mandatory: random() < 0.3,
        predecessors: [],
      });
    }
    (records.baselines as unknown[]).push({
      ...meta(uuid(4, p)),
      projectId,
      name: 'Plan of record',
      takenOn: '2026-01-05',
      items: baselineItems,
      milestones: baselineMilestones,
    });
    for (let i = 0; i < risksPer; i += 1) {
      (records.risks as unknown[]).push({
        ...meta(uuid(5, p * 10_000 + i)),
        projectId,
        title: `Risk ${i}`,
        kind: random() < 0.9 ? 'threat' : 'opportunity',
        cause: random() < 0.7 ? 'Because of a cause' : undefined,
        event: 'an event may happen',
        effect: random() < 0.7 ? 'leading to an effect' : undefined,
        owner: random() < 0.8 ? { name: `Owner ${pick(50)}` } : undefined,
        probability: 1 + pick(5),
        impact: 1 + pick(5),
        costImpact: pick(100_000),
        responseStrategy: random() < 0.6 ? 'mitigate' : undefined,
        reviewDate: day(pick(400)),
        status: random() < 0.8 ? 'open' : 'closed',
      });
    }
    for (let i = 0; i < raidPer; i += 1) {
      (records.issues as unknown[]).push({
        ...meta(uuid(6, p * 10_000 + i)),
        projectId,
        title: `Issue ${i}`,
        type: random() < 0.3 ? 'change_request' : 'problem',
        priority: 'medium',
        severity: 3,
        status: random() < 0.5 ? 'open' : 'closed',
        escalationLevel: 'project',
      });
      (records.actions as unknown[]).push({
        ...meta(uuid(7, p * 10_000 + i)),
        projectId,
        title: `Action ${i}`,
        dueDate: day(pick(400)),
        done: random() < 0.5,
      });
      (records.statusReports as unknown[]).push({
        ...meta(uuid(8, p * 10_000 + i)),
        projectId,
        periodStart: day(i * 14),
        periodEnd: day(i * 14 + 13),
        overall: { chosen: random() < 0.7 ? 'green' : 'amber' },
        dimensions: {},
        keyRiskIds: [],
        keyIssueIds: [],
        milestoneForecasts: [],
        state: 'submitted',
      });
    }
    for (let a = 0; a < 3; a += 1) {
      (records.allocations as unknown[]).push({
        ...meta(uuid(10, p * 10 + a)),
        personId: uuid(9, pick(people)),
        projectId,
        from: day(pick(100)),
        to: day(150 + pick(200)),
        percent: 20 + pick(60),
        isKey: a === 0,
      });
    }
  }
  return records;
}

/** Number of records in a workspace, for the printed figures. */
export function countRecords(records: WorkspaceRecords): number {
  return Object.values(records).reduce((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
}
