// The portfolio the dashboard bench opens: `projects` projects with `itemsPerProject` items each
// (milestones, plan items, risks, status reports, allocations), pushed by the owner in batches of
// 500 (the Worker's limit per push) as another browser would. Ten managers and three sponsors, so
// the filters have real work to do; one person in ten over-allocated.
import { randomUUID } from 'node:crypto';
import { dayFromToday, numberMutations } from '../../../scripts/demo-seed.mjs';
import { seededRandom } from '../../sync/support/risk-fixture.mjs';

const pushBatch = 500;
const sponsors = ['Nathalie Perrin', 'Marc Dubois', 'Sofia Romano'];
const states = ['active', 'active', 'active', 'proposed', 'on_hold'];

/** How the items of one project split: 8 % milestones, 40 % plan items, 30 % risks, 2 reports, the rest allocations. */
function splitItems(total) {
  const milestones = Math.max(1, Math.round(total * 0.08));
  const planItems = Math.round(total * 0.4);
  const risks = Math.round(total * 0.3);
  const reports = 2;
  return {
    milestones,
    planItems,
    risks,
    reports,
    allocations: Math.max(0, total - milestones - planItems - risks - reports),
  };
}

/**
 * Seeds the workspace through `push(numbered)` (answers the push results). Answers the manager ids
 * (for the filter), the number of records a client holds afterwards and the push time.
 */
export async function seedDashboardWorkspace(push, { projects, itemsPerProject, template, seed = 17 }) {
  const random = seededRandom(seed);
  const rating = () => 1 + Math.floor(random() * 5);
  const managers = Array.from({ length: 10 }, (_, index) => ({
    id: `bench-manager-${index + 1}`,
    name: `Manager ${index + 1}`,
  }));
  const people = Array.from({ length: 40 }, (_, index) => ({ id: randomUUID(), name: `Person ${index + 1}` }));
  const all = people.map((person) => ({ name: 'person.create', args: { ...person, capacityHoursPerWeek: 40 } }));
  const split = splitItems(itemsPerProject);
  for (let index = 0; index < projects; index += 1) {
    const projectId = randomUUID();
    const manager = managers[index % managers.length];
    const bac = 100_000 + Math.round(random() * 900) * 1000;
    all.push({
      name: 'project.create',
      args: {
        id: projectId,
        code: `P${String(index + 1).padStart(3, '0')}`,
        name: `Portfolio project ${index + 1}`,
        state: states[index % states.length],
        sponsor: { name: sponsors[index % sponsors.length] },
        managerId: manager.id,
        managerName: manager.name,
        ...(template
          ? { templateId: template.id, currentPhaseId: template.phases[index % template.phases.length].id }
          : {}),
        start: dayFromToday(-200),
        targetEnd: dayFromToday(200),
        bac,
        actualCost: Math.round(bac * (0.2 + random() * 0.5)),
        strategicPriority: 1 + (index % 5),
      },
    });
    const milestoneIds = [];
    for (let order = 0; order < split.milestones; order += 1) {
      const id = randomUUID();
      milestoneIds.push(id);
      const baseline = -150 + Math.round((order * 330) / split.milestones);
      all.push({
        name: 'milestone.create',
        args: {
          id,
          projectId,
          title: `Milestone ${order + 1}`,
          baselineDate: dayFromToday(baseline),
          forecastDate: dayFromToday(baseline + Math.floor(random() * 30)),
          mandatory: order % 3 === 0,
        },
      });
    }
    for (let order = 0; order < split.planItems; order += 1) {
      const start = -180 + Math.round((order * 360) / split.planItems);
      all.push({
        name: 'planItem.create',
        args: {
          id: randomUUID(),
          projectId,
          title: `Work package ${order + 1}`,
          start: dayFromToday(start),
          durationDays: 5 + Math.floor(random() * 20),
          plannedValue: Math.round(bac / split.planItems),
          percentComplete: start < 0 ? Math.min(100, Math.round(random() * 110)) : 0,
          milestoneId: milestoneIds[order % milestoneIds.length],
        },
      });
    }
    for (let order = 0; order < split.risks; order += 1) {
      all.push({
        name: 'risk.create',
        args: {
          id: randomUUID(),
          projectId,
          title: `Risk ${order + 1} of project ${index + 1}`,
          probability: rating(),
          impact: rating(),
          ...(random() < 0.3 ? { costImpact: Math.round(random() * 50) * 1000 } : {}),
          ...(random() < 0.1 ? { status: 'closed', closingReason: 'Gone.' } : {}),
          reviewDate: dayFromToday(Math.floor(random() * 60) - 20),
        },
      });
    }
    for (let order = 0; order < split.reports; order += 1) {
      const id = randomUUID();
      const chosen = ['green', 'amber', 'red'][Math.floor(random() * 3)];
      all.push(
        {
          name: 'statusReport.create',
          args: {
            id,
            projectId,
            periodStart: dayFromToday(-48 + order * 14),
            periodEnd: dayFromToday(-35 + order * 14),
            overall: { chosen, ...(chosen === 'green' ? {} : { reason: 'Behind plan' }) },
            dimensions: { schedule: { chosen } },
          },
        },
        { name: 'status.submit', args: { id } },
      );
    }
    for (let order = 0; order < split.allocations; order += 1) {
      const person = people[(index * 7 + order) % people.length];
      all.push({
        name: 'allocation.create',
        args: {
          id: randomUUID(),
          personId: person.id,
          projectId,
          from: dayFromToday(-60 + order * 3),
          to: dayFromToday(30 + order * 3),
          hoursPerWeek: person === people[0] ? 30 : 1 + Math.floor(random() * 3),
        },
      });
    }
  }
  const started = performance.now();
  for (let from = 0; from < all.length; from += pushBatch) {
    const results = await push(numberMutations(all.slice(from, from + pushBatch)));
    const refused = results.filter((result) => result.status !== 'applied');
    if (refused.length > 0) throw new Error(`seeding refused: ${JSON.stringify(refused.slice(0, 3))}`);
  }
  const items = projects * (split.milestones + split.planItems + split.risks + split.reports + split.allocations);
  return {
    managers,
    items,
    records: all.filter((mutation) => mutation.name !== 'status.submit').length,
    mutations: all.length,
    pushMs: performance.now() - started,
  };
}
