import { currentScore } from '../analytics/risk/risk-rating';
import { dateParam, formatMessage, type Language, type MessageKey, type ParamValue } from '../i18n';
import { bandOfScore, type RiskMatrixSize } from '../risk-score';
import type { Rag } from '../schemas/common';
import type { Milestone } from '../schemas/plan';
import type { Project } from '../schemas/project';
import type { Issue } from '../schemas/raid';
import type { Risk } from '../schemas/risk';
import type { DimensionStatus, StatusReportFields } from '../schemas/status-report';
import { type LightName, lightNames, lightOf } from './report-lights';

/** What a copy of a report names besides the report itself: the project and the records it points at. */
export interface ReportContext {
  project: Pick<Project, 'code' | 'name'>;
  risks: readonly Risk[];
  issues: readonly Issue[];
  milestones: readonly Pick<Milestone, 'id' | 'title'>[];
  riskMatrix?: RiskMatrixSize;
  /** Who submitted it, as a person reads it (the report stores a member id). */
  submitterName?: string;
}

export type ReportForCopy = Pick<
  StatusReportFields,
  | 'periodStart'
  | 'periodEnd'
  | 'overall'
  | 'dimensions'
  | 'summary'
  | 'achievements'
  | 'nextPeriod'
  | 'escalations'
  | 'keyRiskIds'
  | 'keyIssueIds'
  | 'milestoneForecasts'
  | 'state'
  | 'submittedAt'
>;

/** A block of a report as plain text; each output format escapes every string it holds. */
export type ReportBlock =
  | { kind: 'facts'; facts: { label: string; value: string }[] }
  | { kind: 'table'; heading?: string; columns: string[]; rows: string[][] }
  | { kind: 'text'; heading: string; text: string }
  | { kind: 'list'; heading: string; items: string[] };

export interface ReportDocument {
  title: string;
  blocks: ReportBlock[];
}

/** A light as text that does not rely on colour: a mark that shows it and its name. */
const ragMarks: Record<Rag | 'none', string> = { green: '🟢', amber: '🟠', red: '🔴', none: '⚪' };

type Translate = (key: MessageKey, params?: Record<string, ParamValue>) => string;

/**
 * A status report as a titled list of plain-text blocks, in `language`: the one reading of a report
 * that statusReportToMarkdown and statusReportToHtml (and later the handover and sponsor pages) render.
 * Empty narrative sections are left out; a record deleted since is named as such.
 */
export function describeStatusReport(
  report: ReportForCopy,
  context: ReportContext,
  language: Language,
): ReportDocument {
  const t: Translate = (key, params = {}) => formatMessage(language, key, params);
  const project = t('report.status.project', { code: context.project.code, name: context.project.name });
  const blocks: ReportBlock[] = [describeFacts(report, context, t), describeLights(report, t)];
  for (const section of ['summary', 'achievements', 'nextPeriod', 'escalations'] as const) {
    const text = report[section]?.trim();
    if (text) blocks.push({ kind: 'text', heading: t(`report.status.section.${section}`), text });
  }
  blocks.push(...describeKeyItems(report, context, t), ...describeMilestones(report, context, t));
  return { title: t('report.status.title', { project }), blocks };
}

function describeFacts(report: ReportForCopy, context: ReportContext, t: Translate): ReportBlock {
  const period = {
    label: t('report.status.periodLabel'),
    value: t('report.status.period', { start: dateParam(report.periodStart), end: dateParam(report.periodEnd) }),
  };
  const state =
    report.state === 'submitted' && report.submittedAt
      ? {
          label: t('report.status.submittedLabel'),
          value: t('report.status.submittedOnBy', {
            date: dateParam(report.submittedAt.slice(0, 10)),
            name: context.submitterName ?? '—',
          }),
        }
      : { label: t('report.status.stateLabel'), value: t('report.status.draft') };
  return { kind: 'facts', facts: [period, state] };
}

function describeLights(report: ReportForCopy, t: Translate): ReportBlock {
  const ragText = (rag: Rag | undefined) => `${ragMarks[rag ?? 'none']} ${t(`report.status.rag.${rag ?? 'none'}`)}`;
  const columns = ['dimension', 'reported', 'suggested', 'reason'] as const;
  return {
    kind: 'table',
    columns: columns.map((column) => t(`report.status.column.${column}`)),
    rows: lightNames.map((name: LightName) => {
      const light = lightOf(report, name);
      return [
        t(`report.status.dimension.${name}`),
        ragText(light?.chosen),
        ragText(light?.suggested),
        explainLight(light, t),
      ];
    }),
  };
}

/** The PM's reason, with the data's own sentence beside it when both exist; else the data's sentence. */
function explainLight(light: DimensionStatus | undefined, t: Translate): string {
  const reason = light?.reason?.trim();
  const data = light?.suggestedReason?.trim();
  if (reason && data) return t('report.status.reasonWithData', { reason, data });
  return reason || data || '—';
}

function describeKeyItems(report: ReportForCopy, context: ReportContext, t: Translate): ReportBlock[] {
  const deleted = t('report.status.deletedRecord');
  const blocks: ReportBlock[] = [];
  if (report.keyRiskIds.length > 0) {
    const byId = new Map(context.risks.map((risk) => [risk.id, risk]));
    const items = report.keyRiskIds.map((id) => {
      const risk = byId.get(id);
      return risk ? describeRisk(risk, context.riskMatrix, t) : deleted;
    });
    blocks.push({ kind: 'list', heading: t('report.status.section.keyRisks'), items });
  }
  if (report.keyIssueIds.length > 0) {
    const byId = new Map(context.issues.map((issue) => [issue.id, issue]));
    const items = report.keyIssueIds.map((id) => {
      const issue = byId.get(id);
      if (!issue) return deleted;
      return t('report.status.issueLine', {
        title: issue.title,
        priority: t(`report.status.priority.${issue.priority}`),
        status: t(`report.status.issueStatus.${issue.status}`),
      });
    });
    blocks.push({ kind: 'list', heading: t('report.status.section.keyIssues'), items });
  }
  return blocks;
}

/** A risk by its current score, banded on the workspace's matrix, as every screen shows it. */
function describeRisk(risk: Risk, matrix: RiskMatrixSize | undefined, t: Translate): string {
  const score = currentScore(risk);
  const band = t(`report.status.band.${bandOfScore(score, matrix)}`);
  return risk.owner
    ? t('report.status.riskLine', { title: risk.title, score, band, owner: risk.owner.name })
    : t('report.status.riskLineNoOwner', { title: risk.title, score, band });
}

function describeMilestones(report: ReportForCopy, context: ReportContext, t: Translate): ReportBlock[] {
  if (report.milestoneForecasts.length === 0) return [];
  const titles = new Map(context.milestones.map((milestone) => [milestone.id, milestone.title]));
  const deleted = t('report.status.deletedRecord');
  return [
    {
      kind: 'table',
      heading: t('report.status.section.milestones'),
      columns: [t('report.status.column.milestone'), t('report.status.column.forecast')],
      rows: report.milestoneForecasts.map((entry) => [
        titles.get(entry.milestoneId) ?? deleted,
        t('report.status.day', { date: dateParam(entry.forecastDate) }),
      ]),
    },
  ];
}
