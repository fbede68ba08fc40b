import { describe, expect, it } from 'vitest';
import { crmWorkspace, expectRefusal, id, ids, now, pmo, riskArgs, viewer } from './workspace-fixture';

function riskWorkspace(extra: Record<string, unknown> = {}) {
  const workspace = crmWorkspace();
  workspace.must('risk.create', { ...riskArgs, ...extra });
  return workspace;
}

describe('risk.escalate', () => {
  it('stamps the escalation with the time it is applied, to whom and why', () => {
    const workspace = riskWorkspace();
    workspace.must(
      'risk.escalate',
      { id: ids.risk, to: 'Programme board', reason: 'Score 16 is above the appetite of 12' },
      pmo,
    );
    expect(workspace.get('risk', ids.risk)).toMatchObject({
      escalatedAt: now,
      escalatedTo: 'Programme board',
      escalationReason: 'Score 16 is above the appetite of 12',
      status: 'open',
      updatedBy: pmo.actorId,
    });
  });

  it('replaces an earlier escalation, dropping its reason when none is given', () => {
    const workspace = riskWorkspace();
    workspace.must('risk.escalate', { id: ids.risk, to: 'Programme board', reason: 'Above appetite' });
    workspace.must('risk.escalate', { id: ids.risk, to: 'Portfolio board' });
    const risk = workspace.get('risk', ids.risk);
    expect(risk?.escalatedTo).toBe('Portfolio board');
    expect(risk).not.toHaveProperty('escalationReason');
  });

  it.each([
    ['closed', 'reopen it'],
    ['occurred', 'its issue'],
  ])('refuses a %s risk and says what to do instead', (status, hint) => {
    const workspace = riskWorkspace();
    if (status === 'closed') workspace.must('risk.update', { id: ids.risk, patch: { status: 'closed' } });
    else workspace.must('risk.occurred', { id: ids.risk, issueId: ids.issue });
    const message = expectRefusal(workspace.run('risk.escalate', { id: ids.risk, to: 'Board' }), 'risk_not_open');
    expect(message).toContain(hint);
  });

  it('refuses when the expected status no longer holds', () => {
    const workspace = riskWorkspace({ status: 'mitigating' });
    expectRefusal(
      workspace.run('risk.escalate', { id: ids.risk, to: 'Board', expected: { status: 'open' } }),
      'precondition_failed',
    );
    workspace.must('risk.escalate', { id: ids.risk, to: 'Board', expected: { status: 'mitigating' } });
  });

  it('refuses an empty addressee, a missing risk and a viewer', () => {
    const workspace = riskWorkspace();
    expectRefusal(workspace.run('risk.escalate', { id: ids.risk, to: ' ' }), 'invalid_args');
    expectRefusal(workspace.run('risk.escalate', { id: ids.issue, to: 'Board' }), 'not_found');
    expectRefusal(workspace.run('risk.escalate', { id: ids.risk, to: 'Board' }, viewer), 'forbidden');
  });

  it('cannot be bypassed by editing the escalation fields', () => {
    const workspace = riskWorkspace();
    const message = expectRefusal(
      workspace.run('risk.update', { id: ids.risk, patch: { escalatedTo: 'Board' } }),
      'use_named_mutation',
    );
    expect(message).toContain('risk.escalate');
    expectRefusal(workspace.run('risk.create', { ...riskArgs, id: ids.issue, escalatedAt: now }), 'use_named_mutation');
  });
});

