import { z } from 'zod';
import type { HistoryPage } from '../../shared/api/history';
import type { MemberSummary } from '../../shared/api/schemas';
import type { Backup } from '../../shared/backup/backup-format';
import type { JiraImportSummary } from '../../shared/jira/import-plan';
import type { WorklogReading } from '../../shared/jira/worklog-costs';
import { mutationNames } from '../../shared/mutations/registry';
import type { AppError, Result } from '../../shared/result';
import { type CaptureSaved, type CaptureStart, captureMessageInputSchemas } from './capture-messages';
import { handoverMessageInputSchemas } from './handover-messages';
import { historyMessageInputSchemas } from './history-messages';
import { type JiraContextAnswer, type JiraRestAnswer, jiraMessageInputSchemas } from './jira-messages';
import { type MemberMessageOutputs, memberMessageInputSchemas } from './member-messages';
import { type ReminderMessageOutputs, reminderMessageInputSchemas } from './reminder-messages';
import { type ShareLinkMessageOutputs, shareLinkMessageInputSchemas } from './share-link-messages';
import { type ImportMemory, type SheetCsv, sheetsMessageInputSchemas } from './sheets-messages';
import type { SyncError, SyncStatus } from './sync-state';
import { workspaceTabs } from './workspace-route';

/** An error crossing the message boundary; `field` names the input field it is about, if any. */
export interface MessageError extends AppError {
  field?: string;
}
export type MessageResult<T> = Result<T, MessageError>;

const text = (max: number) => z.string().max(max);
const workspaceId = text(200);

/** Input of every message the background answers; the background validates each one against it. */
export const messageInputSchemas = {
  /** Calls /v1/health, then /v1/me if a workspace is connected on that server. */
  'connection.test': z.object({ serverUrl: text(2048) }),
  'workspace.create': z.object({
    serverUrl: text(2048),
    bootstrapSecret: text(1000),
    workspaceName: text(1000),
    ownerName: text(1000),
    ownerEmail: text(1000),
  }),
  'workspace.join': z.object({ serverUrl: text(2048), code: text(1000), name: text(1000), email: text(1000) }),
  'workspace.connectWithToken': z.object({ serverUrl: text(2048), token: text(4000) }),
  /** Wipes the workspace's local data, pending edits included. */
  'workspace.leave': z.object({ workspaceId }),
  /** Chooses the workspace the popup shows. */
  'workspace.activate': z.object({ workspaceId }),
  /** A local edit: applied at once (offline too), then pushed. */
  mutate: z.object({ workspaceId, name: z.enum(mutationNames), args: z.unknown() }),
  'mutationError.dismiss': z.object({ workspaceId, clientId: text(64), id: z.number().int() }),
  /** Sync now, cutting any backoff short. */
  'sync.now': z.object({ workspaceId }),
  /** Sent every 2 s by an open extension page; syncs unless a backoff retry is waiting. */
  'sync.poll': z.object({ workspaceId }),
  /** The user read the notice that access to a workspace was lost. */
  'accessNotice.dismiss': z.object({ workspaceId }),
  /** Which background instance answers: a service-worker restart shows as a new instance. */
  'background.status': z.object({}),
  /** Opens the workspace app at a project, tab and record (the deep link of workspace-route.ts). */
  'workspace.open': z.object({
    projectId: z.uuid().optional(),
    tab: z.enum(workspaceTabs).default('overview'),
    recordId: z.uuid().optional(),
  }),
  ...jiraMessageInputSchemas,
  ...sheetsMessageInputSchemas,
  ...captureMessageInputSchemas,
  ...historyMessageInputSchemas,
  ...handoverMessageInputSchemas,
  ...memberMessageInputSchemas,
  ...shareLinkMessageInputSchemas,
  ...reminderMessageInputSchemas,
};

export type MessageType = keyof typeof messageInputSchemas;
export const messageTypes = Object.keys(messageInputSchemas) as MessageType[];

/**
 * The parts of the extension the background tells apart by what the browser says about a sender
 * (background/messaging/identify-sender.ts): `extensionPage` our own pages (popup, options, import);
 * `jiraContent` our script on Jira Cloud or a self-hosted Jira the user granted; `sheetsContent` our
 * launcher on docs.google.com/spreadsheets; `captureCard` our card, in the tab a capture was started for.
 */
export const senderContexts = ['extensionPage', 'jiraContent', 'sheetsContent', 'captureCard'] as const;
export type SenderContext = (typeof senderContexts)[number];

/**
 * Who may send each message, checked by background/messaging/dispatch-message.ts before anything
 * else; a message missing here fails the typecheck. Content scripts share their page with a site we
 * do not trust, so they get only what their own page needs, and their handlers narrow the data to
 * their own tab or site.
 */
