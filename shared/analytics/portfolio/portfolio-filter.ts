import type { DashboardFilter, DashboardProject, PortfolioDashboard } from './dashboard-types';
import { buildFindingLeague, countOverAllocated, mergeTopRisks } from './portfolio-dashboard';
import { computePortfolioTotals } from './roll-up-portfolio';

/** Whether a project passes every filter given; an absent key does not filter. */
export function matchesDashboardFilter(project: DashboardProject, filter: DashboardFilter): boolean {
  if (filter.sponsor !== undefined && filter.sponsor !== '' && project.sponsorName !== filter.sponsor) return false;
  if (filter.managerId !== undefined && filter.managerId !== '' && project.managerId !== filter.managerId) return false;
  if (filter.phase !== undefined && filter.phase !== '' && project.phase?.name !== filter.phase) return false;
  if (filter.state !== undefined && filter.state !== '' && project.state !== filter.state) return false;
  if (filter.rag !== undefined && (project.suggestedRag.overall.rag ?? 'unknown') !== filter.rag) return false;
  return true;
}

/**
 * The dashboard restricted to the projects that pass the filter, and everything derived from them
 * (totals, heat map, top risks, capacity rows, findings league, pending gates), without analysing
 * anything again: linear in what the dashboard already holds.
 */
export function filterPortfolioDashboard(dashboard: PortfolioDashboard, filter: DashboardFilter): PortfolioDashboard {
  const projects = dashboard.projects.filter((project) => matchesDashboardFilter(project, filter));
  if (projects.length === dashboard.projects.length) return dashboard;
  const shown = new Set(projects.map((project) => project.projectId));
  const { heatMap } = dashboard;
  const cells = heatMap.cells.map((row) => row.map((cell) => cell.filter((entry) => shown.has(entry.projectId))));
  const counts = cells.map((row) => row.map((cell) => cell.length));
  const rows = dashboard.capacity.rows.filter((row) =>
    row.weeks.some((week) => week.projectIds.some((projectId) => shown.has(projectId))),
  );
  return {
    ...dashboard,
    projects,
    totals: computePortfolioTotals(projects),
    heatMap: {
      size: heatMap.size,
      counts,
      cells,
      total: counts.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0),
    },
    topRisks: mergeTopRisks(projects),
    capacity: { weekStarts: dashboard.capacity.weekStarts, rows, overAllocatedCount: countOverAllocated(rows) },
    findingLeague: buildFindingLeague(projects),
    pendingGates: dashboard.pendingGates.filter((gate) => shown.has(gate.projectId)),
  };
}

const byText = (a: string, b: string) => a.localeCompare(b);

/** The values each filter offers, from the projects on the dashboard: sorted, without repeats. */
export function listDashboardFilterOptions(projects: readonly DashboardProject[]): {
  sponsors: string[];
  managers: { id: string; name: string }[];
  phases: string[];
  states: string[];
} {
  const sponsors = new Set<string>();
  const managers = new Map<string, string>();
  const phases = new Set<string>();
  const states = new Set<string>();
  for (const project of projects) {
    if (project.sponsorName) sponsors.add(project.sponsorName);
    if (project.managerId && !managers.has(project.managerId))
      managers.set(project.managerId, project.managerName ?? project.managerId);
    if (project.phase) phases.add(project.phase.name);
    states.add(project.state);
  }
  return {
    sponsors: [...sponsors].sort(byText),
    managers: [...managers]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id)),
    phases: [...phases].sort(byText),
    states: [...states].sort(byText),
  };
}
