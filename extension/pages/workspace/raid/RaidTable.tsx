import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { RaidSort, SortDirection } from '../../../../shared/analytics/raid/raid-register';

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

/** The filters above a list: a search landmark whose controls wrap on narrow screens. */
export function FilterBar({ children, label }: { children: ComponentChildren; label: string }) {
  return (
    <search class="raid-filters" aria-label={label}>
      {children}
    </search>
  );
}

export function SearchField({
  id,
  label,
  value,
  onValue,
}: {
  id: string;
  label: string;
  value: string;
  onValue(value: string): void;
}) {
  return (
    <div class="field raid-filter raid-filter--search">
      <label for={id}>{label}</label>
      <input
        id={id}
        data-testid={id}
        type="search"
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
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
