import { describe, expect, it } from 'vitest';
import type { ProjectFacts } from '../../../shared/health/project-facts';
import { runHealthChecks } from '../../../shared/health/run-health-checks';
import { aMilestone, aProject, healthyFacts, settings } from './fixtures';

const findings = (facts: ProjectFacts, ruleId: string) =>
  runHealthChecks(facts, settings).filter((finding) => finding.ruleId === ruleId);

describe('milestone-overdue', () => {
  it('flags a milestone past its forecast and not done, with the days overdue', () => {
    const milestone = aMilestone({ title: 'UAT sign-off', forecastDate: '2026-03-06', isOverdue: true });
    const [finding] = findings(healthyFacts({ milestones: [milestone] }), 'milestone-overdue');
    expect(finding).toMatchObject({ entity: 'milestone', entityId: milestone.id, params: { days: 10 } });
  });

  it('does not flag a milestone reached late (it has an actual date) or still ahead', () => {
    const milestones = [
      aMilestone({ forecastDate: '2026-03-06', actualDate: '2026-03-09', isOverdue: false }),
      aMilestone({ forecastDate: '2026-04-01' }),
    ];
    expect(findings(healthyFacts({ milestones }), 'milestone-overdue')).toEqual([]);
  });
});

describe('milestone-slipped', () => {
  it('flags a forecast more than 5 working days (the green tolerance) past its baseline', () => {
    const milestone = aMilestone({ slipDays: 6 });
    const [finding] = findings(healthyFacts({ milestones: [milestone] }), 'milestone-slipped');
    expect(finding.params).toMatchObject({ slipDays: 6, toleranceDays: 5 });
  });

  it('does not flag a slip within tolerance, an early milestone, or one already done', () => {
    const milestones = [
      aMilestone({ slipDays: 5 }),
      aMilestone({ slipDays: -3 }),
      aMilestone({ slipDays: 20, actualDate: '2026-03-01' }),
    ];
    expect(findings(healthyFacts({ milestones }), 'milestone-slipped')).toEqual([]);
  });
});

describe('milestone-without-baseline and project-without-baseline', () => {
  it('flags a milestone added after the baseline was taken', () => {
    const milestone = aMilestone({ title: 'Data archive', baselineDate: undefined, slipDays: undefined });
    const hits = findings(healthyFacts({ milestones: [milestone] }), 'milestone-without-baseline');
    expect(hits.map((f) => f.entityId)).toEqual([milestone.id]);
  });

  it('flags an active project with no baseline once, not each of its milestones', () => {
    const milestones = [aMilestone({ baselineDate: undefined }), aMilestone({ baselineDate: undefined })];
    const facts = healthyFacts({ milestones, metrics: { hasBaseline: false } });
    expect(findings(facts, 'milestone-without-baseline')).toEqual([]);
    expect(findings(facts, 'project-without-baseline')).toMatchObject([{ entity: 'project', severity: 'warning' }]);
  });

  it('does not expect a baseline from a proposed project', () => {
    const facts = healthyFacts({ project: aProject({ state: 'proposed' }), metrics: { hasBaseline: false } });
    expect(findings(facts, 'project-without-baseline')).toEqual([]);
  });
});
