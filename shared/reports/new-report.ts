import type { RagSuggestion } from '../analytics/rag/suggested-rag';
import type { Language } from '../i18n';
import type { Milestone } from '../schemas/plan';
import type { Issue } from '../schemas/raid';
import type { Risk } from '../schemas/risk';
import type { StatusReport, StatusReportFields } from '../schemas/status-report';
import { captureMilestoneForecasts, proposeKeyItems } from './key-items';
import { buildDraftLights } from './report-lights';
import { proposeReportPeriod } from './report-period';

export interface NewReportInput {
  projectId: string;
  today: string;
  reportingCycleDays: number;
  suggestion: RagSuggestion;
  /** The language the suggested reasons are stored in: the writer's. */
  language: Language;
  reports: readonly Pick<StatusReport, 'periodEnd'>[];
  risks: readonly Risk[];
  issues: readonly Issue[];
  milestones: readonly Pick<Milestone, 'id' | 'forecastDate'>[];
}

/**
 * The fields of a new draft highlight report (the args of `statusReport.create` but the id): the
 * next period, every light on the data's suggestion with its reason, the top risks and pressing
 * issues as key items, and today's milestone forecasts. The narrative is the PM's to write.
 */
export function draftStatusReport(input: NewReportInput): StatusReportFields {
  return {
    projectId: input.projectId,
    ...proposeReportPeriod(input.reports, input.today, input.reportingCycleDays),
    ...buildDraftLights(input.suggestion, input.language),
    ...proposeKeyItems(input.risks, input.issues),
    milestoneForecasts: captureMilestoneForecasts(input.milestones),
    state: 'draft',
  };
}
