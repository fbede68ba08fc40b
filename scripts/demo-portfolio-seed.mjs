// A portfolio a PMO would review (issue 17): three project managers, twelve projects on the built-in
// stage-gate method, with plans, money, milestones that slip, risks spread over the matrix, two
// submitted reports each (one watermelon), one person over-allocated across projects and three gate
// requests waiting. `npm start`, the screenshots and the dashboard's end-to-end tests seed with it;
// every write goes through POST /push as the real clients send it, each PM writing only their own
// projects (docs/sync.md "Push rules"). Dates are relative to today, as in demo-seed.mjs.
import { randomUUID } from 'node:crypto';
import { dayFromToday, numberMutations } from './demo-seed.mjs';

/** The three project managers, in the order of `portfolioProjectSpecs`' `manager` index. */
export const portfolioManagers = [
  { name: 'Alex Morgan', email: 'alex.morgan@example.com' },
  { name: 'Bérénice Laurent', email: 'berenice.laurent@example.com' },
  { name: 'Chidi Okafor', email: 'chidi.okafor@example.com' },
];

/** Sponsors: three, so the sponsor filter has a real choice. */
export const portfolioSponsors = ['Nathalie Perrin', 'Marc Dubois', 'Sofia Romano'];

/** Workspace people (owner-created; persons are workspace records). Index 0 ends up over-allocated. */
export const portfolioPeople = [
  ['Jérôme N’Guyen', 'Architect'],
  ['Clémence Faure', 'Buyer'],
  ['Élodie Marchand', 'Business analyst'],
  ['Karim Haddad', 'Developer'],
  ['Léa Fontaine', 'Tester'],
  ['Hugo Girard', 'Data engineer'],
];

/**
 * The twelve projects: code, name, manager index, sponsor index, state, phase index (0 Initiate … 3
 * Close), BAC, % complete of the running item (drives SPI), actual cost as a share of earned value
 * (drives CPI), the slip of the next mandatory milestone in calendar days, and the two reported
 * overall lights (older, latest). `watermelon`: reported green while a mandatory milestone is overdue.
 */
export const portfolioProjectSpecs = [
  {
    code: 'CRM',
    name: 'CRM roll-out',
    manager: 0,
    sponsor: 0,
    state: 'active',
    phase: 0,
    bac: 420_000,
    progress: 60,
    spend: 1.05,
    slip: 5,
    lights: ['green', 'green'],
  },
  {
    code: 'ERP',
    risky: true,
    name: 'ERP finance module',
    manager: 0,
    sponsor: 1,
    state: 'active',
    phase: 2,
    bac: 1_250_000,
    progress: 30,
    spend: 1.3,
    slip: 30,
    lights: ['amber', 'red'],
  },
  {
    code: 'HRIS',
    name: 'HR information system',
    manager: 0,
    sponsor: 2,
    state: 'on_hold',
    phase: 1,
    bac: 310_000,
    progress: 45,
    spend: 1.0,
    slip: 12,
    lights: ['amber', 'amber'],
  },
  {
    code: 'WEB',
    name: 'Public website redesign',
    manager: 0,
    sponsor: 0,
    state: 'active',
    phase: 2,
    bac: 180_000,
    progress: 90,
    spend: 0.95,
    slip: 0,
    lights: ['green', 'green'],
  },
  {
    code: 'DWH',
    name: 'Data warehouse consolidation',
    manager: 1,
    sponsor: 1,
    state: 'active',
    phase: 1,
    bac: 640_000,
    progress: 50,
    spend: 1.1,
    slip: 8,
    lights: ['green', 'amber'],
  },
  {
    code: 'MOB',
    risky: true,
    name: 'Field service mobile app',
    manager: 1,
    sponsor: 2,
    state: 'active',
    phase: 2,
    bac: 520_000,
    progress: 35,
    spend: 1.0,
    slip: 20,
    lights: ['green', 'green'],
    watermelon: true,
  },
  {
    code: 'SEC',
    name: 'Identity and access management',
    manager: 1,
    sponsor: 0,
    state: 'proposed',
    phase: 0,
    bac: 95_000,
    progress: 80,
    spend: 1.0,
    slip: 0,
    lights: ['green', 'green'],
  },
  {
    code: 'LOG',
    name: 'Warehouse logistics upgrade',
    manager: 1,
    sponsor: 1,
    state: 'active',
    phase: 3,
    bac: 760_000,
    progress: 95,
    spend: 1.2,
    slip: 3,
    lights: ['amber', 'green'],
  },
  {
    code: 'PAY',
    name: 'Payroll outsourcing',
    manager: 2,
    sponsor: 2,
    state: 'active',
    phase: 0,
    bac: 230_000,
    progress: 70,
    spend: 0.9,
    slip: 0,
    lights: ['green', 'green'],
  },
  {
    code: 'BI',
    risky: true,
    name: 'Sales dashboards',
    manager: 2,
    sponsor: 0,
    state: 'active',
    phase: 2,
    bac: 150_000,
    progress: 40,
    spend: 1.4,
    slip: 25,
    lights: ['red', 'red'],
  },
  {
    code: 'CLOUD',
    name: 'Cloud migration wave 2',
    manager: 2,
    sponsor: 1,
    state: 'on_hold',
    phase: 2,
    bac: 980_000,
    progress: 55,
    spend: 1.05,
    slip: 10,
    lights: ['amber', 'amber'],
  },
  {
    code: 'EDI',
    name: 'Supplier EDI onboarding',
    manager: 2,
    sponsor: 2,
    state: 'proposed',
    phase: 0,
    bac: 120_000,
    progress: 65,
    spend: 1.0,
    slip: 2,
    lights: ['green', 'amber'],
  },
];

