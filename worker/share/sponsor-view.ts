import {
  buildPortfolioDashboard,
  type Language,
  latestSubmittedReport,
  type Rag,
  type RagDimension,
  ragDimensions,
  reportedLightOf,
  type StatusReport,
  type WorkspaceRecords,
} from '../../shared';

/** One light of the grid: what the data suggests (null: not enough data) and what the PM reported. */
export interface SponsorLight {
  suggested: Rag | null;
  reported: Rag | 'none';
}

/** A project's latest submitted status report, with only what a sponsor reads. */
export interface SponsorReport {
  periodStart: string;
  periodEnd: string;
  submittedAt?: string;
  overall: Rag;
  summary?: string;
  achievements?: string;
  nextPeriod?: string;
  escalations?: string;
}

export interface SponsorProject {
  code: string;
  name: string;
  state: string;
  managerName?: string;
  sponsorName?: string;
  phaseName?: string;
  overall: SponsorLight;
  dimensions: Record<RagDimension, SponsorLight>;
  lastReport?: SponsorReport;
}

export interface SponsorRisk {
  projectCode: string;
  title: string;
  score: number;
  emv: number | null;
}

/**
 * What the sponsor page shows and nothing more: no ids, findings, people's load or figures it does
 * not print, since anyone holding the link reads it. Plain data, so it crosses the Durable Object's RPC.
 */
export interface SponsorView {
  asOf: string;
  language: Language;
  currency: string;
  projects: SponsorProject[];
  topRisks: SponsorRisk[];
}

function toSponsorReport(report: StatusReport): SponsorReport {
  const { periodStart, periodEnd, submittedAt, summary, achievements, nextPeriod, escalations } = report;
  return {
    periodStart,
    periodEnd,
    overall: report.overall.chosen,
    ...(submittedAt ? { submittedAt } : {}),
    ...(summary ? { summary } : {}),
    ...(achievements ? { achievements } : {}),
    ...(nextPeriod ? { nextPeriod } : {}),
    ...(escalations ? { escalations } : {}),
  };
}

/**
 * The sponsor page's content as of `today`, from the same computation as GET /reports/portfolio
 * (buildPortfolioDashboard) and the same "latest submitted report" rule as the health checks
 * (shared/health/fact-queries.ts), so the page never disagrees with the PMO dashboard.
 */
export function buildSponsorView(records: WorkspaceRecords, today: string): SponsorView {
  const dashboard = buildPortfolioDashboard(records, today);
  const reportsByProject = new Map<string, StatusReport[]>();
  for (const report of records.statusReports) {
    const list = reportsByProject.get(report.projectId) ?? [];
    list.push(report);
    reportsByProject.set(report.projectId, list);
  }
  const projects = dashboard.projects.map((project): SponsorProject => {
    const lastReport = latestSubmittedReport(reportsByProject.get(project.projectId) ?? []);
    const dimensions = Object.fromEntries(
      ragDimensions.map((dimension) => [
        dimension,
        {
          suggested: project.suggestedRag.dimensions[dimension]?.rag ?? null,
          reported: reportedLightOf(project, dimension),
        },
      ]),
    ) as Record<RagDimension, SponsorLight>;
    return {
      code: project.code,
      name: project.name,
      state: project.state,
      ...(project.managerName ? { managerName: project.managerName } : {}),
      ...(project.sponsorName ? { sponsorName: project.sponsorName } : {}),
      ...(project.phase ? { phaseName: project.phase.name } : {}),
      overall: { suggested: project.suggestedRag.overall.rag, reported: reportedLightOf(project, 'overall') },
      dimensions,
      ...(lastReport ? { lastReport: toSponsorReport(lastReport) } : {}),
    };
  });
  return {
    asOf: dashboard.asOf,
    language: records.settings?.language ?? 'en',
    currency: dashboard.currency,
    projects,
    topRisks: dashboard.topRisks.map(({ projectCode, title, score, emv }) => ({ projectCode, title, score, emv })),
  };
}
