import { describe, expect, it } from 'vitest';
import { formatWorkspaceRoute, parseWorkspaceRoute, workspaceTabs } from '../../../extension/messaging/workspace-route';

const projectId = '6b1f7c1e-2a4d-4c8e-9a51-0c3b2d1e4f5a';
const riskId = '0f0e0d0c-0b0a-4908-8706-050403020100';

describe('workspace deep links', () => {
  it('round-trips every tab, with and without a record', () => {
    for (const tab of workspaceTabs) {
      for (const route of [
        { projectId, tab },
        { projectId, tab, recordId: riskId },
      ]) {
        expect(parseWorkspaceRoute(formatWorkspaceRoute(route))).toEqual(route);
      }
    }
    expect(formatWorkspaceRoute({ projectId, tab: 'risks', recordId: riskId })).toBe(
      `#/projects/${projectId}/risks/${riskId}`,
    );
  });

  it('falls back to the overview for an unknown tab, and to no project for a malformed address', () => {
    expect(parseWorkspaceRoute(`#/projects/${projectId}/gantt`)).toEqual({ projectId, tab: 'overview' });
    expect(parseWorkspaceRoute('#/projects/not-an-id/risks')).toEqual({ tab: 'overview' });
    expect(parseWorkspaceRoute('')).toEqual({ tab: 'overview' });
    expect(parseWorkspaceRoute(`#/projects/${projectId}/risks/<img src=x>`)).toEqual({ projectId, tab: 'risks' });
  });
});