/**
 * The gate requests left waiting for the PMO, by project code: `ready` has every must-meet met,
 * `unmet` has one must-meet answered "not met" after the request (the PM learnt the sponsor had not
 * signed yet), `second` (Alex's too, on hold) has every must-meet met (the one the PMO sends back in the e2e test).
 */
export const portfolioGateCodes = { ready: 'CRM', unmet: 'DWH', second: 'HRIS' };

/**
 * Risks of every project: [title, probability, impact, residual [p, i] or null, cost impact]. The
 * 4×4 and 3×4 cells hold risks of several projects, so the heat map groups across projects.
 */
const riskTemplates = [
  ['Key supplier misses the delivery date', 4, 4, null, 60_000],
  ['Data migration untested on production volumes', 3, 4, null, 25_000],
  ['Two senior developers leave for the summer', 3, 3, [2, 3], 0],
  ['Steering committee attention shifts to the merger', 2, 2, null, 0],
  ['Licence renewal terms change', 5, 2, null, 12_000],
  ['Security review finds blocking issues', 2, 5, [1, 5], 40_000],
];

const monthOf = (offset) => `${dayFromToday(offset).slice(0, 7)}-01`;

/**
 * The mutations of one project, as its manager pushes them, with the ids the tests look for.
 * `people` are the workspace persons (ids), `template` the built-in method (phases and gates).
 */
