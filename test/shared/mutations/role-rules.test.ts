import { describe, expect, it } from 'vitest';
import {
  type AnyRecord,
  applyToMap,
  listDecidingProjects,
  listManagedProjectIds,
  type MutationContext,
  reviseManagedProjectIds,
  rowKey,
} from '../../../shared';
import {
  as,
  contributor,
  crmWorkspace,
  expectRefusal,
  id,
  ids,
  milestoneArgs,
  owner,
  pm,
  pmo,
  riskArgs,
  Workspace,
} from './workspace-fixture';

// crmWorkspace's CRM project is created by `pm`, so pm manages it; ERP is managed by another pm.
const otherPm = as('pm', 'member-other-pm');
const erp = ids.otherProject;

function twoProjects(): Workspace {
  const workspace = crmWorkspace({ withTemplate: true });
  workspace.must('project.create', { id: erp, code: 'ERP', name: 'ERP migration' }, otherPm);
  return workspace;
}

const riskIn = (projectId: string, riskId = ids.risk) => ({ ...riskArgs, id: riskId, projectId });

describe('a pm creating a project', () => {
  it('becomes its manager when the create names none (the popup sends none), and may then add risks', () => {
    const workspace = new Workspace();
    workspace.must('project.create', { id: ids.project, code: 'WH', name: 'Warehouse move' }, pm);
    expect(workspace.get('project', ids.project)?.managerId).toBe(pm.actorId);
    workspace.must('risk.create', riskIn(ids.project), pm);
  });

  it('may name themselves as manager, but not another member', () => {
    const workspace = new Workspace();
    workspace.must('project.create', { id: ids.project, code: 'WH', name: 'Warehouse', managerId: pm.actorId }, pm);
    const message = expectRefusal(
      workspace.run('project.create', { id: erp, code: 'ERP', name: 'ERP', managerId: otherPm.actorId }, pm),
      'forbidden',
    );
    expect(message).toContain('a project you create is managed by you');
    expect(workspace.get('project', erp)).toBeUndefined();
  });

  it('leaves the manager empty when an owner creates a project without one', () => {
    const workspace = new Workspace();
    workspace.must('project.create', { id: ids.project, code: 'WH', name: 'Warehouse move' }, owner);
    expect(workspace.get('project', ids.project)).not.toHaveProperty('managerId');
  });
});

