import { describe, expect, it } from 'vitest';
import type { ProjectFacts } from '../../../shared/health/project-facts';
import { runHealthChecks } from '../../../shared/health/run-health-checks';
import { formatMessage } from '../../../shared/i18n/format-message';
import { aliceId, anOverAllocation, bobId, healthyFacts, settings } from './fixtures';

const findings = (facts: ProjectFacts, ruleId: string) =>
  runHealthChecks(facts, settings).filter((finding) => finding.ruleId === ruleId);

describe('person-over-allocated', () => {
  it('reports each over-allocated person once, with the first week, the count and the worst excess', () => {
    const overAllocations = [
      anOverAllocation({ weekStart: '2026-03-16', overBy: 4 }),
      anOverAllocation({ weekStart: '2026-03-23', overBy: 12.5 }),
      anOverAllocation({ personId: bobId, personName: 'Bob Leroy', weekStart: '2026-04-06', overBy: 2 }),
    ];
    const hits = findings(healthyFacts({ overAllocations }), 'person-over-allocated');
    expect(hits.map((f) => f.entityId)).toEqual([aliceId, bobId]);
    expect(formatMessage('en', hits[0].messageKey, hits[0].params)).toBe(
      'Alice Martin is booked above capacity from the week of Mar 16, 2026 (weeks over: 2; worst: 12.5 h over).',
    );
  });

  it('ignores past weeks, weeks beyond 12 weeks ahead and weeks this project has no share of', () => {
    const overAllocations = [
      anOverAllocation({ weekStart: '2026-03-02' }),
      anOverAllocation({ weekStart: '2026-07-06' }),
      anOverAllocation({ projectIds: ['00000000-0000-4000-8000-00000000ee99'] }),
    ];
    expect(findings(healthyFacts({ overAllocations }), 'person-over-allocated')).toEqual([]);
  });
});
