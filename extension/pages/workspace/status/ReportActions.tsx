import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Language } from '../../../../shared/i18n/format-message';
import type { ReportContext, ReportForCopy } from '../../../../shared/reports/report-document';
import { statusReportToHtml } from '../../../../shared/reports/report-html';
import { statusReportToMarkdown } from '../../../../shared/reports/report-markdown';
import { type CopyResult, copyReport } from './copy-report';

interface ReportActionsProps {
  report: ReportForCopy;
  context: ReportContext;
  language: Language;
}

const copiedMessages: Record<CopyResult, () => string> = {
  markdown: () => i18n.t('workspaceStatus.copiedMarkdown'),
  html: () => i18n.t('workspaceStatus.copiedHtml'),
  plain: () => i18n.t('workspaceStatus.copiedPlain'),
};

/**
 * Copy as Markdown, copy as rich text, print: the report leaves the app in the shared copies
 * (shared/reports/report-markdown.ts and report-html.ts), built only when asked for.
 */
export function ReportActions({ report, context, language }: ReportActionsProps) {
  const [notice, setNotice] = useState<{ text: string; isError: boolean }>();
  async function copy(kind: 'markdown' | 'html') {
    const markdown = statusReportToMarkdown(report, context, language);
    const html = kind === 'html' ? statusReportToHtml(report, context, language) : '';
    try {
      setNotice({ text: copiedMessages[await copyReport(kind, markdown, html)](), isError: false });
    } catch (error) {
      setNotice({
        text: i18n.t('workspaceStatus.copyFailed', [String((error as Error).message ?? error)]),
        isError: true,
      });
    }
  }
  return (
    <div class="status-actions">
      <button type="button" class="button" data-testid="copy-markdown" onClick={() => void copy('markdown')}>
        {i18n.t('workspaceStatus.copyMarkdown')}
      </button>
      <button type="button" class="button" data-testid="copy-html" onClick={() => void copy('html')}>
        {i18n.t('workspaceStatus.copyHtml')}
      </button>
      <button type="button" class="button" data-testid="print-report" onClick={() => window.print()}>
        {i18n.t('workspaceStatus.print')}
      </button>
      <p
        class={notice?.isError ? 'status-actions__notice form-error' : 'status-actions__notice'}
        role="status"
        data-testid="copy-notice"
      >
        {notice?.text ?? ''}
      </p>
    </div>
  );
}
