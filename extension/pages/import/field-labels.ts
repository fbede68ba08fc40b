import { i18n } from '#i18n';
import { importColumnKeys } from '../../../shared/tabular/index';
import { isOneOf } from './is-one-of';

/** Fields with a name in the catalog (`import.fields.*`): every column of a sheet, and record fields a change names. */
const labelledFields = [...importColumnKeys, 'statement', 'name', 'forecastDate'] as const;

/** The label of an import field or a record field, e.g. "Échéance" for `dueDate` in French. */
export function fieldLabel(key: string, fallback = key): string {
  return isOneOf(labelledFields, key) ? i18n.t(`import.fields.${key}`) : fallback;
}
