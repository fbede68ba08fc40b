import { describe, expect, it } from 'vitest';
import { crmWorkspace, expectRefusal, ids, milestoneArgs, now, pm, pmo, viewer } from './workspace-fixture';

function milestoneWorkspace(extra: Record<string, unknown> = {}) {
  const workspace = crmWorkspace();
  workspace.must('milestone.create', { ...milestoneArgs, baselineDate: '2027-03-15', ...extra });
  return workspace;
}

describe('milestone.reschedule', () => {
  it('moves the forecast, keeps the baseline, and logs the move with its reason', () => {
    const workspace = milestoneWorkspace();
    workspace.must('milestone.reschedule', {
      id: ids.milestone,
      forecastDate: '2027-04-02',
      reason: 'Supplier tooling late',
    });
    expect(workspace.get('milestone', ids.milestone)).toMatchObject({
      forecastDate: '2027-04-02',
      baselineDate: '2027-03-15',
      updatedBy: pm.actorId,
      dateChanges: [
        {
          kind: 'forecast',
          from: '2027-03-15',
          to: '2027-04-02',
          reason: 'Supplier tooling late',
          at: now,
          by: pm.actorId,
        },
      ],
    });
  });

  it('keeps every move in order, so the trend can be drawn', () => {
    const workspace = milestoneWorkspace();
    workspace.must('milestone.reschedule', { id: ids.milestone, forecastDate: '2027-04-02' });
    workspace.must('milestone.reschedule', { id: ids.milestone, forecastDate: '2027-04-16' }, pmo);
    const trail = workspace.get('milestone', ids.milestone)?.dateChanges as { to: string; by: string }[];
    expect(trail.map((move) => [move.to, move.by])).toEqual([
      ['2027-04-02', pm.actorId],
      ['2027-04-16', pmo.actorId],
    ]);
  });

  it('refuses to move an achieved milestone', () => {
    const workspace = milestoneWorkspace({ actualDate: '2027-03-12' });
    const message = expectRefusal(
      workspace.run('milestone.reschedule', { id: ids.milestone, forecastDate: '2027-04-02' }),
      'milestone_achieved',
    );
    expect(message).toContain('2027-03-12');
  });

  it('refuses when the forecast changed since the person looked', () => {
    const workspace = milestoneWorkspace();
    workspace.must('milestone.reschedule', { id: ids.milestone, forecastDate: '2027-04-02' });
    expectRefusal(
      workspace.run('milestone.reschedule', {
        id: ids.milestone,
        forecastDate: '2027-03-20',
        expected: { forecastDate: '2027-03-15' },
      }),
      'precondition_failed',
    );
    expect(workspace.get('milestone', ids.milestone)?.forecastDate).toBe('2027-04-02');
  });

  it('refuses a date that is not a calendar day, a missing milestone, and a viewer', () => {
    const workspace = milestoneWorkspace();
    expectRefusal(
      workspace.run('milestone.reschedule', { id: ids.milestone, forecastDate: '2027-02-30' }),
      'invalid_args',
    );
    expectRefusal(
      workspace.run('milestone.reschedule', { id: ids.otherMilestone, forecastDate: '2027-04-02' }),
      'not_found',
    );
    expectRefusal(
      workspace.run('milestone.reschedule', { id: ids.milestone, forecastDate: '2027-04-02' }, viewer),
      'forbidden',
    );
  });
});

describe('milestone.rebaseline', () => {
  it('sets the baseline to the current forecast by default and logs why', () => {
    const workspace = milestoneWorkspace();
    workspace.must('milestone.reschedule', { id: ids.milestone, forecastDate: '2027-04-02' });
    workspace.must('milestone.rebaseline', { id: ids.milestone, reason: 'Change request CR-7 approved by the board' });
    const milestone = workspace.get('milestone', ids.milestone);
    expect(milestone).toMatchObject({ baselineDate: '2027-04-02', forecastDate: '2027-04-02' });
    expect((milestone?.dateChanges as unknown[] | undefined)?.at(-1)).toEqual({
      kind: 'baseline',
      from: '2027-03-15',
      to: '2027-04-02',
      reason: 'Change request CR-7 approved by the board',
      at: now,
      by: pm.actorId,
    });
  });

  it('sets an explicit baseline date, also on a milestone that had none', () => {
    const workspace = crmWorkspace();
    workspace.must('milestone.create', milestoneArgs);
    workspace.must('milestone.rebaseline', {
      id: ids.milestone,
      baselineDate: '2027-03-31',
      reason: 'First plan signed off',
    });
    const milestone = workspace.get('milestone', ids.milestone);
    expect(milestone?.baselineDate).toBe('2027-03-31');
    expect(milestone?.dateChanges).toEqual([
      { kind: 'baseline', to: '2027-03-31', reason: 'First plan signed off', at: now, by: pm.actorId },
    ]);
  });

  it('refuses a rebaseline without a reason', () => {
    const workspace = milestoneWorkspace();
    const message = expectRefusal(
      workspace.run('milestone.rebaseline', { id: ids.milestone, reason: '  ' }),
      'invalid_args',
    );
    expect(message).toContain('reason');
    expectRefusal(workspace.run('milestone.rebaseline', { id: ids.milestone }), 'invalid_args');
  });

  it('refuses to rebaseline an achieved milestone', () => {
    const workspace = milestoneWorkspace({ actualDate: '2027-03-12' });
    expectRefusal(
      workspace.run('milestone.rebaseline', { id: ids.milestone, reason: 'Tidy up' }),
      'milestone_achieved',
    );
  });
});

describe('milestone edits and the date trail', () => {
  it('refuse moving an existing baseline by edit and point to milestone.rebaseline', () => {
    const workspace = milestoneWorkspace();
    const message = expectRefusal(
      workspace.run('milestone.update', { id: ids.milestone, patch: { baselineDate: '2027-05-01' } }),
      'use_named_mutation',
    );
    expect(message).toContain('milestone.rebaseline');
  });

  it('log a forecast edit in the trail, without a reason', () => {
    const workspace = milestoneWorkspace();
    workspace.must('milestone.update', {
      id: ids.milestone,
      patch: { forecastDate: '2027-03-22', title: 'Rehearsal passed' },
    });
    expect(workspace.get('milestone', ids.milestone)?.dateChanges).toEqual([
      { kind: 'forecast', from: '2027-03-15', to: '2027-03-22', at: now, by: pm.actorId },
    ]);
  });

  it('refuse writing the trail directly', () => {
    const workspace = milestoneWorkspace();
    expectRefusal(
      workspace.run('milestone.update', { id: ids.milestone, patch: { dateChanges: [] } }),
      'use_named_mutation',
    );
  });
});
