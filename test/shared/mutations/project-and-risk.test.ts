import { describe, expect, it } from 'vitest';
import { type AnyRecord, applyToMap, type MutationContext, prepareMutation, rowKey } from '../../../shared';

const projectId = '7d7f9c3e-3c1f-4c4e-9a59-6b3a1c2d0e01';
const riskId = '7d7f9c3e-3c1f-4c4e-9a59-6b3a1c2d0e02';
const owner: MutationContext = { actorId: 'member-1', role: 'owner', now: '2026-11-25T10:00:00.000Z' };

function workspaceWithProject() {
  const rows = new Map<string, AnyRecord>();
  const created = applyToMap(rows, 'project.create', { id: projectId, code: 'CRM', name: 'CRM rollout' }, owner);
  expect(created.ok).toBe(true);
  return rows;
}

describe('project and risk mutators', () => {
  it('creates a project stamped with who and when, defaulting its state to active', () => {
    const rows = workspaceWithProject();
    expect(rows.get(rowKey('project', projectId))).toMatchObject({
      code: 'CRM',
      state: 'active',
      createdBy: 'member-1',
      createdAt: owner.now,
      version: 0,
    });
  });

  it('refuses a risk whose probability is outside 1–5 and names the field', () => {
    const rows = workspaceWithProject();
    const result = applyToMap(
      rows,
      'risk.create',
      { id: riskId, projectId, title: 'Late supplier', probability: 9, impact: 3 },
      owner,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_args');
      expect(result.error.message).toContain('probability');
    }
    expect(rows.has(rowKey('risk', riskId))).toBe(false);
  });

  it('refuses a risk for a project that does not exist', () => {
    const rows = new Map<string, AnyRecord>();
    const result = applyToMap(
      rows,
      'risk.create',
      { id: riskId, projectId, title: 'Late supplier', probability: 2, impact: 3 },
      owner,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('updates only the named fields, so concurrent edits of different fields both survive', () => {
    const rows = workspaceWithProject();
    applyToMap(
      rows,
      'risk.create',
      { id: riskId, projectId, title: 'Late supplier', probability: 2, impact: 3 },
      owner,
    );
    applyToMap(rows, 'risk.update', { id: riskId, patch: { title: 'Supplier late by 4 weeks' } }, owner);
    applyToMap(rows, 'risk.update', { id: riskId, patch: { probability: 4 } }, { ...owner, actorId: 'member-2' });
    expect(rows.get(rowKey('risk', riskId))).toMatchObject({
      title: 'Supplier late by 4 weeks',
      probability: 4,
      impact: 3,
      updatedBy: 'member-2',
    });
  });

  it('refuses an update whose expected value no longer holds', () => {
    const rows = workspaceWithProject();
    applyToMap(
      rows,
      'risk.create',
      { id: riskId, projectId, title: 'Late supplier', probability: 2, impact: 3 },
      owner,
    );
    const result = applyToMap(
      rows,
      'risk.update',
      { id: riskId, patch: { status: 'closed' }, expected: { status: 'mitigating' } },
      owner,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'precondition_failed' } });
    expect(rows.get(rowKey('risk', riskId))?.status).toBe('open');
  });

  it('refuses patch fields the entity does not have, including prototype keys', () => {
    const rows = workspaceWithProject();
    applyToMap(
      rows,
      'risk.create',
      { id: riskId, projectId, title: 'Late supplier', probability: 2, impact: 3 },
      owner,
    );
    const unknownField = applyToMap(rows, 'risk.update', { id: riskId, patch: { isAdmin: true } }, owner);
    expect(unknownField.ok).toBe(false);
    const pollution = applyToMap(
      rows,
      'risk.update',
      JSON.parse(`{"id":"${riskId}","patch":{"__proto__":{"x":1}}}`),
      owner,
    );
    expect(pollution.ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('lets a delete win over a later update', () => {
    const rows = workspaceWithProject();
    applyToMap(
      rows,
      'risk.create',
      { id: riskId, projectId, title: 'Late supplier', probability: 2, impact: 3 },
      owner,
    );
    expect(applyToMap(rows, 'risk.delete', { id: riskId }, owner).ok).toBe(true);
    const update = applyToMap(rows, 'risk.update', { id: riskId, patch: { impact: 5 } }, owner);
    expect(update).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(applyToMap(rows, 'risk.delete', { id: riskId }, owner)).toEqual({ ok: true, value: [] });
  });

  it('keeps a viewer from writing', () => {
    const rows = new Map<string, AnyRecord>();
    const result = applyToMap(
      rows,
      'project.create',
      { id: projectId, code: 'CRM', name: 'CRM' },
      { ...owner, role: 'viewer' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('declares the rows it reads before applying', () => {
    const prepared = prepareMutation('risk.create', { id: riskId, projectId, title: 'T', probability: 1, impact: 1 });
    expect(prepared.ok && prepared.value.reads).toEqual([
      { entity: 'risk', id: riskId },
      { entity: 'project', id: projectId },
    ]);
  });

  it('stores HTML and SQL text verbatim: escaping is the renderer’s job', () => {
    const rows = workspaceWithProject();
    const title = `<img src=x onerror=alert(1)>'; DROP TABLE risks;--`;
    applyToMap(rows, 'risk.create', { id: riskId, projectId, title, probability: 1, impact: 1 }, owner);
    expect(rows.get(rowKey('risk', riskId))?.title).toBe(title);
  });
});

describe('hostile mutation args', () => {
  it('refuses prototype keys anywhere in the args, even where zod would drop them', () => {
    const rows = workspaceWithProject();
    applyToMap(
      rows,
      'risk.create',
      { id: riskId, projectId, title: 'Late supplier', probability: 2, impact: 3 },
      owner,
    );
    const hostile = JSON.parse(`{"id":"${riskId}","patch":{"impact":5},"expected":{"__proto__":{"status":"x"}}}`);
    const result = applyToMap(rows, 'risk.update', hostile, owner);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_args', message: expect.stringContaining('expected.__proto__') },
    });
    expect(rows.get(rowKey('risk', riskId))?.impact).toBe(3);
  });
});
