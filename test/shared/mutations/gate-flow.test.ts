import { describe, expect, it } from 'vitest';
import {
  contributor,
  crmWorkspace,
  expectRefusal,
  id,
  ids,
  now,
  owner,
  pm,
  pmo,
  viewer,
  type Workspace,
} from './workspace-fixture';

const allMet = [
  { criterionId: ids.criterionBusinessCase, met: true, evidence: 'Approved at steering board, 12 Nov' },
  { criterionId: ids.criterionSponsor, met: true },
];

const requestBuild = (overrides: Record<string, unknown> = {}) => ({
  id: ids.gate,
  projectId: ids.project,
  templateId: ids.template,
  toPhaseId: ids.phaseBuild,
  mustMeet: allMet,
  shouldMeet: [{ criterionId: ids.criterionArchitecture, score: 4 }],
  evidenceLinks: ['https://docs.example.com/crm/business-case'],
  ...overrides,
});

function requested(overrides: Record<string, unknown> = {}): Workspace {
  const workspace = crmWorkspace({ withTemplate: true });
  workspace.must('gate.request', requestBuild(overrides));
  return workspace;
}

/** A requested review whose must-meet criteria were found unmet while it waited (the PM edits the answers). */
function foundUnmet([businessCase, sponsor]: [boolean, boolean]): Workspace {
  const workspace = requested();
  workspace.must('gateReview.update', {
    id: ids.gate,
    patch: {
      mustMeet: [
        { criterionId: ids.criterionBusinessCase, text: 'Business case approved', met: businessCase },
        { criterionId: ids.criterionSponsor, text: 'Sponsor named', met: sponsor },
      ],
    },
  });
  return workspace;
}

