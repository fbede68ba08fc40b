import { describe, expect, it } from 'vitest';
import type { ProjectFacts } from '../../../shared/health/project-facts';
import { runHealthChecks } from '../../../shared/health/run-health-checks';
import { formatMessage } from '../../../shared/i18n/format-message';
import { aRisk, healthyFacts, settings } from './fixtures';

const findings = (facts: ProjectFacts, ruleId: string) =>
  runHealthChecks(facts, settings).filter((finding) => finding.ruleId === ruleId);

describe('risk-without-owner', () => {
  it('flags an open risk nobody owns, naming it', () => {
    const risk = aRisk({ title: 'Vendor insolvency', owner: undefined });
    const [finding] = findings(healthyFacts({ risks: [risk] }), 'risk-without-owner');
    expect(finding).toMatchObject({ entity: 'risk', entityId: risk.id, severity: 'warning' });
    expect(formatMessage('en', finding.messageKey, finding.params)).toBe('Risk Vendor insolvency has no owner.');
  });

  it('ignores owned risks and closed ones without owner', () => {
    const risks = [aRisk(), aRisk({ owner: undefined, status: 'closed' })];
    expect(findings(healthyFacts({ risks }), 'risk-without-owner')).toEqual([]);
  });
});

describe('risk-without-response', () => {
  it('flags an open risk with no response strategy', () => {
    const risk = aRisk({ responseStrategy: undefined, responseActions: undefined });
    expect(findings(healthyFacts({ risks: [risk] }), 'risk-without-response').map((f) => f.entityId)).toEqual([
      risk.id,
    ]);
  });

  it('accepts any chosen strategy, "accept" included', () => {
    const risks = [aRisk({ responseStrategy: 'accept' }), aRisk({ responseStrategy: 'transfer' })];
    expect(findings(healthyFacts({ risks }), 'risk-without-response')).toEqual([]);
  });
});

describe('risk-review-overdue', () => {
  it('flags an open risk whose review date has passed, with how long ago', () => {
    const risk = aRisk({ reviewDate: '2026-03-02' });
    const [finding] = findings(healthyFacts({ risks: [risk] }), 'risk-review-overdue');
    expect(finding.params).toMatchObject({ days: 14, reviewDate: { date: '2026-03-02' } });
  });

  it('does not flag a review due today or later, nor a closed risk', () => {
    const risks = [aRisk({ reviewDate: '2026-03-16' }), aRisk({ reviewDate: '2026-01-01', status: 'closed' })];
    expect(findings(healthyFacts({ risks }), 'risk-review-overdue')).toEqual([]);
  });
});

describe('risk-above-appetite-not-escalated', () => {
  it('flags an open threat scoring above the appetite (4 × 4 = 16 > 12) that nobody escalated', () => {
    const risk = aRisk({ probability: 4, impact: 4 });
    const [finding] = findings(healthyFacts({ risks: [risk] }), 'risk-above-appetite-not-escalated');
    expect(finding).toMatchObject({ severity: 'critical', params: { score: 16, appetite: 12 } });
  });

  it('judges by the residual score once assessed, and stops once escalated', () => {
    const mitigated = aRisk({ probability: 4, impact: 4, residualProbability: 2, residualImpact: 4 });
    const escalated = aRisk({ probability: 5, impact: 5, escalatedAt: '2026-03-10T09:00:00.000Z' });
    const atAppetite = aRisk({ probability: 3, impact: 4 });
    const opportunity = aRisk({ kind: 'opportunity', probability: 5, impact: 5, responseStrategy: 'exploit' });
    const risks = [mitigated, escalated, atAppetite, opportunity];
    expect(findings(healthyFacts({ risks }), 'risk-above-appetite-not-escalated')).toEqual([]);
  });
});

describe('risk-statement-incomplete', () => {
  it('names the missing parts of the cause → event → effect statement', () => {
    const risk = aRisk({ title: 'Key user leaves', cause: '  ', effect: undefined });
    const [finding] = findings(healthyFacts({ risks: [risk] }), 'risk-statement-incomplete');
    expect(finding.severity).toBe('info');
    expect(formatMessage('en', finding.messageKey, finding.params)).toBe(
      'Risk Key user leaves does not state its cause and effect.',
    );
    expect(formatMessage('fr', finding.messageKey, finding.params)).toBe(
      'Le risque Key user leaves ne précise pas : cause et effet.',
    );
  });

  it('does not flag a complete statement', () => {
    expect(findings(healthyFacts(), 'risk-statement-incomplete')).toEqual([]);
  });
});
