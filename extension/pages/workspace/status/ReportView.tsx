import type { Ref } from 'preact';
import { i18n } from '#i18n';
import { currentScore } from '../../../../shared/analytics/risk/risk-rating';
import { lightNames, lightOf } from '../../../../shared/reports/report-lights';
import { bandOfScore } from '../../../../shared/risk-score';
import type { StatusReport } from '../../../../shared/schemas/status-report';
import { formatWorkspaceRoute } from '../../../messaging/workspace-route';
import { RagChip } from '../../../ui/common/RagChip';
import { ScoreChip } from '../../../ui/common/ScoreChip';
import type { ProjectView } from '../project-view';
import { MilestoneForecasts } from './MilestoneForecasts';
import { ReportActions } from './ReportActions';
import { ReportHeader } from './ReportHeader';
import { buildReportContext } from './report-context';
import { lightLabel } from './report-labels';
import { WatermelonNotice } from './WatermelonNotice';

const narrativeFields = ['summary', 'achievements', 'nextPeriod', 'escalations'] as const;

interface ReportViewProps {
  view: ProjectView;
  report: StatusReport;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The copy a draft renders for print only: its own ids, no test ids, no buttons. */
  isPrintCopy?: boolean;
}

/**
 * A report as the sponsor reads it, with no input: every submitted report, and a draft for whoever
 * may not edit it. This is also what the print stylesheet prints.
 */
export function ReportView({ view, report, headingRef, isPrintCopy = false }: ReportViewProps) {
  const idPrefix = isPrintCopy ? 'print' : 'report';
  const idOf = (name: string) => `${idPrefix}-${name}-title`;
  const testId = (name: string) => (isPrintCopy ? undefined : name);
  const { project, risks, issues } = view.records;
  const finding = view.findings.find(
    (candidate) => candidate.ruleId === 'status-watermelon' && candidate.entityId === report.id,
  );
  const risksById = new Map(risks.map((risk) => [risk.id, risk]));
  const issuesById = new Map(issues.map((issue) => [issue.id, issue]));
  const hrefOf = (tab: 'risks' | 'raid', recordId: string) =>
    formatWorkspaceRoute({ projectId: project.id, tab, recordId });
  const narrative = narrativeFields.filter((field) => report[field]?.trim());
  return (
    <article class="status-report status-print" data-testid={testId('status-report')} data-state={report.state}>
      <ReportHeader view={view} report={report} headingRef={headingRef} hasTestIds={!isPrintCopy} />
      {finding && !isPrintCopy ? <WatermelonNotice finding={finding} language={view.language} /> : null}
      <section class="status-section" aria-labelledby={idOf('lights')}>
        <h4 id={idOf('lights')} class="status-section__title">
          {i18n.t('workspaceStatus.lightsTitle')}
        </h4>
        <div class="table-box">
          <table class="status-table status-table--lights" data-testid={testId('report-lights')}>
            <thead>
              <tr>
                <th scope="col">{i18n.t('workspaceStatus.dimensionColumn')}</th>
                <th scope="col">{i18n.t('workspaceStatus.reportedColumn')}</th>
                <th scope="col">{i18n.t('workspaceStatus.suggestedColumn')}</th>
                <th scope="col">{i18n.t('workspaceStatus.reasonColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {lightNames.map((name) => {
                const light = lightOf(report, name);
                return (
                  <tr key={name} data-testid={testId(`report-light-${name}`)} data-chosen={light?.chosen ?? 'none'}>
                    <th scope="row">{lightLabel(name)}</th>
                    <td data-label={i18n.t('workspaceStatus.reportedColumn')}>
                      <RagChip rag={light?.chosen} />
                    </td>
                    <td data-label={i18n.t('workspaceStatus.suggestedColumn')}>
                      <RagChip rag={light?.suggested} />
                    </td>
                    <td class="status-table__reason">
                      {light?.reason ? <p class="status-report__reason">{light.reason}</p> : null}
                      {light?.suggestedReason ? <p class="muted">{light.suggestedReason}</p> : null}
                      {!light?.reason && !light?.suggestedReason ? '—' : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      {narrative.map((field) => (
        <section key={field} class="status-section" aria-labelledby={idOf(field)}>
          <h4 id={idOf(field)} class="status-section__title">
            {i18n.t(`workspaceStatus.${field}`)}
          </h4>
          <p class="status-report__text" data-testid={testId(`report-${field}`)}>
            {report[field]}
          </p>
        </section>
      ))}
      {report.keyRiskIds.length > 0 ? (
        <section class="status-section" aria-labelledby={idOf('key-risks')}>
          <h4 id={idOf('key-risks')} class="status-section__title">
            {i18n.t('workspaceStatus.keyRisksTitle')}
          </h4>
          <ul class="status-report__items" data-testid={testId('report-key-risks')}>
            {report.keyRiskIds.map((id) => {
              const risk = risksById.get(id);
              if (!risk)
                return (
                  <li key={id} class="muted">
                    {i18n.t('workspaceStatus.deletedRecord')}
                  </li>
                );
              const score = currentScore(risk);
              return (
                <li key={id}>
                  <ScoreChip score={score} band={bandOfScore(score, view.settings.riskMatrix)} />
                  <a href={hrefOf('risks', id)}>{risk.title}</a>
                  {risk.owner ? <span class="muted"> · {risk.owner.name}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {report.keyIssueIds.length > 0 ? (
        <section class="status-section" aria-labelledby={idOf('key-issues')}>
          <h4 id={idOf('key-issues')} class="status-section__title">
            {i18n.t('workspaceStatus.keyIssuesTitle')}
          </h4>
          <ul class="status-report__items" data-testid={testId('report-key-issues')}>
            {report.keyIssueIds.map((id) => {
              const issue = issuesById.get(id);
              if (!issue)
                return (
                  <li key={id} class="muted">
                    {i18n.t('workspaceStatus.deletedRecord')}
                  </li>
                );
              return (
                <li key={id}>
                  <span class={`priority-tag chip--${issue.priority}`}>
                    {i18n.t(`workspaceStatus.priority.${issue.priority}`)}
                  </span>
                  <a href={hrefOf('raid', id)}>{issue.title}</a>
                  <span class="muted"> · {i18n.t(`workspaceStatus.issueStatus.${issue.status}`)}</span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <MilestoneForecasts
        forecasts={report.milestoneForecasts}
        milestones={view.records.milestones}
        idPrefix={idPrefix}
      />
      {isPrintCopy ? null : (
        <div class="no-print">
          <ReportActions report={report} context={buildReportContext(view, report)} language={view.language} />
        </div>
      )}
    </article>
  );
}
