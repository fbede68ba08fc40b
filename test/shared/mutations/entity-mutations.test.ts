import { describe, expect, it } from 'vitest';
import { entityNames, type MutationName, mutationNames, mutators } from '../../../shared';
import {
  contributor,
  crmWorkspace,
  expectRefusal,
  id,
  ids,
  milestoneArgs,
  now,
  owner,
  pm,
  pmo,
  riskArgs,
  stageGateTemplate,
  viewer,
  type Workspace,
} from './workspace-fixture';

/** A workspace holding the CRM project, a person and a plan item, so every entity can be created. */
function fullWorkspace(): Workspace {
  const workspace = crmWorkspace();
  workspace.must('person.create', { id: ids.person, name: 'Dana Okafor', capacityHoursPerWeek: 32 }, pmo);
  workspace.must('planItem.create', {
    id: ids.planItem,
    projectId: ids.project,
    kind: 'deliverable',
    title: 'Migration runbook',
    durationDays: 5,
  });
  return workspace;
}

/** For each entity: valid create args (on fullWorkspace), a field edit, and the role that may write it. */
const examples = {
  settings: { create: { riskAppetite: 15 }, patch: { riskAppetite: 9 }, ctx: pmo },
  template: { create: stageGateTemplate, patch: { name: 'Stage-gate v2' }, ctx: pmo },
  project: { create: { code: 'ERP', name: 'ERP migration', state: 'proposed' }, patch: { state: 'active' }, ctx: pm },
  milestone: { create: { ...milestoneArgs, id: undefined }, patch: { title: 'Rehearsal signed off' }, ctx: pm },
  planItem: {
    create: {
      projectId: ids.project,
      title: 'Cut-over plan',
      durationDays: 3,
      predecessors: [{ predecessorId: ids.planItem }],
    },
    patch: { percentComplete: 40 },
    ctx: pm,
  },
  baseline: {
    create: { projectId: ids.project, name: 'Approved plan', takenOn: '2026-11-01', bac: 250_000 },
    patch: { name: 'Approved plan (board)' },
    ctx: pm,
  },
  risk: { create: { ...riskArgs, id: undefined }, patch: { status: 'mitigating' }, ctx: contributor },
  issue: {
    create: { projectId: ids.project, title: 'Test environment down', priority: 'high' },
    patch: { status: 'in_progress' },
    ctx: contributor,
  },
  decision: {
    create: {
      projectId: ids.project,
      statement: 'Migrate in two waves',
      decidedOn: '2026-11-20',
      decidedBy: 'Steering board',
    },
    patch: { rationale: 'Halves the cut-over risk' },
    ctx: pm,
  },
  action: {
    create: { projectId: ids.project, title: 'Book the rehearsal weekend', dueDate: '2026-12-05' },
    patch: { done: true },
    ctx: contributor,
  },
  statusReport: {
    create: {
      projectId: ids.project,
      periodStart: '2026-11-09',
      periodEnd: '2026-11-20',
      overall: { chosen: 'amber' },
    },
    patch: { summary: 'Migration tooling late, mitigation under way.' },
    ctx: pm,
  },
  person: { create: { name: 'Lee Martin', role: 'Data engineer' }, patch: { capacityHoursPerWeek: 24 }, ctx: pmo },
  allocation: {
    create: { personId: ids.person, projectId: ids.project, from: '2026-12-01', to: '2027-03-31', percent: 50 },
    patch: { percent: 80 },
    ctx: pm,
  },
  raci: {
    create: { projectId: ids.project, planItemId: ids.planItem, personId: ids.person, role: 'responsible' },
    patch: { role: 'accountable' },
    ctx: pm,
  },
  gateReview: {
    create: { projectId: ids.project, toPhaseId: id(99), requestedBy: 'member-pm', requestedAt: now },
    patch: { evidenceLinks: ['https://docs.example.com/business-case'] },
    ctx: pm,
  },
  lesson: {
    create: {
      projectId: ids.project,
      title: 'Supplier tooling late',
      whatHappened: 'Supplier tooling arrived late',
      tags: ['vendor'],
    },
    patch: { recommendation: 'Ask for tooling dates in the contract' },
    ctx: pm,
  },
  costEntry: {
    create: { projectId: ids.project, period: '2026-11-01', amount: 12_500, note: 'Vendor invoice 4411' },
    patch: { amount: 13_000 },
    ctx: pm,
  },
  playbook: {
    create: {
      title: 'Escalating a risk',
      markdown: '# Why\n\nAbove appetite means **the board** decides.',
      ruleIds: ['risk-above-appetite-not-escalated'],
    },
    patch: { tags: ['risk', 'escalation'] },
    ctx: pmo,
  },
} satisfies Record<(typeof entityNames)[number], { create: object; patch: object; ctx: unknown }>;

