import { describe, expect, it } from 'vitest';
import {
  buildPortfolioDashboard,
  computeWeeklyLoads,
  findOverAllocations,
  listCapacityWeeks,
  rollUpPortfolio,
} from '../../../../shared';
import { owner, pmo } from '../../mutations/workspace-fixture';
import { gateIds, people, recordsOf, richWorkspace, textbookWorkspace, today } from './portfolio-workspace';

describe('buildPortfolioDashboard', () => {
  it('gives the textbook EVM figures and the same roll-up, project by project, as rollUpPortfolio', () => {
    const { workspace, portfolio } = textbookWorkspace();
    const records = recordsOf(workspace);
    const dashboard = buildPortfolioDashboard(records, today);
    const rollUp = rollUpPortfolio(records, today);
    const txt = dashboard.projects.find((project) => project.code === 'TXT')!;
    const { expected } = portfolio;
    expect(txt.earnedValue).toMatchObject({
      bac: expected.txt.bac,
      pv: expected.txt.pv,
      ev: expected.txt.ev,
      ac: expected.txt.ac,
      spi: expected.txt.spi,
      eacCpi: expected.txt.eac,
      vacCpi: expected.txt.vac,
    });
    expect(txt.earnedValue.cpi).toBeCloseTo(expected.txt.cpi, 12);
    expect(dashboard.totals).toEqual(rollUp.totals);
    for (const [index, project] of rollUp.projects.entries()) expect(dashboard.projects[index]).toMatchObject(project);
  });

  it('adds sponsor, reported lights and how they moved, and flags the green report the data contradicts', () => {
    const { workspace } = textbookWorkspace();
    const dashboard = buildPortfolioDashboard(recordsOf(workspace), today);
    const [txt, cal] = dashboard.projects;
    expect(txt).toMatchObject({
      sponsorName: 'Dana Sponsor',
      strategicPriority: 4,
      expectedBenefit: 250_000,
      reportedRag: { rag: 'green' },
      reportedDimensions: { schedule: 'green', cost: 'amber' },
      ragMoves: { overall: 'better', schedule: 'better', cost: 'same' },
      isWatermelon: true,
    });
    expect(txt.suggestedRag.dimensions.schedule.rag).toBe('red');
    expect(cal).toMatchObject({ isWatermelon: false, ragMoves: { overall: 'same' } });
  });

  it('reads a worse light as worse, and no move below two submitted reports', () => {
    const { workspace, portfolio } = textbookWorkspace();
    workspace.must(
      'statusReport.create',
      {
        id: '00000000-0000-4000-8000-00000000aaaa',
        projectId: portfolio.ids.cal,
        periodStart: '2026-11-20',
        periodEnd: '2026-11-24',
        overall: { chosen: 'red' },
      },
      owner,
    );
    workspace.must('status.submit', { id: '00000000-0000-4000-8000-00000000aaaa' }, owner);
    const [, cal] = buildPortfolioDashboard(recordsOf(workspace), today).projects;
    expect(cal.ragMoves.overall).toBe('worse');
    const fresh = textbookWorkspace();
    for (const reportId of fresh.portfolio.ids.txtReports) fresh.workspace.rows.delete(`statusReport:${reportId}`);
    const [txt] = buildPortfolioDashboard(recordsOf(fresh.workspace), today).projects;
    expect(txt).toMatchObject({ reportedDimensions: {}, ragMoves: {} });
    expect(txt.reportedRag).toBeUndefined();
  });

  it('shows the phase by its template name and the pending gate with its score, oldest first', () => {
    const { workspace, portfolio } = richWorkspace();
    const dashboard = buildPortfolioDashboard(recordsOf(workspace), today);
    expect(dashboard.projects[0].phase).toEqual({ id: expect.any(String), name: 'Discover' });
    expect(dashboard.pendingGates).toEqual([
      {
        reviewId: gateIds.review,
        projectId: portfolio.ids.txt,
        projectCode: 'TXT',
        projectName: 'Textbook earned value',
        fromPhaseName: 'Discover',
        toPhaseName: 'Build',
        requestedBy: owner.actorId,
        requestedAt: expect.any(String),
        unmetMustMeet: 0,
        weightedScore: 4,
        passScore: 3,
      },
    ]);
    workspace.must('gate.decide', { id: gateIds.review, decision: 'go' }, pmo);
    expect(buildPortfolioDashboard(recordsOf(workspace), today).pendingGates).toEqual([]);
  });

  it('maps every open threat on the workspace matrix and ranks the top risks by exposure', () => {
    const { workspace } = richWorkspace();
    const { heatMap, topRisks } = buildPortfolioDashboard(recordsOf(workspace), today);
    expect(heatMap.size).toBe(5);
    expect(heatMap.total).toBe(3);
    expect(heatMap.counts[3][4]).toBe(1);
    expect(heatMap.cells[3][4]).toEqual([
      { projectId: expect.any(String), riskId: '00000000-0000-4000-8000-00000000026c' },
    ]);
    // The opportunity is not a threat: it is neither on the map nor in the exposure list.
    expect(topRisks.map((risk) => [risk.projectCode, risk.title, risk.emv])).toEqual([
      ['TXT', 'Supplier goes bankrupt', 28_000],
      ['CAL', 'Licence price rises', 5_000],
      ['TXT', 'Key tester leaves', null],
    ]);
  });

  it('counts capacity person by week over 12 ISO weeks from last week, as the Resources tab does', () => {
    const { workspace } = richWorkspace();
    const records = recordsOf(workspace);
    const { capacity } = buildPortfolioDashboard(records, today);
    expect(capacity.weekStarts).toEqual(listCapacityWeeks(today));
    expect(capacity.weekStarts[0]).toBe('2026-11-16');
    expect(capacity.weekStarts).toHaveLength(12);
    expect(capacity.rows.map((row) => row.name)).toEqual(['Ada Analyst', 'Bob Builder']);
    const bob = capacity.rows.find((row) => row.personId === people.bob)!;
    const over = findOverAllocations(
      records.persons,
      records.allocations,
      records.settings ?? {
        workingDays: [1, 2, 3, 4, 5],
        holidays: [],
      },
    );
    expect(bob.weeks.filter((week) => week.isOverAllocated).map((week) => week.weekStart)).toEqual(
      over.map((entry) => entry.weekStart),
    );
    const loads = computeWeeklyLoads(records.persons, records.allocations, {
      workingDays: [1, 2, 3, 4, 5],
      holidays: [],
    });
    const bobWeek = loads.find((load) => load.personId === people.bob && load.weekStart === '2026-11-30')!;
    expect(bob.weeks.find((week) => week.weekStart === '2026-11-30')).toMatchObject({
      allocatedHours: bobWeek.allocatedHours,
      capacityHours: bobWeek.capacityHours,
      isOverAllocated: true,
    });
    expect(bob.weeks[0]).toMatchObject({ allocatedHours: 0, capacityHours: 40, projectIds: [] });
    expect(capacity.overAllocatedCount).toBe(1);
    expect(buildPortfolioDashboard(records, today, { weeks: 4 }).capacity.weekStarts).toHaveLength(4);
  });

  it('leagues the health findings by project and by rule, the most critical first', () => {
    const { workspace } = richWorkspace();
    const dashboard = buildPortfolioDashboard(recordsOf(workspace), today);
    const { byProject, byRule } = dashboard.findingLeague;
    expect(byProject[0].code).toBe('TXT');
    for (const entry of byProject) {
      const project = dashboard.projects.find((each) => each.projectId === entry.projectId)!;
      expect(entry.counts).toEqual(project.findingCounts);
    }
    const watermelon = byRule.find((rule) => rule.ruleId === 'status-watermelon')!;
    expect(watermelon).toMatchObject({ total: 1, counts: { critical: 1 } });
    const total = byRule.reduce((sum, rule) => sum + rule.total, 0);
    expect(total).toBe(
      dashboard.totals.findings.critical + dashboard.totals.findings.warning + dashboard.totals.findings.info,
    );
  });

  it('answers an empty workspace with nothing in every section', () => {
    const empty = buildPortfolioDashboard(
      {
        templates: [],
        projects: [],
        milestones: [],
        planItems: [],
        baselines: [],
        risks: [],
        issues: [],
        actions: [],
        statusReports: [],
        gateReviews: [],
        persons: [],
        allocations: [],
        costEntries: [],
      },
      today,
    );
    expect(empty).toMatchObject({ projects: [], topRisks: [], pendingGates: [], heatMap: { total: 0 } });
    expect(empty.capacity).toMatchObject({ rows: [], overAllocatedCount: 0 });
  });
});
