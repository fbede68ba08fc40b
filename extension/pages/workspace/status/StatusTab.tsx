import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AnyRecord } from '../../../../shared/entities';
import { refuseSubmitted } from '../../../../shared/mutations/entities/status-report';
import { draftStatusReport } from '../../../../shared/reports/new-report';
import { buildRagTrend, sortReportsNewestFirst } from '../../../../shared/reports/rag-trend';
import { FormError } from '../../common/FormError';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';
import { DraftEditor } from './DraftEditor';
import { RagTrendChart } from './RagTrendChart';
import { ReportHistory } from './ReportHistory';
import { ReportView } from './ReportView';
import './status.css';

/**
 * The project's periodic report (PRINCE2 highlight report): the open report (the address's, else the
 * draft, else the latest), a draft edited in place and submitted into history, and beside it the
 * history of reports with the RAG trend per dimension.
 */
export function StatusTab({ view, recordId, navigate, mayWrite }: TabProps) {
  const mutate = useMutate(view.workspaceId);
  const reports = view.records.statusReports;
  const history = useMemo(() => sortReportsNewestFirst(reports), [reports]);
  const trend = useMemo(() => buildRagTrend(reports), [reports]);
  const draft = history.find((report) => report.state === 'draft');
  const open = recordId ? reports.find((report) => report.id === recordId) : (draft ?? history[0]);
  const mayCreate = mayWrite('statusReport');
  // Submitted reports are history (shared/mutations/entities/status-report.ts): no form for them.
  const mayEdit =
    open !== undefined && mayWrite('statusReport', open as AnyRecord) && !refuseSubmitted(open as AnyRecord);
  const [isCreating, setIsCreating] = useState(false);
  const [createError, setCreateError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  // A report opened or submitted takes the focus to its title; the first render leaves focus alone.
  const shown = open ? `${open.id}:${open.state}` : '';
  const lastShown = useRef(shown);
  useEffect(() => {
    if (lastShown.current === shown) return;
    lastShown.current = shown;
    heading.current?.focus();
  }, [shown]);

  async function createReport() {
    setIsCreating(true);
    setCreateError(undefined);
    const id = crypto.randomUUID();
    const fields = draftStatusReport({
      projectId: view.records.project.id,
      today: view.today,
      reportingCycleDays: view.settings.reportingCycleDays,
      suggestion: view.suggestion,
      language: view.language,
      reports,
      risks: view.records.risks,
      issues: view.records.issues,
      milestones: view.records.milestones,
    });
    const outcome = await mutate('statusReport.create', { id, ...fields });
    setIsCreating(false);
    if (outcome.ok) navigate({ tab: 'status', recordId: id });
    else setCreateError(outcome.message);
  }

  const newReport = mayCreate ? (
    draft ? (
      draft.id === open?.id ? null : (
        <button
          type="button"
          class="button"
          data-testid="continue-draft"
          onClick={() => navigate({ tab: 'status', recordId: draft.id })}
        >
          {i18n.t('workspaceStatus.continueDraft')}
        </button>
      )
    ) : (
      <button
        type="button"
        class="button button--primary"
        data-testid="new-report"
        disabled={isCreating}
        onClick={() => void createReport()}
      >
        {isCreating ? i18n.t('workspaceStatus.creating') : i18n.t('workspaceStatus.newReport')}
      </button>
    )
  ) : null;

  return (
    <div class="status-tab">
      <div class="status-tab__main">
        {newReport || createError ? (
          <div class="status-tab__toolbar no-print">
            {newReport}
            <FormError id="new-report-error" message={createError} />
          </div>
        ) : null}
        {recordId && !open ? (
          <div class="empty-state" data-testid="report-missing">
            <p>{i18n.t('workspaceStatus.missing')}</p>
            <button type="button" class="button" onClick={() => navigate({ tab: 'status', recordId: undefined })}>
              {i18n.t('workspaceStatus.showLatest')}
            </button>
          </div>
        ) : open === undefined ? (
          <div class="empty-state" data-testid="status-empty">
            <h3>{i18n.t('workspaceStatus.emptyTitle')}</h3>
            <p>
              {mayCreate
                ? i18n.t('workspaceStatus.emptyText', view.settings.reportingCycleDays)
                : i18n.t('workspaceStatus.emptyTextReader')}
            </p>
          </div>
        ) : mayEdit ? (
          <DraftEditor key={open.id} view={view} report={open} navigate={navigate} headingRef={heading} />
        ) : (
          <ReportView key={open.id} view={view} report={open} headingRef={heading} />
        )}
      </div>
      <aside class="status-tab__side no-print" aria-label={i18n.t('workspaceStatus.sideLabel')}>
        <ReportHistory projectId={view.records.project.id} reports={history} openId={open?.id} navigate={navigate} />
        <RagTrendChart trend={trend} />
      </aside>
    </div>
  );
}
