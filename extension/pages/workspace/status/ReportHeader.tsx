import type { ComponentChildren, Ref } from 'preact';
import { i18n } from '#i18n';
import type { StatusReport } from '../../../../shared/schemas/status-report';
import { formatDay } from '../format';
import type { ProjectView } from '../project-view';
import { findMemberName } from './report-labels';

interface ReportHeaderProps {
  view: ProjectView;
  report: StatusReport;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Beside the state: the save state of a draft being edited. */
  children?: ComponentChildren;
  /** False for the print copy of a draft, so tests find the one on screen. */
  hasTestIds?: boolean;
}

/** The report's title (its period), whether it is a draft, and who submitted it and when. */
export function ReportHeader({ view, report, headingRef, children, hasTestIds = true }: ReportHeaderProps) {
  const testId = (name: string) => (hasTestIds ? name : undefined);
  const isSubmitted = report.state === 'submitted';
  const someone = i18n.t('workspaceStatus.someone');
  return (
    <header class="status-report__header">
      <p class="status-report__project">
        {view.records.project.code} · {view.records.project.name}
      </p>
      <h3 class="status-report__title" tabIndex={-1} ref={headingRef} data-testid={testId('report-title')}>
        {i18n.t('workspaceStatus.reportTitle', [formatDay(report.periodStart), formatDay(report.periodEnd)])}
      </h3>
      <p class="status-report__state">
        <span class={isSubmitted ? 'state-tag state-tag--submitted' : 'state-tag'} data-testid={testId('report-state')}>
          {i18n.t(isSubmitted ? 'workspaceStatus.submittedTag' : 'workspaceStatus.draftTag')}
        </span>
        <span data-testid={testId('report-byline')}>
          {isSubmitted
            ? i18n.t('workspaceStatus.submittedBy', [
                findMemberName(view, report.submittedBy) ?? someone,
                formatDay(report.submittedAt),
              ])
            : i18n.t('workspaceStatus.startedBy', [
                findMemberName(view, report.createdBy) ?? someone,
                formatDay(report.createdAt),
              ])}
        </span>
        {children}
      </p>
    </header>
  );
}
