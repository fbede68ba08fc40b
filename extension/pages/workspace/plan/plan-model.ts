import { useMemo } from 'preact/hooks';
import { findLatestBaseline } from '../../../../shared/analytics/portfolio/workspace-records';
import { indexBaselineDates } from '../../../../shared/analytics/schedule/baseline-snapshot';
import { buildPlanRows, type PlanRow } from '../../../../shared/analytics/schedule/plan-register';
import { orderPlanEntries, type PlanSchedule, schedulePlan } from '../../../../shared/analytics/schedule/plan-schedule';
import type { Baseline } from '../../../../shared/schemas/plan';
import type { ProjectView } from '../project-view';

/** The baseline the Gantt draws under the forecast: a Baseline record, or the milestones' own dates. */
export type BaselineChoice = { kind: 'record'; id: string } | { kind: 'own' };

/** The value of the "own baseline dates" option in the pickers (a record id is a UUID, never this). */
export const ownBaselineValue = 'own';

/** The baselines of the project, newest first (the latest is what the analytics compare with). */
export function sortBaselines(baselines: readonly Baseline[]): Baseline[] {
  const latest = findLatestBaseline(baselines);
  return [...baselines].sort((a, b) =>
    a.id === latest?.id ? -1 : b.id === latest?.id ? 1 : b.takenOn.localeCompare(a.takenOn),
  );
}

/** What the Plan tab shows, recomputed only when the plan's records or the chosen baseline change. */
export interface PlanModel {
  schedule: PlanSchedule;
  rows: PlanRow[];
  rowById: Map<string, PlanRow>;
  baseline: Baseline | undefined;
}

/**
 * Schedules the plan with the shared critical path (schedulePlan), in reading order, each row with the
 * chosen baseline's dates and its variance (buildPlanRows). Memoised on the records, so a change
 * elsewhere in the project (a risk, a report) costs nothing here.
 */
export function usePlanModel(view: ProjectView, choice: BaselineChoice): PlanModel {
  const { milestones, planItems, baselines, project } = view.records;
  const schedule = useMemo(
    () =>
      measured('plan schedule (CPM)', () =>
        schedulePlan({
          milestones,
          planItems,
          calendar: view.calendar,
          projectStart: project.start,
          today: view.today,
        }),
      ),
    [milestones, planItems, view.calendar, project.start, view.today],
  );
  const baseline = choice.kind === 'record' ? baselines.find((entry) => entry.id === choice.id) : undefined;
  const baselineDates = useMemo(() => indexBaselineDates(baseline, baseline ? [] : milestones), [baseline, milestones]);
  const rows = useMemo(
    () =>
      measured('plan rows', () =>
        buildPlanRows(orderPlanEntries(schedule.entries), {
          milestones,
          planItems,
          baselineDates,
          calendar: view.calendar,
          today: view.today,
        }),
      ),
    [schedule, baselineDates, milestones, planItems, view.calendar, view.today],
  );
  const rowById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  return { schedule, rows, rowById, baseline };
}

/**
 * Runs `work` and leaves its duration as a `performance.measure` ("ipmo: <name>"), as WorkspaceApp.tsx
 * does for opening a project: bench/workspace/run.mjs reads them to time a re-plan after one edit.
 */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(`ipmo: ${name}`, { start });
  return result;
}
