// Prints how long the PMO's analyses take over a realistic portfolio (issue "domain core"):
// all health checks over 200 projects / 20k items (goal ≤ 100 ms), and the whole roll-up around them.
// Run: node bench/run-ts.mjs bench/domain/health-checks.bench.ts
import { analyzeProject, groupByProject, rollUpPortfolio } from '../../shared/analytics/portfolio';
import { findOverAllocations } from '../../shared/analytics/resources';
import { createWorkingCalendar } from '../../shared/analytics/schedule';
import { runHealthChecks } from '../../shared/health';
import { defaultWorkspaceSettings } from '../../shared/schemas/workspace-settings';
import { buildWorkspace, countRecords } from './workspace-fixture';

const today = '2026-11-25';
const runs = 15;

function measure(label: string, goalMs: number | undefined, run: () => unknown): void {
  run(); // warm-up: the first call pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)];
  const goal = goalMs === undefined ? '' : `   goal ≤ ${goalMs} ms: ${median <= goalMs ? 'met' : 'MISSED'}`;
  console.log(
    `${label.padEnd(58)} median ${median.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   min ${times[0].toFixed(1).padStart(6)} ms${goal}`,
  );
}

const workspace = buildWorkspace(200, 100);
const settings = defaultWorkspaceSettings;
const calendar = createWorkingCalendar(settings);
const overAllocations = findOverAllocations(workspace.persons, workspace.allocations, settings);
const analyses = groupByProject(workspace).map((records) =>
  analyzeProject(records, {
    today,
    calendar,
    overAllocations: overAllocations.filter((o) => o.projectIds.includes(records.project.id)),
  }),
);
const findings = analyses.reduce((sum, analysis) => sum + runHealthChecks(analysis.facts, settings).length, 0);

console.log(
  `workspace: ${workspace.projects.length} projects, ${countRecords(workspace)} records; ${findings} findings`,
);
measure('all health checks, 200 projects / 20k items', 100, () =>
  analyses.map((analysis) => runHealthChecks(analysis.facts, settings)),
);
measure('facts (EVM + milestone slips) for 200 projects', undefined, () =>
  groupByProject(workspace).map((records) => analyzeProject(records, { today, calendar, overAllocations: [] })),
);
measure('over-allocation, whole workspace', undefined, () =>
  findOverAllocations(workspace.persons, workspace.allocations, settings),
);
measure('portfolio roll-up end to end (facts, RAG, checks, totals)', undefined, () =>
  rollUpPortfolio(workspace, today),
);
