import { i18n } from '#i18n';
import { type PlannedMutation, planJiraImport } from '../../../shared/jira/import-plan';
import { findMappedProject } from '../../../shared/jira/issue-context';
import { type LinkPlan, type LinkRefusal, planJiraLink, planProjectMapping } from '../../../shared/jira/link-plan';
import { ok } from '../../../shared/result';
import type { Milestone, PlanItem } from '../../../shared/schemas/plan';
import type { ConnectionRow } from '../../db/database';
import { listProjectRecords, listRecords } from '../../db/read-records';
import { readSetting, writeSetting } from '../../db/settings';
import { listProjects, readActiveConnection } from '../../db/workspace-queries';
import type { MessageError, MessageResult } from '../../messaging/protocol';
import { type MessageHandlers, senderNotAllowed } from '../messaging/dispatch-message';
import { applyLocalBatch } from '../sync/apply-local-batch';
import type { WorkspaceDeps } from '../workspaces/workspace-deps';
import { localDayOf } from './local-day';
import { planRaiseFromIssue } from './raise-from-issue';
import { readJiraContext } from './read-jira-context';
import { isJiraCloudOrigin, readJiraWorklogs } from './read-worklogs';
import { relayJiraRest } from './relay-jira-rest';

type JiraMessage =
  | 'jira.context'
  | 'jira.mapProject'
  | 'jira.link'
  | 'jira.raise'
  | 'jira.import'
  | 'jira.rest'
  | 'jira.worklogs'
  | 'popup.open';

/** What the Jira handlers need beyond the workspace deps; injectable so tests can stand in for the browser. */
export interface JiraHandlerDeps {
  /** Opens the extension popup, or a tab with it where the browser cannot open the popup. */
  openPopup(): Promise<void>;
  language(): 'en' | 'fr';
  /** Calls Jira's REST API with the user's session (the browser's fetch in the extension). */
  fetchJira: typeof fetch;
  /** Whether the user granted this self-hosted Jira origin (the options page asks); default: none is. */
  isGrantedSite?(origin: string): Promise<boolean>;
}

const failure = (code: string, message: string): { ok: false; error: MessageError } => ({
  ok: false,
  error: { code, message },
});

const originOf = (url: string) => (URL.canParse(url) ? new URL(url).origin : undefined);

const noWorkspace = () => failure('no_workspace', i18n.t('jira.errors.noWorkspace'));
const notMapped = (jiraProjectKey: string) => failure('not_mapped', i18n.t('jira.errors.notMapped', [jiraProjectKey]));

function explainRefusal(refusal: LinkRefusal) {
  switch (refusal.code) {
    case 'project_not_found':
      return failure(refusal.code, i18n.t('jira.errors.projectNotFound'));
    case 'too_many_jira_projects':
      return failure(refusal.code, i18n.t('jira.errors.tooManyJiraProjects', [refusal.projectName]));
    case 'target_not_found':
      return failure(refusal.code, i18n.t('jira.errors.targetNotFound'));
    case 'already_linked':
      return failure(refusal.code, i18n.t('jira.errors.alreadyLinked', [refusal.title, refusal.jiraKey]));
  }
}

