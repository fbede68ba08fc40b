import { i18n } from '#i18n';
import type { PortfolioDashboard } from '../../../shared/analytics/portfolio/dashboard-types';
import { renderPortfolioCsv } from '../../../shared/reports/portfolio-csv';
import { renderPortfolioMarkdown } from '../../../shared/reports/portfolio-markdown';
import type { DashboardRouteFilter } from '../../messaging/dashboard-route';
import { readUiLanguage } from '../../messaging/ui-language';
import { describeState } from './dashboard-labels';
import type { DashboardFilterOptions } from './use-dashboard-data';

interface ExportButtonsProps {
  workspaceName: string;
  shown: PortfolioDashboard;
  filter: DashboardRouteFilter;
  options: DashboardFilterOptions;
}

/** `portfolio-<workspace>-<YYYY-MM-DD>.<ext>`, the workspace name made safe for any file system. */
export function exportFileName(workspaceName: string, asOf: string, extension: 'md' | 'csv'): string {
  const slug =
    workspaceName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'workspace';
  return `portfolio-${slug}-${asOf}.${extension}`;
}

/** The filter in words for the report's header, e.g. "Sponsor: Ada; State: Active". */
export function describeFilter(filter: DashboardRouteFilter, options: DashboardFilterOptions): string {
  const parts: string[] = [];
  if (filter.sponsor) parts.push(`${i18n.t('dashboard.filters.sponsor')} : ${filter.sponsor}`);
  if (filter.manager) {
    const name = options.managers.find((manager) => manager.id === filter.manager)?.name ?? filter.manager;
    parts.push(`${i18n.t('dashboard.filters.manager')} : ${name}`);
  }
  if (filter.phase) parts.push(`${i18n.t('dashboard.filters.phase')} : ${filter.phase}`);
  if (filter.state) parts.push(`${i18n.t('dashboard.filters.state')} : ${describeState(filter.state)}`);
  if (filter.rag) parts.push(`${i18n.t('dashboard.filters.rag')} : ${i18n.t(`dashboard.rag.${filter.rag}`)}`);
  // French puts a space before the colon, English none (extension/locales/fr.yml conventions).
  const text = parts.join(' ; ');
  return readUiLanguage() === 'fr' ? text : text.replaceAll(' : ', ': ').replaceAll(' ; ', '; ');
}

/** Saves text as a file through a temporary `<a download>` link to a blob. */
function download(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has handed the file to the download manager.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Markdown and CSV of the dashboard as filtered (the shared renderers the report API uses too), and
 * print: the print stylesheet hides navigation, filters and buttons and prints the current section.
 */
export function ExportButtons({ workspaceName, shown, filter, options }: ExportButtonsProps) {
  const filterDescription = describeFilter(filter, options);
  return (
    <div class="dashboard__export">
      <button
        type="button"
        class="button button--quiet"
        data-testid="export-markdown"
        onClick={() =>
          download(
            exportFileName(workspaceName, shown.asOf, 'md'),
            renderPortfolioMarkdown(shown, {
              language: readUiLanguage(),
              generatedAt: new Date().toISOString(),
              ...(filterDescription ? { filterDescription } : {}),
            }),
            'text/markdown;charset=utf-8',
          )
        }
      >
        {i18n.t('dashboard.export.markdown')}
      </button>
      <button
        type="button"
        class="button button--quiet"
        data-testid="export-csv"
        onClick={() =>
          download(
            exportFileName(workspaceName, shown.asOf, 'csv'),
            renderPortfolioCsv(shown),
            'text/csv;charset=utf-8',
          )
        }
      >
        {i18n.t('dashboard.export.csv')}
      </button>
      <button type="button" class="button button--quiet" data-testid="export-print" onClick={() => window.print()}>
        {i18n.t('dashboard.export.print')}
      </button>
    </div>
  );
}

/** The export buttons while the dashboard shows a snapshot: the same buttons, disabled, pointing at why. */
export function WaitingExportButtons({ reasonId }: { reasonId: string }) {
  return (
    <div class="dashboard__export">
      {(['markdown', 'csv', 'print'] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          class="button button--quiet"
          data-testid={`export-${kind}`}
          disabled
          aria-describedby={reasonId}
        >
          {i18n.t(`dashboard.export.${kind}`)}
        </button>
      ))}
    </div>
  );
}
