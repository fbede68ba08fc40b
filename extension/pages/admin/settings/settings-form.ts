import type { z } from 'zod';
import { i18n } from '#i18n';
import type { HealthRuleOverrideSchema } from '../../../../shared/schemas/workspace-settings';
import {
  defaultWorkspaceSettings,
  type WorkspaceSettingsFields,
  WorkspaceSettingsFieldsSchema,
} from '../../../../shared/schemas/workspace-settings';

/** The settings the form edits: every field of the schema, the History engineer's retention included. */
export const settingsFields = Object.keys(WorkspaceSettingsFieldsSchema.shape) as (keyof WorkspaceSettingsFields)[];

/** The element id of the input holding a value at `path` (`settings-ragThresholds-greenSlipDays`). */
export function inputIdOf(path: readonly PropertyKey[]): string {
  return `settings-${path.map(String).join('-')}`;
}

/** Field errors by input id, in the reader's words, from the schema the server validates with. */
export function validateSettings(values: Record<string, unknown>): Record<string, string> {
  const parsed = WorkspaceSettingsFieldsSchema.safeParse(values);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const id = inputIdOf(issue.path);
    errors[id] ??= describeIssue(issue, issue.path.map(String).join('.'));
  }
  return errors;
}

function describeIssue(issue: z.core.$ZodIssue, path: string): string {
  if (path === 'ragThresholds.amberIndex' && issue.code === 'custom') return i18n.t('adminSettings.error.amberIndex');
  if (path === 'ragThresholds.amberSlipDays' && issue.code === 'custom') return i18n.t('adminSettings.error.amberSlip');
  if (path === 'currency') return i18n.t('adminSettings.error.currency');
  if (path.startsWith('holidays')) return i18n.t('adminSettings.error.holiday');
  if (path === 'workingDays') return i18n.t('adminSettings.error.workingDays');
  if (issue.code === 'too_small') return i18n.t('adminSettings.error.min', [String(issue.minimum)]);
  if (issue.code === 'too_big') return i18n.t('adminSettings.error.max', [String(issue.maximum)]);
  if (issue.code === 'invalid_type') return i18n.t('adminSettings.error.number');
  if (path.includes('Labels')) return i18n.t('adminSettings.error.label');
  return i18n.t('adminSettings.error.generic');
}

/** Labels for a matrix of `size`, keeping the ones written so far and numbering the new ones. */
export function resizeLabels(labels: readonly string[], size: number): string[] {
  return Array.from({ length: size }, (_, index) => labels[index] ?? String(index + 1));
}

type HealthOverrides = WorkspaceSettingsFields['healthRules'];
type HealthOverride = z.infer<typeof HealthRuleOverrideSchema>;

/**
 * A rule's override after a change of its switch or severity: the rule's numbers are kept, and an
 * override equal to the rule's defaults is dropped, so the record holds only what the PMO changed.
 */
export function setRuleOverride(
  overrides: HealthOverrides,
  ruleId: string,
  change: Pick<HealthOverride, 'enabled' | 'severity'>,
  defaultSeverity: HealthOverride['severity'],
): HealthOverrides {
  const next: HealthOverride = { ...overrides[ruleId], ...change };
  if (next.enabled !== false) delete next.enabled;
  if (next.severity === defaultSeverity) delete next.severity;
  const { [ruleId]: _dropped, ...others } = overrides;
  return Object.keys(next).length === 0 ||
    (next.params && Object.keys(next).length === 1 && !Object.keys(next.params).length)
    ? others
    : { ...others, [ruleId]: next };
}

/** The values "Restore defaults" puts in the form (saved only when the PMO saves). */
export function defaultValues(): Record<string, unknown> {
  return structuredClone(defaultWorkspaceSettings) as unknown as Record<string, unknown>;
}