export const messageSenders = {
  'connection.test': ['extensionPage'],
  'workspace.create': ['extensionPage'],
  'workspace.join': ['extensionPage'],
  'workspace.connectWithToken': ['extensionPage'],
  'workspace.leave': ['extensionPage'],
  'workspace.activate': ['extensionPage'],
  mutate: ['extensionPage'],
  'mutationError.dismiss': ['extensionPage'],
  'sync.now': ['extensionPage'],
  'sync.poll': ['extensionPage'],
  'accessNotice.dismiss': ['extensionPage'],
  'background.status': ['extensionPage'],
  // Deep links: the popup, the Jira panel and banner (their project's records).
  'workspace.open': ['extensionPage', 'jiraContent'],
  // The Jira overlay; handlers keep each call to the sender tab's own Jira site.
  'jira.context': ['jiraContent'],
  'jira.mapProject': ['jiraContent'],
  'jira.link': ['jiraContent'],
  'jira.raise': ['jiraContent'],
  'jira.import': ['jiraContent'],
  'jira.rest': ['jiraContent'],
  // The workspace app's Costs tab (an extension page); the handler checks the site it names.
  'jira.worklogs': ['extensionPage'],
  // The overlay's "Open Interim PMO" and the import page's result step.
  'popup.open': ['extensionPage', 'jiraContent'],
  // The launcher, for the spreadsheet its page shows; the rest is the import page's.
  'sheets.openImport': ['sheetsContent'],
  'sheets.fetchCsv': ['extensionPage'],
  'import.memory': ['extensionPage'],
  'import.apply': ['extensionPage'],
  'sheets.writeBack': ['extensionPage'],
  // The card on the page, for its own tab's capture only, and the popup's capture form.
  'capture.start': ['extensionPage', 'captureCard'],
  'capture.save': ['extensionPage', 'captureCard'],
  'capture.undo': ['extensionPage', 'captureCard'],
  'capture.open': ['captureCard'],
  'options.open': ['extensionPage', 'captureCard'],
  // The workspace app's record History and the administration page's activity feed.
  'history.read': ['extensionPage'],
  // The administration page's handover section; the Worker checks the role.
  'handover.backup': ['extensionPage'],
  // The administration page's members section; the Worker checks the role of each call.
  'members.read': ['extensionPage'],
  'members.invite': ['extensionPage'],
  'members.revokeInvite': ['extensionPage'],
  'members.changeRole': ['extensionPage'],
  'members.remove': ['extensionPage'],
  'members.revokeTokens': ['extensionPage'],
  // The administration page's sponsor links; the Worker checks the role of each call.
  'shareLinks.read': ['extensionPage'],
  'shareLinks.create': ['extensionPage'],
  'shareLinks.revoke': ['extensionPage'],
  // The options page's reminder switches.
  'reminders.setPreference': ['extensionPage'],
} as const satisfies { [K in MessageType]: readonly [SenderContext, ...SenderContext[]] };

export type MessageInput<K extends MessageType> = z.input<(typeof messageInputSchemas)[K]>;
export type ValidMessageInput<K extends MessageType> = z.output<(typeof messageInputSchemas)[K]>;

export interface ConnectionSummary {
  workspaceId: string;
  workspaceName: string;
  member: MemberSummary;
}

export interface ConnectionReport {
  serverUrl: string;
  serverVersion: string;
  /** The connected workspace on that server as /v1/me sees it; null when none is connected there. */
  session: ConnectionSummary | null;
  /** Why /v1/me failed, when it did. */
  sessionError: MessageError | null;
}

export interface SyncSnapshot {
  syncStatus: SyncStatus;
  pendingCount: number;
  lastError: SyncError | null;
}

/** One run of the background service worker, from its start to the browser stopping it. */
export interface BackgroundInstance {
  instanceId: string;
  startedAt: string;
}

export interface MessageOutputs extends MemberMessageOutputs, ShareLinkMessageOutputs, ReminderMessageOutputs {
  'connection.test': ConnectionReport;
  'workspace.create': ConnectionSummary;
  'workspace.join': ConnectionSummary;
  'workspace.connectWithToken': ConnectionSummary;
  'workspace.leave': { discardedEdits: number };
  'workspace.activate': null;
  mutate: { mutationId: number };
  'mutationError.dismiss': null;
  'sync.now': SyncSnapshot;
  'sync.poll': null;
  'accessNotice.dismiss': null;
  'background.status': BackgroundInstance;
  'workspace.open': null;
  'jira.context': JiraContextAnswer;
  'jira.mapProject': null;
  'jira.link': null;
  'jira.raise': { id: string };
  'jira.import': JiraImportSummary;
  'jira.rest': JiraRestAnswer;
  'jira.worklogs': WorklogReading[];
  'popup.open': null;
  'sheets.openImport': null;
  'sheets.fetchCsv': SheetCsv;
  'import.memory': ImportMemory | null;
  'import.apply': { applied: number };
  'sheets.writeBack': { updatedCells: number };
  'capture.start': CaptureStart;
  'capture.save': CaptureSaved;
  'capture.undo': null;
  'capture.open': null;
  'options.open': null;
  'history.read': HistoryPage;
  'handover.backup': Backup;
}

/** The typed map @webext-core/messaging checks senders and listeners against. */
export type ProtocolMap = {
  [K in MessageType]: (input: MessageInput<K>) => MessageResult<MessageOutputs[K]>;
};
