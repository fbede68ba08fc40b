import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { MilestoneStatus } from '../../../../shared/analytics/schedule/milestone-trend';
import type { Milestone } from '../../../../shared/schemas/plan';
import type { StatusReportFields } from '../../../../shared/schemas/status-report';
import { describeSlip } from '../../../ui/describe-health-terms';
import { formatDay } from '../format';

const pageSize = 20;

interface MilestoneForecastsProps {
  forecasts: StatusReportFields['milestoneForecasts'];
  milestones: readonly Milestone[];
  /** Today's slip of each milestone, for a draft; a submitted report shows only what it recorded. */
  statuses?: readonly MilestoneStatus[];
  hint?: string;
  idPrefix: string;
}

/** The milestone forecasts a report records (for the milestone trend), as a table that scrolls in its own box. */
export function MilestoneForecasts({ forecasts, milestones, statuses, hint, idPrefix }: MilestoneForecastsProps) {
  const titleId = `${idPrefix}-milestones-title`;
  const [limit, setLimit] = useState(pageSize);
  const titles = new Map(milestones.map((milestone) => [milestone.id, milestone.title]));
  const statusById = new Map((statuses ?? []).map((status) => [status.milestoneId, status]));
  return (
    <section class="status-section" aria-labelledby={titleId}>
      <h4 id={titleId} class="status-section__title">
        {i18n.t('workspaceStatus.milestonesTitle')}
      </h4>
      {hint ? <p class="field-hint">{hint}</p> : null}
      {forecasts.length === 0 ? (
        <p class="muted">{statuses ? i18n.t('workspaceStatus.noMilestones') : i18n.t('workspaceStatus.noForecasts')}</p>
      ) : (
        <div class="table-box">
          <table class="status-table" data-testid={`${idPrefix}-milestone-forecasts`}>
            <thead>
              <tr>
                <th scope="col">{i18n.t('workspaceStatus.milestoneColumn')}</th>
                <th scope="col">{i18n.t('workspaceStatus.forecastColumn')}</th>
                {statuses ? <th scope="col">{i18n.t('workspaceStatus.slipColumn')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {forecasts.slice(0, limit).map((entry) => {
                const status = statusById.get(entry.milestoneId);
                return (
                  <tr key={entry.milestoneId}>
                    <th scope="row">{titles.get(entry.milestoneId) ?? i18n.t('workspaceStatus.deletedRecord')}</th>
                    <td>{formatDay(entry.forecastDate)}</td>
                    {statuses ? (
                      <td>{status ? describeSlip(status.slipDays, status.overdueDays) || '—' : '—'}</td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {forecasts.length > limit ? (
        <button type="button" class="button button--quiet" onClick={() => setLimit(limit + 50)}>
          {i18n.t('workspaceStatus.showMore', [String(forecasts.length - limit)])}
        </button>
      ) : null}
    </section>
  );
}
