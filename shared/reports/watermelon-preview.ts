import type { ProjectFacts } from '../health/project-facts';
import { findWatermelonContradictions, watermelon } from '../health/rules/watermelon';
import { resolveRule } from '../health/run-health-checks';
import type { Finding, HealthSettings } from '../health/types';
import type { StatusReportFields } from '../schemas/status-report';

export type WatermelonDraft = Pick<StatusReportFields, 'overall' | 'dimensions'> & { id: string };

/**
 * The watermelon finding a draft would earn if it were submitted today
 * (docs/domain.md "Rules the PMO enforces"): its overall or schedule light is chosen green while
 * the data contradicts it. The rule as the workspace tuned it (switched off, severity, params)
 * applies, as runHealthChecks applies it to submitted reports; undefined when nothing would be
 * found. The draft speaks for today, so "no update for too long" never counts against it.
 */
export function previewWatermelon(
  facts: ProjectFacts,
  settings: HealthSettings,
  draft: WatermelonDraft,
): Finding | undefined {
  if (facts.project.state === 'closed' || facts.project.state === 'cancelled') return undefined;
  const resolved = resolveRule(watermelon, settings);
  if (!resolved.enabled) return undefined;
  const isGreen = draft.overall.chosen === 'green' || draft.dimensions.schedule?.chosen === 'green';
  if (!isGreen) return undefined;
  const contradictions = findWatermelonContradictions(facts, resolved.params, facts.today);
  if (contradictions.length === 0) return undefined;
  return {
    ruleId: watermelon.id,
    severity: resolved.severity,
    projectId: facts.project.id,
    entity: 'statusReport',
    entityId: draft.id,
    messageKey: 'report.status.watermelon',
    params: { reasons: contradictions.map((found) => found.reason) },
    coachingKey: watermelon.coachingKey,
  };
}
