import { describe, expect, it } from 'vitest';
import {
  type AnyRecord,
  authorizeWrites,
  type EntityName,
  entityNames,
  type MutationContext,
  type Role,
  type Write,
} from '../../../shared';
import { expectReadableRefusal } from './refusal-refs';
import { contributor, id, now, owner, pm, pmo, viewer } from './workspace-fixture';

// The pm manages project M; project U is managed by another pm.
const managed = id(1);
const unmanaged = id(2);
const otherPm = 'member-other-pm';
const someoneElse = 'member-someone-else';
const recordId = id(100);

const roles: Record<Role, MutationContext> = {
  owner,
  pmo,
  pm: { ...pm, managedProjectIds: new Set([managed]) },
  contributor,
  viewer,
};
const roleOrder: Role[] = ['owner', 'pmo', 'pm', 'contributor', 'viewer'];

type Op = 'create' | 'update' | 'delete';

/** A stored record; only the fields the rules look at matter. */
function aRecord(fields: Record<string, unknown>): AnyRecord {
  return { id: recordId, version: 3, createdAt: now, updatedAt: now, updatedBy: someoneElse, ...fields };
}

/** Authorizes one write of `op` from `before` to `after` for `role`. */
function isAllowed(
  role: Role,
  entity: EntityName,
  op: Op,
  before: AnyRecord | undefined,
  after: AnyRecord | undefined,
): boolean {
  const write: Write =
    op === 'delete'
      ? { op: 'del', entity, id: recordId }
      : { op: 'put', entity, id: recordId, value: after as AnyRecord };
  const read = (readEntity: EntityName, readId: string) =>
    readEntity === entity && readId === recordId ? before : undefined;
  const refused = authorizeWrites([write], read, roles[role]);
  if (refused) {
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (!refused.ok) expectReadableRefusal(refused.error);
  }
  return refused === undefined;
}

const messageOf = (refused: ReturnType<typeof authorizeWrites>) =>
  refused && !refused.ok ? refused.error.message : '';

/** Turns "✓ ✓ ✗ ✓ ✗" (owner pmo pm contributor viewer) into the roles it allows. */
const parse = (cells: string) => cells.trim().split(/\s+/);

// ---- records of a project ----------------------------------------------------------------------

const contributed: EntityName[] = ['risk', 'issue', 'action', 'lesson'];
const projectRecords: EntityName[] = [
  'milestone',
  'planItem',
  'baseline',
  'decision',
  'statusReport',
  'allocation',
  'raci',
  'gateReview',
  'costEntry',
];

/**
 * What each role may do with a record of a project, by situation. "own" = created by the
 * contributor; "other's" = created by someone else. Columns: owner pmo pm contributor viewer.
 */
const projectRecordTable: [
  situation: string,
  op: Op,
  project: string,
  creator: string,
  contributedCells: string,
  otherCells: string,
][] = [
  ['create in a managed project', 'create', managed, 'actor', '✓ ✓ ✓ ✓ ✗', '✓ ✓ ✓ ✗ ✗'],
  ['create in an unmanaged project', 'create', unmanaged, 'actor', '✓ ✓ ✗ ✓ ✗', '✓ ✓ ✗ ✗ ✗'],
  ['update own, managed project', 'update', managed, contributor.actorId, '✓ ✓ ✓ ✓ ✗', '✓ ✓ ✓ ✗ ✗'],
  ["update other's, managed project", 'update', managed, someoneElse, '✓ ✓ ✓ ✗ ✗', '✓ ✓ ✓ ✗ ✗'],
  ['update own, unmanaged project', 'update', unmanaged, contributor.actorId, '✓ ✓ ✗ ✓ ✗', '✓ ✓ ✗ ✗ ✗'],
  ["update other's, unmanaged project", 'update', unmanaged, someoneElse, '✓ ✓ ✗ ✗ ✗', '✓ ✓ ✗ ✗ ✗'],
  ['delete own, managed project', 'delete', managed, contributor.actorId, '✓ ✓ ✓ ✓ ✗', '✓ ✓ ✓ ✗ ✗'],
  ["delete other's, managed project", 'delete', managed, someoneElse, '✓ ✓ ✓ ✗ ✗', '✓ ✓ ✓ ✗ ✗'],
  ['delete own, unmanaged project', 'delete', unmanaged, contributor.actorId, '✓ ✓ ✗ ✓ ✗', '✓ ✓ ✗ ✗ ✗'],
  ["delete other's, unmanaged project", 'delete', unmanaged, someoneElse, '✓ ✓ ✗ ✗ ✗', '✓ ✓ ✗ ✗ ✗'],
];

