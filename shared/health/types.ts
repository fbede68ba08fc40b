import type { EntityName } from '../entities';
import type { MessageKey, MessageParams } from '../i18n/message-ref';
import type { WorkspaceSettingsFields } from '../schemas/workspace-settings';
import type { ProjectFacts } from './project-facts';

export type Severity = 'info' | 'warning' | 'critical';

/** Numbers a rule can be tuned by (settings.healthRules[id].params). */
export type RuleParams = Readonly<Record<string, number>>;

/** What a rule reports about one record; the runner adds the rule id, severity and coaching. */
export interface RuleHit {
  entity: EntityName;
  entityId: string;
  messageKey: MessageKey;
  params: MessageParams;
}

/** One problem a health check found, ready to show with formatMessage. */
export interface Finding extends RuleHit {
  ruleId: string;
  severity: Severity;
  projectId: string;
  /** "Why it matters / how to fix" for this rule. */
  coachingKey: MessageKey;
}

/** Settings the health checks read. */
export type HealthSettings = Pick<
  WorkspaceSettingsFields,
  'riskAppetite' | 'ragThresholds' | 'reportingCycleDays' | 'healthRules'
>;

/**
 * A PMO rule (docs/domain.md "Rules the PMO enforces"). `defaultParams` derives its numbers from the
 * workspace settings; a workspace override replaces any of them. `check` must be linear in the
 * facts: runHealthChecks runs every rule over every project.
 */
export interface HealthRule {
  id: string;
  defaultSeverity: Severity;
  /** Short name for the settings screen that tunes the rule. */
  titleKey: MessageKey;
  coachingKey: MessageKey;
  defaultParams(settings: HealthSettings): RuleParams;
  check(facts: ProjectFacts, params: RuleParams): RuleHit[];
}
