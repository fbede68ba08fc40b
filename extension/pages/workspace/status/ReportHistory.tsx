import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { StatusReport } from '../../../../shared/schemas/status-report';
import { formatWorkspaceRoute } from '../../../messaging/workspace-route';
import { RagChip } from '../../../ui/common/RagChip';
import { formatDay } from '../format';
import type { TabProps } from '../tab-props';

const pageSize = 24;

interface ReportHistoryProps extends Pick<TabProps, 'navigate'> {
  projectId: string;
  /** Newest first (sortReportsNewestFirst). */
  reports: readonly StatusReport[];
  openId: string | undefined;
}

/** The project's reports, newest first, drafts marked; each opens in the tab and has its own address. */
export function ReportHistory({ projectId, reports, openId, navigate }: ReportHistoryProps) {
  const [limit, setLimit] = useState(pageSize);
  return (
    <section class="card status-history" aria-labelledby="status-history-title">
      <h3 id="status-history-title" class="card__title">
        {i18n.t('workspaceStatus.historyTitle')} <span class="count">{reports.length}</span>
      </h3>
      {reports.length === 0 ? (
        <p class="muted">{i18n.t('workspaceStatus.historyEmpty')}</p>
      ) : (
        <ol class="status-history__list" data-testid="report-history">
          {reports.slice(0, limit).map((report) => {
            const isDraft = report.state === 'draft';
            return (
              <li key={report.id} data-testid="history-item" data-state={report.state}>
                <a
                  class="status-history__link"
                  href={formatWorkspaceRoute({ projectId, tab: 'status', recordId: report.id })}
                  aria-current={report.id === openId ? 'page' : undefined}
                  onClick={(event) => {
                    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                    event.preventDefault();
                    navigate({ tab: 'status', recordId: report.id });
                  }}
                >
                  <span class="status-history__period">
                    {i18n.t('workspaceStatus.period', [formatDay(report.periodStart), formatDay(report.periodEnd)])}
                  </span>
                  <span class="status-history__meta">
                    <RagChip rag={report.overall.chosen} />
                    {isDraft ? (
                      <span class="state-tag">{i18n.t('workspaceStatus.draftTag')}</span>
                    ) : (
                      <span class="muted">
                        {i18n.t('workspaceStatus.submittedOn', [formatDay(report.submittedAt)])}
                      </span>
                    )}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      )}
      {reports.length > limit ? (
        <button type="button" class="button button--quiet" onClick={() => setLimit(limit + pageSize)}>
          {i18n.t('workspaceStatus.showMore', [String(reports.length - limit)])}
        </button>
      ) : null}
    </section>
  );
}