describe('authorizeWrites: records of a project', () => {
  const cases = projectRecordTable.flatMap(([situation, op, projectId, creator, contributedCells, otherCells]) =>
    [...contributed, ...projectRecords].flatMap((entity) => {
      const cells = parse(contributed.includes(entity) ? contributedCells : otherCells);
      return roleOrder.map((role, column) => ({
        entity,
        role,
        situation,
        op,
        projectId,
        creator,
        allowed: cells[column] === '✓',
      }));
    }),
  );

  it.each(cases)('$entity, $situation: $role → $allowed', ({ entity, role, op, projectId, creator, allowed }) => {
    const createdBy = creator === 'actor' ? roles[role].actorId : creator;
    const stored = aRecord({ projectId, createdBy });
    const before = op === 'create' ? undefined : stored;
    const after = op === 'delete' ? undefined : { ...stored, updatedBy: roles[role].actorId };
    expect(isAllowed(role, entity, op, before, after)).toBe(allowed);
  });

  it('covers every entity in one of the tables', () => {
    const covered = new Set<EntityName>([
      ...contributed,
      ...projectRecords,
      'project',
      'settings',
      'template',
      'person',
      'playbook',
    ]);
    expect([...covered].sort()).toEqual([...entityNames].sort());
  });
});

// ---- projects and workspace-wide records -------------------------------------------------------

/** Columns: owner pmo pm contributor viewer. A project's manager is the one named. */
const projectTable: [
  situation: string,
  op: Op,
  managerBefore: string | null,
  managerAfter: string | null,
  cells: string,
][] = [
  ['create managed by the pm', 'create', null, pm.actorId, '✓ ✓ ✓ ✗ ✗'],
  ['create managed by another pm', 'create', null, otherPm, '✓ ✓ ✗ ✗ ✗'],
  ['create without a manager', 'create', null, 'none', '✓ ✓ ✗ ✗ ✗'],
  ['update a project the pm manages', 'update', pm.actorId, pm.actorId, '✓ ✓ ✓ ✗ ✗'],
  ['update a project another pm manages', 'update', otherPm, otherPm, '✓ ✓ ✗ ✗ ✗'],
  ['update a project without a manager', 'update', 'none', 'none', '✓ ✓ ✗ ✗ ✗'],
  ['hand a managed project to another pm', 'update', pm.actorId, otherPm, '✓ ✓ ✗ ✗ ✗'],
  ["take over another pm's project", 'update', otherPm, pm.actorId, '✓ ✓ ✗ ✗ ✗'],
  ['delete a project the pm manages', 'delete', pm.actorId, null, '✓ ✓ ✓ ✗ ✗'],
  ['delete a project another pm manages', 'delete', otherPm, null, '✓ ✓ ✗ ✗ ✗'],
];

describe('authorizeWrites: projects', () => {
  const cases = projectTable.flatMap(([situation, op, managerBefore, managerAfter, cells]) =>
    roleOrder.map((role, column) => ({
      situation,
      role,
      op,
      managerBefore,
      managerAfter,
      allowed: parse(cells)[column] === '✓',
    })),
  );

  it.each(cases)('$situation: $role → $allowed', ({ role, op, managerBefore, managerAfter, allowed }) => {
    const project = (managerId: string | null) =>
      managerId === null
        ? undefined
        : aRecord({
            code: 'CRM',
            name: 'CRM rollout',
            createdBy: someoneElse,
            ...(managerId === 'none' ? {} : { managerId }),
          });
    expect(isAllowed(role, 'project', op, project(managerBefore), project(managerAfter))).toBe(allowed);
  });
});

