import { describe, expect, it, vi } from 'vitest';
import { createPendingCaptures } from '../../../../extension/background/capture/pending-captures';
import { dispatchMessage, type MessageHandlers } from '../../../../extension/background/messaging/dispatch-message';
import { identifySender } from '../../../../extension/background/messaging/identify-sender';
import {
  type MessageInput,
  type MessageType,
  messageSenders,
  messageTypes,
  type SenderContext,
} from '../../../../extension/messaging/protocol';
import { jiraIssue } from '../../../shared/jira/jira-fixtures';
import {
  articlePage,
  cardTabId,
  contentScript,
  extensionPage,
  extensionUrl,
  jiraPage,
  type RawSender,
  sheetPage,
  testSenderFacts,
} from '../../senders';

const id = '00000000-0000-4000-8000-000000000001';
const spreadsheetId = '1AbCdEfGhIjKlMnOpQrStUvWxYz';

/** A valid input of every message, so a sender that is let through reaches the handler. */
const validInputs: { [K in MessageType]: MessageInput<K> } = {
  'connection.test': { serverUrl: 'https://pmo.example.com' },
  'workspace.create': {
    serverUrl: 'https://pmo.example.com',
    bootstrapSecret: 's',
    workspaceName: 'Acme PMO',
    ownerName: 'Olivia',
    ownerEmail: 'olivia@example.com',
  },
  'workspace.join': { serverUrl: 'https://pmo.example.com', code: 'INV-1', name: 'Ada', email: 'ada@example.com' },
  'workspace.connectWithToken': { serverUrl: 'https://pmo.example.com', token: 'ipmo_x' },
  'workspace.leave': { workspaceId: 'ws' },
  'workspace.activate': { workspaceId: 'ws' },
  mutate: { workspaceId: 'ws', name: 'project.create', args: { id, code: 'PAY', name: 'Payments' } },
  'mutationError.dismiss': { workspaceId: 'ws', clientId: 'c', id: 1 },
  'sync.now': { workspaceId: 'ws' },
  'sync.poll': { workspaceId: 'ws' },
  'accessNotice.dismiss': { workspaceId: 'ws' },
  'background.status': {},
  'workspace.open': { projectId: id, tab: 'risks', recordId: id },
  'jira.context': { jiraProjectKey: 'PAY', issueKey: 'PAY-12' },
  'jira.mapProject': { projectId: id, jiraProjectKey: 'PAY' },
  'jira.link': { issueKey: 'PAY-12', summary: 'x', target: null },
  'jira.raise': { kind: 'risk', jiraProjectKey: 'PAY', issueUrl: jiraPage, issue: jiraIssue('PAY-12') },
  'jira.import': { jiraProjectKey: 'PAY', issues: [jiraIssue('PAY-1')] },
  'jira.rest': { origin: 'https://acme.atlassian.net', path: '/rest/api/3/issue/PAY-12', method: 'GET' },
  'jira.worklogs': {
    origin: 'https://acme.atlassian.net',
    jiraProjectKeys: ['PAY'],
    from: '2026-03-01',
    to: '2026-03-01',
  },
  'popup.open': {},
  'sheets.openImport': { spreadsheetId, gid: '7' },
  'sheets.fetchCsv': { spreadsheetId, gid: '7' },
  'import.memory': { workspaceId: 'ws', sourceKey: `sheet:${spreadsheetId}:7` },
  'import.apply': {
    workspaceId: 'ws',
    sourceKey: `sheet:${spreadsheetId}:7`,
    mutations: [],
    memory: {
      kind: 'risk',
      headerRow: 0,
      headers: [],
      mapping: [],
      dateOrder: 'dmy',
      unknownOwners: 'reject',
      projectId: id,
      importedIds: [],
      savedAt: '2026-03-02T10:00:00.000Z',
    },
  },
  'sheets.writeBack': { spreadsheetId, values: [['a']] },
  'capture.start': {},
  'capture.save': { kind: 'risk', projectId: id, title: 'Supplier delay', fields: {}, source: { url: articlePage } },
  'capture.undo': { id, kind: 'risk' },
  'capture.open': { id, kind: 'risk' },
  'options.open': {},
  'history.read': { workspaceId: 'ws', entity: 'risk', id, limit: 20 },
  'handover.backup': { workspaceId: 'ws' },
  'members.read': { workspaceId: 'ws' },
  'members.invite': { workspaceId: 'ws', name: 'Paula', email: '', role: 'pm', expiresInHours: 72 },
  'members.revokeInvite': { workspaceId: 'ws', inviteId: id },
  'members.changeRole': { workspaceId: 'ws', memberId: id, role: 'viewer' },
  'members.remove': { workspaceId: 'ws', memberId: id },
  'members.revokeTokens': { workspaceId: 'ws', memberId: id },
  'shareLinks.read': { workspaceId: 'ws' },
  'shareLinks.create': { workspaceId: 'ws', label: 'Board', expiresInDays: 30 },
  'shareLinks.revoke': { workspaceId: 'ws', linkId: id },
  'reminders.setPreference': { setting: 'badge', isOn: false },
};

