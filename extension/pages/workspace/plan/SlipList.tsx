import { useMemo } from 'preact/hooks';
import { i18n } from '#i18n';
import { rankMilestoneSlips } from '../../../../shared/analytics/schedule/milestone-slips';
import { formatDay } from '../format';
import type { ProjectView } from '../project-view';
import { formatWorkingDays } from './plan-labels';

/**
 * The milestones worst first (rankMilestoneSlips over view.analysis.milestones, the figures behind the
 * schedule light and the overview): overdue ones, then the largest slips against the latest baseline.
 */
export function SlipList({
  view,
  hrefOf,
  onOpen,
}: {
  view: ProjectView;
  hrefOf(id: string): string;
  onOpen(id: string): void;
}) {
  const byId = useMemo(
    () => new Map(view.records.milestones.map((milestone) => [milestone.id, milestone])),
    [view.records.milestones],
  );
  const ranked = useMemo(
    () => rankMilestoneSlips(view.analysis.milestones.milestones, (id) => byId.get(id)?.forecastDate ?? '9999-12-31'),
    [view.analysis.milestones, byId],
  );
  return (
    <section class="card plan-slips" aria-labelledby="plan-slips-title" data-testid="plan-slips">
      <h3 id="plan-slips-title" class="card__title">
        {i18n.t('workspacePlan.slips.title')}
      </h3>
      {ranked.length === 0 ? (
        <p class="muted">{i18n.t('workspacePlan.slips.empty')}</p>
      ) : (
        <div class="plan-table-box">
          <table class="plan-table plan-table--slips" data-testid="plan-slips-table">
            <caption class="visually-hidden">{i18n.t('workspacePlan.slips.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('workspacePlan.kinds.milestone')}</th>
                <th scope="col">{i18n.t('workspacePlan.fields.forecastDate')}</th>
                <th scope="col">{i18n.t('workspacePlan.slips.slip')}</th>
                <th scope="col">{i18n.t('workspacePlan.slips.state')}</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((row) => {
                const milestone = byId.get(row.milestoneId);
                const state = row.isDone
                  ? i18n.t('workspacePlan.slips.done')
                  : row.isOverdue
                    ? i18n.t('workspacePlan.slips.overdueBy', [formatWorkingDays(row.overdueDays)])
                    : row.slipDays === null
                      ? i18n.t('workspacePlan.slips.noBaseline')
                      : i18n.t('workspacePlan.slips.open');
                return (
                  <tr key={row.milestoneId} data-testid={`plan-slip-${row.milestoneId}`}>
                    <th scope="row" data-label={i18n.t('workspacePlan.kinds.milestone')}>
                      <a
                        href={hrefOf(row.milestoneId)}
                        onClick={(event) => {
                          event.preventDefault();
                          onOpen(row.milestoneId);
                        }}
                      >
                        {milestone?.title ?? row.milestoneId}
                      </a>
                      {row.mandatory ? (
                        <span class="plan-table__tags">
                          <span class="chip chip--none">{i18n.t('workspacePlan.fields.mandatory')}</span>
                        </span>
                      ) : null}
                    </th>
                    <td data-label={i18n.t('workspacePlan.fields.forecastDate')}>{formatDay(row.forecastDate)}</td>
                    <td
                      data-label={i18n.t('workspacePlan.slips.slip')}
                      data-testid={`plan-slip-days-${row.milestoneId}`}
                    >
                      <span
                        class={row.slipDays !== null && row.slipDays > 0 ? 'plan-slip plan-slip--late' : 'plan-slip'}
                      >
                        {formatWorkingDays(row.slipDays)}
                      </span>
                    </td>
                    <td data-label={i18n.t('workspacePlan.slips.state')}>{state}</td>
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
