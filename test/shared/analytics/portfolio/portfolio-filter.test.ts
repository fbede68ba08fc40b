import { describe, expect, it } from 'vitest';
import {
  buildPortfolioDashboard,
  type DashboardProject,
  filterPortfolioDashboard,
  listDashboardFilterOptions,
  type PortfolioDashboard,
  rollUpPortfolio,
} from '../../../../shared';
import { owner } from '../../mutations/workspace-fixture';
import { people, recordsOf, richWorkspace, today } from './portfolio-workspace';

function dashboardWithManagers() {
  const { workspace, portfolio } = richWorkspace();
  workspace.must(
    'project.update',
    { id: portfolio.ids.txt, patch: { managerId: 'member-pat', managerName: 'Pat Manager' } },
    owner,
  );
  workspace.must(
    'project.update',
    { id: portfolio.ids.cal, patch: { managerId: 'member-sam', managerName: 'Sam Manager', state: 'on_hold' } },
    owner,
  );
  return { dashboard: buildPortfolioDashboard(recordsOf(workspace), today), records: recordsOf(workspace), portfolio };
}

describe('filterPortfolioDashboard', () => {
  it('returns the dashboard itself when nothing filters', () => {
    const { dashboard } = dashboardWithManagers();
    expect(filterPortfolioDashboard(dashboard, {})).toBe(dashboard);
    expect(filterPortfolioDashboard(dashboard, { sponsor: '', managerId: '' })).toBe(dashboard);
  });

  it('restricts projects and everything derived from them, totals as the roll-up counts them', () => {
    const { dashboard, records, portfolio } = dashboardWithManagers();
    const calOnly = filterPortfolioDashboard(dashboard, { sponsor: 'Lee Sponsor' });
    expect(calOnly.projects.map((project) => project.code)).toEqual(['CAL']);
    const recordsOfCal = {
      ...records,
      projects: records.projects.filter((project) => project.id === portfolio.ids.cal),
    };
    expect(calOnly.totals).toEqual(rollUpPortfolio(recordsOfCal, today).totals);
    expect(calOnly.heatMap.total).toBe(1);
    expect(calOnly.heatMap.cells.flat(2).every((cell) => cell.projectId === portfolio.ids.cal)).toBe(true);
    expect(calOnly.topRisks.map((risk) => risk.projectCode)).toEqual(['CAL']);
    expect(calOnly.pendingGates).toEqual([]);
    expect(calOnly.findingLeague.byProject.map((entry) => entry.code)).toEqual(['CAL']);
    // Both people work on CAL; Bob's row keeps his whole load, TXT included, since that is what overloads him.
    expect(calOnly.capacity.rows.map((row) => row.personId).sort()).toEqual([people.ada, people.bob].sort());
    expect(calOnly.capacity.overAllocatedCount).toBe(1);
    const txtOnly = filterPortfolioDashboard(dashboard, { managerId: 'member-pat' });
    expect(txtOnly.capacity.rows.map((row) => row.personId)).toEqual([people.bob]);
    expect(txtOnly.pendingGates).toHaveLength(1);
  });

  it('filters by phase name, state and suggested overall light, unknown included', () => {
    const { dashboard } = dashboardWithManagers();
    expect(filterPortfolioDashboard(dashboard, { phase: 'Discover' }).projects).toHaveLength(2);
    expect(filterPortfolioDashboard(dashboard, { phase: 'Build' }).projects).toHaveLength(0);
    expect(filterPortfolioDashboard(dashboard, { state: 'on_hold' }).projects.map((p) => p.code)).toEqual(['CAL']);
    expect(filterPortfolioDashboard(dashboard, { rag: 'red' }).projects.map((p) => p.code)).toEqual(['TXT']);
    expect(filterPortfolioDashboard(dashboard, { rag: 'unknown' }).totals.projects).toBe(0);
    expect(filterPortfolioDashboard(dashboard, { rag: 'red', state: 'on_hold' }).projects).toEqual([]);
  });

  it('filters 200 projects well within the 100 ms a filter change may take', () => {
    const { dashboard } = dashboardWithManagers();
    const many: PortfolioDashboard = {
      ...dashboard,
      projects: Array.from(
        { length: 200 },
        (_, index): DashboardProject => ({
          ...dashboard.projects[index % 2],
          projectId: `p${index}`,
          code: `P${index}`,
          sponsorName: `Sponsor ${index % 7}`,
        }),
      ),
    };
    const started = performance.now();
    for (let round = 0; round < 20; round += 1) filterPortfolioDashboard(many, { sponsor: `Sponsor ${round % 7}` });
    expect((performance.now() - started) / 20).toBeLessThan(20);
  });
});

describe('listDashboardFilterOptions', () => {
  it('offers each sponsor, manager (by member id), phase and state once, sorted', () => {
    const { dashboard } = dashboardWithManagers();
    expect(listDashboardFilterOptions(dashboard.projects)).toEqual({
      sponsors: ['Dana Sponsor', 'Lee Sponsor'],
      managers: [
        { id: 'member-pat', name: 'Pat Manager' },
        { id: 'member-sam', name: 'Sam Manager' },
      ],
      phases: ['Discover'],
      states: ['active', 'on_hold'],
    });
  });
});
