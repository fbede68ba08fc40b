import { i18n } from '#i18n';
import {
  achievedBaselineNotImported,
  type FieldChange,
  isUnappliedChange,
  occurredNotImported,
} from '../../../shared/tabular/index';
import { fieldLabel } from './field-labels';
import { formatValue } from './format-value';

/** Why a value the sheet holds is shown but not written; shared code words the known cases in English only. */
function describeNotApplied(reason: string): string {
  if (reason === occurredNotImported) return i18n.t('import.diff.notAppliedOccurred');
  if (reason === achievedBaselineNotImported) return i18n.t('import.diff.notAppliedBaseline');
  return reason;
}

/** "Owner: Ana → Bob", plus why it is not imported when the diff shows it for information only. */
export function describeChange(change: FieldChange): string {
  const text = i18n.t('import.diff.change', [
    fieldLabel(change.field),
    formatValue(change.from, change.field),
    formatValue(change.to, change.field),
  ]);
  return isUnappliedChange(change)
    ? i18n.t('import.diff.notApplied', [text, describeNotApplied(change.notApplied)])
    : text;
}