const newId = id(500);

describe('the mutation registry', () => {
  it('has create, update and delete for every entity, keyed by their own names', () => {
    for (const entity of entityNames)
      for (const verb of ['create', 'update', 'delete']) expect(mutationNames).toContain(`${entity}.${verb}`);
    for (const name of mutationNames) expect(mutators[name].name).toBe(name);
  });

  it('lists the intent mutations', () => {
    expect(mutationNames).toEqual(
      expect.arrayContaining([
        'milestone.reschedule',
        'milestone.rebaseline',
        'risk.escalate',
        'risk.occurred',
        'status.submit',
        'gate.request',
        'gate.decide',
        'project.changePhase',
      ]),
    );
  });
});

describe.each(entityNames)('%s create, update and delete', (entity) => {
  const example = examples[entity];
  const create = `${entity}.create` as MutationName;
  const update = `${entity}.update` as MutationName;
  const remove = `${entity}.delete` as MutationName;

  it('creates a record stamped with who and when', () => {
    const workspace = fullWorkspace();
    workspace.must(create, { ...example.create, id: newId }, example.ctx);
    expect(workspace.get(entity, newId)).toMatchObject({
      id: newId,
      createdBy: example.ctx.actorId,
      createdAt: now,
      updatedAt: now,
      version: 0,
    });
  });

  it('refuses to create over an existing id', () => {
    const workspace = fullWorkspace();
    workspace.must(create, { ...example.create, id: newId }, example.ctx);
    expectRefusal(workspace.run(create, { ...example.create, id: newId }, example.ctx), 'already_exists');
  });

  it('updates the named field and keeps the others', () => {
    const workspace = fullWorkspace();
    workspace.must(create, { ...example.create, id: newId }, example.ctx);
    const before = workspace.get(entity, newId);
    // Another member who may edit anything, so the stamp shows who made the last change.
    workspace.must(update, { id: newId, patch: example.patch }, { ...pmo, actorId: 'member-2' });
    const after = workspace.get(entity, newId);
    expect(after).toMatchObject({ ...example.patch, updatedBy: 'member-2' });
    const untouched = Object.keys(before ?? {}).filter(
      (field) => !(field in example.patch) && !['updatedBy', 'updatedAt', 'templateVersion'].includes(field),
    );
    for (const field of untouched) expect(after?.[field]).toEqual(before?.[field]);
  });

  it('refuses to update a record that does not exist', () => {
    const workspace = fullWorkspace();
    expectRefusal(workspace.run(update, { id: newId, patch: example.patch }, example.ctx), 'not_found');
  });

  it('deletes a record, and a repeated delete is a no-op', () => {
    const workspace = fullWorkspace();
    workspace.must(create, { ...example.create, id: newId }, example.ctx);
    expect(workspace.must(remove, { id: newId }, example.ctx)).toEqual([{ op: 'del', entity, id: newId }]);
    expect(workspace.get(entity, newId)).toBeUndefined();
    expect(workspace.must(remove, { id: newId }, example.ctx)).toEqual([]);
  });

  it('keeps a viewer from creating, updating or deleting', () => {
    const workspace = fullWorkspace();
    workspace.must(create, { ...example.create, id: newId }, example.ctx);
    expectRefusal(workspace.run(create, { ...example.create, id: id(501) }, viewer), 'forbidden');
    expectRefusal(workspace.run(update, { id: newId, patch: example.patch }, viewer), 'forbidden');
    expectRefusal(workspace.run(remove, { id: newId }, viewer), 'forbidden');
  });
});