/** The Jira overlay's messages: read the active workspace's Dexie rows, write through local mutations. */
export function createJiraHandlers(deps: WorkspaceDeps, jira: JiraHandlerDeps): Pick<MessageHandlers, JiraMessage> {
  const { db, sync } = deps;

  /** Applies a few planned mutations one by one, as single edits; stops at the first refusal. */
  async function applyInOrder(connection: ConnectionRow, plan: LinkPlan): Promise<MessageResult<null>> {
    if (!plan.ok) return explainRefusal(plan.refusal);
    for (const mutation of plan.mutations) {
      const result = await sync.mutate({ workspaceId: connection.workspaceId, ...mutation });
      if (!result.ok) return failure(result.error.code, result.error.message);
    }
    return ok(null);
  }

  return {
    async 'jira.context'(input) {
      return ok(await readJiraContext(db, input, { now: deps.now, language: jira.language }));
    },

    async 'jira.mapProject'({ projectId, jiraProjectKey }) {
      const connection = await readActiveConnection(db);
      if (!connection) return noWorkspace();
      const projects = await listProjects(db, connection.workspaceId);
      return applyInOrder(connection, planProjectMapping(projects, { projectId, jiraProjectKey }));
    },

    async 'jira.link'({ issueKey, target }) {
      const connection = await readActiveConnection(db);
      if (!connection) return noWorkspace();
      const [milestones, planItems] = await Promise.all([
        listRecords<Milestone>(db, connection.workspaceId, 'milestone'),
        listRecords<PlanItem>(db, connection.workspaceId, 'planItem'),
      ]);
      return applyInOrder(connection, planJiraLink({ milestones, planItems }, { issueKey, target }));
    },

    async 'jira.raise'({ kind, jiraProjectKey, issueUrl, issue, title, fields }, { sender }) {
      // The overlay raises from the issue its own page shows: a record may not point at another site.
      if (originOf(issueUrl) !== sender.origin) return senderNotAllowed('jira.raise');
      const connection = await readActiveConnection(db);
      if (!connection) return noWorkspace();
      const project = findMappedProject(await listProjects(db, connection.workspaceId), jiraProjectKey);
      if (!project) return notMapped(jiraProjectKey);
      const draft = planRaiseFromIssue(kind, {
        projectId: project.id,
        issue,
        issueUrl,
        ...(title !== undefined ? { title } : {}),
        ...(fields !== undefined ? { fields } : {}),
        today: localDayOf(deps.now()),
        memberName: connection.member.name,
        newId: deps.newId,
      });
      const result = await sync.mutate({ workspaceId: connection.workspaceId, ...draft });
      if (!result.ok) return failure(result.error.code, result.error.message);
      return ok({ id: draft.args.id as string });
    },

    async 'jira.import'({ jiraProjectKey, issues }) {
      const connection = await readActiveConnection(db);
      if (!connection) return noWorkspace();
      const { workspaceId } = connection;
      const project = findMappedProject(await listProjects(db, workspaceId), jiraProjectKey);
      if (!project) return notMapped(jiraProjectKey);
      const [milestones, planItems] = await Promise.all([
        listProjectRecords<Milestone>(db, workspaceId, 'milestone', project.id),
        listProjectRecords<PlanItem>(db, workspaceId, 'planItem', project.id),
      ]);
      const plan = planJiraImport({ projectId: project.id, issues, milestones, planItems, newId: deps.newId });
      if (plan.mutations.length === 0) return ok(plan.summary);
      const outcome = await applyLocalBatch(db, workspaceId, plan.mutations, deps.now());
      if (!outcome.ok) return failure(outcome.error.code, outcome.error.message);
      if (outcome.value.applied > 0) void sync.poll(workspaceId);
      const { refusal } = outcome.value;
      if (refusal) return explainStoppedImport(plan.mutations, refusal, outcome.value.applied);
      return ok(plan.summary);
    },

    'jira.rest'(call, { sender }) {
      return relayJiraRest(call, sender.origin, jira.fetchJira);
    },

    async 'jira.worklogs'(request) {
      // Only Jira Cloud or a self-hosted site the user granted: never a site the page names on its own.
      const isAllowed = isJiraCloudOrigin(request.origin) || ((await jira.isGrantedSite?.(request.origin)) ?? false);
      if (!isAllowed)
        return failure('jira_site_not_allowed', i18n.t('workspaceCosts.jira.siteNotAllowed', [request.origin]));
      const read = await readJiraWorklogs(request, jira.fetchJira);
      if (read.ok) {
        // Offered again next time the tab opens (extension/db/settings.ts jiraSites).
        const sites = (await readSetting(db, 'jiraSites')) ?? {};
        for (const key of request.jiraProjectKeys) sites[key] = request.origin;
        await writeSetting(db, 'jiraSites', sites);
      }
      return read;
    },

    async 'popup.open'() {
      try {
        await jira.openPopup();
        return ok(null);
      } catch (error) {
        return failure('popup_unavailable', i18n.t('jira.errors.popupUnavailable', [String(error)]));
      }
    },
  };
}

/** Names the issue the import stopped at, how far it got, and why. */
function explainStoppedImport(
  mutations: readonly PlannedMutation[],
  refusal: { index: number; error: { code: string; message: string } },
  applied: number,
) {
  const jiraKey = mutations[refusal.index]?.jiraKey ?? '?';
  return failure(
    refusal.error.code,
    i18n.t('jira.errors.importStopped', [jiraKey, String(applied), String(mutations.length), refusal.error.message]),
  );
}
