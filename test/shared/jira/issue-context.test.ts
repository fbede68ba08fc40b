import { describe, expect, it } from 'vitest';
import { describeJiraContext } from '../../../shared/jira';
import { defaultWorkspaceSettings } from '../../../shared/schemas/workspace-settings';
import { crmWorkspace, id, ids, pm, type Workspace } from '../mutations/workspace-fixture';
import { toContextRows } from './jira-fixtures';

const today = '2026-03-10';
const fromIssue = (jiraKey: string) => ({ url: `https://acme.atlassian.net/browse/${jiraKey}`, jiraKey });

const risk = (n: number, title: string, probability: number, impact: number, extra: Record<string, unknown> = {}) => ({
  id: id(100 + n),
  projectId: ids.project,
  title,
  probability,
  impact,
  ...extra,
});

/** The CRM project mapped to Jira PAY: five risks, three milestones, two plan items, RAID records from PAY-12. */
function payWorkspace(): Workspace {
  const workspace = crmWorkspace({ withTemplate: true });
  workspace.must('project.update', { id: ids.project, patch: { jiraProjectKeys: ['PAY'] } });
  workspace.must('risk.create', risk(1, 'Gateway vendor misses the SLA', 5, 5));
  workspace.must('risk.create', risk(2, 'Card form fails PCI scan', 4, 4, { source: fromIssue('PAY-12') }));
  workspace.must('risk.create', risk(3, 'Key developer leaves', 3, 3));
  workspace.must('risk.create', risk(4, 'Test data arrives late', 2, 2, { source: fromIssue('PAY-12') }));
  workspace.must('risk.create', risk(5, 'Old gateway contract', 5, 5, { status: 'closed' }));
  workspace.must('milestone.create', {
    id: id(200),
    projectId: ids.project,
    title: 'Pilot done',
    forecastDate: '2026-02-20',
    actualDate: '2026-02-19',
  });
  workspace.must('milestone.create', {
    id: id(201),
    projectId: ids.project,
    title: 'Card payments live',
    baselineDate: '2026-03-02',
    forecastDate: '2026-03-02',
    mandatory: true,
  });
  workspace.must('milestone.reschedule', { id: id(201), forecastDate: '2026-03-09' });
  workspace.must('milestone.create', {
    id: id(202),
    projectId: ids.project,
    title: 'Refunds live',
    forecastDate: '2026-05-01',
  });
  workspace.must('planItem.create', { id: id(300), projectId: ids.project, title: 'Card form', jiraKey: 'PAY-12' });
  workspace.must('planItem.create', { id: id(301), projectId: ids.project, title: 'Refund API', end: '2026-04-01' });
  workspace.must('issue.create', {
    id: id(400),
    projectId: ids.project,
    title: 'Scan failed',
    source: fromIssue('PAY-12'),
  });
  workspace.must('decision.create', {
    id: id(401),
    projectId: ids.project,
    statement: 'Use hosted fields',
    decidedOn: '2026-03-01',
    decidedBy: 'Paula',
    source: fromIssue('pay-12'),
  });
  workspace.must('action.create', {
    id: id(402),
    projectId: ids.project,
    title: 'Rerun scan',
    source: fromIssue('PAY-12'),
  });
  workspace.must('action.create', {
    id: id(403),
    projectId: ids.project,
    title: 'Unrelated',
    source: fromIssue('PAY-99'),
  });
  return workspace;
}