describe('records that belong to a project', () => {
  const projectScoped = [
    'milestone',
    'planItem',
    'baseline',
    'risk',
    'issue',
    'decision',
    'action',
    'statusReport',
    'allocation',
    'raci',
    'gateReview',
    'lesson',
    'costEntry',
  ] as const;

  it.each(projectScoped)('refuses a %s for a project that does not exist', (entity) => {
    const workspace = fullWorkspace();
    const missingProject = id(404);
    const message = expectRefusal(
      workspace.run(
        `${entity}.create` as MutationName,
        { ...examples[entity].create, id: newId, projectId: missingProject },
        pm,
      ),
      'not_found',
    );
    expect(message).toContain(missingProject);
  });

  it('declares the project among the rows a create reads', () => {
    const reads = mutators['issue.create'].reads({ ...examples.issue.create, id: newId } as never);
    expect(reads).toEqual([
      { entity: 'issue', id: newId },
      { entity: 'project', id: ids.project },
    ]);
  });

  it('lets a risk move to another existing project, but not to a missing one', () => {
    const workspace = fullWorkspace();
    workspace.must('project.create', { id: ids.otherProject, code: 'ERP', name: 'ERP migration' });
    workspace.must('risk.create', riskArgs);
    workspace.must('risk.update', { id: ids.risk, patch: { projectId: ids.otherProject } });
    expect(workspace.get('risk', ids.risk)?.projectId).toBe(ids.otherProject);
    expectRefusal(workspace.run('risk.update', { id: ids.risk, patch: { projectId: id(404) } }), 'not_found');
  });

  it('keeps plan records in the project they were created in', () => {
    const workspace = fullWorkspace();
    workspace.must('project.create', { id: ids.otherProject, code: 'ERP', name: 'ERP migration' });
    workspace.must('milestone.create', milestoneArgs);
    const message = expectRefusal(
      workspace.run('milestone.update', { id: ids.milestone, patch: { projectId: ids.otherProject } }),
      'immutable_field',
    );
    expect(message).toContain('create a new milestone');
    // Sending the unchanged value back (a full-form save) is fine.
    workspace.must('milestone.update', { id: ids.milestone, patch: { projectId: ids.project, title: 'Rehearsal' } });
  });

  it('lets a lesson be workspace-wide, without a project', () => {
    const workspace = fullWorkspace();
    workspace.must(
      'lesson.create',
      { id: newId, title: 'Kick-offs stall', whatHappened: 'Kick-offs without a sponsor stall' },
      pmo,
    );
    expect(workspace.get('lesson', newId)).not.toHaveProperty('projectId');
  });
});

describe('allocations and RACI', () => {
  it('refuses an allocation of a person who does not exist', () => {
    const workspace = fullWorkspace();
    const message = expectRefusal(
      workspace.run('allocation.create', { ...examples.allocation.create, id: newId, personId: id(404) }),
      'not_found',
    );
    expect(message).toContain('pick another person');
  });

  it('refuses an allocation that ends before it starts, naming the field', () => {
    const workspace = fullWorkspace();
    const message = expectRefusal(
      workspace.run('allocation.create', {
        ...examples.allocation.create,
        id: newId,
        from: '2027-01-01',
        to: '2026-12-01',
      }),
      'invalid_args',
    );
    expect(message).toContain('to');
  });

  it('refuses a RACI role on a plan item or person that does not exist', () => {
    const workspace = fullWorkspace();
    const create = { ...examples.raci.create, id: newId };
    expectRefusal(workspace.run('raci.create', { ...create, planItemId: id(404) }), 'not_found');
    expectRefusal(workspace.run('raci.create', { ...create, personId: id(404) }), 'not_found');
  });

  it('refuses a RACI role whose plan item belongs to another project', () => {
    const workspace = fullWorkspace();
    workspace.must('project.create', { id: ids.otherProject, code: 'ERP', name: 'ERP migration' });
    const message = expectRefusal(
      workspace.run('raci.create', { ...examples.raci.create, id: newId, projectId: ids.otherProject }),
      'project_mismatch',
    );
    expect(message).toContain('Migration runbook');
  });

  it('keeps a RACI entry on its plan item but lets the person change', () => {
    const workspace = fullWorkspace();
    workspace.must('person.create', { id: id(51), name: 'Lee Martin' }, pmo);
    workspace.must('planItem.create', { id: ids.otherPlanItem, projectId: ids.project, title: 'Training' });
    workspace.must('raci.create', { ...examples.raci.create, id: newId });
    expectRefusal(
      workspace.run('raci.update', { id: newId, patch: { planItemId: ids.otherPlanItem } }),
      'immutable_field',
    );
    workspace.must('raci.update', { id: newId, patch: { personId: id(51) } });
    expectRefusal(workspace.run('raci.update', { id: newId, patch: { personId: id(404) } }), 'not_found');
  });
});

describe('updates', () => {
  it('never reset a field the patch does not name to its default (a closed risk stays closed)', () => {
    const workspace = fullWorkspace();
    workspace.must('risk.create', { ...riskArgs, status: 'closed', kind: 'opportunity' });
    workspace.must('risk.update', { id: ids.risk, patch: { title: 'Supplier ships tooling early' } });
    expect(workspace.get('risk', ids.risk)).toMatchObject({ status: 'closed', kind: 'opportunity' });
  });

  it('check cross-field rules on the record after the patch', () => {
    const workspace = fullWorkspace();
    workspace.must('risk.create', { ...riskArgs, responseStrategy: 'mitigate' });
    const message = expectRefusal(
      workspace.run('risk.update', { id: ids.risk, patch: { kind: 'opportunity' } }),
      'invalid_args',
    );
    expect(message).toContain('responseStrategy');
    workspace.must('risk.update', { id: ids.risk, patch: { kind: 'opportunity', responseStrategy: 'exploit' } });
  });
});