describe('gate.request', () => {
  it('opens a gate review from the current phase, requested by the actor, now', () => {
    const workspace = requested();
    expect(workspace.get('gateReview', ids.gate)).toMatchObject({
      projectId: ids.project,
      fromPhaseId: ids.phaseDiscover,
      toPhaseId: ids.phaseBuild,
      requestedBy: pm.actorId,
      requestedAt: now,
      status: 'requested',
      evidenceLinks: ['https://docs.example.com/crm/business-case'],
      shouldMeet: [{ criterionId: ids.criterionArchitecture, score: 4 }],
    });
  });

  it('copies the wording of every must-meet criterion from the template into the review', () => {
    const workspace = requested();
    expect(workspace.get('gateReview', ids.gate)?.mustMeet).toEqual([
      {
        criterionId: ids.criterionBusinessCase,
        text: 'Business case approved',
        met: true,
        evidence: 'Approved at steering board, 12 Nov',
      },
      { criterionId: ids.criterionSponsor, text: 'Sponsor named', met: true },
    ]);
  });

  it('refuses while a must-meet criterion is not met, naming it; an unanswered one counts as not met', () => {
    const workspace = crmWorkspace({ withTemplate: true });
    const result = workspace.run(
      'gate.request',
      requestBuild({ mustMeet: [{ criterionId: ids.criterionSponsor, met: true }] }),
    );
    const message = expectRefusal(result, 'gate_criteria_unmet');
    expect(message).toContain('not met yet: "Business case approved"');
    expect(message).not.toContain('Sponsor named');
    expect(!result.ok && result.error.details).toEqual({ criterionIds: [ids.criterionBusinessCase] });
    expect(workspace.get('gateReview', ids.gate)).toBeUndefined();
  });

  it('names every unmet criterion in the template order, whatever order they were answered in', () => {
    const workspace = crmWorkspace({ withTemplate: true });
    const result = workspace.run(
      'gate.request',
      requestBuild({
        mustMeet: [
          { criterionId: ids.criterionSponsor, met: false },
          { criterionId: ids.criterionBusinessCase, met: false, evidence: 'Board meets on 3 Dec' },
        ],
      }),
    );
    expect(expectRefusal(result, 'gate_criteria_unmet')).toContain(
      'not met yet: "Business case approved", "Sponsor named".',
    );
    expect(!result.ok && result.error.details).toEqual({
      criterionIds: [ids.criterionBusinessCase, ids.criterionSponsor],
    });
  });

  it('tells a member who may not request a gate so, before what the request lacks', () => {
    const workspace = crmWorkspace({ withTemplate: true });
    expectRefusal(workspace.run('gate.request', requestBuild({ mustMeet: [] }), viewer), 'forbidden');
    expectRefusal(workspace.run('gate.request', requestBuild({ mustMeet: [] }), contributor), 'forbidden');
  });

  it('refuses a must-meet answer of "not met" when the project follows no template too', () => {
    const workspace = crmWorkspace();
    const answers = [{ criterionId: id(80), met: false, text: 'Budget released' }];
    const message = expectRefusal(
      workspace.run(
        'gate.request',
        requestBuild({ templateId: undefined, toPhaseId: id(81), mustMeet: answers, shouldMeet: [] }),
      ),
      'gate_criteria_unmet',
    );
    expect(message).toContain('"Budget released"');
  });

  it('keeps web addresses and Jira issue keys as evidence, keys upper-case', () => {
    const links = [
      'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQ/edit#gid=0',
      'https://acme.atlassian.net/browse/CRM-42',
      'crm-7',
      'http://intranet.example/charter.pdf',
    ];
    const workspace = requested({ evidenceLinks: links });
    expect(workspace.get('gateReview', ids.gate)?.evidenceLinks).toEqual([links[0], links[1], 'CRM-7', links[3]]);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'https://bank.example@evil.example/login',
    'see the charter',
  ])('refuses evidence that is neither a web address nor a Jira key: %s', (link) => {
    const workspace = crmWorkspace({ withTemplate: true });
    const result = workspace.run('gate.request', requestBuild({ evidenceLinks: [link] }));
    expect(expectRefusal(result, 'invalid_evidence_link')).toContain(`Evidence "${link}"`);
    expect(workspace.get('gateReview', ids.gate)).toBeUndefined();
  });

  it('refuses a phase that is not in the project template, listing the phases', () => {
    const workspace = crmWorkspace({ withTemplate: true });
    const message = expectRefusal(
      workspace.run('gate.request', requestBuild({ toPhaseId: id(404) })),
      'phase_not_in_template',
    );
    expect(message).toContain('Discover, Build, Run');
  });

  it('refuses answers to criteria the gate does not have', () => {
    const workspace = crmWorkspace({ withTemplate: true });
    expectRefusal(
      workspace.run('gate.request', requestBuild({ mustMeet: [{ criterionId: id(404), met: true }] })),
      'unknown_criterion',
    );
    expectRefusal(
      workspace.run('gate.request', requestBuild({ shouldMeet: [{ criterionId: ids.criterionSponsor, score: 3 }] })),
      'unknown_criterion',
    );
  });

  it('refuses a request prepared against another template than the project follows', () => {
    const workspace = crmWorkspace({ withTemplate: true });
    const message = expectRefusal(
      workspace.run('gate.request', requestBuild({ templateId: undefined })),
      'template_changed',
    );
    expect(message).toContain('refresh the project');
  });

  it('refuses a project that does not exist, and a gate into the phase the project is in', () => {
    const workspace = crmWorkspace({ withTemplate: true });
    expectRefusal(workspace.run('gate.request', requestBuild({ projectId: id(404) })), 'not_found');
    expectRefusal(workspace.run('gate.request', requestBuild({ toPhaseId: ids.phaseDiscover })), 'already_in_phase');
  });

  it('takes the answers as given when the project follows no template', () => {
    const workspace = crmWorkspace();
    const answers = [{ criterionId: id(80), met: true, text: 'Budget released' }];
    workspace.must(
      'gate.request',
      requestBuild({ templateId: undefined, toPhaseId: id(81), mustMeet: answers, shouldMeet: [] }),
    );
    expect(workspace.get('gateReview', ids.gate)).toMatchObject({ toPhaseId: id(81), mustMeet: answers });
    expect(workspace.get('gateReview', ids.gate)).not.toHaveProperty('fromPhaseId');
  });

  it('refuses a taken id and a viewer', () => {
    const workspace = requested();
    expectRefusal(workspace.run('gate.request', requestBuild()), 'already_exists');
    expectRefusal(workspace.run('gate.request', requestBuild({ id: id(71) }), viewer), 'forbidden');
  });
});

