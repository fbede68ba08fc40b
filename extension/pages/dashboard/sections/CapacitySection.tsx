import { i18n } from '#i18n';
import { isoWeekOf } from '../../../../shared/analytics/resources/iso-day';
import { formatDay } from '../../workspace/format';
import type { DashboardSectionProps } from '../dashboard-section-props';
import { formatShortDay } from './section-format';

const formatHours = (hours: number) => String(Math.round(hours * 10) / 10);

/**
 * Capacity across projects: one row per person on the shown projects, one column per ISO week,
 * hours allocated over capacity. The person column stays in view while the weeks scroll; an
 * over-allocated week (the Resources tab's rule, computed in shared/) says "Over" in words as well
 * as colour, a thin bar shows the load, and the title names the projects behind it.
 */
export function CapacitySection({ data }: DashboardSectionProps) {
  const { capacity } = data.shown;
  const codeOf = new Map(data.dashboard.projects.map((project) => [project.projectId, project.code]));
  return (
    <section class="card" aria-labelledby="capacity-title">
      <h3 id="capacity-title" class="card__title">
        {i18n.t('dashboard.capacity.title', capacity.overAllocatedCount, [String(capacity.overAllocatedCount)])}
      </h3>
      <p class="muted">{i18n.t('dashboard.capacity.intro')}</p>
      {capacity.rows.length === 0 ? (
        <p class="muted" data-testid="capacity-empty">
          {i18n.t('dashboard.capacity.empty')}
        </p>
      ) : (
        <div class="dashboard-table-wrap">
          <table class="dashboard-table dashboard-table--sticky capacity-grid" data-testid="capacity-grid">
            <caption class="visually-hidden">{i18n.t('dashboard.capacity.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('dashboard.capacity.person')}</th>
                {capacity.weekStarts.map((week) => (
                  <th key={week} scope="col" class="number capacity-grid__week">
                    <abbr title={formatDay(week)}>
                      <span class="capacity-grid__week-number">
                        {i18n.t('dashboard.polish.week', [String(isoWeekOf(week).week)])}
                      </span>
                      <span class="capacity-grid__week-day">{formatShortDay(week)}</span>
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {capacity.rows.map((row) => {
                const overWeeks = row.weeks.filter((week) => week.isOverAllocated).length;
                return (
                  <tr key={row.personId} data-testid={`capacity-row-${row.personId}`}>
                    <th scope="row">
                      <span class="capacity-grid__name">{row.name}</span>
                      {overWeeks > 0 ? (
                        <span class="capacity-grid__over-count">
                          {i18n.t('dashboard.polish.overWeeks', overWeeks, [String(overWeeks)])}
                        </span>
                      ) : null}
                    </th>
                    {row.weeks.map((week) => {
                      const projects = week.projectIds.map((id) => codeOf.get(id) ?? id).join(', ');
                      const load = week.capacityHours > 0 ? week.allocatedHours / week.capacityHours : 0;
                      return (
                        <td
                          key={week.weekStart}
                          class={`number capacity-cell${week.isOverAllocated ? ' capacity-cell--over' : ''}${week.allocatedHours === 0 ? ' capacity-cell--idle' : ''}`}
                          data-over={week.isOverAllocated ? 'true' : 'false'}
                          title={projects ? i18n.t('dashboard.capacity.projects', [projects]) : undefined}
                        >
                          <span class="capacity-cell__hours">
                            {formatHours(week.allocatedHours)}
                            <span class="capacity-cell__capacity">{` / ${formatHours(week.capacityHours)}`}</span>
                          </span>
                          {week.isOverAllocated ? (
                            <span class="capacity-cell__flag">{i18n.t('dashboard.capacity.over')}</span>
                          ) : null}
                          <span
                            class={`capacity-cell__load${week.isOverAllocated ? ' capacity-cell__load--over' : ''}`}
                            aria-hidden="true"
                          >
                            <span style={{ width: `${Math.min(100, Math.round(load * 100))}%` }} />
                          </span>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
