import type { Milestone } from '../../schemas/plan';
import type { Project } from '../../schemas/project';
import { defaultWorkspaceSettings } from '../../schemas/workspace-settings';
import { createWorkingCalendar, type IsoDate, type WorkingCalendar } from '../schedule/working-calendar';
import type { DashboardProject, PriorityWeights, WhatIfChange, WhatIfOutcome } from './dashboard-types';
import { toDashboardProjects } from './portfolio-dashboard';
import { rankProjects } from './prioritisation';
import { analyzePortfolio, computePortfolioTotals } from './roll-up-portfolio';
import type { WorkspaceRecords } from './workspace-records';

/** The project and its milestones with the changes applied, as new objects: the input is never written. */
function applyChanges(
  project: Project,
  milestones: readonly Milestone[],
  changes: readonly WhatIfChange[],
  calendar: WorkingCalendar,
): { project: Project; milestones: Milestone[] } {
  let changedProject = project;
  let changedMilestones = milestones.filter((milestone) => milestone.projectId === project.id);
  for (const change of changes) {
    if (change.kind === 'changeBudget') {
      changedProject = { ...changedProject, bac: change.bac };
    } else {
      const days = Math.trunc(change.days);
      changedMilestones = changedMilestones.map((milestone) =>
        milestone.id === change.milestoneId && days !== 0
          ? { ...milestone, forecastDate: calendar.addWorkingDays(milestone.forecastDate, days) }
          : milestone,
      );
    }
  }
  return { project: changedProject, milestones: changedMilestones };
}

/** The one project's dashboard row, analysed alone (over-allocation still reads every person's load). */
function analyzeOne(
  records: WorkspaceRecords,
  project: Project,
  milestones: Milestone[],
  today: IsoDate,
): DashboardProject | undefined {
  const scoped: WorkspaceRecords = { ...records, projects: [project], milestones };
  return toDashboardProjects(analyzePortfolio(scoped, today))[0];
}

/**
 * The portfolio as it stands, analysed once per records object and day: a PMO trying slips one
 * keystroke at a time would otherwise re-analyse every project each time (about 110 ms for 200
 * projects in Node). Records are read as immutable data (this module never writes them).
 */
const standingCache = new WeakMap<WorkspaceRecords, { today: IsoDate; projects: DashboardProject[] }>();

function readProjectsBefore(records: WorkspaceRecords, today: IsoDate): DashboardProject[] {
  const cached = standingCache.get(records);
  if (cached?.today === today) return cached.projects;
  const projects = toDashboardProjects(analyzePortfolio(records, today));
  standingCache.set(records, { today, projects });
  return projects;
}

/**
 * What one project and the portfolio would look like after slipping a milestone (by working days of
 * the workspace calendar; negative pulls in) or changing the budget (BAC), before anything is saved
 * (docs/domain.md "What-if"): the project's row, the portfolio totals and its rank, before and after.
 * Never writes its input: every changed record is a copy.
 * @throws RangeError when `projectId` is not a live project: the screens offer only live ones.
 */
export function simulateWhatIf(
  records: WorkspaceRecords,
  projectId: string,
  changes: readonly WhatIfChange[],
  today: IsoDate,
  weights: PriorityWeights,
): WhatIfOutcome {
  const calendar = createWorkingCalendar(records.settings ?? defaultWorkspaceSettings);
  const projectsBefore = readProjectsBefore(records, today);
  const index = projectsBefore.findIndex((project) => project.projectId === projectId);
  const target = records.projects.find((project) => project.id === projectId);
  if (index < 0 || !target) throw new RangeError(`No live project ${projectId} to simulate.`);
  const changed = applyChanges(target, records.milestones, changes, calendar);
  // The project is live before and a what-if never changes its state, so it is analysed after too.
  const after = analyzeOne(records, changed.project, changed.milestones, today)!;
  const projectsAfter = projectsBefore.map((project, position) => (position === index ? after : project));
  const rankOf = (projects: DashboardProject[]) =>
    rankProjects(projects, weights).find((ranked) => ranked.projectId === projectId)?.rank ?? null;
  return {
    projectId,
    before: projectsBefore[index],
    after,
    totalsBefore: computePortfolioTotals(projectsBefore),
    totalsAfter: computePortfolioTotals(projectsAfter),
    rankBefore: rankOf(projectsBefore),
    rankAfter: rankOf(projectsAfter),
  };
}
