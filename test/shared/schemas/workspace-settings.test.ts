import { describe, expect, it } from 'vitest';
import { defaultWorkspaceSettings, WorkspaceSettingsFieldsSchema } from '../../../shared/schemas/workspace-settings';

describe('workspace settings', () => {
  it('starts from the documented defaults, overdue count and history retention included', () => {
    expect(defaultWorkspaceSettings.ragThresholds).toEqual({
      greenIndex: 0.95,
      amberIndex: 0.85,
      greenSlipDays: 5,
      amberSlipDays: 15,
      redOverrunPercent: 10,
      amberOverdueMilestones: 1,
    });
  });

  it('reads thresholds saved before the overdue count existed', () => {
    const older = { greenIndex: 0.9, amberIndex: 0.8, greenSlipDays: 3, amberSlipDays: 10, redOverrunPercent: 5 };
    const parsed = WorkspaceSettingsFieldsSchema.parse({ ragThresholds: older });
    expect(parsed.ragThresholds.amberOverdueMilestones).toBe(1);
  });

  it('refuses thresholds that leave amber unreachable, naming the field', () => {
    const inverted = { ...defaultWorkspaceSettings.ragThresholds, amberIndex: 0.99 };
    const index = WorkspaceSettingsFieldsSchema.safeParse({ ragThresholds: inverted });
    expect(index.success).toBe(false);
    expect(index.error?.issues[0]?.path).toEqual(['ragThresholds', 'amberIndex']);
    const slip = { ...defaultWorkspaceSettings.ragThresholds, amberSlipDays: 2 };
    const slipped = WorkspaceSettingsFieldsSchema.safeParse({ ragThresholds: slip });
    expect(slipped.error?.issues[0]?.path).toEqual(['ragThresholds', 'amberSlipDays']);
  });
});
