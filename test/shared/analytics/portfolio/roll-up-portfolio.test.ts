import { describe, expect, it } from 'vitest';
import { rollUpPortfolio, type WorkspaceRecords } from '../../../../shared/analytics/portfolio';
import { defaultWorkspaceSettings } from '../../../../shared/schemas/workspace-settings';

const today = '2026-11-25';
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const meta = (n: number) => ({
  id: id(n),
  createdAt: '2026-01-05T09:00:00.000Z',
  createdBy: 'pmo',
  updatedAt: '2026-11-20T09:00:00.000Z',
  updatedBy: 'pm',
  version: 3,
});

const erp = id(1);
const crm = id(2);
const archived = id(3);

/** An ERP rollout that reports green while it runs late and over budget, a healthy CRM, and a closed project. */
function workspace(): WorkspaceRecords {
  return {
    settings: defaultWorkspaceSettings,
    templates: [],
    projects: [
      {
        ...meta(1),
        code: 'ERP',
        name: 'ERP rollout',
        state: 'active',
        managerId: 'pm-1',
        managerName: 'Paula',
        sponsor: { name: 'CFO' },
        bac: 100_000,
        actualCost: 80_000,
      },
      {
        ...meta(2),
        code: 'CRM',
        name: 'CRM refresh',
        state: 'active',
        managerId: 'pm-2',
        sponsor: { name: 'CSO' },
        bac: 50_000,
        actualCost: 10_000,
      },
      { ...meta(3), code: 'OLD', name: 'Closed pilot', state: 'closed', bac: 10_000 },
    ],
    planItems: [
      // ERP: both tasks should be done by today; half the work is.
      {
        ...meta(10),
        projectId: erp,
        kind: 'task',
        title: 'Design',
        start: '2026-09-01',
        durationDays: 20,
        percentComplete: 60,
        predecessors: [],
        plannedValue: 50_000,
      },
      {
        ...meta(11),
        projectId: erp,
        kind: 'task',
        title: 'Build',
        start: '2026-10-01',
        durationDays: 20,
        percentComplete: 40,
        predecessors: [],
        plannedValue: 50_000,
      },
      // CRM: on plan.
      {
        ...meta(12),
        projectId: crm,
        kind: 'task',
        title: 'Migrate',
        start: '2026-11-02',
        durationDays: 10,
        percentComplete: 100,
        predecessors: [],
        plannedValue: 10_000,
      },
    ],
    baselines: [
      {
        ...meta(20),
        projectId: erp,
        name: 'Plan of record',
        takenOn: '2026-08-15',
        bac: 100_000,
        items: [
          { planItemId: id(10), start: '2026-09-01', plannedValue: 50_000 },
          { planItemId: id(11), start: '2026-10-01', plannedValue: 50_000 },
        ],
        milestones: [],
      },
      {
        ...meta(21),
        projectId: crm,
        name: 'Plan of record',
        takenOn: '2026-10-15',
        bac: 50_000,
        items: [{ planItemId: id(12), start: '2026-11-02', plannedValue: 10_000 }],
        milestones: [],
      },
    ],
    milestones: [
      {
        ...meta(30),
        projectId: erp,
        title: 'Go-live',
        baselineDate: '2026-11-02',
        forecastDate: '2026-11-16',
        mandatory: true,
        predecessors: [],
      },
      {
        ...meta(31),
        projectId: erp,
        title: 'Hypercare end',
        baselineDate: '2027-01-15',
        forecastDate: '2027-02-01',
        mandatory: false,
        predecessors: [],
      },
      {
        ...meta(32),
        projectId: crm,
        title: 'Data migrated',
        baselineDate: '2026-11-13',
        forecastDate: '2026-11-13',
        actualDate: '2026-11-13',
        mandatory: true,
        predecessors: [],
      },
    ],
    risks: [
      {
        ...meta(40),
        projectId: erp,
        title: 'Vendor insolvency',
        kind: 'threat',
        probability: 5,
        impact: 4,
        costImpact: 10_000,
        status: 'open',
        owner: { name: 'Paula' },
        responseStrategy: 'mitigate',
        cause: 'c',
        event: 'e',
        effect: 'f',
      },
      {
        ...meta(41),
        projectId: erp,
        title: 'Key user leaves',
        kind: 'threat',
        probability: 1,
        impact: 3,
        costImpact: 5_000,
        status: 'open',
        owner: { name: 'Paula' },
        responseStrategy: 'accept',
        cause: 'c',
        event: 'e',
        effect: 'f',
      },
      {
        ...meta(42),
        projectId: erp,
        title: 'Licence price rise',
        kind: 'threat',
        probability: 4,
        impact: 5,
        costImpact: 50_000,
        status: 'closed',
        owner: { name: 'Paula' },
      },
      {
        ...meta(43),
        projectId: erp,
        title: 'Data quality',
        kind: 'threat',
        probability: 3,
        impact: 3,
        status: 'open',
        owner: { name: 'Paula' },
        responseStrategy: 'mitigate',
        cause: 'c',
        event: 'e',
        effect: 'f',
      },
      {
        ...meta(44),
        projectId: erp,
        title: 'Reuse old reports',
        kind: 'opportunity',
        probability: 2,
        impact: 2,
        status: 'open',
        owner: { name: 'Paula' },
      },
    ],
    issues: [],
    actions: [],
    statusReports: [
      {
        ...meta(50),
        projectId: erp,
        periodStart: '2026-11-09',
        periodEnd: '2026-11-20',
        overall: { chosen: 'green' },
        dimensions: {},
        keyRiskIds: [],
        keyIssueIds: [],
        milestoneForecasts: [],
        state: 'submitted',
        submittedAt: '2026-11-20T16:00:00.000Z',
      },
    ],
    gateReviews: [],
    persons: [],
    allocations: [],
    costEntries: [],
  } as WorkspaceRecords;
}

