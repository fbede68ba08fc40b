import { describe, expect, it } from 'vitest';
import type { ProjectFacts } from '../../../shared/health/project-facts';
import { runHealthChecks } from '../../../shared/health/run-health-checks';
import {
  aGateReview,
  anAction,
  aProject,
  closurePhaseId,
  deliveryPhaseId,
  healthyFacts,
  initiationPhaseId,
  settings,
} from './fixtures';

const findings = (facts: ProjectFacts, ruleId: string) =>
  runHealthChecks(facts, settings).filter((finding) => finding.ruleId === ruleId);

describe('project-without-sponsor and project-without-manager', () => {
  it('flags a project with no sponsor, and one with no manager', () => {
    const facts = healthyFacts({ project: aProject({ sponsor: undefined, managerId: undefined }) });
    expect(findings(facts, 'project-without-sponsor')).toMatchObject([{ entity: 'project' }]);
    expect(findings(facts, 'project-without-manager')).toMatchObject([{ entity: 'project' }]);
  });

  it('does not flag a project with both', () => {
    expect(findings(healthyFacts(), 'project-without-sponsor')).toEqual([]);
    expect(findings(healthyFacts(), 'project-without-manager')).toEqual([]);
  });
});

describe('phase-without-approved-gate', () => {
  it('flags a project in Closure with no gate review into Closure, naming the phase', () => {
    const facts = healthyFacts({ project: aProject({ currentPhaseId: closurePhaseId }) });
    expect(findings(facts, 'phase-without-approved-gate')).toMatchObject([
      { severity: 'critical', params: { phase: 'Closure' } },
    ]);
  });

  it('flags a gate review still requested, or decided "hold", as not approved', () => {
    const requested = aGateReview({ status: 'requested', decision: undefined });
    const held = aGateReview({ decision: 'hold' });
    expect(findings(healthyFacts({ gateReviews: [requested, held] }), 'phase-without-approved-gate')).toHaveLength(1);
  });

  it('accepts a "go" into the current phase, and the first phase without any gate', () => {
    expect(findings(healthyFacts(), 'phase-without-approved-gate')).toEqual([]);
    const starting = healthyFacts({ project: aProject({ currentPhaseId: initiationPhaseId }), gateReviews: [] });
    expect(findings(starting, 'phase-without-approved-gate')).toEqual([]);
  });

  it('checks every phase when the template is unknown', () => {
    const facts = healthyFacts({ template: undefined, gateReviews: [] });
    expect(findings(facts, 'phase-without-approved-gate')).toMatchObject([{ params: { phase: deliveryPhaseId } }]);
  });
});

describe('action-overdue', () => {
  it('flags an open action past its due date, not a done one', () => {
    const late = anAction({ dueDate: '2026-03-13' });
    const done = anAction({ dueDate: '2026-03-01', done: true });
    const hits = findings(healthyFacts({ actions: [late, done] }), 'action-overdue');
    expect(hits).toMatchObject([{ entityId: late.id, severity: 'info', params: { days: 3 } }]);
  });
});