describe('gate.decide', () => {
  it('records a go with conditions, decided by an owner or PMO', () => {
    const workspace = requested();
    workspace.must('gate.decide', { id: ids.gate, decision: 'go', conditions: 'Security review before go-live' }, pmo);
    expect(workspace.get('gateReview', ids.gate)).toMatchObject({
      status: 'decided',
      decision: 'go',
      conditions: 'Security review before go-live',
      decidedBy: pmo.actorId,
      decidedAt: now,
    });
  });

  it.each([pm, contributor, viewer])('refuses a $role and says who can decide', (ctx) => {
    const workspace = requested();
    const message = expectRefusal(workspace.run('gate.decide', { id: ids.gate, decision: 'go' }, ctx), 'forbidden');
    expect(message).toContain('owner or PMO');
  });

  it('refuses a go while a must-meet criterion is not met, naming it', () => {
    const workspace = foundUnmet([false, true]);
    const result = workspace.run('gate.decide', { id: ids.gate, decision: 'go' }, owner);
    const message = expectRefusal(result, 'gate_criteria_unmet');
    expect(message).toContain('"Business case approved"');
    expect(message).not.toContain('Sponsor named');
    expect(!result.ok && result.error.details).toEqual({ criterionIds: [ids.criterionBusinessCase] });
  });

  it.each(['hold', 'recycle', 'kill'])('accepts %s with a reason even with unmet criteria', (decision) => {
    const workspace = foundUnmet([false, false]);
    workspace.must('gate.decide', { id: ids.gate, decision, reason: 'Business case not approved yet' }, owner);
    expect(workspace.get('gateReview', ids.gate)).toMatchObject({ decision, reason: 'Business case not approved yet' });
    expect(workspace.get('project', ids.project)?.currentPhaseId).toBe(ids.phaseDiscover);
  });

  it.each(['hold', 'recycle', 'kill'])('refuses %s without a reason, saying a reason is needed', (decision) => {
    const workspace = requested();
    for (const reason of [undefined, '   ']) {
      const result = workspace.run('gate.decide', { id: ids.gate, decision, reason }, pmo);
      const message = expectRefusal(result, 'gate_reason_required');
      expect(message).toContain(`"${decision}"`);
      expect(message).toContain('reason');
      expect(!result.ok && result.error.details).toEqual({ field: 'reason' });
    }
    expect(workspace.get('gateReview', ids.gate)?.status).toBe('requested');
  });

  it('moves the project into the approved phase in the same mutation as a go, with its reason optional', () => {
    const workspace = requested();
    const writes = workspace.must('gate.decide', { id: ids.gate, decision: 'go' }, pmo);
    expect(writes.map((write) => `${write.op}:${write.entity}`)).toEqual(['put:gateReview', 'put:project']);
    expect(workspace.get('gateReview', ids.gate)).toMatchObject({ status: 'decided', decision: 'go' });
    expect(workspace.get('gateReview', ids.gate)).not.toHaveProperty('reason');
    expect(workspace.get('project', ids.project)).toMatchObject({
      currentPhaseId: ids.phaseBuild,
      updatedBy: pmo.actorId,
      updatedAt: now,
    });
  });

  it('records a go but leaves the project alone when it is no longer in the phase the review started from', () => {
    const workspace = requested();
    // The project moved meanwhile (e.g. switched template): the review approves a move that no longer exists.
    const project = workspace.get('project', ids.project)!;
    workspace.rows.set(`project:${ids.project}`, { ...project, currentPhaseId: ids.phaseRun });
    const writes = workspace.must('gate.decide', { id: ids.gate, decision: 'go' }, pmo);
    expect(writes.map((write) => write.entity)).toEqual(['gateReview']);
    expect(workspace.get('project', ids.project)?.currentPhaseId).toBe(ids.phaseRun);
  });

  it('refuses deciding twice; a decided review is history', () => {
    const workspace = requested();
    workspace.must('gate.decide', { id: ids.gate, decision: 'hold', reason: 'Funding round pending' }, pmo);
    expectRefusal(workspace.run('gate.decide', { id: ids.gate, decision: 'go' }, pmo), 'gate_already_decided');
    expectRefusal(workspace.run('gateReview.update', { id: ids.gate, patch: { evidenceLinks: [] } }), 'immutable');
    expectRefusal(workspace.run('gateReview.delete', { id: ids.gate }), 'immutable');
  });

  it('refuses an unknown decision and a missing review', () => {
    const workspace = requested();
    expectRefusal(workspace.run('gate.decide', { id: ids.gate, decision: 'maybe' }, pmo), 'invalid_args');
    expectRefusal(workspace.run('gate.decide', { id: id(404), decision: 'go' }, pmo), 'not_found');
  });

  it('cannot be bypassed by editing the review', () => {
    const workspace = requested();
    expectRefusal(
      workspace.run('gateReview.update', { id: ids.gate, patch: { status: 'decided', decision: 'go' } }),
      'use_named_mutation',
    );
  });
});

/** A "go" decided before gate.decide moved the project itself: the project still waits in its old phase. */
function decidedGoBeforeTheMove(workspace: Workspace, reviewId = ids.gate): void {
  const phaseBefore = workspace.get('project', ids.project)?.currentPhaseId;
  workspace.must('gate.decide', { id: reviewId, decision: 'go' }, pmo);
  const project = workspace.get('project', ids.project)!;
  workspace.rows.set(`project:${ids.project}`, { ...project, currentPhaseId: phaseBefore });
}