describe('portfolio roll-up', () => {
  const portfolio = rollUpPortfolio(workspace(), today);
  const erpLine = portfolio.projects.find((line) => line.code === 'ERP')!;
  const crmLine = portfolio.projects.find((line) => line.code === 'CRM')!;

  it('lists the active projects only', () => {
    expect(portfolio.projects.map((line) => line.code).sort()).toEqual(['CRM', 'ERP']);
    expect(portfolio.projects.some((line) => line.projectId === archived)).toBe(false);
    expect(portfolio.totals.projects).toBe(2);
  });

  it('flags a green report that the data contradicts (watermelon) and suggests worse than green', () => {
    expect(erpLine.reportedRag).toEqual({ rag: 'green', periodEnd: '2026-11-20' });
    expect(erpLine.findings.map((finding) => finding.ruleId)).toContain('status-watermelon');
    expect(erpLine.suggestedRag.dimensions.schedule.rag).toBe('red');
    expect(erpLine.suggestedRag.overall.rag).toBe('red');
    expect(erpLine.earnedValue.spi).toBeCloseTo(0.5);
  });

  it('reports the worst mandatory slip and the next milestone not yet achieved, overdue by 7 working days', () => {
    // Baseline 2 Nov, forecast 16 Nov, today 25 Nov: the stale forecast counts as today, 17 working days late.
    expect(erpLine.milestones.maxMandatorySlipDays).toBe(17);
    expect(erpLine.milestones.overdueCount).toBe(1);
    expect(erpLine.milestones.next).toEqual({
      id: expect.any(String),
      title: 'Go-live',
      forecastDate: '2026-11-16',
      slipDays: 17,
      overdueDays: 7,
    });
    expect(crmLine.milestones.next).toBeUndefined();
  });

  it('ranks the three highest open risks and sums the exposure of open threats only', () => {
    expect(erpLine.topRisks.map((risk) => [risk.title, risk.score])).toEqual([
      ['Vendor insolvency', 20],
      ['Data quality', 9],
      ['Reuse old reports', 4],
    ]);
    // 90 % × 10,000 + 10 % × 5,000; the closed threat and the opportunity do not count.
    expect(erpLine.riskExposure).toBeCloseTo(9_500);
  });

  it('totals the portfolio', () => {
    const { bySuggestedRag, bac, riskExposure, findings } = portfolio.totals;
    expect(bySuggestedRag.green + bySuggestedRag.amber + bySuggestedRag.red + bySuggestedRag.unknown).toBe(2);
    expect(bac).toBe(150_000);
    expect(riskExposure).toBeCloseTo(9_500);
    expect(findings.critical).toBe(erpLine.findingCounts.critical + crmLine.findingCounts.critical);
  });

  it('gives the same answer for the same data, whatever the record order', () => {
    const original = workspace();
    const shuffled: WorkspaceRecords = {
      ...original,
      risks: [...original.risks].reverse(),
      projects: [...original.projects].reverse(),
    };
    const again = rollUpPortfolio(shuffled, today);
    const byCode = (lines: typeof portfolio.projects) => [...lines].sort((a, b) => a.code.localeCompare(b.code));
    expect(byCode(again.projects)).toEqual(byCode(portfolio.projects));
  });
});
