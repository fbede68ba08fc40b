import { describe, expect, it } from 'vitest';
import { suggestRag } from '../../../shared/analytics/rag/suggested-rag';
import { captureMilestoneForecasts, proposeKeyItems } from '../../../shared/reports/key-items';
import { draftStatusReport } from '../../../shared/reports/new-report';
import { proposeReportPeriod } from '../../../shared/reports/report-period';
import { StatusReportFieldsSchema } from '../../../shared/schemas/status-report';
import { aMilestone, anIssue, aRisk, healthyFacts, projectId, settings, today } from '../health/fixtures';

describe('the period of a new report', () => {
  it('starts the day after the latest report ended and ends today', () => {
    const reports = [{ periodEnd: '2026-02-27' }, { periodEnd: '2026-03-06' }];
    expect(proposeReportPeriod(reports, '2026-03-16', 14)).toEqual({
      periodStart: '2026-03-07',
      periodEnd: '2026-03-16',
    });
  });

  it('covers one reporting cycle, today included, for the first report', () => {
    expect(proposeReportPeriod([], '2026-03-16', 14)).toEqual({ periodStart: '2026-03-03', periodEnd: '2026-03-16' });
  });

  it('is today alone when a report already reaches today, never reversed', () => {
    expect(proposeReportPeriod([{ periodEnd: '2026-03-20' }], '2026-03-16', 14)).toEqual({
      periodStart: '2026-03-16',
      periodEnd: '2026-03-16',
    });
  });
});

describe('the key items a new report proposes', () => {
  it('are the top open risks by current score and the pressing open issues', () => {
    const risks = [
      aRisk({ title: 'Low', probability: 1, impact: 2 }),
      aRisk({ title: 'Residual low', probability: 5, impact: 5, residualProbability: 1, residualImpact: 1 }),
      aRisk({ title: 'Closed', probability: 5, impact: 5, status: 'closed' }),
      aRisk({ title: 'Top', probability: 4, impact: 5 }),
      ...['a', 'b', 'c', 'd'].map((title) => aRisk({ title, probability: 3, impact: 3 })),
    ];
    const critical = anIssue({ title: 'Critical', priority: 'critical' });
    const high = anIssue({ title: 'High', priority: 'high', dueDate: '2026-03-20' });
    const issues = [
      anIssue({ title: 'Medium' }),
      high,
      anIssue({ title: 'Done', priority: 'critical', status: 'closed' }),
      critical,
    ];
    const { keyRiskIds, keyIssueIds } = proposeKeyItems(risks, issues);
    const titleOf = (id: string) => risks.find((risk) => risk.id === id)?.title;
    expect(keyRiskIds.map(titleOf)).toEqual(['Top', 'a', 'b', 'c', 'd']);
    expect(keyIssueIds).toEqual([critical.id, high.id]);
  });
});

describe('a new draft', () => {
  it('holds the period, the suggested lights, the key items and today’s milestone forecasts, and is valid', () => {
    const late = aMilestone({ title: 'Go-live', forecastDate: '2026-03-02', isOverdue: true });
    const early = aMilestone({ title: 'Design signed', forecastDate: '2026-02-10' });
    const facts = healthyFacts({ milestones: [late, early] });
    const draft = draftStatusReport({
      projectId,
      today,
      reportingCycleDays: 14,
      suggestion: suggestRag(facts, settings),
      language: 'en',
      reports: facts.statusReports,
      risks: [...facts.risks],
      issues: [],
      milestones: facts.milestones,
    });
    expect(draft).toMatchObject({ projectId, periodStart: '2026-03-07', periodEnd: today, state: 'draft' });
    expect(draft.dimensions.schedule).toMatchObject({ suggested: 'amber', chosen: 'amber' });
    expect(draft.keyRiskIds).toEqual([facts.risks[0].id]);
    expect(draft.milestoneForecasts).toEqual(captureMilestoneForecasts([early, late]));
    expect(draft.milestoneForecasts.map((entry) => entry.milestoneId)).toEqual([early.id, late.id]);
    expect(StatusReportFieldsSchema.safeParse(draft).success).toBe(true);
  });
});
