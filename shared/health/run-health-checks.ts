import type { ProjectFacts } from './project-facts';
import { healthRules } from './rules';
import type { Finding, HealthRule, HealthSettings, RuleParams, Severity } from './types';

/** A rule as a workspace has tuned it. */
export interface ResolvedRule {
  rule: HealthRule;
  enabled: boolean;
  severity: Severity;
  params: RuleParams;
}

/**
 * Applies a workspace's override (settings.healthRules[rule.id]) to a rule: `enabled: false`
 * switches it off, `severity` replaces the default, `params` replace defaults key by key (keys
 * the rule does not know are ignored).
 */
export function resolveRule(rule: HealthRule, settings: HealthSettings): ResolvedRule {
  const override = settings.healthRules[rule.id];
  const params: Record<string, number> = { ...rule.defaultParams(settings) };
  for (const [name, value] of Object.entries(override?.params ?? {})) {
    if (Object.hasOwn(params, name)) params[name] = value;
  }
  return {
    rule,
    enabled: override?.enabled ?? true,
    severity: override?.severity ?? rule.defaultSeverity,
    params,
  };
}

/**
 * Runs every enabled health rule over one project (docs/domain.md "Rules the PMO enforces") and
 * returns its findings in rule order. Closed and cancelled projects are not checked: their
 * registers are history. Pure: `facts.today` is the only clock.
 */
export function runHealthChecks(
  facts: ProjectFacts,
  settings: HealthSettings,
  rules: readonly HealthRule[] = healthRules,
): Finding[] {
  if (facts.project.state === 'closed' || facts.project.state === 'cancelled') return [];
  const findings: Finding[] = [];
  for (const rule of rules) {
    const resolved = resolveRule(rule, settings);
    if (!resolved.enabled) continue;
    for (const hit of rule.check(facts, resolved.params)) {
      // Fields listed one by one: an object spread here cost 4× the rules themselves (megamorphic copy).
      findings.push({
        ruleId: rule.id,
        severity: resolved.severity,
        projectId: facts.project.id,
        entity: hit.entity,
        entityId: hit.entityId,
        messageKey: hit.messageKey,
        params: hit.params,
        coachingKey: rule.coachingKey,
      });
    }
  }
  return findings;
}