/** The senders the browser can describe, and the context each one is (none: refused everything). */
const senders: { name: string; sender: RawSender; context: SenderContext | null }[] = [
  { name: 'the popup', sender: extensionPage('popup.html'), context: 'extensionPage' },
  { name: 'the options page in a tab', sender: extensionPage('options.html', 30), context: 'extensionPage' },
  { name: 'the Jira script on Jira Cloud', sender: contentScript(jiraPage, 41), context: 'jiraContent' },
  {
    name: 'the Jira script on a granted self-hosted Jira',
    sender: contentScript('https://jira.example.com:8443/browse/OPS-3', 42),
    context: 'jiraContent',
  },
  { name: 'the Sheets launcher', sender: contentScript(sheetPage, 43), context: 'sheetsContent' },
  { name: 'the capture card in its tab', sender: contentScript(articlePage, cardTabId), context: 'captureCard' },
  { name: 'a content script on a page with no card', sender: contentScript(articlePage, 44), context: null },
  {
    name: 'a content script on a self-hosted site never granted',
    sender: contentScript('https://jira.other.example/browse/X-1', 45),
    context: null,
  },
  { name: 'a frame inside a Jira page', sender: { ...contentScript(jiraPage, 41), frameId: 7 }, context: null },
  {
    name: 'a script whose page disagrees with its tab',
    sender: { ...contentScript(jiraPage, 41), tab: { id: 41, index: 0, url: 'https://evil.example.com/' } },
    context: null,
  },
  {
    name: 'our page framed inside a web page',
    sender: { ...extensionPage('popup.html'), frameId: 2, tab: { id: 46, index: 0, url: 'https://evil.example.com/' } },
    context: null,
  },
  { name: 'another extension', sender: { ...extensionPage('popup.html'), id: 'another-extension' }, context: null },
  {
    name: 'a page claiming our origin',
    sender: { ...contentScript(articlePage, 44), origin: extensionUrl.slice(0, -1) },
    context: null,
  },
];

function createGate() {
  const pending = createPendingCaptures();
  pending.set(cardTabId, { kind: 'risk', context: { url: articlePage, pageTitle: '', selection: '' }, at: '' });
  const facts = testSenderFacts({ pending, selfHostedPatterns: ['https://jira.example.com/*'] });
  const handler = vi.fn(async () => ({ ok: true as const, value: null }));
  const handlers = Object.fromEntries(messageTypes.map((type) => [type, handler])) as unknown as MessageHandlers;
  const send = async (type: MessageType, sender: RawSender) =>
    dispatchMessage(handlers, type, validInputs[type], await identifySender(sender, facts));
  return { send, handler };
}

describe('who may send each message', () => {
  it('lets each content script send only what its own page needs, and extension pages all the rest', () => {
    const sentBy = (context: SenderContext) =>
      messageTypes.filter((type) => (messageSenders[type] as readonly SenderContext[]).includes(context));

    expect(sentBy('jiraContent')).toEqual([
      'workspace.open',
      'jira.context',
      'jira.mapProject',
      'jira.link',
      'jira.raise',
      'jira.import',
      'jira.rest',
      'popup.open',
    ]);
    expect(sentBy('sheetsContent')).toEqual(['sheets.openImport']);
    expect(sentBy('captureCard')).toEqual([
      'capture.start',
      'capture.save',
      'capture.undo',
      'capture.open',
      'options.open',
    ]);
    expect(messageTypes.filter((type) => !sentBy('extensionPage').includes(type))).toEqual([
      'jira.context',
      'jira.mapProject',
      'jira.link',
      'jira.raise',
      'jira.import',
      'jira.rest',
      'sheets.openImport',
      'capture.open',
    ]);
  });

  describe.each(messageTypes)('%s', (type) => {
    const allowed: readonly SenderContext[] = messageSenders[type];

    it.each(senders.filter(({ context }) => context !== null && allowed.includes(context)))(
      'passes from $name',
      async ({ sender }) => {
        const { send, handler } = createGate();

        expect(await send(type, sender)).toEqual({ ok: true, value: null });
        expect(handler).toHaveBeenCalledOnce();
      },
    );

    it.each(senders.filter(({ context }) => context === null || !allowed.includes(context)))(
      'is refused from $name, before its handler runs',
      async ({ sender }) => {
        const { send, handler } = createGate();

        const answer = await send(type, sender);

        expect(answer).toMatchObject({ ok: false, error: { code: 'sender_not_allowed' } });
        expect(answer.ok ? '' : answer.error.message).toContain(`“${type}”`);
        expect(handler).not.toHaveBeenCalled();
      },
    );
  });

  it('refuses before reading the data, so a refused sender learns nothing of the schema', async () => {
    const { handler } = createGate();
    const handlers = { mutate: handler } as unknown as MessageHandlers;
    const fromJira = await identifySender(contentScript(jiraPage, 41), testSenderFacts());

    expect(await dispatchMessage(handlers, 'mutate', { nonsense: true }, fromJira)).toMatchObject({
      ok: false,
      error: { code: 'sender_not_allowed' },
    });
  });
});
