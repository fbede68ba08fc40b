import { id, milestoneArgs, riskArgs, stageGateTemplate } from '../shared/mutations/workspace-fixture';
import type { Intent } from './sync-client';

/** Ids of the seeded records the tests look at. */
export const backupIds = {
  project: id(1),
  template: id(10),
  phaseDiscover: id(11),
  phaseBuild: id(12),
  milestone: id(20),
  planItem: id(30),
  risk: id(40),
  deletedRisk: id(41),
  issue: id(42),
  person: id(50),
  lesson: id(90),
};

/**
 * One record of EVERY entity of shared/entities.ts (and an updated one and a deleted one), as the
 * owner would make them, in an order their references allow. Realistic: the CRM rollout of the
 * mutation fixtures (test/shared/mutations/workspace-fixture.ts).
 */
export function everyEntityIntents(): Intent[] {
  const project = backupIds.project;
  return [
    { name: 'settings.create', args: { id: id(5), currency: 'GBP', riskAppetite: 10, reportingCycleDays: 7 } },
    { name: 'template.create', args: stageGateTemplate },
    {
      name: 'project.create',
      args: {
        id: project,
        code: 'CRM',
        name: 'CRM rollout',
        templateId: backupIds.template,
        currentPhaseId: backupIds.phaseDiscover,
      },
    },
    { name: 'milestone.create', args: milestoneArgs },
    {
      name: 'planItem.create',
      args: {
        id: backupIds.planItem,
        projectId: project,
        title: 'Cut-over runbook',
        start: '2027-02-01',
        durationDays: 10,
        milestoneId: backupIds.milestone,
        plannedValue: 12_000,
      },
    },
    {
      name: 'baseline.create',
      args: {
        id: id(31),
        projectId: project,
        name: 'Approved plan',
        takenOn: '2026-11-02',
        items: [{ planItemId: backupIds.planItem, start: '2027-02-01', end: '2027-02-12', plannedValue: 12_000 }],
        milestones: [{ milestoneId: backupIds.milestone, date: '2027-03-15' }],
      },
    },
    { name: 'risk.create', args: riskArgs },
    { name: 'risk.update', args: { id: backupIds.risk, patch: { probability: 3 } } },
    { name: 'risk.create', args: { ...riskArgs, id: backupIds.deletedRisk, title: 'Raised twice by mistake' } },
    { name: 'risk.delete', args: { id: backupIds.deletedRisk } },
    {
      name: 'issue.create',
      args: { id: backupIds.issue, projectId: project, title: 'Test environment down', priority: 'high' },
    },
    {
      name: 'decision.create',
      args: {
        id: id(43),
        projectId: project,
        statement: 'Migrate contacts before accounts',
        decidedOn: '2026-11-18',
        decidedBy: 'Steering committee',
        rationale: 'Accounts reference contacts',
      },
    },
    {
      name: 'action.create',
      args: { id: id(44), projectId: project, title: 'Book the rehearsal weekend', dueDate: '2027-01-15' },
    },
    {
      name: 'statusReport.create',
      args: {
        id: id(60),
        projectId: project,
        periodStart: '2026-11-09',
        periodEnd: '2026-11-20',
        overall: { suggested: 'amber', chosen: 'amber', reason: 'Supplier late' },
        summary: 'Migration tooling late; rehearsal at risk.',
      },
    },
    { name: 'person.create', args: { id: backupIds.person, name: 'Dana Okafor', hourlyRate: 95 } },
    {
      name: 'allocation.create',
      args: {
        id: id(51),
        personId: backupIds.person,
        projectId: project,
        from: '2026-11-01',
        to: '2027-03-31',
        hoursPerWeek: 20,
      },
    },
    {
      name: 'raci.create',
      args: {
        id: id(52),
        projectId: project,
        milestoneId: backupIds.milestone,
        personId: backupIds.person,
        role: 'accountable',
      },
    },
    {
      name: 'gate.request',
      args: {
        id: id(70),
        projectId: project,
        templateId: backupIds.template,
        toPhaseId: backupIds.phaseBuild,
        mustMeet: [
          { criterionId: id(14), met: true },
          { criterionId: id(15), met: true },
        ],
        shouldMeet: [],
        evidenceLinks: [],
      },
    },
    {
      name: 'lesson.create',
      args: {
        id: backupIds.lesson,
        projectId: project,
        title: 'Supplier tooling late',
        whatHappened: 'The supplier tooling arrived late',
        recommendation: 'Ask for the tooling in the contract',
        tags: ['supplier', 'migration'],
      },
    },
    {
      name: 'costEntry.create',
      args: { id: id(80), projectId: project, period: '2026-11-01', amount: 4_500, note: 'Supplier invoice 17' },
    },
    {
      name: 'playbook.create',
      args: { id: id(81), title: 'Escalating a supplier', markdown: '# Escalate\n\nCall the account manager first.' },
    },
  ];
}
