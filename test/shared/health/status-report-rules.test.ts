import { describe, expect, it } from 'vitest';
import type { ProjectFacts } from '../../../shared/health/project-facts';
import { findWatermelonContradictions } from '../../../shared/health/rules';
import { runHealthChecks } from '../../../shared/health/run-health-checks';
import { formatMessage } from '../../../shared/i18n/format-message';
import {
  aMilestone,
  anOverAllocation,
  aProject,
  aRisk,
  aStatusReport,
  bobId,
  healthyFacts,
  projectId,
  settings,
} from './fixtures';

const findings = (facts: ProjectFacts, ruleId: string) =>
  runHealthChecks(facts, settings).filter((finding) => finding.ruleId === ruleId);

describe('status-report-stale', () => {
  it('flags a latest report older than the 14-day reporting cycle', () => {
    const report = aStatusReport({ periodEnd: '2026-02-27', submittedAt: '2026-03-01T10:00:00.000Z' });
    const [finding] = findings(healthyFacts({ statusReports: [report] }), 'status-report-stale');
    expect(finding).toMatchObject({ entity: 'statusReport', entityId: report.id, params: { days: 15, cycleDays: 14 } });
  });

  it('reads the latest submitted report, ignoring an older one and a newer draft', () => {
    const old = aStatusReport({ periodEnd: '2026-01-30', submittedAt: '2026-02-01T10:00:00.000Z' });
    const recent = aStatusReport({ submittedAt: '2026-03-09T10:00:00.000Z' });
    const draft = aStatusReport({ periodEnd: '2026-03-13', state: 'draft', submittedAt: undefined });
    expect(findings(healthyFacts({ statusReports: [recent, old, draft] }), 'status-report-stale')).toEqual([]);
  });

  it('flags an active project that started weeks ago and never reported', () => {
    const facts = healthyFacts({ statusReports: [aStatusReport({ state: 'draft', submittedAt: undefined })] });
    expect(findings(facts, 'status-report-stale')).toMatchObject([
      { entity: 'project', messageKey: 'health.statusReportMissing.message' },
    ]);
  });

  it('gives a project that started this week until the end of its first cycle', () => {
    const facts = healthyFacts({ project: aProject({ start: '2026-03-09' }), statusReports: [] });
    expect(findings(facts, 'status-report-stale')).toEqual([]);
  });
});

describe('status-watermelon', () => {
  it('flags a green report while SPI is 0.82, saying exactly that', () => {
    const report = aStatusReport();
    const facts = healthyFacts({ statusReports: [report], metrics: { ...healthyFacts().metrics, spi: 0.82 } });
    const [finding] = findings(facts, 'status-watermelon');
    expect(finding).toMatchObject({ severity: 'critical', entity: 'statusReport', entityId: report.id });
    expect(formatMessage('en', finding.messageKey, finding.params)).toBe(
      'The status report of Mar 9, 2026 says green, but SPI is 0.82, below 0.9.',
    );
  });

  it('lists every contradicting fact: SPI, overdue mandatory milestone, risk above appetite, key person, no update', () => {
    const facts = healthyFacts({
      metrics: { spi: 0.7, hasBaseline: true },
      milestones: [aMilestone({ title: 'Go-live', isOverdue: true, forecastDate: '2026-03-02' })],
      risks: [aRisk({ title: 'Vendor insolvency', probability: 5, impact: 4, escalatedAt: '2026-03-01T09:00:00Z' })],
      overAllocations: [anOverAllocation({ keyProjectIds: [projectId] })],
      statusReports: [aStatusReport({ periodEnd: '2026-02-13', submittedAt: '2026-02-16T09:00:00Z' })],
    });
    const [finding] = findings(facts, 'status-watermelon');
    expect(finding.params.reasons).toHaveLength(5);
    expect(formatMessage('en', finding.messageKey, finding.params)).toBe(
      'The status report of Feb 16, 2026 says green, but SPI is 0.7, below 0.9, ' +
        'mandatory milestones are overdue (1: “Go-live”), ' +
        'open threats score above the appetite of 12 (1: “Vendor insolvency”), ' +
        'key people are over-allocated (1: Alice Martin), and there has been no update for 28 days.',
    );
    const codes = findWatermelonContradictions(
      facts,
      { spiBelow: 0.9, appetite: 12, horizonWeeks: 4, staleDays: 14 },
      '2026-02-16',
    );
    expect(codes.map((c) => c.code)).toEqual([
      'spi-low',
      'mandatory-milestone-overdue',
      'risk-above-appetite',
      'key-person-over-allocated',
      'no-update',
    ]);
  });

  it('fires when only the schedule light is green, not when the report is already amber', () => {
    const metrics = { spi: 0.8, hasBaseline: true };
    const scheduleGreen = aStatusReport({
      overall: { chosen: 'amber' },
      dimensions: { schedule: { chosen: 'green' } },
    });
    expect(findings(healthyFacts({ metrics, statusReports: [scheduleGreen] }), 'status-watermelon')).toHaveLength(1);
    const honest = aStatusReport({ overall: { chosen: 'amber' }, dimensions: { schedule: { chosen: 'red' } } });
    expect(findings(healthyFacts({ metrics, statusReports: [honest] }), 'status-watermelon')).toEqual([]);
  });

  it('does not fire on a green report the data supports, nor for a non-key person over-allocated', () => {
    const overAllocations = [anOverAllocation({ personId: bobId, personName: 'Bob Leroy' })];
    expect(findings(healthyFacts({ overAllocations }), 'status-watermelon')).toEqual([]);
  });
});