describe('risk.occurred', () => {
  it('marks the risk occurred and creates its issue in the same mutation', () => {
    const workspace = riskWorkspace();
    const writes = workspace.must('risk.occurred', { id: ids.risk, issueId: ids.issue, expected: { status: 'open' } });
    expect(writes.map((write) => [write.op, write.entity, write.id])).toEqual([
      ['put', 'risk', ids.risk],
      ['put', 'issue', ids.issue],
    ]);
    expect(workspace.get('risk', ids.risk)).toMatchObject({ status: 'occurred', issueId: ids.issue });
    expect(workspace.get('issue', ids.issue)).toEqual({
      id: ids.issue,
      projectId: ids.project,
      title: riskArgs.title,
      type: 'problem',
      description: `${riskArgs.cause}\n→ ${riskArgs.event}\n→ ${riskArgs.effect}`,
      priority: 'critical',
      severity: 4,
      owner: riskArgs.owner,
      raisedOn: '2026-11-25',
      status: 'open',
      escalationLevel: 'project',
      riskId: ids.risk,
      source: riskArgs.source,
      createdAt: now,
      createdBy: 'member-pm',
      updatedAt: now,
      updatedBy: 'member-pm',
      version: 0,
    });
  });

  it.each([
    [1, 3, 'low'],
    [2, 3, 'medium'],
    [3, 4, 'high'],
    [5, 5, 'critical'],
  ])('derives the issue priority from the score (P %i × I %i → %s)', (probability, impact, priority) => {
    const workspace = riskWorkspace({ probability, impact });
    workspace.must('risk.occurred', { id: ids.risk, issueId: ids.issue });
    expect(workspace.get('issue', ids.issue)).toMatchObject({ priority, severity: impact });
  });

  it('derives the priority from the current score: the residual one once assessed', () => {
    const workspace = riskWorkspace({ probability: 5, impact: 5, residualProbability: 2, residualImpact: 3 });
    workspace.must('risk.occurred', { id: ids.risk, issueId: ids.issue });
    expect(workspace.get('issue', ids.issue)).toMatchObject({ priority: 'medium' });
  });

  it('bands the priority on the workspace’s risk matrix', () => {
    const workspace = riskWorkspace({ probability: 2, impact: 2 });
    const matrix = { size: 3, probabilityLabels: ['Low', 'Medium', 'High'], impactLabels: ['Low', 'Medium', 'High'] };
    workspace.must('settings.create', { id: crypto.randomUUID(), riskMatrix: matrix }, pmo);
    workspace.must('risk.occurred', { id: ids.risk, issueId: ids.issue });
    // 4 on a 3×3 (top score 9) is high; on the default 5×5 it would be low.
    expect(workspace.get('issue', ids.issue)).toMatchObject({ priority: 'high' });
  });

  it('refuses when the risk was closed meanwhile, writing nothing', () => {
    const workspace = riskWorkspace();
    workspace.must('risk.update', { id: ids.risk, patch: { status: 'closed' } });
    expectRefusal(
      workspace.run('risk.occurred', { id: ids.risk, issueId: ids.issue, expected: { status: 'open' } }),
      'precondition_failed',
    );
    expectRefusal(workspace.run('risk.occurred', { id: ids.risk, issueId: ids.issue }), 'risk_not_open');
    expect(workspace.get('issue', ids.issue)).toBeUndefined();
  });

  it('refuses a second occurrence and an issue id already taken', () => {
    const workspace = riskWorkspace();
    workspace.must('issue.create', { id: ids.issue, projectId: ids.project, title: 'Existing issue' });
    expectRefusal(workspace.run('risk.occurred', { id: ids.risk, issueId: ids.issue }), 'already_exists');
    workspace.must('risk.occurred', { id: ids.risk, issueId: id(42) });
    expectRefusal(workspace.run('risk.occurred', { id: ids.risk, issueId: ids.report }), 'risk_not_open');
  });

  it('cannot be bypassed by setting the status by edit or at creation', () => {
    const workspace = riskWorkspace();
    const message = expectRefusal(
      workspace.run('risk.update', { id: ids.risk, patch: { status: 'occurred' } }),
      'use_named_mutation',
    );
    expect(message).toContain('risk.occurred');
    expectRefusal(
      workspace.run('risk.create', { ...riskArgs, id: ids.report, status: 'occurred' }),
      'use_named_mutation',
    );
  });
});
