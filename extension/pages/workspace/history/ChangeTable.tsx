import { i18n } from '#i18n';
import type { HistoryEntry } from '../../../../shared/api/history';
import { formatAuthor, formatFieldName, formatWhen } from './history-format';
import { describeHistoryValue, type ReferenceNames } from './reference-names';

export interface ChangeTableProps {
  entry: HistoryEntry;
  /** A field's label where the record is edited (the editor's own), else a generic one. */
  labelOf?(field: string): string;
  /** A value as a person reads it (an enum in words, a rating's label), else formatFieldValue. */
  describeValue?(field: string, value: unknown): string;
  /** The names of the records the entry refers to (useReferenceNames); undefined while read. */
  references?: ReferenceNames;
}

/**
 * The fields one change touched, before and after, as a real table. Values are text nodes only:
 * whatever a record holds (markup included) is shown, never run.
 */
export function ChangeTable({ entry, labelOf, describeValue, references }: ChangeTableProps) {
  // A record's own project, set at its creation, is the project the reader is looking at: not news.
  const fields = Object.entries(entry.changes).filter(
    ([field]) => !(field === 'projectId' && entry.mutation.endsWith('.create')),
  );
  // An editor's label that knows nothing better than the field's own name gives way to the generic one.
  const label = (field: string) => {
    const named = labelOf?.(field);
    return named && named !== field && !named.includes('.') ? named : formatFieldName(field);
  };
  if (fields.length === 0) return <p class="history-change__none">{i18n.t('adminActivity.change.none')}</p>;
  const show = (field: string, value: unknown) => describeHistoryValue(references, entry, field, value, describeValue);
  return (
    <table class="history-change" data-testid="history-change">
      <caption class="visually-hidden">
        {i18n.t('adminActivity.change.caption', [formatAuthor(entry), formatWhen(entry.at)])}
      </caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('adminActivity.change.field')}</th>
          <th scope="col">{i18n.t('adminActivity.change.before')}</th>
          <th scope="col">{i18n.t('adminActivity.change.after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map(([field, change]) => (
          <tr key={field} data-field={field}>
            <th scope="row">{label(field)}</th>
            <td class="history-change__from">{show(field, change.from)}</td>
            <td class="history-change__to">{show(field, change.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
