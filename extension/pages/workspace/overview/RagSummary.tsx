import { i18n } from '#i18n';
import { latestSubmittedReport } from '../../../../shared/health/fact-queries';
import { formatMessageRef } from '../../../../shared/i18n/format-message';
import { ragDimensions } from '../../../../shared/schemas/status-report';
import { RagChip } from '../../../ui/common/RagChip';
import { formatDay } from '../format';
import type { ProjectView } from '../project-view';

/**
 * The suggested light of every dimension with its one-sentence reason (shared/analytics/rag), beside
 * the light the PM chose in the last submitted report: where they differ is where to look.
 */
export function RagSummary({ view }: { view: ProjectView }) {
  const report = latestSubmittedReport(view.records.statusReports);
  const rows = [
    {
      key: 'overall',
      label: i18n.t('workspace.overview.overall'),
      suggested: view.suggestion.overall,
      reported: report?.overall,
    },
    ...ragDimensions.map((dimension) => ({
      key: dimension,
      label: i18n.t(`workspace.overview.dimensions.${dimension}`),
      suggested: view.suggestion.dimensions[dimension],
      reported: report?.dimensions[dimension],
    })),
  ];
  return (
    <section class="card overview__rag" aria-labelledby="overview-rag-title">
      <h3 id="overview-rag-title">{i18n.t('workspace.overview.ragTitle')}</h3>
      <p class="muted">
        {report
          ? i18n.t('workspace.overview.reportedOn', [formatDay(report.periodEnd)])
          : i18n.t('workspace.overview.noReport')}
      </p>
      <table class="rag-table">
        <thead>
          <tr>
            <th scope="col">{i18n.t('workspace.overview.dimension')}</th>
            <th scope="col">{i18n.t('workspace.overview.suggested')}</th>
            <th scope="col">{i18n.t('workspace.overview.reported')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const reason = formatMessageRef(view.language, row.suggested.reason);
            return (
              <tr key={row.key} data-testid={`rag-row-${row.key}`} data-suggested={row.suggested.rag ?? 'none'}>
                <th scope="row">{row.label}</th>
                <td>
                  <RagChip rag={row.suggested.rag} reason={reason} />
                  <span class="rag-table__reason" data-testid={`rag-reason-${row.key}`}>
                    {reason}
                  </span>
                </td>
                <td>{row.reported ? <RagChip rag={row.reported.chosen} reason={row.reported.reason} /> : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
