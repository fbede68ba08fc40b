import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AnyRecord } from '../../../../shared/entities';
import type { CostEntry } from '../../../../shared/schemas/costs';
import type { Person } from '../../../../shared/schemas/resources';
import { FormError } from '../../common/FormError';
import { formatMoney } from '../format';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';
import { CostEntryEditor } from './CostEntryEditor';
import { formatHours, formatMonth } from './cost-format';

type SortKey = 'period' | 'amount';
/** Rows drawn at once; a project with years of weekly imports still opens at once. */
const pageSize = 200;

/**
 * The project's cost entries by month, newest first by default; each removable by who may write it.
 * A row opens (click, Enter, or the address `#/projects/<id>/costs/<entryId>`) in CostEntryEditor.
 */
export function CostEntryTable({
  view,
  recordId,
  navigate,
  mayWrite,
}: Pick<TabProps, 'view' | 'recordId' | 'navigate' | 'mayWrite'>) {
  const mutate = useMutate(view.workspaceId);
  const entries = view.records.costEntries;
  const [sort, setSort] = useState<{ key: SortKey; isAscending: boolean }>({ key: 'period', isAscending: false });
  const [shown, setShown] = useState(pageSize);
  const [error, setError] = useState<string>();
  const personName = useMemo(
    () => new Map(view.persons.map((person: Person) => [person.id, person.name])),
    [view.persons],
  );
  const sorted = useMemo(() => {
    const direction = sort.isAscending ? 1 : -1;
    return [...entries].sort((a, b) =>
      sort.key === 'amount'
        ? (a.amount - b.amount) * direction || a.period.localeCompare(b.period)
        : a.period.localeCompare(b.period) * direction || b.amount - a.amount,
    );
  }, [entries, sort]);
  const currency = view.settings.currency;
  const table = useRef<HTMLTableElement>(null);
  /** The row whose editor just closed, to take the focus back (the deep link opened it from nowhere). */
  const [closedId, setClosedId] = useState<string>();
  const opened = recordId ? entries.find((entry) => entry.id === recordId) : undefined;

  useEffect(() => {
    if (!closedId || recordId) return;
    const row = table.current?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(closedId)}"]`);
    setClosedId(undefined);
    // After the dialog's own unmount, which hands the focus back to what opened it (the page, for a link).
    const timer = setTimeout(() => row?.focus());
    return () => clearTimeout(timer);
  }, [closedId, recordId]);

  const open = (entry: CostEntry) => navigate({ tab: 'costs', recordId: entry.id });
  function closeEditor() {
    if (!recordId) return;
    setClosedId(recordId);
    navigate({ tab: 'costs' });
  }

  async function remove(entry: CostEntry) {
    setError(undefined);
    const outcome = await mutate('costEntry.delete', { id: entry.id });
    if (!outcome.ok) setError(outcome.message);
  }

  const header = (key: SortKey, label: string) => {
    const isSorted = sort.key === key;
    return (
      <th scope="col" aria-sort={isSorted ? (sort.isAscending ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          class="costs-sort"
          data-testid={`sort-${key}`}
          aria-label={i18n.t('workspaceCosts.entries.sortBy', [label])}
          onClick={() => setSort({ key, isAscending: isSorted ? !sort.isAscending : true })}
        >
          {label}
          <span aria-hidden="true">{isSorted ? (sort.isAscending ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <section class="card costs-entries" aria-labelledby="costs-entries-title">
      <h3 id="costs-entries-title" class="card__title">
        {i18n.t('workspaceCosts.entries.title')}{' '}
        <span class="muted" data-testid="costs-entry-count">
          ({i18n.t('workspaceCosts.entries.count', entries.length)})
        </span>
      </h3>
      <FormError id="costs-entry-error" message={error} />
      {entries.length === 0 ? (
        <p class="empty-state" data-testid="costs-entries-empty">
          {i18n.t('workspaceCosts.entries.empty')}
        </p>
      ) : (
        <div class="costs-table-box">
          <table ref={table} class="costs-table costs-table--entries costs-table--stack" data-testid="costs-entries">
            <caption class="visually-hidden">{i18n.t('workspaceCosts.entries.caption')}</caption>
            <thead>
              <tr>
                {header('period', i18n.t('workspaceCosts.entries.period'))}
                <th scope="col">{i18n.t('workspaceCosts.entries.kind')}</th>
                <th scope="col">{i18n.t('workspaceCosts.entries.source')}</th>
                <th scope="col">{i18n.t('workspaceCosts.entries.person')}</th>
                <th scope="col" class="costs-num">
                  {i18n.t('workspaceCosts.entries.hours')}
                </th>
                {header('amount', i18n.t('workspaceCosts.entries.amount'))}
                <th scope="col">{i18n.t('workspaceCosts.entries.note')}</th>
                <th scope="col">
                  <span class="visually-hidden">{i18n.t('workspaceCosts.entries.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.slice(0, shown).map((entry) => {
                const month = formatMonth(entry.period);
                const amount = formatMoney(entry.amount, currency);
                const note = entry.note ?? (entry.issueKeys ?? []).join(', ');
                return (
                  <tr
                    key={entry.id}
                    data-testid="cost-entry"
                    data-id={entry.id}
                    aria-current={entry.id === recordId ? 'true' : undefined}
                    class={entry.id === recordId ? 'costs-row costs-row--open' : 'costs-row'}
                    tabIndex={0}
                    onClick={(event) => {
                      // The row's own buttons (delete) do their own thing.
                      if ((event.target as Element).closest('button')) return;
                      // The dialog hands the focus back to what had it when it opened.
                      event.currentTarget.focus();
                      open(entry);
                    }}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' && event.target === event.currentTarget) {
                        event.preventDefault();
                        open(entry);
                      }
                    }}
                  >
                    <th scope="row" data-label={i18n.t('workspaceCosts.entries.period')}>
                      {month}
                    </th>
                    <td data-label={i18n.t('workspaceCosts.entries.kind')}>
                      {i18n.t(`workspaceCosts.kinds.${entry.kind ?? 'actual'}`)}
                    </td>
                    <td data-label={i18n.t('workspaceCosts.entries.source')}>
                      <span class={`costs-source costs-source--${entry.source}`}>
                        {i18n.t(`workspaceCosts.sources.${entry.source}`)}
                      </span>
                    </td>
                    <td
                      data-label={i18n.t('workspaceCosts.entries.person')}
                      data-empty={entry.personId ? undefined : ''}
                    >
                      {entry.personId ? (personName.get(entry.personId) ?? '—') : '—'}
                    </td>
                    <td
                      class="costs-num"
                      data-label={i18n.t('workspaceCosts.entries.hours')}
                      data-empty={entry.hours === undefined ? '' : undefined}
                    >
                      {formatHours(entry.hours)}
                    </td>
                    <td
                      class="costs-num costs-cell--amount"
                      data-label={i18n.t('workspaceCosts.entries.amount')}
                      data-testid="cost-amount"
                    >
                      {amount}
                    </td>
                    <td
                      class="costs-note"
                      data-label={i18n.t('workspaceCosts.entries.note')}
                      data-testid="cost-note"
                      data-empty={note === '' ? '' : undefined}
                    >
                      {note}
                    </td>
                    <td class="costs-actions">
                      {mayWrite('costEntry', entry as AnyRecord) ? (
                        <button
                          type="button"
                          class="button button--danger-quiet"
                          data-testid="cost-delete"
                          aria-label={i18n.t('workspaceCosts.entries.deleteLabel', [amount, month])}
                          onClick={(event) => {
                            event.stopPropagation();
                            void remove(entry);
                          }}
                        >
                          {i18n.t('workspaceCosts.entries.delete')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {sorted.length > shown ? (
        <button type="button" class="button" data-testid="costs-show-more" onClick={() => setShown(shown + pageSize)}>
          {i18n.t('workspaceCosts.entries.showMore', [String(Math.min(pageSize, sorted.length - shown))])}
        </button>
      ) : null}
      {opened ? (
        <CostEntryEditor key={opened.id} view={view} entry={opened} mayWrite={mayWrite} onClose={closeEditor} />
      ) : null}
    </section>
  );
}
