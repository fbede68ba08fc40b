// A demo project a PMO would recognise, as push mutations: `npm start`, the screenshots and the
// workspace benches seed with it. Dates are relative to today, so the demo always has a milestone
// overdue, a review due, a report to write.
import { randomUUID } from 'node:crypto';
import { demoPlanMutations } from './demo-plan-seed.mjs';

const dayMs = 86_400_000;
/** `YYYY-MM-DD`, `offset` days from today. */
export const dayFromToday = (offset) => new Date(Date.now() + offset * dayMs).toISOString().slice(0, 10);

/** People of the demo (also the owners of demo/registre-des-risques.csv, so that file imports cleanly). */
export const demoPeople = [
  ['Élodie Marchand', 'elodie.marchand@example.com', 'Cheffe de projet'],
  ['Jérôme N’Guyen', 'jerome.nguyen@example.com', 'Architecte'],
  ['Clémence Faure', 'clemence.faure@example.com', 'Responsable achats'],
];

/**
 * The gates the demo project has passed, for a project following `template` (the built-in stage-gate
 * method, shared/methodology/stage-gate-template.ts): a "go" into each phase before `phaseCount`,
 * each requested with its must-meet criteria met and decided "go", which also moves the project into
 * that phase (gate.decide, docs/domain.md). The pushing member must be allowed to decide gates (owner or pmo).
 */
function passedGateMutations(projectId, template, phaseCount) {
  const mutations = [];
  for (const [index, phase] of template.phases.slice(1, phaseCount).entries()) {
    const gateReviewId = randomUUID();
    const requestedDay = [-96, -60][index] ?? -30;
    const gate = phase.gate ?? { mustMeet: [], shouldMeet: [] };
    mutations.push(
      {
        name: 'gate.request',
        args: {
          id: gateReviewId,
          projectId,
          templateId: template.id,
          toPhaseId: phase.id,
          mustMeet: gate.mustMeet.map((criterion) => ({
            criterionId: criterion.id,
            met: true,
            evidence: `Steering committee of ${dayFromToday(requestedDay)}`,
          })),
          shouldMeet: gate.shouldMeet.map((criterion, order) => ({
            criterionId: criterion.id,
            score: [4, 3, 3, 2][order] ?? 3,
          })),
          evidenceLinks: [`https://intranet.example.com/portal/${phase.name.toLowerCase()}-gate-pack.pdf`, 'PORTAL-12'],
        },
      },
      {
        name: 'gate.decide',
        args: {
          id: gateReviewId,
          decision: 'go',
          conditions:
            index === 1 ? 'Re-baseline the billing milestone once the supplier confirms delivery.' : undefined,
        },
      },
    );
  }
  return mutations;
}

/**
 * The demo's mutations in order (people, project, plan, risks, RAID, status reports), without
 * client ids: `numberMutations` turns them into a push. With `template` (the workspace's built-in
 * method) the project follows it: it starts in the first phase and passes the gates into Plan and
 * Execute, where a project four months in stands. With `plan`, it also has its plan, baselines,
 * allocations, RACI and monthly actual cost (demo-plan-seed.mjs).
 */
