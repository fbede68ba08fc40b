import { analyzeProject, type ProjectAnalysis } from '../../../shared/analytics/portfolio/project-facts-builder';
import type { ProjectRecords } from '../../../shared/analytics/portfolio/workspace-records';
import { type RagSuggestion, suggestRag } from '../../../shared/analytics/rag/suggested-rag';
import { findOverAllocations } from '../../../shared/analytics/resources/over-allocation';
import { createWorkingCalendar, type WorkingCalendar } from '../../../shared/analytics/schedule/working-calendar';
import type { MemberSummary } from '../../../shared/api/schemas';
import { runHealthChecks } from '../../../shared/health/run-health-checks';
import type { Finding } from '../../../shared/health/types';
import type { Language } from '../../../shared/i18n/format-message';
import type { Template } from '../../../shared/schemas/methodology';
import type { Project } from '../../../shared/schemas/project';
import type { Decision } from '../../../shared/schemas/raid';
import type { Allocation, Person, Raci } from '../../../shared/schemas/resources';
import { defaultWorkspaceSettings, type WorkspaceSettingsFields } from '../../../shared/schemas/workspace-settings';
import type { ProjectWorkspaceRows } from '../../db/workspace-queries';

/**
 * Everything a tab of the workspace app shows about one project, computed once per change of its
 * records with the shared analytics: the same figures the Jira panel, the report and the PMO see.
 */
export interface ProjectView {
  workspaceId: string;
  member: MemberSummary;
  /** The local calendar day, `YYYY-MM-DD`: what "overdue" and "today" mean on screen. */
  today: string;
  language: Language;
  settings: WorkspaceSettingsFields;
  calendar: WorkingCalendar;
  template: Template | undefined;
  records: ProjectRecords;
  decisions: Decision[];
  raci: Raci[];
  /** The workspace's people, for owner pickers. */
  persons: Person[];
  /** Every project and every allocation of the workspace: a person's load counts all of them. */
  workspace: { projects: Project[]; allocations: Allocation[] };
  analysis: ProjectAnalysis;
  suggestion: RagSuggestion;
  findings: Finding[];
}

/** Builds a project's view from its rows; pure apart from nothing (today and language come in). */
export function buildProjectView(
  rows: ProjectWorkspaceRows,
  context: { workspaceId: string; member: MemberSummary; today: string; language: Language },
): ProjectView {
  const settings = rows.settings ?? defaultWorkspaceSettings;
  const calendar = createWorkingCalendar(settings);
  const { project } = rows.records;
  const template = project.templateId ? rows.templates.find((entry) => entry.id === project.templateId) : undefined;
  const overAllocations = findOverAllocations(rows.persons, rows.allAllocations, settings).filter((week) =>
    week.projectIds.includes(project.id),
  );
  const analysis = analyzeProject(rows.records, { today: context.today, calendar, template, overAllocations });
  return {
    ...context,
    settings,
    calendar,
    template,
    records: rows.records,
    decisions: rows.decisions,
    raci: rows.raci,
    persons: rows.persons,
    workspace: { projects: rows.allProjects, allocations: rows.allAllocations },
    analysis,
    suggestion: suggestRag(analysis.facts, settings),
    findings: runHealthChecks(analysis.facts, settings),
  };
}
