import type { ReportContext } from '../../../../shared/reports/report-document';
import type { StatusReport } from '../../../../shared/schemas/status-report';
import type { ProjectView } from '../project-view';
import { findMemberName } from './report-labels';

/** What the copies of a report name besides the report: the project, its registers, who submitted it. */
export function buildReportContext(view: ProjectView, report: Pick<StatusReport, 'submittedBy'>): ReportContext {
  return {
    project: view.records.project,
    risks: view.records.risks,
    issues: view.records.issues,
    milestones: view.records.milestones,
    riskMatrix: view.settings.riskMatrix,
    submitterName: findMemberName(view, report.submittedBy),
  };
}
