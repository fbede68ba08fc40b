import { describe, expect, it } from 'vitest';
import type { Milestone, PlanItem } from '../../../shared';
import { defaultImportJql, type JiraIssue, planJiraImport } from '../../../shared/jira';
import { crmWorkspace, ids, pm, type Workspace } from '../mutations/workspace-fixture';
import { jiraIssue } from './jira-fixtures';

let counter = 0;
const newId = () => `00000000-0000-4000-9000-${(++counter).toString(16).padStart(12, '0')}`;

const list = <T>(workspace: Workspace, entity: 'milestone' | 'planItem') =>
  [...workspace.rows].filter(([key]) => key.startsWith(`${entity}:`)).map(([, value]) => value as unknown as T);

/** Plans an import against the workspace's rows and applies every mutation through the shared mutators. */
function importInto(workspace: Workspace, issues: JiraIssue[], projectId = ids.project) {
  const plan = planJiraImport({
    projectId,
    issues,
    milestones: list<Milestone>(workspace, 'milestone'),
    planItems: list<PlanItem>(workspace, 'planItem'),
    newId,
  });
  // The pm manages both projects; naming them once spares a scan of every row per mutation.
  const ctx = { ...pm, managedProjectIds: workspace.managedProjectIds(pm.actorId) };
  for (const mutation of plan.mutations) workspace.must(mutation.name, mutation.args, ctx);
  return plan;
}

const milestones = (workspace: Workspace) => list<Milestone>(workspace, 'milestone');
const planItems = (workspace: Workspace) => list<PlanItem>(workspace, 'planItem');
const byKey = <T extends { jiraKey?: string }>(rows: T[], key: string) => rows.find((row) => row.jiraKey === key);

/** Two epics with three stories each, and a sub-task under a story. */
function payIssues(dueOf: (key: string) => string | null = () => '2026-06-30'): JiraIssue[] {
  const issues = [
    jiraIssue('PAY-1', { type: 'Epic', summary: 'Card payments live', duedate: dueOf('PAY-1') }),
    jiraIssue('PAY-2', { type: 'Epic', summary: 'Refunds live', duedate: dueOf('PAY-2') }),
  ];
  for (let n = 3; n <= 8; n += 1)
    issues.push(jiraIssue(`PAY-${n}`, { parent: n <= 5 ? 'PAY-1' : 'PAY-2', duedate: dueOf(`PAY-${n}`) }));
  issues.push(jiraIssue('PAY-9', { type: 'Sub-task', parent: 'PAY-3', duedate: dueOf('PAY-9') }));
  return issues;
}

describe('defaultImportJql', () => {
  it("asks for the project's dated issues in date order", () => {
    expect(defaultImportJql('PAY')).toBe(
      'project = "PAY" AND (duedate IS NOT EMPTY OR fixVersion IS NOT EMPTY) ORDER BY duedate ASC, key ASC',
    );
  });
});

