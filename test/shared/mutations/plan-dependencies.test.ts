import { describe, expect, it } from 'vitest';
import { crmWorkspace, expectRefusal, id, ids, milestoneArgs } from './workspace-fixture';

const runbook = { id: ids.planItem, projectId: ids.project, title: 'Migration runbook', durationDays: 5 };
const rehearsal = { id: ids.otherPlanItem, projectId: ids.project, title: 'Cut-over rehearsal', durationDays: 2 };

function planWorkspace() {
  const workspace = crmWorkspace();
  workspace.must('planItem.create', runbook);
  workspace.must('milestone.create', milestoneArgs);
  return workspace;
}

describe('plan item and milestone predecessors', () => {
  it('accept plan items and milestones of the same project, with a lag', () => {
    const workspace = planWorkspace();
    const predecessors = [{ predecessorId: ids.planItem, lagDays: 2 }, { predecessorId: ids.milestone }];
    workspace.must('planItem.create', { ...rehearsal, predecessors });
    expect(workspace.get('planItem', ids.otherPlanItem)?.predecessors).toEqual([
      { predecessorId: ids.planItem, lagDays: 2 },
      { predecessorId: ids.milestone, lagDays: 0 },
    ]);
  });

  it('refuse an item that precedes itself', () => {
    const workspace = planWorkspace();
    const message = expectRefusal(
      workspace.run('planItem.update', {
        id: ids.planItem,
        patch: { predecessors: [{ predecessorId: ids.planItem }] },
      }),
      'invalid_dependency',
    );
    expect(message).toContain('its own predecessor');
    expectRefusal(
      workspace.run('milestone.create', { ...milestoneArgs, id: id(22), predecessors: [{ predecessorId: id(22) }] }),
      'invalid_dependency',
    );
  });

  it('refuse a predecessor that does not exist', () => {
    const workspace = planWorkspace();
    const message = expectRefusal(
      workspace.run('planItem.create', { ...rehearsal, predecessors: [{ predecessorId: id(404) }] }),
      'not_found',
    );
    expect(message).toContain(id(404));
  });

  it('refuse a predecessor from another project', () => {
    const workspace = planWorkspace();
    workspace.must('project.create', { id: ids.otherProject, code: 'ERP', name: 'ERP migration' });
    workspace.must('planItem.create', { ...rehearsal, id: id(32), projectId: ids.otherProject });
    const message = expectRefusal(
      workspace.run('planItem.create', { ...rehearsal, predecessors: [{ predecessorId: id(32) }] }),
      'invalid_dependency',
    );
    expect(message).toContain('another project');
  });

  it('refuse the same predecessor listed twice', () => {
    const workspace = planWorkspace();
    const twice = [{ predecessorId: ids.planItem }, { predecessorId: ids.planItem, lagDays: 3 }];
    expectRefusal(workspace.run('planItem.create', { ...rehearsal, predecessors: twice }), 'invalid_dependency');
  });

  it('refuse linking two items to each other', () => {
    const workspace = planWorkspace();
    workspace.must('planItem.create', { ...rehearsal, predecessors: [{ predecessorId: ids.planItem }] });
    const message = expectRefusal(
      workspace.run('planItem.update', {
        id: ids.planItem,
        patch: { predecessors: [{ predecessorId: ids.otherPlanItem }] },
      }),
      'dependency_cycle',
    );
    expect(message).toContain('Cut-over rehearsal');
  });

  it('declare both possible kinds of each predecessor among the rows read', () => {
    const workspace = planWorkspace();
    // The fixture throws on undeclared reads, so passing here proves the declaration.
    workspace.must('milestone.update', {
      id: ids.milestone,
      patch: { predecessors: [{ predecessorId: ids.planItem }] },
    });
  });

  it('let a plan item roll up only to a milestone of its project', () => {
    const workspace = planWorkspace();
    workspace.must('planItem.update', { id: ids.planItem, patch: { milestoneId: ids.milestone } });
    workspace.must('project.create', { id: ids.otherProject, code: 'ERP', name: 'ERP migration' });
    workspace.must('milestone.create', { ...milestoneArgs, id: ids.otherMilestone, projectId: ids.otherProject });
    expectRefusal(
      workspace.run('planItem.update', { id: ids.planItem, patch: { milestoneId: ids.otherMilestone } }),
      'invalid_dependency',
    );
    expectRefusal(workspace.run('planItem.update', { id: ids.planItem, patch: { milestoneId: id(404) } }), 'not_found');
  });
});
