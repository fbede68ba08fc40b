import { i18n } from '#i18n';
import {
  type AllocationSort,
  type AllocationSortKey,
  allocationPhaseOf,
  sortAllocations,
} from '../../../../shared/analytics/resources/allocation-list';
import type { Allocation, Person } from '../../../../shared/schemas/resources';
import { formatDay } from '../format';
import { formatHours } from './resource-format';

/** Rows drawn at first and added by each "Show more". */
export const allocationPageSize = 200;

interface AllocationListProps {
  allocations: readonly Allocation[];
  persons: readonly Person[];
  personsById: ReadonlyMap<string, Person>;
  today: string;
  sort: AllocationSort;
  onSort(sort: AllocationSort): void;
  limit: number;
  onShowMore(): void;
  onOpen(allocationId: string): void;
  canCreate: boolean;
}

const columns: { id: string; sortKey?: AllocationSortKey }[] = [
  { id: 'person', sortKey: 'person' },
  { id: 'from', sortKey: 'from' },
  { id: 'to', sortKey: 'to' },
  { id: 'load', sortKey: 'load' },
  { id: 'key' },
  { id: 'phase' },
];

/** How much of the person an allocation takes: `16 h/week` or `60 % (24 h/week)`. */
export function describeLoad(allocation: Allocation, person: Person | undefined): string {
  if (allocation.hoursPerWeek !== undefined)
    return i18n.t('workspaceResources.list.hoursPerWeek', [formatHours(allocation.hoursPerWeek)]);
  const hours = ((allocation.percent ?? 0) / 100) * (person?.capacityHoursPerWeek ?? 0);
  return i18n.t('workspaceResources.list.percent', [formatHours(allocation.percent ?? 0), formatHours(hours)]);
}

/**
 * The project's allocations as a sortable table (shared/analytics/resources/allocation-list.ts); a
 * row opens its editor from the person's name, a button for keyboard and screen readers alike.
 */
export function AllocationList(props: AllocationListProps) {
  const { allocations, sort, limit } = props;
  const sorted = sortAllocations(allocations, props.persons, sort);
  const shown = sorted.slice(0, limit);
  return (
    <section class="card resources-card" aria-labelledby="resources-list-title" data-testid="resources-allocations">
      <h3 id="resources-list-title" class="resources-card__title">
        {i18n.t('workspaceResources.list.title')}
      </h3>
      {allocations.length === 0 ? (
        <p class="empty-state" data-testid="resources-list-empty">
          {props.canCreate ? i18n.t('workspaceResources.list.emptyWritable') : i18n.t('workspaceResources.list.empty')}
        </p>
      ) : (
        <>
          <div class="resources-scroll">
            <table class="resources-table resources-table--stacking" data-testid="resources-list-table">
              <caption class="visually-hidden">{i18n.t('workspaceResources.list.title')}</caption>
              <thead>
                <tr>
                  {columns.map((column) => {
                    const isSorted = column.sortKey !== undefined && sort.key === column.sortKey;
                    const ariaSort = isSorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
                    const label = i18n.t(`workspaceResources.list.columns.${column.id}` as never);
                    return (
                      <th key={column.id} scope="col" aria-sort={ariaSort}>
                        {column.sortKey ? (
                          <button
                            type="button"
                            class="resources-sort"
                            data-testid={`resources-sort-${column.id}`}
                            onClick={() =>
                              props.onSort({
                                key: column.sortKey as AllocationSortKey,
                                direction: isSorted && sort.direction === 'asc' ? 'desc' : 'asc',
                              })
                            }
                          >
                            {label}
                            <span aria-hidden="true">{isSorted ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
                          </button>
                        ) : (
                          label
                        )}
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {shown.map((allocation) => {
                  const person = props.personsById.get(allocation.personId);
                  const phase = allocationPhaseOf(allocation, props.today);
                  return (
                    <tr key={allocation.id} data-testid={`resources-allocation-${allocation.id}`}>
                      <th scope="row" data-label={i18n.t('workspaceResources.list.columns.person')}>
                        <button
                          type="button"
                          class="resources-link"
                          aria-haspopup="dialog"
                          onClick={() => props.onOpen(allocation.id)}
                        >
                          {person?.name ?? i18n.t('workspaceResources.unknownPerson')}
                        </button>
                      </th>
                      <td data-label={i18n.t('workspaceResources.list.columns.from')}>{formatDay(allocation.from)}</td>
                      <td data-label={i18n.t('workspaceResources.list.columns.to')}>{formatDay(allocation.to)}</td>
                      <td data-label={i18n.t('workspaceResources.list.columns.load')}>
                        {describeLoad(allocation, person)}
                      </td>
                      <td data-label={i18n.t('workspaceResources.list.columns.key')}>
                        {allocation.isKey ? i18n.t('workspaceResources.keyPerson') : '—'}
                      </td>
                      <td data-label={i18n.t('workspaceResources.list.columns.phase')}>
                        <span class={`resources-phase resources-phase--${phase}`}>
                          {i18n.t(`workspaceResources.list.phase.${phase}` as never)}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {sorted.length > shown.length ? (
            <div class="resources-more">
              <span class="field-hint">
                {i18n.t('workspaceResources.list.shown', [String(shown.length), String(sorted.length)])}
              </span>
              <button type="button" class="button" data-testid="resources-list-more" onClick={props.onShowMore}>
                {i18n.t('workspaceResources.list.showMore')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
