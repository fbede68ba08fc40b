import { unparse } from 'papaparse';
import { formatMessageRef, type PortfolioRollUp, type ProjectRollUp, ragDimensions } from '../../shared';

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"). Papa's own pattern ends in
 * `.*$` without the `s` flag, so "=cmd\nrest" would slip through; this one looks at the first character only.
 */
const formulaStart = /^[=+\-@\t\r]/;

type Cell = string | number | null;

const round = (value: number | null | undefined, digits: number): Cell =>
  value === null || value === undefined ? null : Number(value.toFixed(digits));

/** The CSV columns in order, each with how to read it from a project (EAC and VAC assume today's CPI holds). */
const columns: [name: string, read: (project: ProjectRollUp) => Cell][] = [
  ['code', (p) => p.code],
  ['name', (p) => p.name],
  ['state', (p) => p.state],
  ['manager', (p) => p.managerName ?? null],
  ['suggested_rag', (p) => p.suggestedRag.overall.rag],
  ['suggested_rag_reason', (p) => formatMessageRef('en', p.suggestedRag.overall.reason)],
  ...ragDimensions.map((dimension): [string, (project: ProjectRollUp) => Cell] => [
    `${dimension}_rag`,
    (p) => p.suggestedRag.dimensions[dimension].rag,
  ]),
  ['reported_rag', (p) => p.reportedRag?.rag ?? null],
  ['spi', (p) => round(p.earnedValue.spi, 3)],
  ['cpi', (p) => round(p.earnedValue.cpi, 3)],
  ['bac', (p) => round(p.earnedValue.bac, 2)],
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

/**
 * The portfolio as CSV for BI tools: a header and one row per project. Numbers stay numbers (a
 * negative VAC is not a formula); text cells that start like a formula get a leading apostrophe.
 */
export function toPortfolioCsv(portfolio: PortfolioRollUp): string {
  return unparse(
    {
      fields: columns.map(([name]) => name),
      data: portfolio.projects.map((project) => columns.map(([, read]) => read(project))),
    },
    { escapeFormulae: formulaStart, newline: '\r\n' },
  );
}
