import { describe, expect, it } from 'vitest';
import { childLinks, type EntityName, type MutationName, prepareMutation } from '../../../shared';
import { crmWorkspace, expectRefusal, id, ids, pmo, type Workspace } from './workspace-fixture';

const person = { id: ids.person, name: 'Dana Okafor' };
const planItem = { id: ids.planItem, projectId: ids.project, title: 'Migrate customer data' };
const milestone = { id: ids.milestone, projectId: ids.project, title: 'Data migrated', forecastDate: '2027-03-01' };

/** One record of each kind that belongs to a parent, with what must exist first. */
const children: Record<string, { setup?: [MutationName, unknown][]; args: Record<string, unknown> }> = {
  milestone: { args: { projectId: ids.project, title: 'Go-live', forecastDate: '2027-03-01' } },
  planItem: { args: { projectId: ids.project, title: 'Train the call centre' } },
  baseline: { args: { projectId: ids.project, name: 'Baseline 1', takenOn: '2026-12-01' } },
  risk: { args: { projectId: ids.project, title: 'Supplier late', probability: 3, impact: 4 } },
  issue: { args: { projectId: ids.project, title: 'Test environment down' } },
  decision: {
    args: { projectId: ids.project, statement: 'Go with vendor B', decidedOn: '2026-12-01', decidedBy: 'Board' },
  },
  action: { args: { projectId: ids.project, title: 'Call the supplier' } },
  statusReport: {
    args: { projectId: ids.project, periodStart: '2026-11-23', periodEnd: '2026-11-29', overall: { chosen: 'green' } },
  },
  gateReview: {
    args: { projectId: ids.project, toPhaseId: ids.phaseBuild, requestedBy: pmo.actorId, requestedAt: pmo.now },
  },
  allocation: {
    setup: [['person.create', person]],
    args: { personId: ids.person, projectId: ids.project, from: '2026-12-07', to: '2027-01-29', percent: 50 },
  },
  raci: {
    setup: [
      ['person.create', person],
      ['planItem.create', planItem],
    ],
    args: { projectId: ids.project, planItemId: ids.planItem, personId: ids.person, role: 'responsible' },
  },
  /** A RACI entry on a milestone instead of a plan item (what makes a milestone a parent). */
  raciOnMilestone: {
    setup: [
      ['person.create', person],
      ['milestone.create', milestone],
    ],
    args: { projectId: ids.project, milestoneId: ids.milestone, personId: ids.person, role: 'accountable' },
  },
  lesson: {
    args: { projectId: ids.project, title: 'Data quality', whatHappened: 'Data quality was worse than sampled' },
  },
  costEntry: { args: { projectId: ids.project, period: '2026-11-01', amount: 12_500 } },
  /** A cost entry priced from a person's Jira hours (what makes a person its parent). */
  costEntryOfPerson: {
    setup: [['person.create', person]],
    args: {
      projectId: ids.project,
      period: '2026-03-01',
      amount: 2_160,
      source: 'jira',
      personId: ids.person,
      hours: 24,
    },
  },
};

/** The parent each link points at, created in the CRM workspace (which has the project already). */
const parents: Partial<Record<EntityName, { id: string; create?: [MutationName, unknown] }>> = {
  project: { id: ids.project },
  template: { id: ids.template },
  person: { id: ids.person, create: ['person.create', person] },
  planItem: { id: ids.planItem, create: ['planItem.create', planItem] },
  milestone: { id: ids.milestone, create: ['milestone.create', milestone] },
};

/** The fixture of a child: a RACI entry under a milestone names the milestone, a cost entry under a person the person. */
const childKey = (parent: EntityName, child: EntityName) =>
  parent === 'milestone' && child === 'raci'
    ? 'raciOnMilestone'
    : parent === 'person' && child === 'costEntry'
      ? 'costEntryOfPerson'
      : child;

function workspaceWith(parent: EntityName, childEntity: EntityName, childId: string): Workspace {
  const workspace = crmWorkspace({ withTemplate: true });
  const { setup = [], args } = children[childKey(parent, childEntity)] ?? { args: {} };
  const create = parents[parent]?.create;
  for (const [name, setupArgs] of create ? [create, ...setup] : setup) {
    const entity = name.split('.')[0] as EntityName;
    if (!workspace.get(entity, (setupArgs as { id: string }).id)) workspace.must(name, setupArgs, pmo);
  }
  if (childEntity !== 'project') workspace.must(`${childEntity}.create` as MutationName, { ...args, id: childId }, pmo);
  return workspace;
}

