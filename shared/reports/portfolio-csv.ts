import { unparse } from 'papaparse';
import type { DashboardProject, PortfolioDashboard } from '../analytics/portfolio/dashboard-types';
import type { PortfolioRollUp, ProjectRollUp } from '../analytics/portfolio/roll-up-portfolio';
import { formatMessageRef } from '../i18n/format-message';
import { ragDimensions } from '../schemas/status-report';

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"). Papa's own pattern ends in
 * `.*$` without the `s` flag, so "=cmd\nrest" would slip through; this one looks at the first character only.
 */
const formulaStart = /^[=+\-@\t\r]/;

type Cell = string | number | boolean | null;
/** A roll-up row, with the dashboard's extra fields when the CSV is made from the dashboard. */
type CsvProject = ProjectRollUp & Partial<Pick<DashboardProject, 'sponsorName' | 'phase' | 'isWatermelon'>>;

const round = (value: number | null | undefined, digits: number): Cell =>
  value === null || value === undefined ? null : Number(value.toFixed(digits));

/** The CSV columns in order, each with how to read it from a project (EAC and VAC assume today's CPI holds). */
const columns: [name: string, read: (project: CsvProject) => Cell][] = [
  ['code', (p) => p.code],
  ['name', (p) => p.name],
  ['state', (p) => p.state],
  ['manager', (p) => p.managerName ?? null],
  ['sponsor', (p) => p.sponsorName ?? null],
  ['phase', (p) => p.phase?.name ?? null],
  ['suggested_rag', (p) => p.suggestedRag.overall.rag],
  ['suggested_rag_reason', (p) => formatMessageRef('en', p.suggestedRag.overall.reason)],
  ...ragDimensions.map((dimension): [string, (project: CsvProject) => Cell] => [
    `${dimension}_rag`,
    (p) => p.suggestedRag.dimensions[dimension].rag,
  ]),
  ['reported_rag', (p) => p.reportedRag?.rag ?? null],
  ['watermelon', (p) => (p.isWatermelon === undefined ? null : p.isWatermelon)],
  ['spi', (p) => round(p.earnedValue.spi, 3)],
  ['cpi', (p) => round(p.earnedValue.cpi, 3)],
  ['bac', (p) => round(p.earnedValue.bac, 2)],
  ['pv', (p) => round(p.earnedValue.pv, 2)],
  ['ev', (p) => round(p.earnedValue.ev, 2)],
  ['ac', (p) => round(p.earnedValue.ac, 2)],
  ['eac', (p) => round(p.earnedValue.eacCpi, 2)],
  ['vac', (p) => round(p.earnedValue.vacCpi, 2)],
  ['max_mandatory_slip_days', (p) => p.milestones.maxMandatorySlipDays],
  ['overdue_milestones', (p) => p.milestones.overdueCount],
  ['next_milestone', (p) => p.milestones.next?.title ?? null],
  ['next_milestone_date', (p) => p.milestones.next?.forecastDate ?? null],
  ['next_milestone_overdue_days', (p) => p.milestones.next?.overdueDays ?? null],
  ['top_risk', (p) => p.topRisks[0]?.title ?? null],
  ['top_risk_score', (p) => p.topRisks[0]?.score ?? null],
  ['risk_exposure', (p) => round(p.riskExposure, 2)],
  ['findings_critical', (p) => p.findingCounts.critical],
  ['findings_warning', (p) => p.findingCounts.warning],
  ['findings_info', (p) => p.findingCounts.info],
];

/** The header of the portfolio CSV, in column order. */
export const portfolioCsvColumns: readonly string[] = columns.map(([name]) => name);

/**
 * The portfolio as CSV for BI tools, the same from the API and the dashboard's export: a header and
 * one row per project. Numbers stay numbers (a negative VAC is not a formula); text cells that start
 * like a formula get a leading apostrophe.
 */
export function renderPortfolioCsv(portfolio: PortfolioDashboard | PortfolioRollUp): string {
  return unparse(
    {
      fields: [...portfolioCsvColumns],
      data: (portfolio.projects as readonly CsvProject[]).map((project) => columns.map(([, read]) => read(project))),
    },
    { escapeFormulae: formulaStart, newline: '\r\n' },
  );
}
