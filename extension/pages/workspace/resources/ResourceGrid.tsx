import { i18n } from '#i18n';
import type { GridWeek, ResourceCell, ResourceRow } from '../../../../shared/analytics/resources/resource-grid';
import type { Project } from '../../../../shared/schemas/project';
import { formatHours, formatShortDay } from './resource-format';

interface ResourceGridProps {
  rows: readonly ResourceRow[];
  weeks: readonly GridWeek[];
  projectsById: ReadonlyMap<string, Project>;
  /** Moves the weeks shown by `weeks` (negative: earlier); 0 goes back to the default start. */
  onShift(weeks: number): void;
  isShifted: boolean;
  onOpenCell(personId: string, weekStart: string): void;
}

/** How far "Previous weeks" and "Next weeks" move the grid. */
export const shiftStep = 4;

/** `CRM rollout: 24 h; ERP: 16 h`: what makes up a cell's load, for its tooltip. */
export function describeShares(cell: ResourceCell, projectsById: ReadonlyMap<string, Project>): string {
  return cell.shares
    .map((share) =>
      i18n.t('workspaceResources.grid.share', [
        projectsById.get(share.projectId)?.name ?? i18n.t('workspaceResources.unknownProject'),
        formatHours(share.hours),
      ]),
    )
    .join('; ');
}

/**
 * People × ISO weeks of the project (shared/analytics/resources/resource-grid.ts): in each cell the
 * hours on this project over the hours on every project against capacity, over-allocated weeks
 * marked as findOverAllocations (and the health rule) flags them. It is a real table, so it is also
 * its own screen-reader alternative; a loaded cell opens the projects that make up its load.
 */
export function ResourceGrid({ rows, weeks, projectsById, onShift, isShifted, onOpenCell }: ResourceGridProps) {
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  return (
    <section class="card resources-card" aria-labelledby="resources-grid-title" data-testid="resources-grid">
      <div class="resources-card__head">
        <h3 id="resources-grid-title" class="resources-card__title">
          {i18n.t('workspaceResources.grid.title')}
        </h3>
        <div class="resources-weeks-nav">
          <button
            type="button"
            class="button"
            data-testid="resources-weeks-previous"
            onClick={() => onShift(-shiftStep)}
          >
            <span aria-hidden="true">← </span>
            {i18n.t('workspaceResources.grid.previous')}
          </button>
          {isShifted ? (
            <button
              type="button"
              class="button button--quiet"
              data-testid="resources-weeks-now"
              onClick={() => onShift(0)}
            >
              {i18n.t('workspaceResources.grid.now')}
            </button>
          ) : null}
          <button type="button" class="button" data-testid="resources-weeks-next" onClick={() => onShift(shiftStep)}>
            {i18n.t('workspaceResources.grid.next')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      </div>
      {first && last ? (
        <p class="field-hint" data-testid="resources-weeks-range">
          {i18n.t('workspaceResources.grid.range', [
            String(first.isoWeek),
            formatShortDay(first.weekStart),
            String(last.isoWeek),
            formatShortDay(last.weekEnd),
          ])}
        </p>
      ) : null}
      <ul class="resources-legend" aria-label={i18n.t('workspaceResources.grid.legendLabel')}>
        <li>
          <span class="resources-legend__swatch resources-legend__swatch--project" aria-hidden="true" />
          {i18n.t('workspaceResources.grid.legendProject')}
        </li>
        <li>
          <span class="resources-legend__swatch" aria-hidden="true" />
          {i18n.t('workspaceResources.grid.legendTotal')}
        </li>
        <li>
          <span class="resources-legend__swatch resources-legend__swatch--over" aria-hidden="true" />
          {i18n.t('workspaceResources.grid.legendOver')}
        </li>
      </ul>
      {rows.length === 0 ? (
        <p class="empty-state" data-testid="resources-grid-empty">
          {i18n.t('workspaceResources.grid.empty')}
        </p>
      ) : (
        <div class="resources-scroll">
          <table class="resources-grid" data-testid="resources-grid-table">
            <caption class="visually-hidden">{i18n.t('workspaceResources.grid.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" class="resources-grid__person">
                  {i18n.t('workspaceResources.grid.person')}
                </th>
                {weeks.map((week) => (
                  <th
                    key={week.weekStart}
                    scope="col"
                    class={
                      week.isCurrent ? 'resources-grid__week resources-grid__week--current' : 'resources-grid__week'
                    }
                    data-week={week.weekStart}
                    aria-current={week.isCurrent ? 'date' : undefined}
                  >
                    <span class="resources-grid__week-number">
                      {i18n.t('workspaceResources.grid.week', [String(week.isoWeek)])}
                    </span>
                    <span class="resources-grid__week-day">{formatShortDay(week.weekStart)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.personId} data-testid={`resources-row-${row.personId}`}>
                  <th scope="row" class="resources-grid__person">
                    <span class="resources-grid__name">{row.personName}</span>
                    {row.isKey ? (
                      <span class="resources-tag" title={i18n.t('workspaceResources.keyPersonHint')}>
                        {i18n.t('workspaceResources.keyPerson')}
                      </span>
                    ) : null}
                    {row.overWeeks > 0 ? (
                      <span class="resources-tag resources-tag--over">
                        {i18n.t('workspaceResources.grid.overWeeks', row.overWeeks, [String(row.overWeeks)])}
                      </span>
                    ) : null}
                  </th>
                  {row.cells.map((cell) => (
                    <GridCell
                      key={cell.weekStart}
                      row={row}
                      cell={cell}
                      projectsById={projectsById}
                      onOpen={onOpenCell}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function GridCell({
  row,
  cell,
  projectsById,
  onOpen,
}: {
  row: ResourceRow;
  cell: ResourceCell;
  projectsById: ReadonlyMap<string, Project>;
  onOpen(personId: string, weekStart: string): void;
}) {
  const hasLoad = cell.totalHours > 0;
  const hasException = cell.exceptions.length > 0;
  const classes = ['resources-cell'];
  if (cell.isOverAllocated) classes.push('resources-cell--over');
  if (!hasLoad) classes.push('resources-cell--empty');
  const total = i18n.t('workspaceResources.grid.ofCapacity', [
    formatHours(cell.totalHours),
    formatHours(cell.capacityHours),
  ]);
  const figures = (
    <>
      <span class="resources-cell__project">
        {cell.projectHours > 0 ? i18n.t('workspaceResources.hours', [formatHours(cell.projectHours)]) : '–'}
      </span>
      <span class="resources-cell__total">{total}</span>
      {cell.isOverAllocated ? (
        <span class="resources-cell__flag">
          <span aria-hidden="true">▲ </span>
          {i18n.t('workspaceResources.grid.overBy', [formatHours(cell.overBy)])}
        </span>
      ) : null}
      {hasException ? (
        <span class="resources-cell__leave">
          {cell.exceptions.map((exception) => exception.reason ?? i18n.t('workspaceResources.exception')).join(', ')}
        </span>
      ) : null}
    </>
  );
  return (
    <td
      class={classes.join(' ')}
      data-testid={`resources-cell-${row.personId}-${cell.weekStart}`}
      data-over={cell.isOverAllocated ? 'true' : undefined}
    >
      {hasLoad || hasException ? (
        <button
          type="button"
          class="resources-cell__button"
          title={hasLoad ? describeShares(cell, projectsById) : undefined}
          aria-haspopup="dialog"
          onClick={() => onOpen(row.personId, cell.weekStart)}
        >
          {figures}
        </button>
      ) : (
        figures
      )}
    </td>
  );
}