export function demoProjectMutations({
  projectId = randomUUID(),
  code = 'DEMO',
  manager,
  template,
  plan = false,
} = {}) {
  const people = demoPeople.map(([name, email, role]) => ({ id: randomUUID(), name, email, role }));
  const owner = (index) => ({ personId: people[index].id, name: people[index].name });
  const milestoneIds = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const riskIds = Array.from({ length: 8 }, () => randomUUID());
  const issueId = randomUUID();
  const decisionId = randomUUID();
  const reportIds = [randomUUID(), randomUUID()];
  const reportEnds = [-35, -21];
  const mutations = [
    ...people.map((person) => ({ name: 'person.create', args: person })),
    {
      name: 'project.create',
      args: {
        id: projectId,
        code,
        name: 'Customer portal relaunch',
        state: 'active',
        description: 'Replace the 2014 customer portal with self-service billing and support.',
        sponsor: { name: 'Nathalie Perrin' },
        ...(manager ? { managerId: manager.id, managerName: manager.name } : {}),
        ...(template ? { templateId: template.id, currentPhaseId: template.phases[0].id } : {}),
        start: dayFromToday(-120),
        targetEnd: dayFromToday(150),
        bac: 480000,
        strategicPriority: 4,
        jiraProjectKeys: ['PORTAL'],
      },
    },
    ...[
      ['Discovery signed off', -95, -95, true, -90],
      ['Design system ready', -30, -12, true, undefined],
      ['Billing self-service live', 40, 55, true, undefined],
      ['Legacy portal switched off', 140, 140, false, undefined],
    ].map(([title, baseline, forecast, mandatory, actual], index) => ({
      name: 'milestone.create',
      args: {
        id: milestoneIds[index],
        projectId,
        title,
        baselineDate: dayFromToday(baseline),
        forecastDate: dayFromToday(forecast),
        mandatory,
        ...(actual === undefined ? {} : { actualDate: dayFromToday(actual) }),
      },
    })),
    ...[
      ['Key supplier may miss the hardware delivery date', 4, 5, 0, { residualProbability: 3, residualImpact: 4 }],
      ['Data migration scripts untested on production volumes', 3, 4, 1, { reviewDate: dayFromToday(-6) }],
      ['Two senior developers leave for the summer', 3, 3, 0, { proximity: 'this_phase' }],
      ['New GDPR guidance changes the consent flow', 2, 4, 2, { responseStrategy: 'mitigate' }],
      ['Sponsor attention shifts to the merger', 2, 2, 0, { status: 'mitigating' }],
      ['Payment provider raises its fees', 3, 2, 2, { costImpact: 18000, proximity: 'this_project' }],
      ['Accessibility audit finds blocking issues', 2, 3, 1, { reviewDate: dayFromToday(10) }],
      ['Call-centre staff not trained in time', 4, 3, 0, { proximity: 'imminent' }],
    ].map(([title, probability, impact, ownerIndex, more], index) => ({
      name: 'risk.create',
      args: {
        id: riskIds[index],
        projectId,
        title,
        probability,
        impact,
        owner: owner(ownerIndex),
        cause: index === 0 ? 'The supplier has two other roll-outs in flight' : undefined,
        event: index === 0 ? 'The card readers arrive after the pilot starts' : undefined,
        effect: index === 0 ? 'The billing pilot slips by a month' : undefined,
        reviewDate: dayFromToday(14),
        ...more,
      },
    })),
    {
      name: 'issue.create',
      args: {
        id: issueId,
        projectId,
        title: 'Test environment down twice this week',
        type: 'problem',
        priority: 'high',
        severity: 4,
        owner: owner(1),
        dueDate: dayFromToday(-2),
      },
    },
    {
      name: 'decision.create',
      args: {
        id: decisionId,
        projectId,
        statement: 'Use the hosted payment page rather than card fields in our forms',
        decidedOn: dayFromToday(-20),
        decidedBy: 'Steering committee',
        rationale: 'It keeps the portal out of PCI scope.',
      },
    },
    ...[
      ['Restore the nightly test data refresh', -3, false, { entity: 'issue', id: issueId }],
      ['Book the accessibility audit', 7, false, { entity: 'risk', id: riskIds[6] }],
      ['Send the supplier a written delivery plan request', -10, true, { entity: 'risk', id: riskIds[0] }],
    ].map(([title, due, done, link], index) => ({
      name: 'action.create',
      args: { id: randomUUID(), projectId, title, dueDate: dayFromToday(due), done, link, owner: owner(index % 3) },
    })),
    ...reportIds.flatMap((reportId, index) => [
      {
        name: 'statusReport.create',
        args: {
          id: reportId,
          projectId,
          periodStart: dayFromToday(reportEnds[index] - 13),
          periodEnd: dayFromToday(reportEnds[index]),
          // What the app records when a PM writes a report (shared/reports/new-report.ts): each light
          // with the data's suggestion and its reason at the time, beside the PM's choice.
          ...demoReportLights(index === 0),
          summary: index === 0 ? 'Discovery closed on time.' : 'Design system late by two weeks; billing on track.',
          keyRiskIds: [riskIds[0], riskIds[1]],
          milestoneForecasts: milestoneIds.map((milestoneId, order) => ({
            milestoneId,
            forecastDate: dayFromToday([-95, -25, 45, 140][order]),
          })),
        },
      },
      { name: 'status.submit', args: { id: reportId } },
    ]),
    ...(template ? passedGateMutations(projectId, template, 3) : []),
    ...(plan ? demoPlanMutations({ projectId, people, milestoneIds }).mutations : []),
  ];
  return { projectId, mutations };
}

/** The lights of the demo's two submitted reports: on time at first, then the design slip. */
function demoReportLights(isFirst) {
  const slip = isFirst ? 0 : 9;
  const schedule = isFirst
    ? { suggested: 'green', suggestedReason: 'The worst mandatory milestone slip is 0 working days, within 5.' }
    : {
        suggested: 'amber',
        suggestedReason: `A mandatory milestone has slipped ${slip} working days, beyond the green tolerance of 5.`,
      };
  const risk = { suggested: 'green', suggestedReason: 'No open threat scores above the appetite of 12.' };
  return {
    overall: isFirst
      ? { chosen: 'green', suggested: 'green', suggestedReason: 'Every dimension is green.' }
      : {
          chosen: 'amber',
          reason: 'Design slipping',
          suggested: 'amber',
          suggestedReason: `Driven by schedule: ${schedule.suggestedReason}`,
        },
    dimensions: {
      schedule: { chosen: isFirst ? 'green' : 'amber', ...schedule },
      cost: {
        chosen: 'green',
        suggested: 'green',
        suggestedReason: 'CPI is 1.02, at or above the green threshold of 0.95.',
      },
      risk: { chosen: 'amber', reason: 'The supplier contract is still unsigned.', ...risk },
      resources: {
        chosen: 'green',
        suggested: 'green',
        suggestedReason: 'Nobody on the project is over-allocated in the next 6 weeks.',
      },
    },
  };
}

/** Numbers mutations for one push from a new client, as the Worker's push expects them. */
export function numberMutations(mutations, clientId = randomUUID()) {
  const clientTime = new Date().toISOString();
  return mutations.map((mutation, index) => ({ clientId, id: index + 1, clientTime, ...mutation }));
}