describe('describeJiraContext', () => {
  it('describes the mapped project: RAG with its reason, top 3 risks by score, next milestone with slip and overdue days', () => {
    const context = describeJiraContext(toContextRows(payWorkspace().rows), { jiraProjectKey: 'pay', today });

    expect(context.project).toEqual({ id: ids.project, code: 'CRM', name: 'CRM rollout' });
    expect(context.rag).toBe('red');
    expect(context.ragReason).toMatch(/^Driven by risk: .*Gateway vendor misses the SLA/i);
    expect(context.topRisks).toEqual([
      { id: id(101), title: 'Gateway vendor misses the SLA', score: 25 },
      { id: id(102), title: 'Card form fails PCI scan', score: 16 },
      { id: id(103), title: 'Key developer leaves', score: 9 },
    ]);
    expect(context.nextMilestone).toEqual({
      id: id(201),
      title: 'Card payments live',
      forecastDate: '2026-03-09',
      // Forecast Monday 9 March, today Tuesday 10: one working day overdue, so it slips to today (6, not 5).
      slipDays: 6,
      overdueDays: 1,
    });
  });

  it('writes the RAG reason in the language asked for', () => {
    const context = describeJiraContext(toContextRows(payWorkspace().rows), {
      jiraProjectKey: 'PAY',
      today,
      language: 'fr',
    });
    expect(context.ragReason).not.toBe(
      describeJiraContext(toContextRows(payWorkspace().rows), { jiraProjectKey: 'PAY', today }).ragReason,
    );
    expect(context.ragReason).toContain('Gateway vendor misses the SLA');
  });

  it("shows the next phase's gate as upcoming, then as requested once a review is asked for", () => {
    const workspace = payWorkspace();
    expect(describeJiraContext(toContextRows(workspace.rows), { jiraProjectKey: 'PAY', today }).pendingGate).toEqual({
      phase: 'Build',
      status: 'upcoming',
    });
    workspace.must(
      'gate.request',
      {
        id: ids.gate,
        projectId: ids.project,
        templateId: ids.template,
        toPhaseId: ids.phaseBuild,
        // A review is asked for only once every must-meet criterion is met (docs/domain.md "Gate flow").
        mustMeet: [
          { criterionId: ids.criterionBusinessCase, met: true },
          { criterionId: ids.criterionSponsor, met: true },
        ],
      },
      pm,
    );
    expect(describeJiraContext(toContextRows(workspace.rows), { jiraProjectKey: 'PAY', today }).pendingGate).toEqual({
      phase: 'Build',
      status: 'requested',
    });
  });

  it('describes an issue: the item it rolls up to, the risks and records raised from it, the free link targets', () => {
    const context = describeJiraContext(toContextRows(payWorkspace().rows), {
      jiraProjectKey: 'PAY',
      issueKey: 'PAY-12',
      today,
    });

    expect(context.rollUp).toEqual({ kind: 'planItem', id: id(300), title: 'Card form' });
    expect(context.linkedRisks).toEqual([
      { id: id(102), title: 'Card form fails PCI scan', score: 16, status: 'open' },
      { id: id(104), title: 'Test data arrives late', score: 4, status: 'open' },
    ]);
    expect(context.linkedRecords).toEqual([
      { kind: 'issue', id: id(400), title: 'Scan failed', status: 'open' },
      { kind: 'decision', id: id(401), title: 'Use hosted fields' },
      { kind: 'action', id: id(402), title: 'Rerun scan', status: 'open' },
    ]);
    expect(context.linkTargets).toEqual([
      { kind: 'milestone', id: id(200), title: 'Pilot done' },
      { kind: 'milestone', id: id(201), title: 'Card payments live' },
      { kind: 'milestone', id: id(202), title: 'Refunds live' },
      { kind: 'planItem', id: id(301), title: 'Refund API' },
    ]);
  });

  it('rolls an epic up to the milestone it was imported as', () => {
    const workspace = payWorkspace();
    workspace.must('milestone.update', { id: id(202), patch: { jiraKey: 'PAY-2' } });
    const context = describeJiraContext(toContextRows(workspace.rows), {
      jiraProjectKey: 'PAY',
      issueKey: 'PAY-2',
      today,
    });
    expect(context.rollUp).toEqual({ kind: 'milestone', id: id(202), title: 'Refunds live' });
    expect(context.linkTargets.map((target) => target.id)).not.toContain(id(202));
  });

  it('lists no issue links on a board (no issue key)', () => {
    const context = describeJiraContext(toContextRows(payWorkspace().rows), { jiraProjectKey: 'PAY', today });
    expect(context).toMatchObject({ rollUp: null, linkedRisks: [], linkedRecords: [], linkTargets: [] });
  });

  it('answers an empty context for a Jira project no PMO project is mapped to', () => {
    expect(
      describeJiraContext(toContextRows(payWorkspace().rows), { jiraProjectKey: 'OPS', issueKey: 'OPS-1', today }),
    ).toEqual({
      project: null,
      rag: null,
      topRisks: [],
      riskMatrix: expect.objectContaining({ size: 5 }),
      nextMilestone: null,
      pendingGate: null,
      rollUp: null,
      linkedRisks: [],
      linkedRecords: [],
      linkTargets: [],
    });
  });

  it('hands the workspace’s risk matrix to the overlay, so its chips band scores as every screen does', () => {
    const workspace = payWorkspace();
    const rows = toContextRows(workspace.rows);
    const settings = { ...defaultWorkspaceSettings, riskMatrix: { ...defaultWorkspaceSettings.riskMatrix, size: 4 } };
    const context = describeJiraContext({ ...rows, settings }, { jiraProjectKey: 'PAY', today });
    expect(context.riskMatrix.size).toBe(4);
  });

  it('says which dimensions lack data, and gives no slip for a milestone without baseline', () => {
    const workspace = crmWorkspace();
    workspace.must('project.update', { id: ids.project, patch: { jiraProjectKeys: ['PAY'] } });
    workspace.must('milestone.create', {
      id: id(500),
      projectId: ids.project,
      title: 'Go-live',
      forecastDate: '2026-06-01',
    });
    const context = describeJiraContext(toContextRows(workspace.rows), { jiraProjectKey: 'PAY', today });
    expect(context.rag).toBe('green');
    expect(context.ragReason).toMatch(/^Green on the data available; not enough data for .*risk/i);
    expect(context.nextMilestone).toEqual({
      id: id(500),
      title: 'Go-live',
      forecastDate: '2026-06-01',
      slipDays: null,
      overdueDays: null,
    });
  });

  it('says a milestone nine months past its forecast is overdue, not on time, and turns the schedule amber', () => {
    const workspace = crmWorkspace();
    workspace.must('project.update', { id: ids.project, patch: { jiraProjectKeys: ['PAY'] } });
    workspace.must('milestone.create', {
      id: id(501),
      projectId: ids.project,
      title: 'Data migrated',
      baselineDate: '2025-06-02',
      forecastDate: '2025-06-02',
    });
    const context = describeJiraContext(toContextRows(workspace.rows), { jiraProjectKey: 'PAY', today });
    // 2 June 2025 (Mon) → 2 March 2026 (Mon) is 39 weeks, 195 working days; then 6 more to Tuesday 10 March.
    expect(context.nextMilestone).toMatchObject({ id: id(501), overdueDays: 201, slipDays: 201 });
    expect(context.rag).toBe('amber');
    expect(context.ragReason).toMatch(/Milestones are past their forecast and not done \(1: “Data migrated”\)/);
    expect(context.pendingGate).toBeNull();
  });

  it('prefers a live project when two claim the same Jira project', () => {
    const workspace = payWorkspace();
    workspace.must('project.create', {
      id: ids.otherProject,
      code: 'AAA',
      name: 'Old payments',
      state: 'closed',
      jiraProjectKeys: ['PAY'],
    });
    expect(describeJiraContext(toContextRows(workspace.rows), { jiraProjectKey: 'PAY', today }).project?.id).toBe(
      ids.project,
    );
  });
});
