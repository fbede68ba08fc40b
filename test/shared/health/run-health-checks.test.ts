import { describe, expect, it } from 'vitest';
import { healthRuleIds, healthRules } from '../../../shared/health/rules';
import { resolveRule, runHealthChecks } from '../../../shared/health/run-health-checks';
import { catalogs } from '../../../shared/i18n/format-message';
import { aProject, aRisk, healthyFacts, settings, settingsWith } from './fixtures';

describe('runHealthChecks', () => {
  it('finds nothing wrong with a well-run project', () => {
    expect(runHealthChecks(healthyFacts(), settings)).toEqual([]);
  });

  it('stamps each finding with its rule, severity, project and coaching', () => {
    const facts = healthyFacts({ risks: [aRisk({ owner: undefined })] });
    expect(runHealthChecks(facts, settings)).toEqual([
      expect.objectContaining({
        ruleId: 'risk-without-owner',
        severity: 'warning',
        projectId: facts.project.id,
        messageKey: 'health.riskWithoutOwner.message',
        coachingKey: 'health.riskWithoutOwner.coaching',
      }),
    ]);
  });

  it('skips a rule the workspace switched off', () => {
    const facts = healthyFacts({ risks: [aRisk({ owner: undefined })] });
    const tuned = settingsWith({ 'risk-without-owner': { enabled: false } });
    expect(runHealthChecks(facts, tuned)).toEqual([]);
  });

  it('uses the severity the workspace chose', () => {
    const facts = healthyFacts({ risks: [aRisk({ owner: undefined })] });
    const tuned = settingsWith({ 'risk-without-owner': { severity: 'critical' } });
    expect(runHealthChecks(facts, tuned).map((f) => f.severity)).toEqual(['critical']);
  });

  it('applies params overrides: a 7-day grace keeps a review 5 days late quiet', () => {
    const facts = healthyFacts({ risks: [aRisk({ reviewDate: '2026-03-11' })] });
    expect(runHealthChecks(facts, settings).map((f) => f.ruleId)).toEqual(['risk-review-overdue']);
    const tuned = settingsWith({ 'risk-review-overdue': { params: { graceDays: 7 } } });
    expect(runHealthChecks(facts, tuned)).toEqual([]);
  });

  it('lets a params override replace a default derived from settings (appetite) and ignores unknown params', () => {
    const risk = aRisk({ probability: 3, impact: 4 });
    const tuned = settingsWith({ 'risk-above-appetite-not-escalated': { params: { appetite: 10, bogus: 1 } } });
    expect(resolveRule(healthRules.find((r) => r.id === 'risk-above-appetite-not-escalated')!, tuned).params).toEqual({
      appetite: 10,
    });
    const ids = runHealthChecks(healthyFacts({ risks: [risk] }), tuned).map((f) => f.ruleId);
    expect(ids).toContain('risk-above-appetite-not-escalated');
  });

  it('does not check closed or cancelled projects', () => {
    const facts = healthyFacts({ project: aProject({ state: 'closed', sponsor: undefined }) });
    expect(runHealthChecks(facts, settings)).toEqual([]);
  });

  it('has unique rule ids and catalog texts for every rule', () => {
    expect(new Set(healthRuleIds).size).toBe(healthRules.length);
    for (const rule of healthRules) {
      expect(catalogs.en[rule.titleKey]).toBeTruthy();
      expect(catalogs.fr[rule.coachingKey]).toBeTruthy();
    }
  });
});
