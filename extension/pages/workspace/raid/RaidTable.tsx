import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { RaidSort, SortDirection } from '../../../../shared/analytics/raid/raid-register';
import { SearchField } from '../../common/SearchField';

/** Rows drawn at first and added by each "Show more": 2,000 items stay fast because only these are in the page. */
export const pageSize = 200;

interface SortHeaderProps<K extends string> {
  sortKey: K;
  label: string;
  sort: RaidSort<K>;
  onSort(sort: RaidSort<K>): void;
  /** The direction a first click sorts in (dates and names ascending, priority most pressing first). */
  firstDirection?: SortDirection;
  className?: string;
}

/** A column header that sorts: a button in a `th` whose aria-sort says how the table is sorted now. */
export function SortHeader<K extends string>({
  sortKey,
  label,
  sort,
  onSort,
  firstDirection = 'asc',
  className,
}: SortHeaderProps<K>) {
  const isActive = sort.key === sortKey;
  const ariaSort = isActive ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  const next: SortDirection = isActive ? (sort.direction === 'asc' ? 'desc' : 'asc') : firstDirection;
  return (
    <th scope="col" aria-sort={ariaSort} class={className}>
      <button
        type="button"
        class="raid-sort"
        data-testid={`sort-${sortKey}`}
        onClick={() => onSort({ key: sortKey, direction: next })}
      >
        {label}
        <span class="raid-sort__arrow" aria-hidden="true">
          {isActive ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** "Showing 200 of 1,240" and the button that adds the next page. */
export function ListFooter({ shown, total, onMore }: { shown: number; total: number; onMore(): void }) {
  if (total === 0) return null;
  const more = Math.min(pageSize, total - shown);
  return (
    <div class="raid-footer">
      <p class="muted" data-testid="raid-showing">
        {i18n.t('workspaceRaid.showing', [shown.toLocaleString(), total.toLocaleString()])}
      </p>
      {more > 0 ? (
        <button type="button" class="button" data-testid="raid-show-more" onClick={onMore}>
          {i18n.t('workspaceRaid.showMore', [String(more)])}
        </button>
      ) : null}
    </div>
  );
}

interface RaidListTableProps<T> {
  /** What the list holds: names the table for screen readers and says what an empty list lacks. */
  kind: 'issues' | 'decisions' | 'actions';
  /** The header cells, in a row. */
  columns: ComponentChildren;
  /** Every item the filters keep, sorted; only the first `limit` are drawn. */
  items: readonly T[];
  limit: number;
  onLimit(limit: number): void;
  renderRow(item: T): ComponentChildren;
  isFiltered: boolean;
  /** The project has items of this kind at all: an empty list then says the filters hide them. */
  hasRecords: boolean;
  onClear(): void;
}

/** A RAID list under its filters: the table of the first page (or why there is none), then "Show more". */
export function RaidListTable<T>(props: RaidListTableProps<T>) {
  const rows = props.items.slice(0, props.limit);
  return (
    <>
      {rows.length === 0 ? (
        <EmptyList
          isFiltered={props.isFiltered && props.hasRecords}
          emptyText={i18n.t(`workspaceRaid.empty.${props.kind}`)}
          onClear={props.onClear}
        />
      ) : (
        <div class="raid-table-box">
          <table class="raid-table">
            <caption class="visually-hidden">{i18n.t(`workspaceRaid.kinds.${props.kind}`)}</caption>
            <thead>
              <tr>{props.columns}</tr>
            </thead>
            <tbody>{rows.map(props.renderRow)}</tbody>
          </table>
        </div>
      )}
      <ListFooter shown={rows.length} total={props.items.length} onMore={() => props.onLimit(props.limit + pageSize)} />
    </>
  );
}

/** The words under an empty list: why it is empty (nothing yet, or the filters), and a way out. */
export function EmptyList({
  isFiltered,
  emptyText,
  onClear,
}: {
  isFiltered: boolean;
  emptyText: string;
  onClear(): void;
}) {
  return (
    <div class="empty-state raid-empty" data-testid="raid-empty">
      <p>{isFiltered ? i18n.t('workspaceRaid.empty.filtered') : emptyText}</p>
      {isFiltered ? (
        <button type="button" class="button" onClick={onClear}>
          {i18n.t('workspaceRaid.filters.clear')}
        </button>
      ) : null}
    </div>
  );
}

interface FilterBarProps {
  /** The text search every list starts with: its id (and test id), label and text. */
  searchId: string;
  searchLabel: string;
  value: string;
  onValue(text: string): void;
  /** The list's other filters, after the search. */
  children: ComponentChildren;
}

/** The filters above a list: a search landmark, the text search first, whose controls wrap on narrow screens. */
export function FilterBar({ searchId, searchLabel, value, onValue, children }: FilterBarProps) {
  return (
    <search class="raid-filters" aria-label={i18n.t('workspaceRaid.filters.label')}>
      <SearchField
        id={searchId}
        label={searchLabel}
        className="raid-filter raid-filter--search"
        value={value}
        onValue={onValue}
      />
      {children}
    </search>
  );
}

/** A list's controls bound to its state: changing a filter starts again at the first page, sorting does not. */
export function bindListState<S extends { sort: unknown; limit: number }>(
  state: S,
  onState: (next: Partial<S>) => void,
  /** What "Clear filters" returns to. */
  defaults: S,
) {
  const filter = (next: Partial<S>) => onState({ ...next, limit: pageSize });
  // Filtered: any control away from where the list starts (a search of blanks is no search).
  const isFiltered = (Object.keys(defaults) as (keyof S)[]).some((key) => {
    if (key === 'sort' || key === 'limit') return false;
    const [value, start] = [state[key], defaults[key]];
    return typeof value === 'string' && typeof start === 'string' ? value.trim() !== start.trim() : value !== start;
  });
  return {
    filter,
    /** A filter control's value and setter, for one key of the state. */
    bind: <F extends keyof S>(key: F) => ({
      value: state[key],
      // A computed key widens to an index signature, which TypeScript will not read as Partial<S>.
      onValue: (value: S[F]) => filter({ [key]: value } as unknown as Partial<S>),
    }),
    sortProps: { sort: state.sort as S['sort'], onSort: (sort: S['sort']) => onState({ sort } as Partial<S>) },
    tableProps: {
      limit: state.limit,
      onLimit: (limit: number) => onState({ limit } as Partial<S>),
      isFiltered,
      onClear: () => onState(defaults),
    },
  };
}

interface FilterSelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onValue(value: string): void;
}

export function FilterSelect({ id, label, value, options, onValue }: FilterSelectProps) {
  return (
    <div class="field raid-filter">
      <label for={id}>{label}</label>
      <select
        id={id}
        data-testid={id}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        onChange={(event) => onValue(event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterCheckbox({
  id,
  label,
  checked,
  onValue,
}: {
  id: string;
  label: string;
  checked: boolean;
  onValue(value: boolean): void;
}) {
  return (
    <label class="raid-filter raid-filter--check" for={id}>
      <input
        id={id}
        data-testid={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onValue(event.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

/** Owner choices: anyone, each owner of the list (once per person), then nobody. */
export function OwnerFilter({
  id,
  value,
  owners,
  onValue,
}: {
  id: string;
  value: string;
  owners: { key: string; name: string }[];
  onValue(value: string): void;
}) {
  return (
    <FilterSelect
      id={id}
      label={i18n.t('workspaceRaid.filters.owner')}
      value={value}
      onValue={onValue}
      options={[
        { value: 'all', label: i18n.t('workspaceRaid.filters.anyOwner') },
        ...owners.map((owner) => ({
          value: owner.key,
          label: owner.key === 'none' ? i18n.t('workspaceRaid.filters.noOwner') : owner.name,
        })),
      ]}
    />
  );
}

/** "Overdue only": keeps the items past their due date that are not done or resolved. */
export function OverdueFilter({ id, value, onValue }: { id: string; value: boolean; onValue(value: boolean): void }) {
  return (
    <FilterCheckbox id={id} label={i18n.t('workspaceRaid.filters.overdueOnly')} checked={value} onValue={onValue} />
  );
}
