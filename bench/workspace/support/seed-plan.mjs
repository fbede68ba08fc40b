// The plan project of the workspace bench (issue 15, acceptance 5): 2,000 plan items linked by 4,000
// finish-to-start links, pushed by the owner as another browser would.
import { randomUUID } from 'node:crypto';
import { numberMutations } from '../../../scripts/demo-seed.mjs';
import { seededRandom } from '../../sync/support/risk-fixture.mjs';

/** The Worker's limit on mutations in one push (maxMutationsPerPush in shared/sync/protocol.ts). */
const pushBatch = 500;

/**
 * A project (code PLAN) with `items` plan items, each after the one before it and after another
 * within the 50 before that (so the network is wide as well as long), plus extra links on the last
 * items up to `links` in all. Only the first item has a start: the others take the network's dates.
 * Answers the project's id, the id of its last item (on the critical path: every chain ends there)
 * and the counts.
 */
export async function seedPlanProject(push, { items, links, start, seed = 15 }) {
  const random = seededRandom(seed);
  const projectId = randomUUID();
  const ids = Array.from({ length: items }, () => randomUUID());
  const predecessorsOf = ids.map((_, index) => {
    if (index === 0) return [];
    const chosen = new Set([index - 1]);
    if (index >= 2) chosen.add(Math.max(0, index - 2 - Math.floor(random() * 50)));
    return [...chosen];
  });
  let linkCount = predecessorsOf.reduce((sum, list) => sum + list.length, 0);
  for (let index = items - 1; linkCount < links && index > 2; index -= 1) {
    const extra = index - 3;
    if (predecessorsOf[index].includes(extra)) continue;
    predecessorsOf[index].push(extra);
    linkCount += 1;
  }
  const mutations = [
    { name: 'project.create', args: { id: projectId, code: 'PLAN', name: 'Plan of 2,000 items', start } },
    ...ids.map((id, index) => ({
      name: 'planItem.create',
      args: {
        id,
        projectId,
        title: `Work package ${String(index + 1).padStart(4, '0')}`,
        durationDays: 1 + Math.floor(random() * 10),
        ...(index === 0 ? { start } : {}),
        predecessors: predecessorsOf[index].map((at) => ({ predecessorId: ids[at], lagDays: 0 })),
      },
    })),
  ];
  for (let from = 0; from < mutations.length; from += pushBatch) {
    const results = await push(numberMutations(mutations.slice(from, from + pushBatch)));
    const refused = results.filter((result) => result.status !== 'applied');
    if (refused.length > 0) throw new Error(`seeding the plan refused: ${JSON.stringify(refused.slice(0, 3))}`);
  }
  return { projectId, lastItemId: ids[items - 1], records: mutations.length, items, links: linkCount };
}