describe('planJiraImport: first import', () => {
  it('turns epics into milestones with baseline = forecast = due date, other issues into plan items', () => {
    const workspace = crmWorkspace();
    const plan = importInto(workspace, payIssues());

    expect(plan.summary).toEqual({
      createdMilestones: 2,
      createdPlanItems: 7,
      forecastChanges: [],
      unchanged: 0,
      skipped: [],
    });
    expect(byKey(milestones(workspace), 'PAY-1')).toMatchObject({
      projectId: ids.project,
      title: 'Card payments live',
      baselineDate: '2026-06-30',
      forecastDate: '2026-06-30',
    });
    expect(byKey(planItems(workspace), 'PAY-4')).toMatchObject({ title: 'Summary of PAY-4', end: '2026-06-30' });
  });

  it('rolls each item up to the milestone of its epic, a sub-task through its story', () => {
    const workspace = crmWorkspace();
    importInto(workspace, payIssues());
    const epic1 = byKey(milestones(workspace), 'PAY-1')!.id;
    const epic2 = byKey(milestones(workspace), 'PAY-2')!.id;

    const rollUps = Object.fromEntries(planItems(workspace).map((item) => [item.jiraKey, item.milestoneId]));
    expect(rollUps).toEqual({
      'PAY-3': epic1,
      'PAY-4': epic1,
      'PAY-5': epic1,
      'PAY-6': epic2,
      'PAY-7': epic2,
      'PAY-8': epic2,
      'PAY-9': epic1,
    });
  });

  it('creates milestones before the plan items that point at them, even when Jira lists stories first', () => {
    const workspace = crmWorkspace();
    const issues = payIssues().reverse();
    const plan = importInto(workspace, issues);
    const names = plan.mutations.map((mutation) => mutation.name);
    expect(names.lastIndexOf('milestone.create')).toBeLessThan(names.indexOf('planItem.create'));
    expect(planItems(workspace).every((item) => item.milestoneId !== undefined)).toBe(true);
  });

  it('treats any issue above the standard level as an epic (renamed epic types)', () => {
    const workspace = crmWorkspace();
    const initiative = jiraIssue('PAY-20', { summary: 'Wallets' });
    initiative.fields.issuetype = { name: 'Feature', hierarchyLevel: 1 };
    importInto(workspace, [initiative]);
    expect(byKey(milestones(workspace), 'PAY-20')).toMatchObject({ title: 'Wallets' });
  });

  it('skips issues without a due date with the reason, and their children do not roll up to them', () => {
    const workspace = crmWorkspace();
    const plan = importInto(
      workspace,
      payIssues((key) => (key === 'PAY-2' || key === 'PAY-7' ? null : '2026-06-30')),
    );

    expect(plan.summary.skipped).toEqual([
      { jiraKey: 'PAY-2', reason: 'no_due_date' },
      { jiraKey: 'PAY-7', reason: 'no_due_date' },
    ]);
    expect(plan.summary.createdMilestones).toBe(1);
    expect(plan.summary.createdPlanItems).toBe(6);
    expect(byKey(planItems(workspace), 'PAY-6')?.milestoneId).toBeUndefined();
  });

  it('falls back to the earliest release date of a fix version when the issue has no due date', () => {
    const workspace = crmWorkspace();
    importInto(workspace, [
      jiraIssue('PAY-30', {
        duedate: null,
        fixVersions: [
          { id: '2', name: '2.0', releaseDate: '2026-09-01' },
          { id: '1', name: '1.5', releaseDate: '2026-07-15' },
          { id: '3', name: 'Someday' },
        ],
      }),
    ]);
    expect(byKey(planItems(workspace), 'PAY-30')?.end).toBe('2026-07-15');
  });

  it('skips malformed keys and dates as invalid, keeping the rest', () => {
    const workspace = crmWorkspace();
    const plan = importInto(workspace, [
      jiraIssue('PAY-40', { duedate: '2026-02-30' }),
      { ...jiraIssue('PAY-41'), key: 'not a key' },
      jiraIssue('PAY-42'),
    ]);
    expect(plan.summary.skipped).toEqual([
      { jiraKey: 'PAY-40', reason: 'invalid' },
      { jiraKey: 'not a key', reason: 'invalid' },
    ]);
    expect(planItems(workspace).map((item) => item.jiraKey)).toEqual(['PAY-42']);
  });

  it('imports an issue listed twice (overlapping pages) once', () => {
    const workspace = crmWorkspace();
    const plan = importInto(workspace, [jiraIssue('PAY-50'), jiraIssue('PAY-50'), jiraIssue('pay-50')]);
    expect(plan.summary.createdPlanItems).toBe(1);
    expect(planItems(workspace)).toHaveLength(1);
  });

  it('cuts a very long summary to the 300 characters a title allows', () => {
    const workspace = crmWorkspace();
    importInto(workspace, [jiraIssue('PAY-60', { summary: 'x'.repeat(400) })]);
    expect(byKey(planItems(workspace), 'PAY-60')?.title).toHaveLength(300);
  });
});