describe('deleting a record that others belong to', () => {
  const cases = Object.entries(childLinks).flatMap(([parent, links]) =>
    (links ?? []).map((link) => ({ parent: parent as EntityName, child: link.entity, field: link.field })),
  );

  it('covers every parent of the domain: projects, templates, people, plan items and milestones', () => {
    expect(Object.keys(childLinks).sort()).toEqual(['milestone', 'person', 'planItem', 'project', 'template']);
    expect(cases).toHaveLength(19);
  });

  it.each(cases)(
    'refuses to delete a $parent while a $child points at it ($field), then allows it once that is gone',
    ({ parent, child }) => {
      const childId = child === 'project' ? ids.project : id(900);
      const workspace = workspaceWith(parent, child, childId);
      const parentId = parents[parent]?.id ?? '';
      const before = structuredClone([...workspace.rows]);
      const message = expectRefusal(
        workspace.run(`${parent}.delete` as MutationName, { id: parentId }, pmo),
        'has_children',
      );
      expect(message).toMatch(/still has records of its own/);
      expect([...workspace.rows]).toEqual(before);
      // The project is the template's child here; it has no records of its own in this workspace.
      workspace.must(`${child}.delete` as MutationName, { id: childId }, pmo);
      for (const [key] of workspace.rows) {
        const [entity, rowId] = key.split(':') as [EntityName, string];
        const stillPointing = (childLinks[parent] ?? []).some(
          (link) => workspace.get(entity, rowId)?.[link.field] === parentId,
        );
        if (stillPointing) workspace.must(`${entity}.delete` as MutationName, { id: rowId }, pmo);
      }
      workspace.must(`${parent}.delete` as MutationName, { id: parentId }, pmo);
      expect(workspace.get(parent, parentId)).toBeUndefined();
    },
  );

  it('names how many records of each kind are left, and points a project to Closed or Cancelled', () => {
    const workspace = crmWorkspace();
    for (const n of [1, 2, 3]) workspace.must('risk.create', { ...children.risk.args, id: id(800 + n) });
    workspace.must('milestone.create', { ...children.milestone.args, id: id(810) });
    const message = expectRefusal(workspace.run('project.delete', { id: ids.project }, pmo), 'has_children');
    expect(message).toBe(
      'Project "CRM rollout" still has records of its own (milestone × 1, risk × 3); delete those first. To keep its history, set the project to Closed or Cancelled instead.',
    );
  });

  it('says "forbidden" before "has records" to someone who may not delete the project at all', () => {
    const workspace = crmWorkspace();
    workspace.must('risk.create', { ...children.risk.args, id: id(801) });
    const viewer = { ...pmo, role: 'pm' as const, actorId: 'someone-else' };
    expectRefusal(workspace.run('project.delete', { id: ids.project }, viewer), 'forbidden');
  });

  it('keeps references that are not ownership: a milestone with plan items rolling up to it may go', () => {
    const workspace = crmWorkspace();
    workspace.must('milestone.create', { ...children.milestone.args, id: ids.milestone });
    workspace.must('planItem.create', { ...planItem, milestoneId: ids.milestone });
    workspace.must('milestone.delete', { id: ids.milestone });
    expect(workspace.get('planItem', ids.planItem)?.milestoneId).toBe(ids.milestone);
  });
});

describe('project codes', () => {
  it('refuses a second project with the same code, whatever its case, and names the project holding it', () => {
    const workspace = crmWorkspace();
    const message = expectRefusal(
      workspace.run('project.create', { id: ids.otherProject, code: 'crm', name: 'Another CRM' }),
      'code_taken',
    );
    expect(message).toBe('Code CRM is already used by project "CRM rollout"; choose another code.');
    expect(workspace.get('project', ids.otherProject)).toBeUndefined();
  });

  it('refuses renaming a code to one in use, but lets a project change the case of its own code', () => {
    const workspace = crmWorkspace();
    workspace.must('project.create', { id: ids.otherProject, code: 'ERP', name: 'ERP upgrade' });
    expectRefusal(workspace.run('project.update', { id: ids.otherProject, patch: { code: 'CRM' } }), 'code_taken');
    workspace.must('project.update', { id: ids.project, patch: { code: 'crm' } });
    expect(workspace.get('project', ids.project)?.code).toBe('crm');
  });

  it('frees a code when its project is deleted', () => {
    const workspace = crmWorkspace();
    workspace.must('project.delete', { id: ids.project }, pmo);
    workspace.must('project.create', { id: ids.otherProject, code: 'CRM', name: 'CRM, second try' });
  });

  it('lists the projects only when a code is set, so other edits read nothing more', () => {
    const queriesOf = (name: MutationName, args: unknown) => {
      const prepared = prepareMutation(name, args);
      return prepared.ok ? prepared.value.queries : undefined;
    };
    expect(queriesOf('project.update', { id: ids.project, patch: { name: 'CRM rollout, phase 2' } })).toEqual([]);
    expect(queriesOf('project.update', { id: ids.project, patch: { code: 'CRM2' } })).toEqual([{ entity: 'project' }]);
    expect(queriesOf('risk.delete', { id: ids.risk })).toEqual([]);
  });
});
