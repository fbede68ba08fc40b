import type { HealthRule } from '../types';
import { actionOverdue } from './action-overdue';
import { milestoneOverdue } from './milestone-overdue';
import { milestoneSlipped } from './milestone-slipped';
import { milestoneWithoutBaseline } from './milestone-without-baseline';
import { personOverAllocated } from './person-over-allocated';
import { phaseWithoutApprovedGate } from './phase-without-approved-gate';
import { projectWithoutBaseline } from './project-without-baseline';
import { projectWithoutManager } from './project-without-manager';
import { projectWithoutSponsor } from './project-without-sponsor';
import { riskAboveAppetiteNotEscalated } from './risk-above-appetite-not-escalated';
import { riskReviewOverdue } from './risk-review-overdue';
import { riskStatementIncomplete } from './risk-statement-incomplete';
import { riskWithoutOwner } from './risk-without-owner';
import { riskWithoutResponse } from './risk-without-response';
import { statusReportStale } from './status-report-stale';
import { watermelon } from './watermelon';

export { findWatermelonContradictions, type WatermelonContradiction } from './watermelon';

/** Every PMO rule, in the order findings are listed: project, then risks, milestones, reports, people. */
export const healthRules: readonly HealthRule[] = [
  projectWithoutSponsor,
  projectWithoutManager,
  phaseWithoutApprovedGate,
  projectWithoutBaseline,
  riskAboveAppetiteNotEscalated,
  riskWithoutOwner,
  riskWithoutResponse,
  riskReviewOverdue,
  riskStatementIncomplete,
  milestoneOverdue,
  milestoneSlipped,
  milestoneWithoutBaseline,
  watermelon,
  statusReportStale,
  personOverAllocated,
  actionOverdue,
];

/** Rule ids, for the settings screen that tunes them (settings.healthRules keys). */
export const healthRuleIds = healthRules.map((rule) => rule.id);