export function portfolioProjectMutations(spec, index, { manager, people, template }) {
  const projectId = randomUUID();
  const phase = template?.phases[spec.phase];
  const milestoneIds = [randomUUID(), randomUUID(), randomUUID()];
  const itemIds = [randomUUID(), randomUUID(), randomUUID()];
  const riskIds = [];
  const owner = (person) => ({ personId: person.id, name: person.name });
  // Three items: done (all of its value planned by now), running (half planned by now), to come.
  const doneValue = Math.round(spec.bac * 0.3);
  const runningValue = Math.round(spec.bac * 0.4);
  const laterValue = spec.bac - doneValue - runningValue;
  const earned = doneValue + (runningValue * spec.progress) / 100;
  const actual = Math.round(earned * spec.spend);
  const mutations = [
    {
      name: 'project.create',
      args: {
        id: projectId,
        code: spec.code,
        name: spec.name,
        state: spec.state,
        description: `${spec.name}: part of the ${portfolioSponsors[spec.sponsor]} portfolio.`,
        sponsor: { name: portfolioSponsors[spec.sponsor] },
        managerId: manager.id,
        managerName: manager.name,
        ...(template ? { templateId: template.id, currentPhaseId: phase.id } : {}),
        start: dayFromToday(-150),
        targetEnd: dayFromToday(180),
        bac: spec.bac,
        strategicPriority: 1 + ((index * 7) % 5),
        expectedBenefit: Math.round(spec.bac * (1.2 + (index % 4) * 0.4)),
      },
    },
    ...[
      ['Scope signed off', -90, 0, true, -88],
      ['Pilot live', spec.watermelon ? -20 : 25, spec.slip, true, undefined],
      ['Go-live', 120, spec.slip * 2, false, undefined],
    ].map(([title, baseline, slip, mandatory, actualDay], order) => ({
      name: 'milestone.create',
      args: {
        id: milestoneIds[order],
        projectId,
        title: `${spec.code} ${title.toLowerCase()}`,
        baselineDate: dayFromToday(baseline),
        // The watermelon's pilot stays forecast in the past, not done: overdue behind a green report.
        forecastDate: dayFromToday(spec.watermelon && order === 1 ? -6 : baseline + slip),
        mandatory,
        ...(actualDay === undefined ? {} : { actualDate: dayFromToday(actualDay) }),
      },
    })),
    ...[
      ['Requirements and design', -140, 40, doneValue, 100, 0],
      ['Build and integration', -60, 80, runningValue, spec.progress, 1],
      ['Roll-out and handover', 60, 40, laterValue, 0, 2],
    ].map(([title, start, durationDays, plannedValue, percentComplete, milestone], order) => ({
      name: 'planItem.create',
      args: {
        id: itemIds[order],
        projectId,
        title,
        start: dayFromToday(start),
        durationDays,
        plannedValue,
        percentComplete,
        milestoneId: milestoneIds[milestone],
        owner: owner(people[(index + order) % people.length]),
      },
    })),
    // Money: cost entries for two projects in three, the finance figure on the project otherwise.
    ...(index % 3 === 2
      ? [{ name: 'project.update', args: { id: projectId, patch: { actualCost: actual } } }]
      : [-120, -60, 0].map((offset, order) => ({
          name: 'costEntry.create',
          args: {
            id: randomUUID(),
            projectId,
            kind: 'actual',
            period: monthOf(offset),
            amount: order < 2 ? Math.round(actual * 0.3) : actual - 2 * Math.round(actual * 0.3),
            source: 'manual',
            note: 'Finance ledger',
          },
        }))),
    ...riskTemplates
      .filter((_, order) => (spec.risky ? order < 4 : order > 0 && (order + index) % 3 !== 0))
      .map(([title, probability, impact, residual, costImpact]) => {
        const id = randomUUID();
        riskIds.push(id);
        return {
          name: 'risk.create',
          args: {
            id,
            projectId,
            title: `${title} (${spec.code})`,
            probability,
            impact,
            ...(residual ? { residualProbability: residual[0], residualImpact: residual[1] } : {}),
            ...(costImpact ? { costImpact } : {}),
            owner: owner(people[(index + probability) % people.length]),
            reviewDate: dayFromToday(14),
          },
        };
      }),
    ...allocationMutations(spec, index, projectId, people),
    ...[-35, -7].flatMap((periodEnd, order) => {
      const reportId = randomUUID();
      const light = spec.lights[order];
      return [
        {
          name: 'statusReport.create',
          args: {
            id: reportId,
            projectId,
            periodStart: dayFromToday(periodEnd - 13),
            periodEnd: dayFromToday(periodEnd),
            overall: { chosen: light, ...(light === 'green' ? {} : { reason: 'Behind plan; recovery agreed' }) },
            dimensions: {
              schedule: { chosen: light },
              cost: { chosen: spec.spend > 1.15 ? 'amber' : 'green' },
              risk: { chosen: order === 0 ? 'green' : 'amber' },
            },
            summary: light === 'green' ? 'On track.' : 'Slipping; the recovery plan is with the sponsor.',
            keyRiskIds: riskIds.slice(0, 2),
            milestoneForecasts: milestoneIds.map((milestoneId, milestone) => ({
              milestoneId,
              forecastDate: dayFromToday([-90, 25, 120][milestone] + (order === 0 ? 0 : spec.slip * milestone)),
            })),
          },
        },
        { name: 'status.submit', args: { id: reportId } },
      ];
    }),
  ];
  return { projectId, code: spec.code, milestoneIds, riskIds, mutations };
}

