import { isOpenIssue } from '../analytics/raid/raid-overdue';
import { rankIssues } from '../analytics/raid/raid-register';
import { topRisks } from '../analytics/risk/top-risks';
import type { Milestone } from '../schemas/plan';
import type { Issue } from '../schemas/raid';
import type { Risk } from '../schemas/risk';
import type { StatusReportFields } from '../schemas/status-report';

/** How many key risks and issues a new report starts with; the PM adds or removes from there. */
export const proposedKeyItemCount = 5;

const pressingPriorities: ReadonlySet<Issue['priority']> = new Set(['critical', 'high']);

/**
 * The key risks and issues a new report proposes: the top open risks by current score (topRisks,
 * the ranking every screen uses) and the open issues of high or critical priority in the register's
 * order (rankIssues: highest priority, then earliest due date).
 */
export function proposeKeyItems(
  risks: readonly Risk[],
  issues: readonly Issue[],
): Pick<StatusReportFields, 'keyRiskIds' | 'keyIssueIds'> {
  return {
    keyRiskIds: topRisks(risks, proposedKeyItemCount).map((risk) => risk.id),
    keyIssueIds: rankIssues(issues.filter((issue) => isOpenIssue(issue) && pressingPriorities.has(issue.priority)))
      .slice(0, proposedKeyItemCount)
      .map((issue) => issue.id),
  };
}

/**
 * Every milestone's forecast as it stands, earliest first: what a report records for milestone trend
 * analysis (docs/domain.md "Milestone trend analysis" reads the `milestoneForecasts` of submitted reports).
 */
export function captureMilestoneForecasts(
  milestones: readonly Pick<Milestone, 'id' | 'forecastDate'>[],
): StatusReportFields['milestoneForecasts'] {
  return [...milestones]
    .sort((a, b) => compareText(a.forecastDate, b.forecastDate) || compareText(a.id, b.id))
    .slice(0, 1000)
    .map((milestone) => ({ milestoneId: milestone.id, forecastDate: milestone.forecastDate }));
}

// Code-unit order: ISO dates and ids sort the same on every runtime and locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
