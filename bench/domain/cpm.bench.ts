// Prints critical-path and planned-value timings on a large synthetic plan. Timings on a shared
// machine are noisy: compare the median and the minimum, and check the load average.
// Usage: node bench/run-ts.mjs bench/domain/cpm.bench.ts
import { phasePlannedValue, plannedValueAsOf, plannedValueSeries } from '../../shared/analytics/earned-value';
import { analyzeCriticalPath, type CpmTask, createWorkingCalendar } from '../../shared/analytics/schedule';
import { seededRandom } from './seeded-random';

const TASKS = 10_000;
const LINKS = 30_000;
const GOAL_MS = 50;
const WARM_UP_RUNS = 10;
const TIMED_RUNS = 30;

/** A DAG: links only run from a lower to a higher hidden rank; ids are shuffled so input order is not topological. */
function generatePlan(random: () => number): CpmTask[] {
  const rankToId = Array.from({ length: TASKS }, (_, rank) => `T${rank}`);
  for (let index = TASKS - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [rankToId[index], rankToId[other]] = [rankToId[other], rankToId[index]];
  }
  const predecessors = Array.from({ length: TASKS }, () => [] as { predecessorId: string; lagDays: number }[]);
  const seen = new Set<number>();
  while (seen.size < LINKS) {
    const to = 1 + Math.floor(random() * (TASKS - 1));
    const from = Math.max(0, to - 1 - Math.floor(random() * 400));
    if (seen.has(from * TASKS + to)) continue;
    seen.add(from * TASKS + to);
    predecessors[to].push({ predecessorId: rankToId[from], lagDays: Math.floor(random() * 5) - 1 });
  }
  const tasks = rankToId.map((id, rank) => ({
    id,
    durationDays: 1 + Math.floor(random() * 20),
    predecessors: predecessors[rank],
  }));
  // Shuffle the task list as well.
  for (let index = TASKS - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [tasks[index], tasks[other]] = [tasks[other], tasks[index]];
  }
  return tasks;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

function time(runs: number, work: () => void): number[] {
  for (let run = 0; run < WARM_UP_RUNS; run += 1) work();
  const timings: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work();
    timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b);
}

const random = seededRandom(20_261_125);
const plan = generatePlan(random);
const linkCount = plan.reduce((sum, task) => sum + task.predecessors!.length, 0);
let projectDuration = 0;
let criticalTasks = 0;
const cpmTimings = time(TIMED_RUNS, () => {
  const result = analyzeCriticalPath(plan);
  if (!result.ok) throw new Error(result.error.message);
  projectDuration = result.value.projectDuration;
  criticalTasks = result.value.criticalTaskIds.length;
});
const cpmMedian = percentile(cpmTimings, 0.5);
const cpmP95 = percentile(cpmTimings, 0.95);
console.log(`CPM: ${TASKS.toLocaleString('en')} tasks, ${linkCount.toLocaleString('en')} links, ${TIMED_RUNS} runs`);
console.log(
  `  median ${cpmMedian.toFixed(2)} ms, p95 ${cpmP95.toFixed(2)} ms, min ${cpmTimings[0].toFixed(2)} ms` +
    ` (goal ≤ ${GOAL_MS} ms: median ${cpmMedian <= GOAL_MS ? 'met' : 'missed'}, p95 ${cpmP95 <= GOAL_MS ? 'met' : 'missed'})`,
);
console.log(`  project duration ${projectDuration} working days, ${criticalTasks} critical tasks`);

const calendar = createWorkingCalendar({ holidays: ['2026-12-25', '2027-01-01', '2027-05-01', '2027-12-24'] });
const startDays = Date.UTC(2026, 0, 5) / 86_400_000;
const items = Array.from({ length: TASKS }, (_, index) => ({
  id: `item-${index}`,
  start: new Date((startDays + Math.floor(random() * 700)) * 86_400_000).toISOString().slice(0, 10),
  durationDays: 1 + Math.floor(random() * 40),
  plannedValue: 500 + Math.round(random() * 20_000),
}));
let weeks = 0;
let plannedValue = 0;
const pvTimings = time(TIMED_RUNS, () => {
  const phased = phasePlannedValue(items, calendar);
  plannedValue = plannedValueAsOf(phased.items, '2027-03-31', calendar);
  weeks = plannedValueSeries(phased.items, calendar).length;
});
console.log(`EVM PV: ${TASKS.toLocaleString('en')} items → PV as of a date + weekly S-curve (${weeks} weeks)`);
console.log(
  `  median ${percentile(pvTimings, 0.5).toFixed(2)} ms, p95 ${percentile(pvTimings, 0.95).toFixed(2)} ms, min ${pvTimings[0].toFixed(2)} ms`,
);
console.log(`  PV on 2027-03-31: ${Math.round(plannedValue).toLocaleString('en')}`);