describe('project.changePhase', () => {
  it('moves the project into the phase an older go gate review approved', () => {
    const workspace = requested();
    decidedGoBeforeTheMove(workspace);
    workspace.must('project.changePhase', { id: ids.project, toPhaseId: ids.phaseBuild, gateReviewId: ids.gate });
    expect(workspace.get('project', ids.project)).toMatchObject({
      currentPhaseId: ids.phaseBuild,
      updatedBy: pm.actorId,
    });
  });

  it('is refused without a gate review, and the message says to request and pass the gate', () => {
    const workspace = crmWorkspace({ withTemplate: true });
    const message = expectRefusal(
      workspace.run('project.changePhase', { id: ids.project, toPhaseId: ids.phaseBuild, gateReviewId: ids.gate }),
      'gate_not_approved',
    );
    expect(message).toContain('gate.request');
    expect(message).toContain('"go"');
    expect(workspace.get('project', ids.project)?.currentPhaseId).toBe(ids.phaseDiscover);
  });

  it('is refused while the gate review waits for a decision', () => {
    const workspace = requested();
    const message = expectRefusal(
      workspace.run('project.changePhase', { id: ids.project, toPhaseId: ids.phaseBuild, gateReviewId: ids.gate }),
      'gate_not_approved',
    );
    expect(message).toContain('waiting for a decision');
  });

  it.each(['hold', 'recycle', 'kill'])('is refused after a %s decision', (decision) => {
    const workspace = requested();
    workspace.must('gate.decide', { id: ids.gate, decision, reason: 'Not ready' }, pmo);
    const message = expectRefusal(
      workspace.run('project.changePhase', { id: ids.project, toPhaseId: ids.phaseBuild, gateReviewId: ids.gate }),
      'gate_not_approved',
    );
    expect(message).toContain(`"${decision}"`);
  });

  it('is refused when the approved gate is for another phase or another project', () => {
    const workspace = requested();
    decidedGoBeforeTheMove(workspace);
    expectRefusal(
      workspace.run('project.changePhase', { id: ids.project, toPhaseId: ids.phaseRun, gateReviewId: ids.gate }),
      'gate_not_approved',
    );
    workspace.must('project.create', {
      id: ids.otherProject,
      code: 'ERP',
      name: 'ERP migration',
      templateId: ids.template,
      currentPhaseId: ids.phaseDiscover,
    });
    const message = expectRefusal(
      workspace.run('project.changePhase', { id: ids.otherProject, toPhaseId: ids.phaseBuild, gateReviewId: ids.gate }),
      'gate_not_approved',
    );
    expect(message).toContain('another project');
  });

  it('cannot reuse an approval once the project has moved on', () => {
    const workspace = requested();
    decidedGoBeforeTheMove(workspace);
    workspace.must('project.changePhase', { id: ids.project, toPhaseId: ids.phaseBuild, gateReviewId: ids.gate });
    expectRefusal(
      workspace.run('project.changePhase', { id: ids.project, toPhaseId: ids.phaseBuild, gateReviewId: ids.gate }),
      'already_in_phase',
    );
    workspace.must('gate.request', requestBuild({ id: id(72), toPhaseId: ids.phaseRun, mustMeet: [], shouldMeet: [] }));
    decidedGoBeforeTheMove(workspace, id(72));
    workspace.must('project.changePhase', { id: ids.project, toPhaseId: ids.phaseRun, gateReviewId: id(72) });
    const message = expectRefusal(
      workspace.run('project.changePhase', { id: ids.project, toPhaseId: ids.phaseBuild, gateReviewId: ids.gate }),
      'gate_not_approved',
    );
    expect(message).toContain('another phase than the current one');
  });

  it('refuses when the phase changed since the person looked', () => {
    const workspace = requested();
    decidedGoBeforeTheMove(workspace);
    expectRefusal(
      workspace.run('project.changePhase', {
        id: ids.project,
        toPhaseId: ids.phaseBuild,
        gateReviewId: ids.gate,
        expected: { currentPhaseId: ids.phaseRun },
      }),
      'precondition_failed',
    );
  });

  it('refuses a missing project and a viewer', () => {
    const workspace = requested();
    decidedGoBeforeTheMove(workspace);
    const args = { id: ids.project, toPhaseId: ids.phaseBuild, gateReviewId: ids.gate };
    expectRefusal(workspace.run('project.changePhase', { ...args, id: id(404) }), 'not_found');
    expectRefusal(workspace.run('project.changePhase', args, viewer), 'forbidden');
  });
});
