import { i18n } from '#i18n';
import { listUpcomingMilestones } from '../../../../shared/analytics/schedule/next-milestone';
import { describeSlip } from '../../../ui/describe-health-terms';
import { formatDay } from '../format';
import type { ProjectView } from '../project-view';

/** How many coming milestones the overview lists; the plan shows them all. */
const shownCount = 5;

/** The next open milestones, each with its forecast and how late it is (overdue, or its slip). */
export function UpcomingMilestones({ view }: { view: ProjectView }) {
  const upcoming = listUpcomingMilestones(view.records.milestones, view.analysis.milestones, shownCount);
  return (
    <section class="card overview__milestones" aria-labelledby="overview-milestones-title">
      <h3 id="overview-milestones-title">{i18n.t('workspace.overview.milestonesTitle')}</h3>
      {upcoming.length === 0 ? (
        <p class="muted">{i18n.t('workspace.overview.noMilestones')}</p>
      ) : (
        <ol class="milestones">
          {upcoming.map((milestone) => {
            const slip = describeSlip(milestone.slipDays, milestone.overdueDays);
            const isLate = (milestone.overdueDays ?? 0) > 0 || (milestone.slipDays ?? 0) > 0;
            return (
              <li
                key={milestone.id}
                class="milestone"
                data-testid="upcoming-milestone"
                data-overdue-days={milestone.overdueDays ?? ''}
                data-slip-days={milestone.slipDays ?? ''}
              >
                <span class="milestone__title">{milestone.title}</span>
                <span class="milestone__date">{formatDay(milestone.forecastDate)}</span>
                {slip ? <span class={isLate ? 'slip slip--late' : 'slip'}>{slip}</span> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
