import { describe, expect, it } from 'vitest';
import {
  isKeyPersonOn,
  overAllocationsOnProject,
} from '../../../../shared/analytics/resources/project-over-allocation';
import { anOverAllocation, projectId, today } from '../../health/fixtures';

describe('overAllocationsOnProject', () => {
  it('keeps this week and the weeks up to the horizon in which the project has a share', () => {
    const entries = [
      anOverAllocation({ weekStart: '2026-03-09' }),
      anOverAllocation({ weekStart: '2026-03-16' }),
      anOverAllocation({ weekStart: '2026-04-13' }),
      anOverAllocation({ weekStart: '2026-04-20' }),
      anOverAllocation({ weekStart: '2026-03-23', projectIds: ['other'] }),
    ];
    const kept = overAllocationsOnProject(entries, projectId, { today, horizonWeeks: 4 });
    expect(kept.map((entry) => entry.weekStart)).toEqual(['2026-03-16', '2026-04-13']);
  });

  it('tells whether the person is key on the project that week', () => {
    expect(isKeyPersonOn(anOverAllocation({ keyProjectIds: [projectId] }), projectId)).toBe(true);
    expect(isKeyPersonOn(anOverAllocation(), projectId)).toBe(false);
  });
});