describe('workspace settings and methodology templates', () => {
  it('are changed only by an owner or PMO, and the refusal says who can', () => {
    const workspace = fullWorkspace();
    const message = expectRefusal(workspace.run('template.create', stageGateTemplate, pm), 'forbidden');
    expect(message).toMatch(/owner or PMO/);
    expectRefusal(workspace.run('settings.create', { id: newId }, contributor), 'forbidden');
    workspace.must('settings.create', { id: newId }, owner);
    expectRefusal(workspace.run('settings.update', { id: newId, patch: { riskAppetite: 20 } }, pm), 'forbidden');
  });

  it('bumps a template version on every change, and refuses setting it by hand', () => {
    const workspace = fullWorkspace();
    workspace.must('template.create', stageGateTemplate, pmo);
    expect(workspace.get('template', ids.template)?.templateVersion).toBe(1);
    workspace.must('template.update', { id: ids.template, patch: { description: 'Adds a security gate' } }, pmo);
    expect(workspace.get('template', ids.template)?.templateVersion).toBe(2);
    workspace.must('template.update', { id: ids.template, patch: { description: 'Adds a security gate' } }, pmo);
    expect(workspace.get('template', ids.template)?.templateVersion).toBe(2);
    expectRefusal(
      workspace.run('template.update', { id: ids.template, patch: { templateVersion: 7 } }, pmo),
      'derived_field',
    );
  });
});

describe('projects and their phase', () => {
  it('refuses a project following a template that does not exist', () => {
    const workspace = fullWorkspace();
    expectRefusal(
      workspace.run('project.create', { id: newId, code: 'ERP', name: 'ERP', templateId: ids.template }),
      'not_found',
    );
  });

  it('refuses a project whose current phase is not a phase of its template, listing the phases', () => {
    const workspace = crmWorkspace({ withTemplate: true });
    const message = expectRefusal(
      workspace.run('project.create', {
        id: newId,
        code: 'ERP',
        name: 'ERP',
        templateId: ids.template,
        currentPhaseId: id(404),
      }),
      'phase_not_in_template',
    );
    expect(message).toContain('Discover, Build, Run');
  });

  it('refuses a phase change by edit and points to project.changePhase', () => {
    const workspace = crmWorkspace({ withTemplate: true });
    const message = expectRefusal(
      workspace.run('project.update', { id: ids.project, patch: { currentPhaseId: ids.phaseBuild } }),
      'use_named_mutation',
    );
    expect(message).toContain('project.changePhase');
  });

  it('lets a project switch template only together with a phase of the new template', () => {
    const workspace = crmWorkspace({ withTemplate: true });
    const agile = { id: id(90), name: 'Agile delivery', kind: 'agile', phases: [{ id: id(91), name: 'Sprinting' }] };
    workspace.must('template.create', agile, pmo);
    expectRefusal(
      workspace.run('project.update', { id: ids.project, patch: { templateId: agile.id } }),
      'phase_not_in_template',
    );
    workspace.must('project.update', { id: ids.project, patch: { templateId: agile.id, currentPhaseId: id(91) } });
    expect(workspace.get('project', ids.project)).toMatchObject({ templateId: agile.id, currentPhaseId: id(91) });
  });
});

describe('gate reviews created directly (imports)', () => {
  it('may not carry a decision: only gate.decide decides', () => {
    const workspace = fullWorkspace();
    const message = expectRefusal(
      workspace.run('gateReview.create', {
        ...examples.gateReview.create,
        id: newId,
        status: 'decided',
        decision: 'go',
      }),
      'use_named_mutation',
    );
    expect(message).toContain('gate.decide');
  });

  it('refuses adding or removing criteria while answering them', () => {
    const workspace = fullWorkspace();
    const criterion = { criterionId: ids.criterionSponsor, met: false };
    workspace.must('gateReview.create', { ...examples.gateReview.create, id: newId, mustMeet: [criterion] });
    workspace.must('gateReview.update', { id: newId, patch: { mustMeet: [{ ...criterion, met: true }] } });
    expectRefusal(workspace.run('gateReview.update', { id: newId, patch: { mustMeet: [] } }), 'criteria_changed');
  });
});

describe('status reports', () => {
  it('start as drafts: a report cannot be created already submitted', () => {
    const workspace = fullWorkspace();
    const message = expectRefusal(
      workspace.run('statusReport.create', { ...examples.statusReport.create, id: newId, state: 'submitted' }),
      'use_named_mutation',
    );
    expect(message).toContain('status.submit');
  });

  it('refuses a reporting period that ends before it starts', () => {
    const workspace = fullWorkspace();
    const create = { ...examples.statusReport.create, id: newId, periodStart: '2026-11-20', periodEnd: '2026-11-09' };
    expect(expectRefusal(workspace.run('statusReport.create', create), 'invalid_args')).toContain('periodEnd');
  });
});