/**
 * Allocations: every project has two people half-time; Jérôme (people[0]) works full-time on CRM,
 * ERP and DWH at once in the coming weeks: over-allocated across three projects and two managers.
 */
function allocationMutations(spec, index, projectId, people) {
  const allocation = (person, load, from, to, isKey = false) => ({
    name: 'allocation.create',
    args: {
      id: randomUUID(),
      personId: person.id,
      projectId,
      from: dayFromToday(from),
      to: dayFromToday(to),
      isKey,
      ...load,
    },
  });
  const list = [
    allocation(people[1 + (index % 5)], { hoursPerWeek: 6 }, -60, 90),
    allocation(people[1 + ((index + 2) % 5)], { hoursPerWeek: 4 }, -30, 60),
  ];
  if (['CRM', 'ERP', 'DWH'].includes(spec.code)) list.push(allocation(people[0], { percent: 60 }, -14, 42, true));
  return list;
}

/** The gate request into the next phase, with every must-meet answered met (the PM's push). */
export function gateRequestMutation(project, template, phaseIndex) {
  const target = template.phases[phaseIndex + 1];
  const gate = target.gate ?? { mustMeet: [], shouldMeet: [] };
  const id = randomUUID();
  return {
    id,
    mutation: {
      name: 'gate.request',
      args: {
        id,
        projectId: project.projectId,
        templateId: template.id,
        toPhaseId: target.id,
        mustMeet: gate.mustMeet.map((criterion) => ({
          criterionId: criterion.id,
          met: true,
          evidence: 'Board minutes',
        })),
        shouldMeet: gate.shouldMeet.map((criterion, order) => ({
          criterionId: criterion.id,
          score: [4, 3, 2, 3][order] ?? 3,
        })),
        evidenceLinks: [`https://intranet.example.com/${project.code.toLowerCase()}/gate-pack.pdf`],
      },
    },
    /** The same answers with the first must-meet now "not met", as a `gateReview.update`. */
    unmetUpdate: {
      name: 'gateReview.update',
      args: {
        id,
        patch: {
          mustMeet: gate.mustMeet.map((criterion, order) => ({
            criterionId: criterion.id,
            text: criterion.text,
            met: order !== 0,
            ...(order === 0 ? { evidence: 'The sponsor has not signed yet' } : { evidence: 'Board minutes' }),
          })),
        },
      },
    },
  };
}