describe('authorizeWrites: workspace-wide records', () => {
  const cases = (['settings', 'template', 'person', 'playbook'] as const).flatMap((entity) =>
    (['create', 'update', 'delete'] as const).flatMap((op) =>
      roleOrder.map((role) => ({ entity, op, role, allowed: role === 'owner' || role === 'pmo' })),
    ),
  );

  it.each(cases)('$entity $op: $role → $allowed', ({ entity, op, role, allowed }) => {
    const stored = aRecord({ name: 'Dana Okafor', createdBy: roles[role].actorId });
    const before = op === 'create' ? undefined : stored;
    const after = op === 'delete' ? undefined : stored;
    expect(isAllowed(role, entity, op, before, after)).toBe(allowed);
  });
});

/** Columns: owner pmo pm contributor viewer; "own" = written by the one acting (docs/domain.md "Lessons learned"). */
const workspaceLessonTable: [situation: string, op: Op, creator: 'actor' | 'other', cells: string][] = [
  ['create', 'create', 'actor', '✓ ✓ ✓ ✓ ✗'],
  ['update own', 'update', 'actor', '✓ ✓ ✓ ✓ ✗'],
  ["update other's", 'update', 'other', '✓ ✓ ✗ ✗ ✗'],
  ['delete own', 'delete', 'actor', '✓ ✓ ✓ ✓ ✗'],
  ["delete other's", 'delete', 'other', '✓ ✓ ✗ ✗ ✗'],
];

describe('authorizeWrites: workspace-wide lessons (no project)', () => {
  const cases = workspaceLessonTable.flatMap(([situation, op, creator, cells]) =>
    roleOrder.map((role, column) => ({ situation, op, creator, role, allowed: parse(cells)[column] === '✓' })),
  );

  it.each(cases)('$situation: $role → $allowed', ({ op, creator, role, allowed }) => {
    const createdBy = creator === 'actor' ? roles[role].actorId : someoneElse;
    const stored = aRecord({ title: 'Kick-offs without a sponsor stall', createdBy });
    const before = op === 'create' ? undefined : stored;
    const after = op === 'delete' ? undefined : stored;
    expect(isAllowed(role, 'lesson', op, before, after)).toBe(allowed);
  });

  it("tells a pm why they cannot change someone else's workspace-wide lesson", () => {
    const lesson = aRecord({ title: 'Kick-offs without a sponsor stall', createdBy: someoneElse });
    const refused = authorizeWrites([{ op: 'del', entity: 'lesson', id: recordId }], () => lesson, roles.pm);
    expect(messageOf(refused)).toContain('"Kick-offs without a sponsor stall" belongs to no project');
  });

  it('lets a pm move their own workspace-wide lesson into a project they manage, not one they do not', () => {
    const lesson = aRecord({ title: 'Kick-offs stall', createdBy: pm.actorId });
    expect(isAllowed('pm', 'lesson', 'update', lesson, { ...lesson, projectId: managed })).toBe(true);
    expect(isAllowed('pm', 'lesson', 'update', lesson, { ...lesson, projectId: unmanaged })).toBe(false);
  });
});

