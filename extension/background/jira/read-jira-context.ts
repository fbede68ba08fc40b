import { createEmptyWorkspaceLists } from '../../../shared/analytics/portfolio';
import type { EntityName } from '../../../shared/entities';
import { describeJiraContext, findMappedProject, type JiraContextRows } from '../../../shared/jira';
import type { PmoDatabase } from '../../db/database';
import { listProjectRecords, listRecords, readRecord } from '../../db/read-records';
import { listProjects, readActiveConnection } from '../../db/workspace-queries';
import type { JiraContextAnswer } from '../../messaging/jira-messages';
import { localDayOf } from './local-day';

const noWorkspace: JiraContextAnswer = { workspace: null, syncStatus: null, context: null, projects: [], people: [] };

async function readTemplates(
  db: PmoDatabase,
  workspaceId: string,
  templateId: string | undefined,
): Promise<JiraContextRows['templates']> {
  type TemplateRow = JiraContextRows['templates'][number];
  const template = templateId ? await readRecord<TemplateRow>(db, workspaceId, 'template', templateId) : undefined;
  return template ? [template] : [];
}

/**
 * The rows the context of one project needs, read through the project index so a page of Jira does
 * not read the whole workspace: that project's records, plus the workspace-wide settings, its
 * template, and people with their allocations (over-allocation counts every project's load).
 */
async function readProjectRows(
  db: PmoDatabase,
  workspaceId: string,
  projects: JiraContextRows['projects'],
  projectId: string,
): Promise<JiraContextRows> {
  const own = <T>(entity: EntityName) => listProjectRecords<T>(db, workspaceId, entity, projectId);
  const project = projects.find((row) => row.id === projectId);
  const [settings, templates, persons, allocations] = await Promise.all([
    listRecords<NonNullable<JiraContextRows['settings']>>(db, workspaceId, 'settings'),
    readTemplates(db, workspaceId, project?.templateId),
    listRecords<JiraContextRows['persons'][number]>(db, workspaceId, 'person'),
    listRecords<JiraContextRows['allocations'][number]>(db, workspaceId, 'allocation'),
  ]);
  const [milestones, planItems, baselines, risks, issues, decisions, actions, statusReports, gateReviews, costEntries] =
    await Promise.all([
      own<JiraContextRows['milestones'][number]>('milestone'),
      own<JiraContextRows['planItems'][number]>('planItem'),
      own<JiraContextRows['baselines'][number]>('baseline'),
      own<JiraContextRows['risks'][number]>('risk'),
      own<JiraContextRows['issues'][number]>('issue'),
      own<JiraContextRows['decisions'][number]>('decision'),
      own<JiraContextRows['actions'][number]>('action'),
      own<JiraContextRows['statusReports'][number]>('statusReport'),
      own<JiraContextRows['gateReviews'][number]>('gateReview'),
      own<JiraContextRows['costEntries'][number]>('costEntry'),
    ]);
  return {
    settings: settings[0],
    templates,
    projects,
    milestones,
    planItems,
    baselines,
    risks,
    issues,
    decisions,
    actions,
    statusReports,
    gateReviews,
    persons,
    allocations,
    costEntries,
  };
}

/**
 * Answers `jira.context` from the active workspace's Dexie rows (the popup's workspace): works
 * offline, and shows local edits before they sync.
 */
export async function readJiraContext(
  db: PmoDatabase,
  query: { jiraProjectKey: string; issueKey?: string },
  clock: { now(): string; language(): 'en' | 'fr' },
): Promise<JiraContextAnswer> {
  const connection = await readActiveConnection(db);
  if (!connection) return noWorkspace;
  const { workspaceId } = connection;
  const projects = await listProjects(db, workspaceId);
  const mapped = findMappedProject(projects, query.jiraProjectKey);
  const rows: JiraContextRows = mapped
    ? await readProjectRows(db, workspaceId, projects, mapped.id)
    : { ...createEmptyWorkspaceLists(), decisions: [], projects };
  const context = describeJiraContext(rows, {
    jiraProjectKey: query.jiraProjectKey,
    ...(query.issueKey ? { issueKey: query.issueKey } : {}),
    today: localDayOf(clock.now()),
    language: clock.language(),
  });
  return {
    workspace: { id: workspaceId, name: connection.workspaceName },
    syncStatus: connection.syncStatus,
    context,
    projects: projects.map((project) => ({ id: project.id, code: project.code, name: project.name })),
    people: rows.persons
      .map((person) => ({ id: person.id, name: person.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
