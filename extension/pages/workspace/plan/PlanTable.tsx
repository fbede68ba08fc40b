import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  type PlanFilter,
  type PlanRow,
  type PlanSort,
  type PlanSortKey,
  queryPlanRows,
} from '../../../../shared/analytics/schedule/plan-register';
import { formatDay } from '../format';
import { describeKind, formatWorkingDays } from './plan-labels';

/** Rows drawn at first; "Show more" adds as many again (a plan may hold 2,000 items). */
export const planPageSize = 200;

interface PlanTableProps {
  rows: readonly PlanRow[];
  filter: PlanFilter;
  hrefOf(id: string): string;
  onOpen(id: string): void;
}

const columns: { key: PlanSortKey; label: () => string }[] = [
  { key: 'title', label: () => i18n.t('workspacePlan.columns.title') },
  { key: 'start', label: () => i18n.t('workspacePlan.columns.start') },
  { key: 'finish', label: () => i18n.t('workspacePlan.columns.finish') },
  { key: 'duration', label: () => i18n.t('workspacePlan.columns.duration') },
  { key: 'variance', label: () => i18n.t('workspacePlan.columns.variance') },
  { key: 'float', label: () => i18n.t('workspacePlan.columns.float') },
  { key: 'progress', label: () => i18n.t('workspacePlan.columns.progress') },
];

/**
 * The plan as a table: the Gantt's alternative for screen readers and for reading figures, filtered
 * and sorted in memory by queryPlanRows (shared/analytics/schedule/plan-register.ts); the first 200
 * rows, then more on request.
 */
export function PlanTable({ rows, filter, hrefOf, onOpen }: PlanTableProps) {
  const [sort, setSort] = useState<PlanSort>({ key: 'order', direction: 'asc' });
  const [limit, setLimit] = useState(planPageSize);
  const listed = useMemo(() => queryPlanRows(rows, filter, sort), [rows, filter, sort]);
  const shown = listed.slice(0, limit);
  const sortBy = (key: PlanSortKey) => {
    setSort((previous) =>
      previous.key === key
        ? previous.direction === 'asc'
          ? { key, direction: 'desc' }
          : { key: 'order', direction: 'asc' }
        : { key, direction: 'asc' },
    );
    setLimit(planPageSize);
  };
  return (
    <div class="plan-table-wrap">
      <div class="plan-table-box">
        <table class="plan-table" data-testid="plan-table">
          <caption class="visually-hidden">{i18n.t('workspacePlan.tableCaption')}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const isSorted = sort.key === column.key;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={isSorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                  >
                    <button
                      type="button"
                      class="plan-sort"
                      data-testid={`plan-sort-${column.key}`}
                      onClick={() => sortBy(column.key)}
                    >
                      {column.label()}
                      <span aria-hidden="true">{isSorted ? (sort.direction === 'asc' ? ' ↑' : ' ↓') : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">{i18n.t('workspacePlan.columns.baseline')}</th>
              <th scope="col">{i18n.t('workspacePlan.columns.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr
                key={row.id}
                data-testid={`plan-row-${row.id}`}
                data-critical={row.isCritical ? 'true' : 'false'}
                class={row.isCritical ? 'is-critical' : undefined}
              >
                <th scope="row" data-label={i18n.t('workspacePlan.columns.title')}>
                  <a
                    href={hrefOf(row.id)}
                    class="plan-table__name"
                    onClick={(event) => {
                      event.preventDefault();
                      onOpen(row.id);
                    }}
                  >
                    <span aria-hidden="true">{row.kind === 'milestone' ? '◆ ' : ''}</span>
                    {row.title}
                  </a>
                  <span class="plan-table__tags">
                    <span class="visually-hidden">{describeKind(row.kind)}</span>
                    {row.isCritical ? (
                      <span class="chip chip--critical">{i18n.t('workspacePlan.critical')}</span>
                    ) : null}
                    {row.isOverdue ? <span class="chip chip--high">{i18n.t('workspacePlan.overdue')}</span> : null}
                  </span>
                </th>
                <td data-label={i18n.t('workspacePlan.columns.start')}>{formatDay(row.start ?? undefined)}</td>
                <td data-label={i18n.t('workspacePlan.columns.finish')}>{formatDay(row.finish ?? undefined)}</td>
                <td data-label={i18n.t('workspacePlan.columns.duration')}>
                  {row.kind === 'milestone' ? '—' : row.durationDays}
                </td>
                <td data-label={i18n.t('workspacePlan.columns.variance')} data-testid={`plan-variance-${row.id}`}>
                  {formatWorkingDays(row.varianceDays)}
                </td>
                <td data-label={i18n.t('workspacePlan.columns.float')}>{row.totalFloat ?? '—'}</td>
                <td data-label={i18n.t('workspacePlan.columns.progress')}>{`${Math.round(row.percentComplete)} %`}</td>
                <td data-label={i18n.t('workspacePlan.columns.baseline')}>
                  {formatDay(row.baselineFinish ?? undefined)}
                </td>
                <td data-label={i18n.t('workspacePlan.columns.owner')}>{row.ownerName ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {listed.length === 0 ? <p class="empty-state">{i18n.t('workspacePlan.emptyFiltered')}</p> : null}
      {listed.length > shown.length ? (
        <p class="plan-more">
          <span>{i18n.t('workspacePlan.showing', [String(shown.length), String(listed.length)])}</span>{' '}
          <button
            type="button"
            class="button"
            data-testid="plan-show-more"
            onClick={() => setLimit(limit + planPageSize)}
          >
            {i18n.t('workspacePlan.showMore', [String(Math.min(planPageSize, listed.length - shown.length))])}
          </button>
        </p>
      ) : null}
    </div>
  );
}