describe('authorizeWrites: moving a record between projects', () => {
  const risk = (projectId: string, createdBy = pm.actorId) => aRecord({ projectId, createdBy, title: 'Supplier late' });

  it('refuses a pm moving a risk from a managed project to one they do not manage, and says why', () => {
    const refused = authorizeWrites(
      [{ op: 'put', entity: 'risk', id: recordId, value: risk(unmanaged) }],
      () => risk(managed),
      roles.pm,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', details: { entity: 'risk', id: recordId, projectId: unmanaged } },
    });
    expect(messageOf(refused)).toMatch(/project manager.*would move to a project you do not manage.*Ask/);
  });

  it('refuses a pm moving a risk into a managed project from one they do not manage', () => {
    expect(isAllowed('pm', 'risk', 'update', risk(unmanaged), risk(managed))).toBe(false);
  });

  it('lets a pm move a risk between two projects they manage', () => {
    const both: MutationContext = { ...pm, managedProjectIds: new Set([managed, unmanaged]) };
    const write: Write = { op: 'put', entity: 'risk', id: recordId, value: risk(unmanaged) };
    expect(authorizeWrites([write], () => risk(managed), both)).toBeUndefined();
  });

  it('lets a contributor move their own risk to any project', () => {
    const own = (projectId: string) => risk(projectId, contributor.actorId);
    expect(isAllowed('contributor', 'risk', 'update', own(managed), own(unmanaged))).toBe(true);
  });
});

describe('authorizeWrites: what a refusal says', () => {
  it('tells a contributor what they may do and whom to ask', () => {
    const risk = aRecord({ projectId: managed, createdBy: someoneElse, title: 'Supplier late' });
    const refused = authorizeWrites([{ op: 'del', entity: 'risk', id: recordId }], () => risk, contributor);
    expect(messageOf(refused)).toBe(
      'As a contributor you can create risks, issues, actions and lessons learned and change the ones you created; risk "Supplier late" was created by someone else. Ask its project\'s manager or a PMO to change it.',
    );
  });

  it('tells a pm which project is not theirs and whom to ask', () => {
    const project = aRecord({ code: 'CRM', name: 'CRM rollout', managerId: otherPm, createdBy: otherPm });
    const refused = authorizeWrites(
      [{ op: 'put', entity: 'project', id: recordId, value: project }],
      () => project,
      roles.pm,
    );
    expect(messageOf(refused)).toBe(
      'As a project manager you can change the projects you manage and their records; project "CRM rollout" is managed by someone else. Ask an owner or PMO to make you its manager, or to make this change.',
    );
  });

  it('tells a pm that a new record is in a project they do not manage', () => {
    const risk = aRecord({ projectId: unmanaged, createdBy: pm.actorId, title: 'Supplier late' });
    const refused = authorizeWrites(
      [{ op: 'put', entity: 'risk', id: recordId, value: risk }],
      () => undefined,
      roles.pm,
    );
    expect(messageOf(refused)).toBe(
      'As a project manager you can change the projects you manage and their records; risk "Supplier late" is in a project you do not manage. Ask that project\'s manager, an owner or a PMO to make this change.',
    );
  });

  it('tells a pm that settings are for an owner or PMO', () => {
    const settings = aRecord({ createdBy: owner.actorId });
    const refused = authorizeWrites(
      [{ op: 'put', entity: 'settings', id: recordId, value: settings }],
      () => undefined,
      roles.pm,
    );
    expect(messageOf(refused)).toContain('not the workspace settings. Ask an owner or PMO');
  });

  it('refuses every project record to a pm whose managed projects are unknown', () => {
    const milestone = aRecord({ projectId: managed, createdBy: pm.actorId, title: 'Go-live' });
    const write: Write = { op: 'put', entity: 'milestone', id: recordId, value: milestone };
    expect(authorizeWrites([write], () => undefined, pm)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('checks every write of a mutation, not only the first', () => {
    const own = aRecord({ projectId: managed, createdBy: contributor.actorId, title: 'Own' });
    const other = { ...aRecord({ projectId: managed, createdBy: someoneElse, title: 'Other' }), id: id(101) };
    const read = (_entity: EntityName, readId: string) => (readId === recordId ? own : other);
    const writes: Write[] = [
      { op: 'put', entity: 'risk', id: recordId, value: own },
      { op: 'put', entity: 'risk', id: other.id, value: other },
    ];
    expect(authorizeWrites(writes, read, contributor)).toMatchObject({
      ok: false,
      error: { details: { id: other.id } },
    });
    expect(authorizeWrites([], read, viewer)).toBeUndefined();
  });
});
