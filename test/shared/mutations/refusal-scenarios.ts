import {
  type AnyRecord,
  type AppError,
  authorizeWrites,
  type MutationName,
  prepareMutation,
  type Result,
  type Write,
} from '../../../shared';
import {
  contributor,
  crmWorkspace,
  id,
  ids,
  milestoneArgs,
  now,
  pm,
  pmo,
  riskArgs,
  stageGateTemplate,
  viewer,
  type Workspace,
} from './workspace-fixture';

/** One way to make a mutation refuse, with the code it must answer. */
export interface RefusalScenario {
  name: string;
  code: string;
  run(): Result<unknown, AppError> | undefined;
}

const otherPm = { ...pm, actorId: 'member-other-pm' };
const person = { id: ids.person, name: 'Dana Okafor' };

/** The CRM workspace with a second project managed by another pm. */
function twoProjects(): Workspace {
  const workspace = crmWorkspace();
  workspace.must('project.create', { id: ids.otherProject, code: 'ERP', name: 'ERP upgrade' }, otherPm);
  return workspace;
}

const allMet = [
  { criterionId: ids.criterionBusinessCase, met: true },
  { criterionId: ids.criterionSponsor, met: true },
];
const requestBuild = (overrides: Record<string, unknown> = {}) => ({
  id: ids.gate,
  projectId: ids.project,
  templateId: ids.template,
  toPhaseId: ids.phaseBuild,
  mustMeet: allMet,
  shouldMeet: [],
  evidenceLinks: [],
  ...overrides,
});

/** A gate review into Build, requested, and decided when `decision` is given. */
function gateWorkspace(decision?: string): Workspace {
  const workspace = crmWorkspace({ withTemplate: true });
  workspace.must('gate.request', requestBuild());
  if (decision) workspace.must('gate.decide', { id: ids.gate, decision, reason: 'Scope to be cut first' }, pmo);
  return workspace;
}

/** A requested gate review whose must-meet criteria were found unmet while it waited. */
function gateFoundUnmet(): Workspace {
  const workspace = gateWorkspace();
  workspace.must('gateReview.update', {
    id: ids.gate,
    patch: {
      mustMeet: [
        { criterionId: ids.criterionBusinessCase, text: 'Business case approved', met: false },
        { criterionId: ids.criterionSponsor, text: 'Sponsor named', met: false },
      ],
    },
  });
  return workspace;
}

const changePhase = (workspace: Workspace, overrides: Record<string, unknown> = {}) =>
  workspace.run('project.changePhase', {
    id: ids.project,
    toPhaseId: ids.phaseBuild,
    gateReviewId: ids.gate,
    ...overrides,
  });

const report = {
  id: ids.report,
  projectId: ids.project,
  periodStart: '2026-11-09',
  periodEnd: '2026-11-20',
  overall: { suggested: 'amber', chosen: 'amber' },
};

function riskWorkspace(): Workspace {
  const workspace = crmWorkspace();
  workspace.must('risk.create', riskArgs);
  return workspace;
}

function withRun(setup: () => Workspace, name: MutationName, args: unknown, ctx = pm) {
  return () => setup().run(name, args, ctx);
}

const recordOf = (fields: Record<string, unknown>): AnyRecord => ({
  id: id(100),
  version: 1,
  createdAt: now,
  updatedAt: now,
  ...fields,
});

/** Authorizes one write as a viewer directly: mutators stop a viewer before their writes. */
function viewerWrite(): Result<never> | undefined {
  const write: Write = { op: 'put', entity: 'risk', id: id(100), value: recordOf({ projectId: ids.project }) };
  return authorizeWrites([write], () => undefined, viewer);
}

/**
 * Every refusal the shared mutators produce, each driven by a real mutation on the fixture workspace
 * (the Durable Object's own refusal, `id_retired`, is driven in test/worker/deleted-records.test.ts).
 */