describe('a pm on projects they manage and projects they do not', () => {
  it('edits, reports on and deletes records of the managed project', () => {
    const workspace = twoProjects();
    workspace.must('risk.create', riskIn(ids.project));
    workspace.must('risk.update', { id: ids.risk, patch: { probability: 2 } });
    workspace.must('milestone.create', milestoneArgs);
    workspace.must('milestone.reschedule', { id: ids.milestone, forecastDate: '2027-04-02' });
    workspace.must('project.update', { id: ids.project, patch: { state: 'on_hold' } });
    workspace.must('risk.delete', { id: ids.risk });
  });

  it('refuses every write to the other pm’s project and its records, and changes nothing', () => {
    const workspace = twoProjects();
    workspace.must('risk.create', riskIn(erp), otherPm);
    workspace.must('milestone.create', { ...milestoneArgs, projectId: erp }, otherPm);
    const before = structuredClone([...workspace.rows]);
    expectRefusal(workspace.run('project.update', { id: erp, patch: { name: 'Mine now' } }), 'forbidden');
    expectRefusal(workspace.run('project.update', { id: erp, patch: { managerId: pm.actorId } }), 'forbidden');
    expectRefusal(workspace.run('project.delete', { id: erp }), 'forbidden');
    expectRefusal(workspace.run('risk.create', riskIn(erp, id(41))), 'forbidden');
    expectRefusal(workspace.run('risk.update', { id: ids.risk, patch: { impact: 1 } }), 'forbidden');
    expectRefusal(workspace.run('risk.escalate', { id: ids.risk, to: 'Board' }), 'forbidden');
    expectRefusal(workspace.run('risk.occurred', { id: ids.risk, issueId: ids.issue }), 'forbidden');
    expectRefusal(
      workspace.run('milestone.reschedule', { id: ids.milestone, forecastDate: '2027-05-01' }),
      'forbidden',
    );
    expectRefusal(workspace.run('milestone.rebaseline', { id: ids.milestone, reason: 'Because' }), 'forbidden');
    expect([...workspace.rows]).toEqual(before);
  });

  it('refuses moving a risk from the managed project to the other one, and back', () => {
    const workspace = twoProjects();
    workspace.must('risk.create', riskIn(ids.project));
    const message = expectRefusal(
      workspace.run('risk.update', { id: ids.risk, patch: { projectId: erp } }),
      'forbidden',
    );
    expect(message).toContain('would move to a project you do not manage');
    expect(workspace.get('risk', ids.risk)?.projectId).toBe(ids.project);
    workspace.must('risk.create', riskIn(erp, id(41)), otherPm);
    expectRefusal(workspace.run('risk.update', { id: id(41), patch: { projectId: ids.project } }), 'forbidden');
  });

  it('refuses handing the managed project to another pm; an owner may reassign it', () => {
    const workspace = twoProjects();
    expectRefusal(
      workspace.run('project.update', { id: ids.project, patch: { managerId: otherPm.actorId } }),
      'forbidden',
    );
    workspace.must('project.update', { id: ids.project, patch: { managerId: otherPm.actorId } }, owner);
    // Once reassigned, the project is no longer theirs.
    expectRefusal(workspace.run('risk.create', riskIn(ids.project)), 'forbidden');
    workspace.must('risk.create', riskIn(ids.project), otherPm);
  });

  it('requests gates on the managed project only; deciding stays with the PMO', () => {
    const workspace = twoProjects();
    workspace.must(
      'project.update',
      { id: erp, patch: { templateId: ids.template, currentPhaseId: ids.phaseDiscover } },
      pmo,
    );
    const gate = (gateId: string, projectId: string) => ({
      id: gateId,
      projectId,
      templateId: ids.template,
      toPhaseId: ids.phaseBuild,
      mustMeet: [
        { criterionId: ids.criterionBusinessCase, met: true },
        { criterionId: ids.criterionSponsor, met: true },
      ],
      shouldMeet: [],
      evidenceLinks: [],
    });
    workspace.must('gate.request', gate(ids.gate, ids.project));
    expectRefusal(workspace.run('gate.request', gate(id(71), erp)), 'forbidden');
    const message = expectRefusal(workspace.run('gate.decide', { id: ids.gate, decision: 'go' }), 'forbidden');
    expect(message).toContain('Only an owner or PMO can decide a gate');
    // The PMO's go moves the pm's project in the same mutation (docs/domain.md "Gate decision").
    workspace.must('gate.decide', { id: ids.gate, decision: 'go' }, pmo);
    expect(workspace.get('project', ids.project)?.currentPhaseId).toBe(ids.phaseBuild);
  });

  it('submits status reports of the managed project only', () => {
    const workspace = twoProjects();
    const report = (reportId: string, projectId: string) => ({
      id: reportId,
      projectId,
      periodStart: '2026-11-09',
      periodEnd: '2026-11-20',
      overall: { chosen: 'green' },
    });
    workspace.must('statusReport.create', report(ids.report, ids.project));
    workspace.must('status.submit', { id: ids.report });
    workspace.must('statusReport.create', report(id(61), erp), otherPm);
    expectRefusal(workspace.run('status.submit', { id: id(61) }), 'forbidden');
  });

  it('never writes settings, templates or people', () => {
    const workspace = twoProjects();
    expectRefusal(workspace.run('settings.create', { id: id(90), riskAppetite: 10 }), 'forbidden');
    expectRefusal(workspace.run('template.update', { id: ids.template, patch: { name: 'Mine' } }), 'forbidden');
    expectRefusal(workspace.run('person.create', { id: ids.person, name: 'Dana Okafor' }), 'forbidden');
  });

  it('allocates people to the managed project only', () => {
    const workspace = twoProjects();
    workspace.must('person.create', { id: ids.person, name: 'Dana Okafor' }, pmo);
    const allocation = (allocationId: string, projectId: string) => ({
      id: allocationId,
      personId: ids.person,
      projectId,
      from: '2026-12-01',
      to: '2027-03-31',
      percent: 50,
    });
    workspace.must('allocation.create', allocation(id(80), ids.project));
    expectRefusal(workspace.run('allocation.create', allocation(id(81), erp)), 'forbidden');
  });
});

