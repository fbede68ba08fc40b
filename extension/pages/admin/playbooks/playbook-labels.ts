import { i18n } from '#i18n';
import { healthRules } from '../../../../shared/health/rules';
import { formatMessage, type Language } from '../../../../shared/i18n/format-message';
import type { GateCriterionChoice } from '../../../../shared/methodology/playbook-links';

/** A health rule by the title the settings screen gives it, in the reader's language. */
export function describeRule(ruleId: string, language: Language): string {
  const rule = healthRules.find((candidate) => candidate.id === ruleId);
  return rule ? formatMessage(language, rule.titleKey) : i18n.t('adminPlaybooks.unknownRule', [ruleId]);
}

/** A gate criterion as its template words it, or a plain notice when no method holds it any more. */
export function describeCriterion(criterionId: string, choices: readonly GateCriterionChoice[]): string {
  return (
    choices.find((choice) => choice.criterionId === criterionId)?.text ?? i18n.t('adminPlaybooks.unknownCriterion')
  );
}

/** Where a criterion sits: "Stage-gate – gate "Gate 1", into Plan". */
export function describeCriterionPlace(choice: GateCriterionChoice): string {
  return i18n.t('adminPlaybooks.editor.gate', [choice.templateName, choice.gateName, choice.phaseName]);
}

/** The field's label, for the form and the conflict choices. */
export function playbookFieldLabel(field: string): string {
  switch (field) {
    case 'title':
      return i18n.t('adminPlaybooks.editor.title');
    case 'markdown':
      return i18n.t('adminPlaybooks.editor.markdown');
    case 'tags':
      return i18n.t('adminPlaybooks.editor.tags');
    case 'ruleIds':
      return i18n.t('adminPlaybooks.editor.rules');
    case 'criterionIds':
      return i18n.t('adminPlaybooks.editor.criteria');
    default:
      return field;
  }
}