export const refusalScenarios: RefusalScenario[] = [
  // run-mutation.ts
  { name: 'unknown mutation', code: 'unknown_mutation', run: () => prepareMutation('risk.fly' as MutationName, {}) },
  {
    name: 'prototype key in the args',
    code: 'invalid_args',
    run: withRun(
      riskWorkspace,
      'risk.update',
      JSON.parse(`{"id":"${ids.risk}","patch":{},"expected":{"__proto__":{}}}`),
    ),
  },
  {
    name: 'args that fail their schema',
    code: 'invalid_args',
    run: withRun(crmWorkspace, 'risk.create', { ...riskArgs, title: ' ', probability: 9 }),
  },
  {
    name: 'a record that fails a rule across its fields',
    code: 'invalid_args',
    run: withRun(crmWorkspace, 'risk.create', { ...riskArgs, kind: 'opportunity', responseStrategy: 'avoid' }),
  },
  // preconditions.ts
  {
    name: 'stale expected value',
    code: 'precondition_failed',
    run: withRun(riskWorkspace, 'risk.update', { id: ids.risk, patch: { impact: 2 }, expected: { status: 'closed' } }),
  },
  {
    name: 'update of a deleted record',
    code: 'not_found',
    run: withRun(crmWorkspace, 'risk.update', { id: ids.risk, patch: { impact: 2 } }),
  },
  {
    name: 'reference to a missing record',
    code: 'not_found',
    run: withRun(crmWorkspace, 'risk.create', { ...riskArgs, projectId: ids.otherProject }),
  },
  { name: 'create with a taken id', code: 'already_exists', run: withRun(riskWorkspace, 'risk.create', riskArgs) },
  // entity-mutators.ts
  {
    name: 'create setting a field an intent starts empty',
    code: 'use_named_mutation',
    run: withRun(crmWorkspace, 'risk.create', { ...riskArgs, escalatedTo: 'Board' }),
  },
  {
    name: 'create setting a field an intent starts with a value',
    code: 'use_named_mutation',
    run: withRun(crmWorkspace, 'statusReport.create', { ...report, state: 'submitted' }),
  },
  {
    name: 'update of a field fixed at creation',
    code: 'immutable_field',
    run: withRun(
      () => {
        const workspace = twoProjects();
        workspace.must('milestone.create', milestoneArgs, pmo);
        return workspace;
      },
      'milestone.update',
      { id: ids.milestone, patch: { projectId: ids.otherProject } },
      pmo,
    ),
  },
  {
    name: 'update of a field an intent owns',
    code: 'use_named_mutation',
    run: withRun(riskWorkspace, 'risk.update', { id: ids.risk, patch: { escalatedTo: 'Board' } }),
  },
  // role-gates.ts and authorize-writes.ts
  { name: 'viewer', code: 'forbidden', run: withRun(crmWorkspace, 'risk.create', riskArgs, viewer) },
  { name: 'viewer write reaching authorizeWrites', code: 'forbidden', run: viewerWrite },
  {
    name: 'pm changing the workspace settings',
    code: 'forbidden',
    run: withRun(crmWorkspace, 'settings.update', { id: id(5), patch: { riskAppetite: 10 } }),
  },
  {
    name: 'contributor defining a template',
    code: 'forbidden',
    run: withRun(crmWorkspace, 'template.create', stageGateTemplate, contributor),
  },
  {
    name: 'pm deciding a gate',
    code: 'forbidden',
    run: withRun(() => gateWorkspace(), 'gate.decide', { id: ids.gate, decision: 'go' }),
  },
  { name: 'pm creating a person', code: 'forbidden', run: withRun(crmWorkspace, 'person.create', person) },
  {
    name: 'pm changing a project someone else manages',
    code: 'forbidden',
    run: withRun(twoProjects, 'project.update', { id: ids.otherProject, patch: { name: 'ERP 2' } }),
  },
  {
    name: 'pm changing a project nobody manages',
    code: 'forbidden',
    run: withRun(
      () => {
        const workspace = crmWorkspace();
        workspace.must('project.create', { id: ids.otherProject, code: 'HR', name: 'HR portal' }, pmo);
        return workspace;
      },
      'project.update',
      { id: ids.otherProject, patch: { name: 'HR portal 2' } },
    ),
  },
  {
    name: 'pm handing their project to another manager',
    code: 'forbidden',
    run: withRun(crmWorkspace, 'project.update', { id: ids.project, patch: { managerId: otherPm.actorId } }),
  },
  {
    name: 'pm creating a project for another manager',
    code: 'forbidden',
    run: withRun(crmWorkspace, 'project.create', {
      id: ids.otherProject,
      code: 'HR',
      name: 'HR portal',
      managerId: otherPm.actorId,
    }),
  },
  {
    name: "pm changing someone else's workspace-wide lesson",
    code: 'forbidden',
    run: () => {
      const workspace = crmWorkspace();
      const lesson = { id: id(90), title: 'Sampling hid bad data', whatHappened: 'Sampling hid bad data' };
      workspace.must('lesson.create', lesson, pmo);
      return workspace.run('lesson.update', { id: id(90), patch: { recommendation: 'Profile all rows' } }, pm);
    },
  },
  {
    name: 'pm writing in a project they do not manage',
    code: 'forbidden',
    run: withRun(twoProjects, 'risk.create', { ...riskArgs, projectId: ids.otherProject }),
  },
  {
    name: 'pm moving an issue to a project they do not manage',
    code: 'forbidden',
    run: withRun(
      () => {
        const workspace = twoProjects();
        workspace.must('issue.create', { id: ids.issue, projectId: ids.project, title: 'Test environment down' });
        return workspace;
      },
      'issue.update',
      { id: ids.issue, patch: { projectId: ids.otherProject } },
    ),
  },
  {
    name: 'contributor creating a milestone',
    code: 'forbidden',
    run: withRun(crmWorkspace, 'milestone.create', milestoneArgs, contributor),
  },
  {
    name: "contributor changing someone else's risk",
    code: 'forbidden',
    run: withRun(riskWorkspace, 'risk.update', { id: ids.risk, patch: { impact: 2 } }, contributor),
  },
  // children.ts
  {
    name: 'deleting a person with allocations',
    code: 'has_children',
    run: withRun(
      () => {
        const workspace = crmWorkspace();
        workspace.must('person.create', person, pmo);
        for (const n of [1, 2])
          workspace.must(
            'allocation.create',
            {
              id: id(700 + n),
              personId: ids.person,
              projectId: ids.project,
              from: '2026-12-07',
              to: '2027-01-29',
              percent: 50,
            },
            pmo,
          );
        return workspace;
      },
      'person.delete',
      { id: ids.person },
      pmo,
    ),
  },
  {
    name: 'deleting a project with records',
    code: 'has_children',
    run: withRun(
      () => {
        const workspace = riskWorkspace();
        workspace.must('milestone.create', milestoneArgs);
        workspace.must('issue.create', { id: ids.issue, projectId: ids.project, title: 'Test environment down' });
        return workspace;
      },
      'project.delete',
      { id: ids.project },
      pmo,
    ),
  },
  // entities/plan.ts
  {
    name: 'own predecessor',
    code: 'invalid_dependency',
    run: withRun(crmWorkspace, 'planItem.create', {
      id: ids.planItem,
      projectId: ids.project,
      title: 'Migrate customer data',
      predecessors: [{ predecessorId: ids.planItem }],
    }),
  },
  {
    name: 'predecessor listed twice',
    code: 'invalid_dependency',
    run: withRun(
      () => {
        const workspace = crmWorkspace();
        workspace.must('milestone.create', milestoneArgs);
        return workspace;
      },
      'planItem.create',
      {
        id: ids.planItem,
        projectId: ids.project,
        title: 'Migrate customer data',
        predecessors: [{ predecessorId: ids.milestone }, { predecessorId: ids.milestone }],
      },
    ),
  },
  {
    name: 'missing predecessor',
    code: 'not_found',
    run: withRun(crmWorkspace, 'milestone.create', { ...milestoneArgs, predecessors: [{ predecessorId: id(404) }] }),
  },
  {
    name: 'predecessor in another project',
    code: 'invalid_dependency',
    run: withRun(
      () => {
        const workspace = twoProjects();
        workspace.must(
          'milestone.create',
          { ...milestoneArgs, id: ids.otherMilestone, projectId: ids.otherProject, title: 'ERP cut-over' },
          pmo,
        );
        return workspace;
      },
      'milestone.create',
      { ...milestoneArgs, predecessors: [{ predecessorId: ids.otherMilestone }] },
    ),
  },
  {
    name: 'two-item cycle',
    code: 'dependency_cycle',
    run: withRun(
      () => {
        const workspace = crmWorkspace();
        workspace.must('milestone.create', milestoneArgs);
        workspace.must('milestone.create', {
          ...milestoneArgs,
          id: ids.otherMilestone,
          title: 'Cut-over rehearsal',
          predecessors: [{ predecessorId: ids.milestone }],
        });
        return workspace;
      },
      'milestone.update',
      { id: ids.milestone, patch: { predecessors: [{ predecessorId: ids.otherMilestone }] } },
    ),
  },
  {
    name: "plan item rolling up to another project's milestone",
    code: 'invalid_dependency',
    run: withRun(
      () => {
        const workspace = twoProjects();
        workspace.must(
          'milestone.create',
          { ...milestoneArgs, projectId: ids.otherProject, title: 'ERP cut-over' },
          pmo,
        );
        return workspace;
      },
      'planItem.create',
      { id: ids.planItem, projectId: ids.project, title: 'Migrate customer data', milestoneId: ids.milestone },
    ),
  },
  {
    name: 'moving an achieved milestone',
    code: 'milestone_achieved',
    run: withRun(
      () => {
        const workspace = crmWorkspace();
        workspace.must('milestone.create', { ...milestoneArgs, actualDate: '2027-03-12' });
        return workspace;
      },
      'milestone.reschedule',
      { id: ids.milestone, forecastDate: '2027-04-02' },
    ),
  },
  {
    name: 'editing a set baseline',
    code: 'use_named_mutation',
    run: withRun(
      () => {
        const workspace = crmWorkspace();
        workspace.must('milestone.create', { ...milestoneArgs, baselineDate: '2027-03-15' });
        return workspace;
      },
      'milestone.update',
      { id: ids.milestone, patch: { baselineDate: '2027-04-01' } },
    ),
  },
  // entities/project.ts
  {
    name: 'phase outside the template',
    code: 'phase_not_in_template',
    run: () => {
      const workspace = crmWorkspace({ withTemplate: true });
      return workspace.run('project.create', {
        id: ids.otherProject,
        code: 'HR',
        name: 'HR portal',
        templateId: ids.template,
        currentPhaseId: id(404),
      });
    },
  },
  {
    name: 'code in use',
    code: 'code_taken',
    run: withRun(crmWorkspace, 'project.create', { id: ids.otherProject, code: 'crm', name: 'Another CRM' }),
  },
  {
    name: 'phase edited directly',
    code: 'use_named_mutation',
    run: () => {
      const workspace = crmWorkspace({ withTemplate: true });
      return workspace.run('project.update', { id: ids.project, patch: { currentPhaseId: ids.phaseBuild } });
    },
  },
  // entities/gate-review.ts
  {
    name: 'editing a decided gate review',
    code: 'immutable',
    run: withRun(() => gateWorkspace('hold'), 'gateReview.update', { id: ids.gate, patch: { evidenceLinks: [] } }),
  },
  {
    name: 'changing the criteria of a gate review',
    code: 'criteria_changed',
    run: withRun(() => gateWorkspace(), 'gateReview.update', {
      id: ids.gate,
      patch: { shouldMeet: [{ criterionId: ids.criterionArchitecture, score: 2 }] },
    }),
  },
  // entities/risk.ts, status-report.ts, resources.ts, workspace.ts
  {
    name: 'risk set to occurred by an edit',
    code: 'use_named_mutation',
    run: withRun(riskWorkspace, 'risk.update', { id: ids.risk, patch: { status: 'occurred' } }),
  },
  {
    name: 'editing a submitted report',
    code: 'immutable',
    run: withRun(
      () => {
        const workspace = crmWorkspace();
        workspace.must('statusReport.create', report);
        workspace.must('status.submit', { id: ids.report });
        return workspace;
      },
      'statusReport.update',
      { id: ids.report, patch: { summary: 'Late edit' } },
    ),
  },
  {
    name: 'reporting period ending before it starts',
    code: 'invalid_args',
    run: withRun(crmWorkspace, 'statusReport.create', { ...report, periodEnd: '2026-11-01' }),
  },
  {
    name: "RACI on another project's plan item",
    code: 'project_mismatch',
    run: withRun(
      () => {
        const workspace = twoProjects();
        workspace.must('person.create', person, pmo);
        workspace.must(
          'planItem.create',
          { id: ids.planItem, projectId: ids.otherProject, title: 'ERP data load' },
          pmo,
        );
        return workspace;
      },
      'raci.create',
      { id: id(95), projectId: ids.project, planItemId: ids.planItem, personId: ids.person, role: 'responsible' },
      pmo,
    ),
  },
  {
    name: "RACI on another project's milestone",
    code: 'project_mismatch',
    run: withRun(
      () => {
        const workspace = twoProjects();
        workspace.must('person.create', person, pmo);
        workspace.must(
          'milestone.create',
          { ...milestoneArgs, id: ids.otherMilestone, projectId: ids.otherProject, title: 'ERP cut-over' },
          pmo,
        );
        return workspace;
      },
      'raci.create',
      { id: id(95), projectId: ids.project, milestoneId: ids.otherMilestone, personId: ids.person, role: 'informed' },
      pmo,
    ),
  },
  {
    name: 'RACI on a plan item and a milestone at once',
    code: 'invalid_args',
    run: withRun(
      () => {
        const workspace = crmWorkspace();
        workspace.must('person.create', person, pmo);
        workspace.must('milestone.create', milestoneArgs, pmo);
        workspace.must('planItem.create', { id: ids.planItem, projectId: ids.project, title: 'Runbook' }, pmo);
        return workspace;
      },
      'raci.create',
      {
        id: id(95),
        projectId: ids.project,
        planItemId: ids.planItem,
        milestoneId: ids.milestone,
        personId: ids.person,
        role: 'accountable',
      },
      pmo,
    ),
  },
  {
    name: 'RACI on nothing',
    code: 'invalid_args',
    run: withRun(
      () => {
        const workspace = crmWorkspace();
        workspace.must('person.create', person, pmo);
        return workspace;
      },
      'raci.create',
      { id: id(95), projectId: ids.project, personId: ids.person, role: 'accountable' },
      pmo,
    ),
  },
  {
    name: 'template version in a patch',
    code: 'derived_field',
    run: withRun(
      () => crmWorkspace({ withTemplate: true }),
      'template.update',
      { id: ids.template, patch: { templateVersion: 7 } },
      pmo,
    ),
  },
  {
    name: 'removing a phase a project is in',
    code: 'phase_in_use',
    run: withRun(
      () => crmWorkspace({ withTemplate: true }),
      'template.update',
      { id: ids.template, patch: { phases: stageGateTemplate.phases.slice(1) } },
      pmo,
    ),
  },
  // intents/gate-decide.ts
  {
    name: 'deciding a gate twice',
    code: 'gate_already_decided',
    run: withRun(() => gateWorkspace('recycle'), 'gate.decide', { id: ids.gate, decision: 'go' }, pmo),
  },
  {
    name: 'go with unmet criteria',
    code: 'gate_criteria_unmet',
    run: withRun(gateFoundUnmet, 'gate.decide', { id: ids.gate, decision: 'go' }, pmo),
  },
  {
    name: 'kill without a reason',
    code: 'gate_reason_required',
    run: withRun(() => gateWorkspace(), 'gate.decide', { id: ids.gate, decision: 'kill' }, pmo),
  },
  // intents/gate-request.ts
  {
    name: 'request with a must-meet criterion unmet',
    code: 'gate_criteria_unmet',
    run: withRun(
      () => crmWorkspace({ withTemplate: true }),
      'gate.request',
      requestBuild({ mustMeet: [{ criterionId: ids.criterionSponsor, met: true }] }),
    ),
  },
  {
    name: 'evidence that is not a link',
    code: 'invalid_evidence_link',
    run: withRun(
      () => crmWorkspace({ withTemplate: true }),
      'gate.request',
      requestBuild({ evidenceLinks: ['https://docs.example.com/charter', 'javascript:alert(1)'] }),
    ),
  },
  {
    name: 'unknown criterion',
    code: 'unknown_criterion',
    run: withRun(
      () => crmWorkspace({ withTemplate: true }),
      'gate.request',
      requestBuild({ shouldMeet: [{ criterionId: id(404), score: 3 }] }),
    ),
  },
  {
    name: 'criterion answered twice',
    code: 'invalid_args',
    run: withRun(
      () => crmWorkspace({ withTemplate: true }),
      'gate.request',
      requestBuild({ mustMeet: [...allMet, allMet[0]] }),
    ),
  },
  {
    name: 'request against a template the project left',
    code: 'template_changed',
    run: withRun(crmWorkspace, 'gate.request', requestBuild()),
  },
  {
    name: 'request against a template the project switched to',
    code: 'template_changed',
    run: withRun(() => crmWorkspace({ withTemplate: true }), 'gate.request', requestBuild({ templateId: undefined })),
  },
  {
    name: 'request into a phase outside the template',
    code: 'phase_not_in_template',
    run: withRun(() => crmWorkspace({ withTemplate: true }), 'gate.request', requestBuild({ toPhaseId: id(404) })),
  },
  {
    name: 'request into the current phase',
    code: 'already_in_phase',
    run: withRun(
      () => crmWorkspace({ withTemplate: true }),
      'gate.request',
      requestBuild({ toPhaseId: ids.phaseDiscover }),
    ),
  },
  // intents/project-change-phase.ts
  {
    name: 'change into the current phase',
    code: 'already_in_phase',
    run: () => changePhase(crmWorkspace({ withTemplate: true }), { toPhaseId: ids.phaseDiscover }),
  },
  {
    name: 'change without a gate review',
    code: 'gate_not_approved',
    run: () => changePhase(crmWorkspace({ withTemplate: true })),
  },
  {
    name: "change with another project's gate review",
    code: 'gate_not_approved',
    run: () => {
      const workspace = gateWorkspace('go');
      workspace.must('project.create', { id: ids.otherProject, code: 'ERP', name: 'ERP upgrade' });
      return changePhase(workspace, { id: ids.otherProject });
    },
  },
  {
    name: 'change into another phase than the gate',
    code: 'gate_not_approved',
    run: () => changePhase(gateWorkspace('go'), { toPhaseId: ids.phaseRun }),
  },
  { name: 'change before the decision', code: 'gate_not_approved', run: () => changePhase(gateWorkspace()) },
  { name: 'change after a kill', code: 'gate_not_approved', run: () => changePhase(gateWorkspace('kill')) },
  {
    name: 'change with a go from another phase',
    code: 'gate_not_approved',
    run: () => {
      const workspace = gateWorkspace('go');
      workspace.must('template.create', { ...stageGateTemplate, id: id(19) }, pmo);
      workspace.must('project.update', {
        id: ids.project,
        patch: { templateId: id(19), currentPhaseId: ids.phaseRun },
      });
      return changePhase(workspace);
    },
  },
  // intents/risk-escalate.ts, risk-occurred.ts
  {
    name: 'escalating a closed risk',
    code: 'risk_not_open',
    run: () => {
      const workspace = riskWorkspace();
      workspace.must('risk.update', { id: ids.risk, patch: { status: 'closed' } });
      return workspace.run('risk.escalate', { id: ids.risk, to: 'Board' });
    },
  },
  {
    name: 'marking a closed risk occurred',
    code: 'risk_not_open',
    run: () => {
      const workspace = riskWorkspace();
      workspace.must('risk.update', { id: ids.risk, patch: { status: 'closed' } });
      return workspace.run('risk.occurred', { id: ids.risk, issueId: ids.issue });
    },
  },
  {
    name: 'escalating an occurred risk',
    code: 'risk_not_open',
    run: () => {
      const workspace = riskWorkspace();
      workspace.must('risk.occurred', { id: ids.risk, issueId: ids.issue });
      return workspace.run('risk.escalate', { id: ids.risk, to: 'Board' });
    },
  },
  // intents/status-submit.ts
  {
    name: 'lights against the suggestion without a reason',
    code: 'rag_reason_missing',
    run: () => {
      const workspace = crmWorkspace();
      workspace.must('statusReport.create', {
        ...report,
        overall: { suggested: 'red', chosen: 'green' },
        dimensions: {
          schedule: { suggested: 'amber', chosen: 'green' },
          cost: { suggested: 'green', chosen: 'green' },
        },
      });
      return workspace.run('status.submit', { id: ids.report });
    },
  },
  {
    name: 'submitting twice',
    code: 'already_submitted',
    run: () => {
      const workspace = crmWorkspace();
      workspace.must('statusReport.create', report);
      workspace.must('status.submit', { id: ids.report });
      return workspace.run('status.submit', { id: ids.report });
    },
  },
  // intents/cost-import.ts
  {
    name: 'importing an amount outside the months listed',
    code: 'invalid_args',
    run: withRun(crmWorkspace, 'costEntry.import', {
      projectId: ids.project,
      source: 'csv',
      periods: ['2026-11-01'],
      entries: [{ id: id(96), period: '2026-12-01', amount: 4_000 }],
    }),
  },
  {
    name: 'importing Jira worklogs as planned value',
    code: 'invalid_args',
    run: withRun(crmWorkspace, 'costEntry.import', {
      projectId: ids.project,
      source: 'jira',
      kind: 'planned',
      periods: ['2026-11-01'],
      entries: [],
    }),
  },
  {
    name: 'importing over a month another import wrote meanwhile',
    code: 'stale_import',
    run: withRun(
      () => {
        const workspace = crmWorkspace();
        workspace.must('costEntry.import', {
          projectId: ids.project,
          source: 'csv',
          periods: ['2026-11-01'],
          entries: [{ id: id(96), period: '2026-11-01', amount: 4_000 }],
        });
        return workspace;
      },
      'costEntry.import',
      { projectId: ids.project, source: 'csv', periods: ['2026-11-01'], entries: [] },
    ),
  },
  {
    name: 'importing in place of a hand-entered amount',
    code: 'invalid_args',
    run: withRun(
      () => {
        const workspace = crmWorkspace();
        workspace.must('costEntry.create', { id: id(96), projectId: ids.project, period: '2026-11-01', amount: 500 });
        return workspace;
      },
      'costEntry.import',
      { projectId: ids.project, source: 'csv', periods: ['2026-11-01'], entries: [], replaces: [id(96)] },
    ),
  },
];
