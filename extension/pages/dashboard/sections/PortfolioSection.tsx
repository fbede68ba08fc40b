import { memo } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { ragRank } from '../../../../shared/analytics/rag/rag-scale';
import type { Language } from '../../../../shared/i18n/format-message';
import { ragDimensions } from '../../../../shared/schemas/status-report';
import { readUiLanguage } from '../../../messaging/ui-language';
import { formatWorkspaceRoute, workspacePagePath } from '../../../messaging/workspace-route';
import { describeDimension, rememberText } from '../dashboard-labels';
import type { DashboardSectionProps } from '../dashboard-section-props';
import { formatMoneyOnce as formatMoney } from '../format-money';
import { renderRagCell } from '../RagCell';
import type { GridProject, PortfolioView } from '../snapshot/dashboard-snapshot';
import type { DashboardData } from '../use-dashboard-data';
import { WhatIfDialog } from '../WhatIfDialog';

type SortKey = 'code' | 'name' | 'overall' | 'exposure';
type Sort = { key: SortKey; descending: boolean };

/** Worst first: red, amber, green, then projects without a light. */
const overallRank = (project: GridProject) => {
  const rag = project.suggestedRag.overall.rag;
  return rag ? ragRank(rag) : -1;
};

function sortProjects<Project extends GridProject>(projects: readonly Project[], sort: Sort): Project[] {
  const compare: Record<SortKey, (a: GridProject, b: GridProject) => number> = {
    code: (a, b) => a.code.localeCompare(b.code),
    name: (a, b) => a.name.localeCompare(b.name),
    overall: (a, b) => overallRank(a) - overallRank(b) || a.code.localeCompare(b.code),
    exposure: (a, b) => a.riskExposure - b.riskExposure || a.code.localeCompare(b.code),
  };
  const sorted = [...projects].sort(compare[sort.key]);
  return sort.descending ? sorted.reverse() : sorted;
}

/** Rows drawn in the first frame: a screenful and more, so the PMO sees the top of the grid at once. */
const firstRows = 30;
/** Rows added in each later frame, until every row is in the DOM. */
const laterRows = 80;

/**
 * The projects to draw now, in order: every row already drawn (kept, not drawn again) plus at most
 * `firstRows` new ones; the others follow in the next frames, each after the one before was painted.
 * With 200 projects, drawing every row before the first paint cost about 300 ms (bench/dashboard:
 * first render, and a filter change back to all projects); all rows are in the DOM a few frames later,
 * for the keyboard, screen readers, find-in-page and print.
 * While `isFirstScreenOnly` (the grid painted from the snapshot), it stops after the first batch:
 * drawing the other rows then only competed with the live read on the main thread (bench/dashboard:
 * the live grid 250 ms later), and the live rows follow in batches from the ones drawn.
 */
function useRowsInBatches<Project extends GridProject>(projects: Project[], isFirstScreenOnly = false): Project[] {
  const drawn = useRef<Set<string>>(new Set());
  const batch = useRef(firstRows);
  const [, setFrame] = useState(0);
  const rows: Project[] = [];
  let added = 0;
  for (const project of projects) {
    if (drawn.current.has(project.projectId)) rows.push(project);
    else if (added < batch.current) {
      rows.push(project);
      added += 1;
    }
  }
  const isPartial = rows.length < projects.length;
  drawn.current = new Set(rows.map((project) => project.projectId));
  // Paused on the first screen, the next render (the live one) redraws those rows and adds none yet.
  batch.current = isFirstScreenOnly ? 0 : isPartial ? laterRows : firstRows;
  // Effects run after the frame is painted: the next batch is drawn in the frame after.
  useEffect(() => {
    if (isPartial && !isFirstScreenOnly) setFrame((frame) => frame + 1);
  });
  return rows;
}

/** The link to a project in the workspace app, at the given tab. */
export function projectHref(projectId: string, tab: 'overview' | 'risks' | 'gate' = 'overview', recordId?: string) {
  // The page's URL never changes while it is open; asking the extension API once per link costs in a grid of 200 rows.
  workspaceUrl ??= browser.runtime.getURL(workspacePagePath);
  return `${workspaceUrl}${formatWorkspaceRoute({ projectId, tab, recordId })}`;
}
let workspaceUrl: string | undefined;

