import { describe, expect, it } from 'vitest';
import { formatAppError } from '../../../shared';
import { crmWorkspace, expectRefusal, id, ids, milestoneArgs, pm, pmo, type Workspace } from './workspace-fixture';

const person = { id: ids.person, name: 'Dana Okafor' };
const deliverable = { id: ids.planItem, projectId: ids.project, kind: 'deliverable', title: 'Migration runbook' };
const entry = { id: id(95), projectId: ids.project, personId: ids.person, role: 'accountable' };

/** The CRM workspace with a person, a milestone and a deliverable of the project. */
function workspaceWithTargets(): Workspace {
  const workspace = crmWorkspace();
  workspace.must('person.create', person, pmo);
  workspace.must('milestone.create', milestoneArgs);
  workspace.must('planItem.create', deliverable);
  return workspace;
}

describe('RACI on a deliverable or a milestone', () => {
  it('lets a pm give a role on a milestone of their project, as on a plan item before', () => {
    const workspace = workspaceWithTargets();
    workspace.must('raci.create', { ...entry, milestoneId: ids.milestone }, pm);
    workspace.must('raci.create', { ...entry, id: id(96), planItemId: ids.planItem, role: 'responsible' }, pm);
    expect(workspace.get('raci', id(95))).toMatchObject({ milestoneId: ids.milestone, role: 'accountable' });
    expect(workspace.get('raci', id(95))?.planItemId).toBeUndefined();
    expect(workspace.get('raci', id(96))?.planItemId).toBe(ids.planItem);
  });

  it('refuses an entry naming both a plan item and a milestone, or neither, in both languages', () => {
    const workspace = workspaceWithTargets();
    const both = workspace.run('raci.create', { ...entry, planItemId: ids.planItem, milestoneId: ids.milestone });
    expect(expectRefusal(both, 'invalid_args')).toBe(
      'A RACI entry is for one plan item or one milestone, not both; make one entry for each.',
    );
    const neither = workspace.run('raci.create', entry);
    expect(expectRefusal(neither, 'invalid_args')).toBe(
      'A RACI entry needs the plan item or the milestone it is for; name one of them.',
    );
    if (neither.ok) throw new Error('accepted');
    expect(formatAppError('fr', neither.error)).toBe(
      'Une entrée RACI doit nommer la tâche du plan ou le jalon qu’elle concerne ; indiquez l’un des deux.',
    );
    expect(workspace.get('raci', id(95))).toBeUndefined();
  });

  it('refuses a milestone that does not exist or belongs to another project, naming it', () => {
    const workspace = workspaceWithTargets();
    expectRefusal(workspace.run('raci.create', { ...entry, milestoneId: id(404) }), 'not_found');
    workspace.must('project.create', { id: ids.otherProject, code: 'ERP', name: 'ERP upgrade' }, pmo);
    workspace.must(
      'milestone.create',
      { ...milestoneArgs, id: ids.otherMilestone, projectId: ids.otherProject, title: 'ERP cut-over' },
      pmo,
    );
    const message = expectRefusal(
      workspace.run('raci.create', { ...entry, milestoneId: ids.otherMilestone }, pmo),
      'project_mismatch',
    );
    expect(message).toBe(
      'Milestone "ERP cut-over" belongs to another project; assign RACI roles on the milestone\'s own project.',
    );
  });

  it('keeps an entry on its milestone: the target never changes or moves to a plan item, the role may', () => {
    const workspace = workspaceWithTargets();
    workspace.must('raci.create', { ...entry, milestoneId: ids.milestone });
    expectRefusal(
      workspace.run('raci.update', { id: entry.id, patch: { milestoneId: ids.otherMilestone } }),
      'immutable_field',
    );
    expectRefusal(
      workspace.run('raci.update', { id: entry.id, patch: { planItemId: ids.planItem } }),
      'immutable_field',
    );
    expectRefusal(workspace.run('raci.update', { id: entry.id, patch: { milestoneId: null } }), 'immutable_field');
    workspace.must('raci.update', { id: entry.id, patch: { role: 'consulted' } });
    expect(workspace.get('raci', entry.id)?.role).toBe('consulted');
  });

  it('keeps a milestone while RACI entries name it, and lets it go once they are removed', () => {
    const workspace = workspaceWithTargets();
    workspace.must('raci.create', { ...entry, milestoneId: ids.milestone });
    const message = expectRefusal(workspace.run('milestone.delete', { id: ids.milestone }), 'has_children');
    expect(message).toBe(
      'Milestone "Data migration rehearsal passed" still has records of its own (RACI entry × 1); delete those first.',
    );
    workspace.must('raci.delete', { id: entry.id });
    workspace.must('milestone.delete', { id: ids.milestone });
    expect(workspace.get('milestone', ids.milestone)).toBeUndefined();
  });

  it('reads entries made before milestones could be named unchanged: a plan item and no milestone', () => {
    const workspace = workspaceWithTargets();
    // As an older client sent it: only planItemId.
    workspace.must('raci.create', { ...entry, planItemId: ids.planItem });
    workspace.must('raci.update', { id: entry.id, patch: { personId: ids.person, role: 'informed' } });
    expect(workspace.get('raci', entry.id)).toMatchObject({ planItemId: ids.planItem, role: 'informed' });
  });
});