describe('a contributor', () => {
  it('creates risks, issues and actions in any project, then edits and deletes them', () => {
    const workspace = twoProjects();
    workspace.must('risk.create', riskIn(erp), contributor);
    workspace.must('risk.update', { id: ids.risk, patch: { impact: 2 } }, contributor);
    workspace.must('issue.create', { id: ids.issue, projectId: ids.project, title: 'VPN down' }, contributor);
    workspace.must('issue.update', { id: ids.issue, patch: { status: 'in_progress' } }, contributor);
    workspace.must('action.create', { id: id(42), projectId: erp, title: 'Call the supplier' }, contributor);
    workspace.must('action.delete', { id: id(42) }, contributor);
    workspace.must('risk.delete', { id: ids.risk }, contributor);
  });

  it('refuses editing or deleting someone else’s risk, and says whom to ask', () => {
    const workspace = twoProjects();
    workspace.must('risk.create', riskIn(ids.project));
    const message = expectRefusal(
      workspace.run('risk.update', { id: ids.risk, patch: { impact: 1 } }, contributor),
      'forbidden',
    );
    expect(message).toContain('was created by someone else. Ask its project');
    expectRefusal(workspace.run('risk.delete', { id: ids.risk }, contributor), 'forbidden');
    expect(workspace.get('risk', ids.risk)?.impact).toBe(riskArgs.impact);
  });

  it('escalates and marks as occurred (which opens an issue) their own risk, not someone else’s', () => {
    const workspace = twoProjects();
    workspace.must('risk.create', riskIn(ids.project), contributor);
    workspace.must('risk.create', riskIn(ids.project, id(43)), pm);
    workspace.must('risk.escalate', { id: ids.risk, to: 'Programme board' }, contributor);
    expectRefusal(workspace.run('risk.escalate', { id: id(43), to: 'Programme board' }, contributor), 'forbidden');
    const writes = workspace.must('risk.occurred', { id: ids.risk, issueId: ids.issue }, contributor);
    expect(writes.map((write) => write.entity)).toEqual(['risk', 'issue']);
    expectRefusal(workspace.run('risk.occurred', { id: id(43), issueId: id(44) }, contributor), 'forbidden');
    expect(workspace.get('issue', id(44))).toBeUndefined();
    expect(workspace.get('risk', id(43))?.status).toBe('open');
  });

  it('writes nothing else: no project, milestone, decision, status report or gate request', () => {
    const workspace = twoProjects();
    expectRefusal(workspace.run('project.create', { id: id(3), code: 'X', name: 'Mine' }, contributor), 'forbidden');
    expectRefusal(workspace.run('milestone.create', milestoneArgs, contributor), 'forbidden');
    expectRefusal(
      workspace.run(
        'decision.create',
        { id: id(45), projectId: ids.project, statement: 'Two waves', decidedOn: '2026-11-20', decidedBy: 'Board' },
        contributor,
      ),
      'forbidden',
    );
    expectRefusal(
      workspace.run(
        'statusReport.create',
        {
          id: ids.report,
          projectId: ids.project,
          periodStart: '2026-11-09',
          periodEnd: '2026-11-20',
          overall: { chosen: 'green' },
        },
        contributor,
      ),
      'forbidden',
    );
    expectRefusal(
      workspace.run(
        'gate.request',
        {
          id: ids.gate,
          projectId: ids.project,
          templateId: ids.template,
          toPhaseId: ids.phaseBuild,
          mustMeet: [],
          shouldMeet: [],
          evidenceLinks: [],
        },
        contributor,
      ),
      'forbidden',
    );
  });
});

describe('managed projects', () => {
  const project = (projectId: string, managerId?: string): AnyRecord => ({
    id: projectId,
    version: 1,
    code: 'P',
    name: 'P',
    ...(managerId ? { managerId } : {}),
  });

  it('lists the projects the actor manages', () => {
    const projects = [project(ids.project, pm.actorId), project(erp, otherPm.actorId), project(id(3))];
    expect([...listManagedProjectIds(projects, pm.actorId)]).toEqual([ids.project]);
  });

  it('follows project writes: a project made theirs joins, one handed over or deleted leaves', () => {
    const start = new Set([ids.project]);
    const joined = reviseManagedProjectIds(
      start,
      [{ op: 'put', entity: 'project', id: erp, value: project(erp, pm.actorId) }],
      pm.actorId,
    );
    expect([...joined].sort()).toEqual([ids.project, erp].sort());
    const left = reviseManagedProjectIds(
      joined,
      [
        { op: 'put', entity: 'project', id: erp, value: project(erp, otherPm.actorId) },
        { op: 'del', entity: 'project', id: ids.project },
      ],
      pm.actorId,
    );
    expect([...left]).toEqual([]);
    const untouched = reviseManagedProjectIds(start, [{ op: 'del', entity: 'risk', id: ids.risk }], pm.actorId);
    expect(untouched).toBe(start);
  });

  it('names the projects that decide a mutation: written projects and the project of each record before and after', () => {
    const before = { ...riskIn(ids.project), version: 1 } as AnyRecord;
    const read = (entity: string, rowId: string) => (entity === 'risk' && rowId === ids.risk ? before : undefined);
    const refs = listDecidingProjects(
      [
        { op: 'put', entity: 'risk', id: ids.risk, value: { ...before, projectId: erp } },
        { op: 'put', entity: 'project', id: id(3), value: project(id(3)) },
      ],
      read,
    );
    expect(refs).toEqual([
      { entity: 'project', id: ids.project },
      { entity: 'project', id: erp },
      { entity: 'project', id: id(3) },
    ]);
  });

  it('are read from the whole map by applyToMap, as the server reads them from its rows', () => {
    const rows = new Map<string, AnyRecord>();
    const ctx: MutationContext = pm;
    expect(applyToMap(rows, 'project.create', { id: ids.project, code: 'WH', name: 'Warehouse move' }, ctx).ok).toBe(
      true,
    );
    expect(rows.get(rowKey('project', ids.project))?.managerId).toBe(pm.actorId);
    expect(applyToMap(rows, 'risk.create', riskIn(ids.project), ctx).ok).toBe(true);
    const told: MutationContext = { ...pm, managedProjectIds: new Set() };
    expect(applyToMap(rows, 'risk.create', riskIn(ids.project, id(41)), told)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
