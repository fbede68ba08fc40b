import { describe, expect, it } from 'vitest';
import { applyToMap, type Finding, rowKey, suggestFix } from '../../../shared';

const today = '2026-12-05';
const me = { id: 'member-dana', name: 'Dana Okafor' };
const finding = (ruleId: string, entity: Finding['entity'], entityId: string): Finding => ({
  ruleId,
  entity,
  entityId,
  severity: 'warning',
  projectId: 'p',
  messageKey: 'health.riskReviewOverdue.message',
  params: {},
  coachingKey: 'health.riskReviewOverdue.coaching',
});

describe('one-click fixes of findings', () => {
  const projectId = crypto.randomUUID();
  const riskId = crypto.randomUUID();
  const milestoneId = crypto.randomUUID();
  const rows = () => {
    const map = new Map();
    const ctx = { actorId: me.id, role: 'pmo' as const, now: `${today}T09:00:00.000Z` };
    applyToMap(map, 'project.create', { id: projectId, code: 'CRM', name: 'CRM rollout' }, ctx);
    applyToMap(
      map,
      'risk.create',
      { id: riskId, projectId, title: 'Late', probability: 3, impact: 3, reviewDate: '2026-11-01' },
      ctx,
    );
    applyToMap(
      map,
      'milestone.create',
      { id: milestoneId, projectId, title: 'Go-live', forecastDate: '2027-03-01' },
      ctx,
    );
    return map;
  };

  it('reviews an overdue risk in two weeks, expecting the date it saw', () => {
    const map = rows();
    const risk = map.get(rowKey('risk', riskId));
    const fix = suggestFix(finding('risk-review-overdue', 'risk', riskId), risk, { today, me });
    expect(fix).toEqual({
      labelKey: 'fix.reviewInTwoWeeks',
      name: 'risk.update',
      args: { id: riskId, patch: { reviewDate: '2026-12-19' }, expected: { reviewDate: '2026-11-01' } },
    });
    const ctx = { actorId: me.id, role: 'pmo' as const, now: `${today}T10:00:00.000Z` };
    expect(applyToMap(map, fix!.name, fix!.args, ctx).ok).toBe(true);
    expect(map.get(rowKey('risk', riskId)).reviewDate).toBe('2026-12-19');
  });

  it('makes the clicker the owner or the manager, and baselines a milestone on its forecast', () => {
    const map = rows();
    const ctx = { actorId: me.id, role: 'pmo' as const, now: `${today}T10:00:00.000Z` };
    const apply = (ruleId: string, entity: Finding['entity'], id: string) => {
      const fix = suggestFix(finding(ruleId, entity, id), map.get(rowKey(entity, id)), { today, me });
      expect(fix).toBeDefined();
      expect(applyToMap(map, fix!.name, fix!.args, ctx)).toMatchObject({ ok: true });
    };
    apply('risk-without-owner', 'risk', riskId);
    apply('milestone-without-baseline', 'milestone', milestoneId);
    apply('project-without-manager', 'project', projectId);
    expect(map.get(rowKey('risk', riskId)).owner).toEqual({ memberId: me.id, name: me.name });
    expect(map.get(rowKey('milestone', milestoneId)).baselineDate).toBe('2027-03-01');
    expect(map.get(rowKey('project', projectId))).toMatchObject({ managerId: me.id, managerName: me.name });
  });

  it('offers nothing where the fix needs a decision, or the record is gone', () => {
    const map = rows();
    expect(
      suggestFix(finding('risk-without-response', 'risk', riskId), map.get(rowKey('risk', riskId)), { today, me }),
    ).toBeUndefined();
    expect(suggestFix(finding('risk-review-overdue', 'risk', riskId), undefined, { today, me })).toBeUndefined();
  });
});