async function callApi(url, path, { token, body, method } = {}) {
  const response = await fetch(`${url}${path}`, {
    method: method ?? (body ? 'POST' : 'GET'),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: await response.json().catch(() => ({})) };
}

async function pushAll(url, workspaceId, token, mutations, batch = 500) {
  const clientGroupId = randomUUID();
  const numbered = numberMutations(mutations);
  for (let from = 0; from < numbered.length; from += batch) {
    const pushed = await callApi(url, `/v1/workspaces/${workspaceId}/push`, {
      token,
      body: { clientGroupId, mutations: numbered.slice(from, from + batch) },
    });
    if (pushed.status !== 200) throw new Error(`push answered ${pushed.status}: ${JSON.stringify(pushed.json)}`);
    const refused = pushed.json.results.filter((result) => result.status !== 'applied');
    if (refused.length > 0) {
      const names = refused.map((result) => `${numbered[result.id - 1].name}: ${result.error?.message}`);
      throw new Error(`the Worker refused ${refused.length} seed mutations: ${names.slice(0, 3).join(' | ')}`);
    }
  }
}

/**
 * Seeds the portfolio into the workspace `workspaceId` of the Worker at `url`, as its owner (`token`)
 * creates the people and invites the three PMs, and each PM (with their own token) pushes their four
 * projects and their gate requests. Answers the PMs (member, token), the projects and the gates.
 */
export async function seedPortfolio({
  url,
  workspaceId,
  token,
  managers = portfolioManagers,
  specs = portfolioProjectSpecs,
}) {
  const pulled = await callApi(url, `/v1/workspaces/${workspaceId}/pull`, {
    token,
    body: { clientGroupId: randomUUID(), cookie: null },
  });
  const template = pulled.json.patch?.find((op) => op.op === 'put' && op.entity === 'template')?.value;
  if (!template) throw new Error('The workspace has no built-in template to seed the portfolio on.');
  const pms = [];
  for (const person of managers) {
    const invite = await callApi(url, `/v1/workspaces/${workspaceId}/invites`, { token, body: { role: 'pm' } });
    if (invite.status !== 201) throw new Error(`inviting ${person.name} answered ${invite.status}`);
    const accepted = await callApi(url, '/v1/invites/accept', { body: { code: invite.json.code, ...person } });
    if (accepted.status !== 200) throw new Error(`${person.name} could not join: ${JSON.stringify(accepted.json)}`);
    pms.push({ ...person, id: accepted.json.member.id, token: accepted.json.token });
  }
  // The demo project's people are the same colleagues: reuse their records so a person's load adds up
  // across every project (the capacity view and the over-allocation rule count one person once).
  const existing = new Map(
    (pulled.json.patch ?? [])
      .filter((op) => op.op === 'put' && op.entity === 'person')
      .map((op) => [comparableName(op.value.name), op.value]),
  );
  const people = portfolioPeople.map(([name, role]) => {
    const known = existing.get(comparableName(name));
    return known
      ? { id: known.id, name: known.name, role, isNew: false }
      : { id: randomUUID(), name, role, isNew: true };
  });
  await pushAll(url, workspaceId, token, [
    ...people
      .filter((person) => person.isNew)
      .map(({ id, name, role }) => ({ name: 'person.create', args: { id, name, role, capacityHoursPerWeek: 40 } })),
  ]);
  const projects = specs.map((spec, index) => ({
    spec,
    manager: pms[spec.manager],
    ...portfolioProjectMutations(spec, index, { manager: pms[spec.manager], people, template }),
  }));
  const gates = {};
  for (const [which, code] of Object.entries(portfolioGateCodes)) {
    const project = projects.find((candidate) => candidate.code === code);
    if (!project) continue;
    const request = gateRequestMutation(project, template, project.spec.phase);
    project.mutations.push(request.mutation, ...(which === 'unmet' ? [request.unmetUpdate] : []));
    gates[which] = {
      reviewId: request.id,
      projectId: project.projectId,
      code,
      toPhaseId: request.mutation.args.toPhaseId,
      toPhaseName: template.phases[project.spec.phase + 1].name,
      managerIndex: project.spec.manager,
    };
  }
  for (const [index, pm] of pms.entries()) {
    const own = projects.filter((project) => project.spec.manager === index).flatMap((project) => project.mutations);
    await pushAll(url, workspaceId, pm.token, own);
  }
  return {
    template,
    pms,
    people,
    gates,
    projects: projects.map(({ projectId, code, milestoneIds, riskIds, spec, mutations }) => ({
      projectId,
      code,
      name: spec.name,
      managerIndex: spec.manager,
      sponsor: portfolioSponsors[spec.sponsor],
      state: spec.state,
      phaseName: template.phases[spec.phase].name,
      milestoneIds,
      riskIds,
      risks: mutations.filter((mutation) => mutation.name === 'risk.create').map((mutation) => mutation.args),
    })),
  };
}

/** A name as people read it: the typographic and the typed apostrophe are the same letter to them. */
function comparableName(name) {
  return String(name)
    .normalize('NFC')
    .replace(/[\u2019']/g, "'")
    .trim()
    .toLowerCase();
}
