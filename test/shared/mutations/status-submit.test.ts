import { describe, expect, it } from 'vitest';
import { crmWorkspace, expectRefusal, ids, now, pm, viewer } from './workspace-fixture';

const draft = {
  id: ids.report,
  projectId: ids.project,
  periodStart: '2026-11-09',
  periodEnd: '2026-11-20',
  overall: { suggested: 'amber', suggestedReason: 'SPI 0.91', chosen: 'amber' },
  dimensions: {
    schedule: { suggested: 'amber', chosen: 'amber' },
    cost: { suggested: 'green', chosen: 'green' },
    risk: {
      suggested: 'red',
      suggestedReason: 'Risk above appetite without response',
      chosen: 'amber',
      reason: 'Mitigation agreed on 18 Nov',
    },
  },
  summary: 'Migration tooling late; mitigation agreed with the supplier.',
};

function reportWorkspace(overrides: Record<string, unknown> = {}) {
  const workspace = crmWorkspace();
  workspace.must('statusReport.create', { ...draft, ...overrides });
  return workspace;
}

describe('status.submit', () => {
  it('submits a draft, stamped with who and when', () => {
    const workspace = reportWorkspace();
    workspace.must('status.submit', { id: ids.report });
    expect(workspace.get('statusReport', ids.report)).toMatchObject({
      state: 'submitted',
      submittedAt: now,
      submittedBy: pm.actorId,
      summary: draft.summary,
    });
  });

  it('refuses a light set against the suggestion without a reason, naming each dimension', () => {
    const workspace = reportWorkspace({
      overall: { suggested: 'red', chosen: 'green' },
      dimensions: { ...draft.dimensions, schedule: { suggested: 'red', chosen: 'green', reason: ' ' } },
    });
    const result = workspace.run('status.submit', { id: ids.report });
    const message = expectRefusal(result, 'rag_reason_missing');
    expect(message).toContain('overall (you chose green, the data suggests red)');
    expect(message).toContain('schedule');
    expect(message).not.toContain('risk');
    expect(!result.ok && result.error.details).toEqual({ dimensions: ['overall', 'schedule'] });
    expect(workspace.get('statusReport', ids.report)?.state).toBe('draft');
  });

  it('accepts a light without a suggestion, with no reason needed', () => {
    const workspace = reportWorkspace({ overall: { chosen: 'green' }, dimensions: { scope: { chosen: 'red' } } });
    workspace.must('status.submit', { id: ids.report });
  });

  it('refuses submitting twice', () => {
    const workspace = reportWorkspace();
    workspace.must('status.submit', { id: ids.report });
    const message = expectRefusal(workspace.run('status.submit', { id: ids.report }), 'already_submitted');
    expect(message).toContain('create a new report');
  });

  it('refuses a missing report and a viewer', () => {
    const workspace = reportWorkspace();
    expectRefusal(workspace.run('status.submit', { id: ids.risk }), 'not_found');
    expectRefusal(workspace.run('status.submit', { id: ids.report }, viewer), 'forbidden');
  });
});

describe('a submitted status report', () => {
  it('is immutable: an edit is refused and the message says to create a new report', () => {
    const workspace = reportWorkspace();
    workspace.must('status.submit', { id: ids.report });
    const before = workspace.get('statusReport', ids.report);
    const message = expectRefusal(
      workspace.run('statusReport.update', { id: ids.report, patch: { summary: 'Rewritten history' } }),
      'immutable',
    );
    expect(message).toContain('create a new report');
    expect(workspace.get('statusReport', ids.report)).toEqual(before);
  });

  it('cannot be deleted', () => {
    const workspace = reportWorkspace();
    workspace.must('status.submit', { id: ids.report });
    const message = expectRefusal(workspace.run('statusReport.delete', { id: ids.report }), 'immutable');
    expect(message).toContain('create a new report');
    expect(workspace.get('statusReport', ids.report)).toBeDefined();
  });

  it('is only reached through status.submit: a draft cannot be edited into submitted', () => {
    const workspace = reportWorkspace();
    const message = expectRefusal(
      workspace.run('statusReport.update', { id: ids.report, patch: { state: 'submitted' } }),
      'use_named_mutation',
    );
    expect(message).toContain('status.submit');
    workspace.must('statusReport.update', { id: ids.report, patch: { summary: 'Draft still open' } });
  });
});