describe('planJiraImport: re-import', () => {
  it('changes nothing when Jira did not change, and never duplicates', () => {
    const workspace = crmWorkspace();
    importInto(workspace, payIssues());
    const plan = importInto(workspace, payIssues());

    expect(plan.mutations).toEqual([]);
    expect(plan.summary).toEqual({
      createdMilestones: 0,
      createdPlanItems: 0,
      forecastChanges: [],
      unchanged: 9,
      skipped: [],
    });
    expect(milestones(workspace)).toHaveLength(2);
    expect(planItems(workspace)).toHaveLength(7);
  });

  it('moves exactly the forecasts whose due date changed, keeping the baseline, and lists each move', () => {
    const workspace = crmWorkspace();
    importInto(workspace, payIssues());
    const moved: Record<string, string> = { 'PAY-1': '2026-07-31', 'PAY-4': '2026-07-10', 'PAY-9': '2026-06-01' };
    const plan = importInto(
      workspace,
      payIssues((key) => moved[key] ?? '2026-06-30'),
    );

    expect(plan.mutations.map((mutation) => mutation.name)).toEqual([
      'milestone.reschedule',
      'planItem.update',
      'planItem.update',
    ]);
    expect(plan.summary.forecastChanges).toEqual([
      { jiraKey: 'PAY-1', title: 'Card payments live', from: '2026-06-30', to: '2026-07-31' },
      { jiraKey: 'PAY-4', title: 'Summary of PAY-4', from: '2026-06-30', to: '2026-07-10' },
      { jiraKey: 'PAY-9', title: 'Summary of PAY-9', from: '2026-06-30', to: '2026-06-01' },
    ]);
    expect(plan.summary.unchanged).toBe(6);
    const epic = byKey(milestones(workspace), 'PAY-1')!;
    expect(epic).toMatchObject({ baselineDate: '2026-06-30', forecastDate: '2026-07-31' });
    expect(epic.dateChanges).toEqual([
      expect.objectContaining({ kind: 'forecast', from: '2026-06-30', to: '2026-07-31', reason: 'Jira PAY-1' }),
    ]);
    expect(byKey(planItems(workspace), 'PAY-4')?.end).toBe('2026-07-10');
    expect(milestones(workspace)).toHaveLength(2);
    expect(planItems(workspace)).toHaveLength(7);
  });

  it('adds new issues beside the existing ones, rolling up to an epic imported before', () => {
    const workspace = crmWorkspace();
    importInto(workspace, payIssues());
    const plan = importInto(workspace, [jiraIssue('PAY-70', { parent: 'PAY-2' })]);

    expect(plan.summary.createdPlanItems).toBe(1);
    expect(byKey(planItems(workspace), 'PAY-70')?.milestoneId).toBe(byKey(milestones(workspace), 'PAY-2')!.id);
  });

  it('keeps the kind a key was first imported as, when Jira changes the issue type', () => {
    const workspace = crmWorkspace();
    importInto(workspace, [jiraIssue('PAY-80', { type: 'Story' })]);
    const plan = importInto(workspace, [jiraIssue('PAY-80', { type: 'Epic', duedate: '2026-08-01' })]);

    expect(plan.summary.forecastChanges).toEqual([
      { jiraKey: 'PAY-80', title: 'Summary of PAY-80', from: '2026-06-30', to: '2026-08-01' },
    ]);
    expect(milestones(workspace)).toHaveLength(0);
  });

  it('leaves an achieved milestone alone', () => {
    const workspace = crmWorkspace();
    importInto(workspace, [jiraIssue('PAY-1', { type: 'Epic' })]);
    const epic = byKey(milestones(workspace), 'PAY-1')!;
    workspace.must('milestone.update', { id: epic.id, patch: { actualDate: '2026-06-29' } });

    const plan = importInto(workspace, [jiraIssue('PAY-1', { type: 'Epic', duedate: '2026-09-30' })]);

    expect(plan.mutations).toEqual([]);
    expect(plan.summary.unchanged).toBe(1);
  });

  it('sets the baseline of a milestone linked by hand on its first import', () => {
    const workspace = crmWorkspace();
    const id = newId();
    workspace.must('milestone.create', {
      id,
      projectId: ids.project,
      title: 'Go-live',
      forecastDate: '2026-05-01',
      jiraKey: 'PAY-1',
    });

    const plan = importInto(workspace, [jiraIssue('PAY-1', { type: 'Epic', duedate: '2026-05-15' })]);

    expect(plan.summary.forecastChanges).toEqual([
      { jiraKey: 'PAY-1', title: 'Go-live', from: '2026-05-01', to: '2026-05-15' },
    ]);
    expect(workspace.get('milestone', id)).toMatchObject({ baselineDate: '2026-05-15', forecastDate: '2026-05-15' });
  });

  it('sets the end of a plan item linked by hand, listing the move without a "from"', () => {
    const workspace = crmWorkspace();
    const id = newId();
    workspace.must('planItem.create', { id, projectId: ids.project, title: 'API spec', jiraKey: 'PAY-3' });

    const plan = importInto(workspace, [jiraIssue('PAY-3', { duedate: '2026-04-01' })]);

    expect(plan.summary.forecastChanges).toEqual([{ jiraKey: 'PAY-3', title: 'API spec', to: '2026-04-01' }]);
    expect(workspace.get('planItem', id)?.end).toBe('2026-04-01');
  });

  it("ignores another project's records with the same key, and items unlinked with an empty key", () => {
    const workspace = crmWorkspace();
    workspace.must('project.create', { id: ids.otherProject, code: 'ERP', name: 'ERP' });
    importInto(workspace, [jiraIssue('PAY-3')], ids.otherProject);
    const unlinked = newId();
    workspace.must('planItem.create', { id: unlinked, projectId: ids.project, title: 'Old link', jiraKey: '' });

    const plan = importInto(workspace, [jiraIssue('PAY-3')]);

    expect(plan.summary.createdPlanItems).toBe(1);
    expect(planItems(workspace).filter((item) => item.jiraKey === 'PAY-3')).toHaveLength(2);
  });

  it('plans 5000 issues with one mutation per new key and none on an unchanged re-import', () => {
    const workspace = crmWorkspace();
    const issues = Array.from({ length: 5000 }, (_, index) =>
      jiraIssue(
        `PAY-${index + 1}`,
        index % 50 === 0 ? { type: 'Epic' } : { parent: `PAY-${index - (index % 50) + 1}` },
      ),
    );
    const first = importInto(workspace, issues);
    expect(first.summary).toMatchObject({ createdMilestones: 100, createdPlanItems: 4900 });

    const second = planJiraImport({
      projectId: ids.project,
      issues,
      milestones: milestones(workspace),
      planItems: planItems(workspace),
      newId,
    });
    expect(second.mutations).toEqual([]);
    expect(second.summary.unchanged).toBe(5000);
  });
});

describe('planJiraImport: where each mutation comes from', () => {
  it('names the issue of every mutation, so an import that stops can say where', () => {
    const workspace = crmWorkspace();
    importInto(workspace, payIssues());
    const plan = importInto(workspace, [
      ...payIssues((key) => (key === 'PAY-1' || key === 'PAY-4' ? '2026-08-03' : '2026-06-30')),
      jiraIssue('PAY-90'),
    ]);
    expect(plan.mutations.map((mutation) => [mutation.name, mutation.jiraKey])).toEqual([
      ['milestone.reschedule', 'PAY-1'],
      ['planItem.update', 'PAY-4'],
      ['planItem.create', 'PAY-90'],
    ]);
  });
});
