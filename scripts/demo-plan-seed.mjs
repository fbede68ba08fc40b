// The demo project's plan, people and money (issue 15): what the Plan, Resources and Costs tabs of
// `npm start` and the screenshots show. Kept apart from demo-seed.mjs so the end-to-end tests, which
// seed only the registers, keep the figures they assert.
import { randomUUID } from 'node:crypto';
import { dayFromToday } from './demo-seed.mjs';

/** The first day of the month `offset` days from today, as cost entries book periods. */
const monthOf = (offset) => `${dayFromToday(offset).slice(0, 7)}-01`;

/**
 * Plan items rolling up to the demo's four milestones (linked finish-to-start), two baselines, the
 * people's rates, allocations (one person over capacity during a training fortnight), a RACI matrix
 * and the actual cost of each month so far. `milestoneIds` are the demo's, in date order; the
 * planned values add up to the project's budget (480,000).
 */
export function demoPlanMutations({ projectId, people, milestoneIds }) {
  const [elodie, jerome, clemence] = people;
  const owner = (person) => ({ personId: person.id, name: person.name });
  const itemIds = Array.from({ length: 8 }, () => randomUUID());
  // title, kind, start (days from today; null: when its predecessors let it), working days, planned
  // value, % complete, milestone it rolls up to, predecessors, owner. Work not yet started has no
  // start of its own, so the network dates it and the critical path runs through it.
  const items = [
    ['Discovery interviews and analytics', 'task', -120, 20, 40_000, 100, 0, [], elodie],
    ['Service blueprint', 'deliverable', -92, 15, 30_000, 100, 1, [0], elodie],
    ['Design system components', 'deliverable', -70, 45, 90_000, 90, 1, [1], jerome],
    ['Billing API integration', 'task', -40, 50, 110_000, 45, 2, [1], jerome],
    ['Self-service billing screens', 'deliverable', -12, 40, 80_000, 20, 2, [2], jerome],
    ['Accessibility audit and fixes', 'task', null, 10, 20_000, 0, 2, [4], clemence],
    ['Data migration dress rehearsal', 'task', null, 30, 60_000, 0, 3, [3], jerome],
    ['Legacy decommission and handover', 'deliverable', null, 55, 50_000, 0, 3, [6], elodie],
  ];
  const baselineStarts = [-120, -92, -77, -47, -25, 20, 55, 95];
  const mutations = [
    ...[
      [elodie, 95],
      [jerome, 110],
      [clemence, 85],
    ].map(([person, hourlyRate]) => ({ name: 'person.update', args: { id: person.id, patch: { hourlyRate } } })),
    {
      name: 'person.update',
      args: {
        id: jerome.id,
        patch: {
          exceptions: [
            {
              from: dayFromToday(7),
              to: dayFromToday(20),
              hoursPerWeek: 16,
              reason: 'Cloud architecture certification',
            },
          ],
        },
      },
    },
    ...items.map(
      ([title, kind, start, durationDays, plannedValue, percentComplete, milestone, predecessors, who], index) => ({
        name: 'planItem.create',
        args: {
          id: itemIds[index],
          projectId,
          title,
          kind,
          ...(start === null ? {} : { start: dayFromToday(start) }),
          durationDays,
          plannedValue,
          percentComplete,
          milestoneId: milestoneIds[milestone],
          predecessors: predecessors.map((predecessor) => ({ predecessorId: itemIds[predecessor], lagDays: 0 })),
          owner: owner(who),
        },
      }),
    ),
    ...[
      ['Baseline 1 — approved plan', -90, [-95, -30, 40, 140]],
      ['Baseline 2 — after the design re-plan', -20, [-95, -12, 48, 140]],
    ].map(([name, takenOn, milestoneDays], order) => ({
      name: 'baseline.create',
      args: {
        id: randomUUID(),
        projectId,
        name,
        takenOn: dayFromToday(takenOn),
        bac: 480_000,
        items: items.map((item, index) => {
          const start = order === 0 || item[2] === null ? baselineStarts[index] : item[2];
          // Five working days to the calendar week: near enough for a baseline bar.
          const end = start + Math.ceil((item[3] * 7) / 5) - 1;
          return {
            planItemId: itemIds[index],
            start: dayFromToday(start),
            end: dayFromToday(end),
            plannedValue: item[4],
          };
        }),
        milestones: milestoneIds.map((milestoneId, index) => ({
          milestoneId,
          date: dayFromToday(milestoneDays[index]),
        })),
      },
    })),
    // The two later milestones wait for the work that rolls up to them.
    ...[
      [2, 5],
      [3, 7],
    ].map(([milestone, item]) => ({
      name: 'milestone.update',
      args: { id: milestoneIds[milestone], patch: { predecessors: [{ predecessorId: itemIds[item], lagDays: 0 }] } },
    })),
    ...[
      [elodie, { percent: 100 }, -120, 150, true],
      [jerome, { hoursPerWeek: 32 }, -100, 110, true],
      [clemence, { hoursPerWeek: 8 }, -60, 60, false],
    ].map(([person, load, from, to, isKey]) => ({
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
    })),
    ...[
      [2, elodie, 'accountable'],
      [2, jerome, 'responsible'],
      [2, clemence, 'informed'],
      [4, elodie, 'accountable'],
      [4, jerome, 'responsible'],
      [4, clemence, 'consulted'],
      [7, elodie, 'responsible'],
    ].map(([item, person, role]) => ({
      name: 'raci.create',
      args: { id: randomUUID(), projectId, planItemId: itemIds[item], personId: person.id, role },
    })),
    ...[elodie, jerome].map((person, index) => ({
      name: 'raci.create',
      args: {
        id: randomUUID(),
        projectId,
        milestoneId: milestoneIds[2],
        personId: person.id,
        role: index === 0 ? 'accountable' : 'responsible',
      },
    })),
    // A month of spend for each month the project has run, a little above plan as projects are.
    ...[-120, -90, -60, -30, 0]
      .filter((offset, index, offsets) => index === 0 || monthOf(offset) !== monthOf(offsets[index - 1]))
      .map((offset, index) => ({
        name: 'costEntry.create',
        args: {
          id: randomUUID(),
          projectId,
          kind: 'actual',
          period: monthOf(offset),
          amount: [38_000, 52_000, 61_000, 66_000, 34_000][index],
          source: 'manual',
          note: index === 4 ? 'Month to date' : 'Finance ledger, closed month',
        },
      })),
  ];
  return { mutations };
}
