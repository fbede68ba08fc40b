import { describe, expect, it } from 'vitest';
import type { Milestone, PlanItem, Project } from '../../../shared';
import { planJiraLink, planProjectMapping } from '../../../shared/jira';
import { crmWorkspace, id, ids, milestoneArgs, pm, type Workspace } from '../mutations/workspace-fixture';

const rowsOf = <T>(workspace: Workspace, entity: string) =>
  [...workspace.rows].filter(([key]) => key.startsWith(`${entity}:`)).map(([, value]) => value as unknown as T);

function applyAll(workspace: Workspace, plan: ReturnType<typeof planJiraLink>) {
  if (!plan.ok) throw new Error(plan.refusal.code);
  for (const mutation of plan.mutations) workspace.must(mutation.name, mutation.args, pm);
  return plan.mutations;
}

describe('planProjectMapping', () => {
  it("adds the Jira key to the project's keys, keeping the ones it had", () => {
    const workspace = crmWorkspace();
    workspace.must('project.update', { id: ids.project, patch: { jiraProjectKeys: ['CRM'] } });
    const plan = planProjectMapping(rowsOf<Project>(workspace, 'project'), {
      projectId: ids.project,
      jiraProjectKey: 'PAY',
    });
    applyAll(workspace, plan);
    expect(workspace.get('project', ids.project)?.jiraProjectKeys).toEqual(['CRM', 'PAY']);
  });

  it('takes the key off the project it was mapped to, so a Jira project maps to one PMO project', () => {
    const workspace = crmWorkspace();
    workspace.must('project.create', {
      id: ids.otherProject,
      code: 'ERP',
      name: 'ERP',
      jiraProjectKeys: ['PAY', 'ERP'],
    });
    const plan = planProjectMapping(rowsOf<Project>(workspace, 'project'), {
      projectId: ids.project,
      jiraProjectKey: 'PAY',
    });
    const mutations = applyAll(workspace, plan);
    expect(mutations.map((mutation) => (mutation.args as { id: string }).id)).toEqual([ids.otherProject, ids.project]);
    expect(workspace.get('project', ids.otherProject)?.jiraProjectKeys).toEqual(['ERP']);
    expect(workspace.get('project', ids.project)?.jiraProjectKeys).toEqual(['PAY']);
  });

  it('plans nothing when the project is already mapped, and refuses an unknown project or a full list', () => {
    const workspace = crmWorkspace();
    const keys = Array.from({ length: 20 }, (_, index) => `K${index}`);
    workspace.must('project.update', { id: ids.project, patch: { jiraProjectKeys: keys } });
    const projects = rowsOf<Project>(workspace, 'project');

    expect(planProjectMapping(projects, { projectId: ids.project, jiraProjectKey: 'K3' })).toEqual({
      ok: true,
      mutations: [],
    });
    expect(planProjectMapping(projects, { projectId: ids.project, jiraProjectKey: 'PAY' })).toEqual({
      ok: false,
      refusal: { code: 'too_many_jira_projects', projectName: 'CRM rollout' },
    });
    expect(planProjectMapping(projects, { projectId: id(99), jiraProjectKey: 'PAY' })).toEqual({
      ok: false,
      refusal: { code: 'project_not_found' },
    });
  });

  it('refuses to overwrite a list another edit changed meanwhile', () => {
    const workspace = crmWorkspace();
    workspace.must('project.update', { id: ids.project, patch: { jiraProjectKeys: ['CRM'] } });
    const plan = planProjectMapping(rowsOf<Project>(workspace, 'project'), {
      projectId: ids.project,
      jiraProjectKey: 'PAY',
    });
    workspace.must('project.update', { id: ids.project, patch: { jiraProjectKeys: ['CRM', 'OPS'] } });
    if (!plan.ok) throw new Error('planned');
    const [mutation] = plan.mutations;
    expect(workspace.run(mutation.name, mutation.args, pm)).toMatchObject({
      ok: false,
      error: { code: 'precondition_failed' },
    });
  });
});

describe('planJiraLink', () => {
  function linkWorkspace() {
    const workspace = crmWorkspace();
    workspace.must('milestone.create', milestoneArgs);
    workspace.must('planItem.create', { id: ids.planItem, projectId: ids.project, title: 'API spec' });
    workspace.must('planItem.create', {
      id: ids.otherPlanItem,
      projectId: ids.project,
      title: 'Card form',
      jiraKey: 'PAY-7',
    });
    return workspace;
  }
  const rows = (workspace: Workspace) => ({
    milestones: rowsOf<Milestone>(workspace, 'milestone'),
    planItems: rowsOf<PlanItem>(workspace, 'planItem'),
  });

  it('links an issue to a milestone or plan item through its jiraKey', () => {
    const workspace = linkWorkspace();
    applyAll(
      workspace,
      planJiraLink(rows(workspace), { issueKey: 'PAY-12', target: { kind: 'milestone', id: ids.milestone } }),
    );
    expect(workspace.get('milestone', ids.milestone)?.jiraKey).toBe('PAY-12');
  });

  it('moves the link: an issue rolls up to one item', () => {
    const workspace = linkWorkspace();
    applyAll(
      workspace,
      planJiraLink(rows(workspace), { issueKey: 'PAY-12', target: { kind: 'milestone', id: ids.milestone } }),
    );
    applyAll(
      workspace,
      planJiraLink(rows(workspace), { issueKey: 'PAY-12', target: { kind: 'planItem', id: ids.planItem } }),
    );
    expect(workspace.get('milestone', ids.milestone)?.jiraKey).toBe('');
    expect(workspace.get('planItem', ids.planItem)?.jiraKey).toBe('PAY-12');
  });

  it('unlinks with a null target, and plans nothing when nothing is linked', () => {
    const workspace = linkWorkspace();
    applyAll(workspace, planJiraLink(rows(workspace), { issueKey: 'pay-7', target: null }));
    expect(workspace.get('planItem', ids.otherPlanItem)?.jiraKey).toBe('');
    expect(planJiraLink(rows(workspace), { issueKey: 'PAY-7', target: null })).toEqual({ ok: true, mutations: [] });
  });

  it('plans nothing when the item is already linked to this issue', () => {
    const workspace = linkWorkspace();
    expect(
      planJiraLink(rows(workspace), { issueKey: 'PAY-7', target: { kind: 'planItem', id: ids.otherPlanItem } }),
    ).toEqual({ ok: true, mutations: [] });
  });

  it("refuses to take another issue's item, and an item that does not exist", () => {
    const workspace = linkWorkspace();
    expect(
      planJiraLink(rows(workspace), { issueKey: 'PAY-12', target: { kind: 'planItem', id: ids.otherPlanItem } }),
    ).toEqual({ ok: false, refusal: { code: 'already_linked', title: 'Card form', jiraKey: 'PAY-7' } });
    expect(
      planJiraLink(rows(workspace), { issueKey: 'PAY-12', target: { kind: 'milestone', id: ids.planItem } }),
    ).toEqual({
      ok: false,
      refusal: { code: 'target_not_found' },
    });
  });
});