/** The Portfolio section on live data. */
export function PortfolioSection({ data }: DashboardSectionProps) {
  return <PortfolioScreen view={data.shown} data={data} />;
}

interface PortfolioScreenProps {
  /** What the cards and the grid show: the live dashboard as filtered, or the last snapshot. */
  view: PortfolioView;
  /** The live data; absent while the screen shows a snapshot (dashboard-snapshot.ts). */
  data?: DashboardData | undefined;
  /** While waiting for live data: the id of the text saying why sorting and what-if wait. */
  waitingReasonId?: string;
}

/**
 * The portfolio at a glance: summary cards, then the grid of projects × RAG dimensions with the
 * suggested and reported lights side by side, their moves, watermelon flags and a what-if per row.
 * The same DOM from a snapshot and from live data, so the live figures replace the snapshot's in
 * place; sorting and what-if need the live data and wait for it.
 */
export function PortfolioScreen({ view, data, waitingReasonId }: PortfolioScreenProps) {
  const [sort, setSort] = useState<Sort>({ key: 'code', descending: false });
  const [whatIf, setWhatIf] = useState<string | undefined>();
  const language = readUiLanguage();
  const isLive = data !== undefined;
  const currency = view.currency;
  const totals = view.totals;
  const findings = totals.findings.critical + totals.findings.warning + totals.findings.info;
  const sorted = sortProjects(view.projects, sort);
  const projects = useRowsInBatches(sorted, !isLive);

  const sortHeader = (key: SortKey, label: string) => {
    const isActive = sort.key === key;
    return (
      <th scope="col" aria-sort={isActive ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button
          type="button"
          class="dashboard-sort"
          data-testid={`portfolio-sort-${key}`}
          disabled={!isLive}
          aria-describedby={isLive ? undefined : waitingReasonId}
          onClick={() => setSort({ key, descending: isActive ? !sort.descending : key === 'exposure' })}
        >
          {label}
          <span aria-hidden="true">{isActive ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <>
      <ul class="dashboard-cards" aria-label={i18n.t('dashboard.portfolio.summary')}>
        <li class="card dashboard-card">
          <span class="dashboard-card__label">{i18n.t('dashboard.portfolio.projects')}</span>
          <strong class="dashboard-card__value">{totals.projects}</strong>
        </li>
        <li class="card dashboard-card">
          <span class="dashboard-card__label">{i18n.t('dashboard.portfolio.bySuggested')}</span>
          <span class="dashboard-card__lights">
            {(['red', 'amber', 'green', 'unknown'] as const).map((rag) => (
              <span key={rag} data-testid={`portfolio-total-${rag}`}>
                <span class={`rag-dot chip--${rag === 'unknown' ? 'none' : rag}`} aria-hidden="true" />
                {i18n.t('dashboard.portfolio.lightCount', [
                  i18n.t(`dashboard.rag.${rag}`),
                  String(totals.bySuggestedRag[rag]),
                ])}
              </span>
            ))}
          </span>
        </li>
        <li class="card dashboard-card">
          <span class="dashboard-card__label">{i18n.t('dashboard.portfolio.bac')}</span>
          <strong class="dashboard-card__value">{formatMoney(totals.bac, currency)}</strong>
        </li>
        <li class="card dashboard-card">
          <span class="dashboard-card__label">{i18n.t('dashboard.portfolio.exposure')}</span>
          <strong class="dashboard-card__value">{formatMoney(totals.riskExposure, currency)}</strong>
        </li>
        <li class="card dashboard-card">
          <span class="dashboard-card__label">{i18n.t('dashboard.portfolio.findings')}</span>
          <strong class="dashboard-card__value">{findings}</strong>
          <span class="muted">
            {i18n.t('dashboard.portfolio.findingsDetail', [
              String(totals.findings.critical),
              String(totals.findings.warning),
              String(totals.findings.info),
            ])}
          </span>
        </li>
      </ul>
      <p class="dashboard__legend muted">{i18n.t('dashboard.grid.legend')}</p>
      {sorted.length === 0 ? (
        <p class="empty-state" data-testid="portfolio-empty">
          {i18n.t('dashboard.portfolio.empty')}
        </p>
      ) : (
        <div class="dashboard-table-wrap">
          <table class="dashboard-table portfolio-grid" data-testid="portfolio-grid">
            <caption class="visually-hidden">{i18n.t('dashboard.grid.caption')}</caption>
            <thead>
              <tr>
                {sortHeader('code', i18n.t('dashboard.grid.code'))}
                {sortHeader('name', i18n.t('dashboard.grid.name'))}
                {ragDimensions.map((dimension) => (
                  <th key={dimension} scope="col" class="rag-head">
                    {describeDimension(dimension)}
                  </th>
                ))}
                {sortHeader('overall', describeDimension('overall'))}
                {sortHeader('exposure', i18n.t('dashboard.grid.exposure'))}
                <th scope="col">
                  <span class="visually-hidden">{i18n.t('dashboard.grid.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {projects.map((project) => (
                <PortfolioRow
                  key={project.projectId}
                  project={project}
                  currency={currency}
                  language={language}
                  onWhatIf={isLive ? setWhatIf : undefined}
                  waitingReasonId={waitingReasonId}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {whatIf && data ? (
        <WhatIfDialog
          projectId={whatIf}
          data={data}
          weights={data.rows.records.settings?.priorityWeights}
          onClose={() => setWhatIf(undefined)}
        />
      ) : null}
    </>
  );
}

interface PortfolioRowProps {
  project: GridProject;
  currency: string;
  language: Language;
  /** Absent while the row shows a snapshot: the what-if needs the live data. */
  onWhatIf: ((projectId: string) => void) | undefined;
  waitingReasonId: string | undefined;
}

/**
 * One project of the grid. Memoised: a filter change keeps the dashboard's project objects
 * (filterPortfolioDashboard never re-runs the analysis), so rows already drawn are not drawn again
 * (bench/dashboard, filter change ≤ 100 ms).
 */
const PortfolioRow = memo(function PortfolioRow({
  project,
  currency,
  language,
  onWhatIf,
  waitingReasonId,
}: PortfolioRowProps) {
  const watermelonExplained = rememberText('watermelon-explained', () => i18n.t('dashboard.grid.watermelonExplained'));
  return (
    <tr data-testid={`portfolio-row-${project.code}`}>
      <th scope="row">
        <a
          href={projectHref(project.projectId)}
          target="_blank"
          rel="noopener"
          data-testid={`open-project-${project.code}`}
          title={i18n.t('dashboard.grid.openProject', [project.name])}
        >
          {project.code}
        </a>
      </th>
      <td class="portfolio-grid__name">
        <span>{project.name}</span>
        <span class="muted portfolio-grid__meta">
          {[project.managerName, project.phase?.name].filter(Boolean).join(' · ')}
        </span>
        {project.isWatermelon ? (
          <span class="watermelon" data-testid={`watermelon-${project.code}`} title={watermelonExplained}>
            {rememberText('watermelon', () => i18n.t('dashboard.grid.watermelon'))}
            <span class="visually-hidden">{`: ${watermelonExplained}`}</span>
          </span>
        ) : null}
      </td>
      {ragDimensions.map((dimension) => renderRagCell(project, dimension, language))}
      {renderRagCell(project, 'overall', language)}
      <td class="number">{formatMoney(project.riskExposure, currency)}</td>
      <td>
        <button
          type="button"
          class="button button--quiet"
          data-testid={`what-if-open-${project.code}`}
          disabled={!onWhatIf}
          aria-describedby={onWhatIf ? undefined : waitingReasonId}
          onClick={() => onWhatIf?.(project.projectId)}
        >
          {rememberText('what-if', () => i18n.t('dashboard.whatIf.open'))}
          <span class="visually-hidden">{` ${project.code}`}</span>
        </button>
      </td>
    </tr>
  );
});
