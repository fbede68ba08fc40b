import { i18n } from '#i18n';
import { ok } from '../../../shared/result';
import { writeSetting } from '../../db/settings';
import type { BackgroundInstance, MessageError } from '../../messaging/protocol';
import { browserCaptureDeps } from '../capture/browser-capture-deps';
import type { CaptureDeps } from '../capture/capture-deps';
import { createCaptureHandlers } from '../capture/capture-handlers';
import { createPendingCaptures } from '../capture/pending-captures';
import { createHandoverHandlers } from '../handover/handover-handlers';
import { createHistoryHandlers } from '../history/history-handlers';
import { browserJiraDeps } from '../jira/browser-jira-deps';
import { createJiraHandlers, type JiraHandlerDeps } from '../jira/jira-handlers';
import { createMemberHandlers } from '../members/member-handlers';
import { createReminderHandlers } from '../reminders/reminder-handlers';
import { createShareLinkHandlers } from '../sharing/share-link-handlers';
import { browserSheetsDeps } from '../sheets/browser-sheets-deps';
import { createSheetsHandlers, type SheetsHandlerDeps } from '../sheets/sheets-handlers';
import { openWorkspaceTab } from '../workspace-app/open-workspace';
import { connectWithToken, createWorkspace, joinWorkspace } from '../workspaces/connect-workspace';
import { leaveWorkspace } from '../workspaces/leave-workspace';
import { testConnection } from '../workspaces/test-connection';
import type { WorkspaceDeps } from '../workspaces/workspace-deps';
import type { MessageHandlers } from './dispatch-message';

const notConnected = (): { ok: false; error: MessageError } => ({
  ok: false,
  error: { code: 'not_connected', message: i18n.t('errors.notConnected') },
});

/** Stand-ins for the browser APIs some messages use; each defaults to the real one. */
export interface BackgroundOptions {
  /** Tells this run of the worker apart (a restart is a new instance). */
  instance?: BackgroundInstance;
  jira?: JiraHandlerDeps;
  sheets?: SheetsHandlerDeps;
  /** Also holds the captures waiting for their card, shared with the shortcut and the menu. */
  capture?: CaptureDeps;
  /** Opens the workspace app at a route, beside the asking tab when there is one. */
  openWorkspace?: typeof openWorkspaceTab;
}

/** The background's answer to every message of the protocol. */
export function createBackgroundHandlers(deps: WorkspaceDeps, options: BackgroundOptions = {}): MessageHandlers {
  const {
    instance = { instanceId: deps.newId(), startedAt: deps.now() },
    jira = browserJiraDeps,
    sheets = browserSheetsDeps,
    capture = { browser: browserCaptureDeps, pending: createPendingCaptures() },
    openWorkspace = openWorkspaceTab,
  } = options;
  const { db, sync } = deps;
  const isConnected = async (workspaceId: string) => (await db.connections.get(workspaceId)) !== undefined;

  return {
    'connection.test': (input) => testConnection(deps, input.serverUrl),
    'workspace.create': (input) => createWorkspace(deps, input),
    'workspace.join': (input) => joinWorkspace(deps, input),
    'workspace.connectWithToken': (input) => connectWithToken(deps, input),
    'workspace.leave': (input) => leaveWorkspace(deps, input.workspaceId),

    async 'workspace.activate'({ workspaceId }) {
      if (!(await isConnected(workspaceId))) return notConnected();
      await writeSetting(db, 'activeWorkspaceId', workspaceId);
      return ok(null);
    },

    async mutate(input) {
      const result = await sync.mutate(input);
      // The whole refusal goes back: its `ref` (shown in the reader's language) and `details` (a
      // conflict's field, and what the record holds now) are what the page shows.
      return result.ok ? result : { ok: false, error: result.error };
    },

    async 'mutationError.dismiss'({ workspaceId, clientId, id }) {
      await db.mutationErrors.update([workspaceId, clientId, id], { dismissed: 1 });
      return ok(null);
    },

    async 'sync.now'({ workspaceId }) {
      if (!(await isConnected(workspaceId))) return notConnected();
      await sync.syncNow(workspaceId);
      const connection = await db.connections.get(workspaceId);
      if (!connection) return notConnected();
      const { syncStatus, pendingCount, lastError } = connection;
      return ok({ syncStatus, pendingCount, lastError });
    },

    async 'sync.poll'({ workspaceId }) {
      if (!(await isConnected(workspaceId))) return notConnected();
      // Answer at once: the page watches the outcome in Dexie, not in this reply.
      void sync.poll(workspaceId);
      return ok(null);
    },

    async 'accessNotice.dismiss'({ workspaceId }) {
      await db.accessNotices.delete(workspaceId);
      return ok(null);
    },

    async 'background.status'() {
      return ok(instance);
    },

    async 'workspace.open'(route, { sender }) {
      await openWorkspace(route, sender.tab);
      return ok(null);
    },

    ...createJiraHandlers(deps, jira),
    ...createSheetsHandlers(deps, sheets),
    ...createCaptureHandlers(deps, capture),
    ...createHistoryHandlers(deps),
    ...createHandoverHandlers(deps),
    ...createMemberHandlers(deps),
    ...createShareLinkHandlers(deps),
    ...createReminderHandlers(db),
  };
}
