import type { CaptureBrowser } from '../../../../extension/background/capture/capture-deps';
import { createCaptureFlow } from '../../../../extension/background/capture/capture-flow';
import { createPendingCaptures } from '../../../../extension/background/capture/pending-captures';
import { createBackgroundHandlers } from '../../../../extension/background/messaging/background-handlers';
import { dispatchMessage } from '../../../../extension/background/messaging/dispatch-message';
import { identifySender } from '../../../../extension/background/messaging/identify-sender';
import { createSyncService } from '../../../../extension/background/sync/sync-service';
import { createWorkerApi } from '../../../../extension/background/worker-api/worker-api';
import { PmoDatabase } from '../../../../extension/db/database';
import type { MessageOutputs, MessageResult, MessageType } from '../../../../extension/messaging/protocol';
import { FakeServer } from '../../fake-server';
import { articlePage, contentScript, type RawSender, testSenderFacts, typicalSender } from '../../senders';
import { createManualClock } from '../../sync-harness';

export const popupPage = 'chrome-extension://pmo-test-id/popup.html';

type Refusable = 'readSelection' | 'injectCard' | 'openPopup';

export interface FakeCaptureBrowserOptions {
  /** What the page has selected. */
  selection?: string;
  /** Calls that throw as Chromium does on chrome:// pages or without a focused window. */
  refuses?: readonly Refusable[];
}

/** The browser as the capture sees it, recording each call; by default scripts run and the popup opens. */
export function fakeCaptureBrowser({ selection = '', refuses = [] }: FakeCaptureBrowserOptions = {}) {
  const calls: string[] = [];
  const record = (call: string, name?: Refusable) => {
    calls.push(call);
    if (name && refuses.includes(name)) throw new Error(`Cannot access contents of the page (${name}).`);
  };
  const browser: CaptureBrowser = {
    async readSelection(tabId) {
      record(`readSelection ${tabId}`, 'readSelection');
      return selection;
    },
    async injectCard(tabId) {
      record(`injectCard ${tabId}`, 'injectCard');
    },
    async openPopup() {
      record('openPopup', 'openPopup');
    },
    async openTab(url) {
      record(`openTab ${url}`);
    },
    popupPageUrl: (query = '') => `${popupPage}${query}`,
    async openOptionsPage() {
      record('openOptionsPage');
    },
    async openWorkspace(route) {
      record(`openWorkspace ${route.tab} ${route.recordId}`);
    },
  };
  return { browser, calls };
}

/** The real background (handlers, Dexie, sync) and capture flow over a fake server, with the browser faked. */
export function createCaptureBackground(options: FakeCaptureBrowserOptions = {}) {
  const server = new FakeServer();
  const db = new PmoDatabase(`test-${crypto.randomUUID()}`);
  const timers = createManualClock();
  const api = createWorkerApi(server.fetch);
  const sync = createSyncService({ db, api, clock: timers.clock });
  const { browser, calls } = fakeCaptureBrowser(options);
  const capture = { browser, pending: createPendingCaptures() };
  const deps = { db, api, sync, now: timers.clock.now, newId: () => crypto.randomUUID() };
  const handlers = createBackgroundHandlers(deps, { capture });
  const flow = createCaptureFlow(deps, capture);
  const facts = testSenderFacts({ pending: capture.pending });
  /** A message from `sender` as the browser describes it; by default the page that sends it today. */
  const send = async <K extends MessageType>(
    type: K,
    input: unknown,
    sender: RawSender = typicalSender(type),
  ): Promise<MessageResult<MessageOutputs[K]>> =>
    dispatchMessage(handlers, type, input, await identifySender(sender, facts));
  /** A message from our content script in tab `tabId` (the capture card, when the tab has one). */
  const sendFromTab = <K extends MessageType>(tabId: number, type: K, input: unknown, url = articlePage) =>
    send(type, input, contentScript(url, tabId));
  return { server, db, sync, timers, send, sendFromTab, flow, calls, capture };
}

/** A background joined to a workspace with two projects: CRM, and PAY (mapped to the Jira project PAY). */
export async function joinedCaptureBackground(options: FakeCaptureBrowserOptions = {}) {
  const background = createCaptureBackground(options);
  const session = background.server.createWorkspace('Acme PMO', { name: 'Claire Martin', email: 'claire@example.com' });
  const workspaceId = session.workspace.id;
  const joined = await background.send('workspace.connectWithToken', {
    serverUrl: background.server.url,
    token: session.token,
  });
  if (!joined.ok) throw new Error(joined.error.message);
  const create = async (name: 'project.create' | 'person.create', args: Record<string, unknown>) => {
    const result = await background.send('mutate', { workspaceId, name, args: { id: crypto.randomUUID(), ...args } });
    if (!result.ok) throw new Error(result.error.message);
  };
  const payId = crypto.randomUUID();
  const crmId = crypto.randomUUID();
  await create('project.create', { id: payId, code: 'PAY', name: 'Payments', jiraProjectKeys: ['PAY'] });
  await create('project.create', { id: crmId, code: 'CRM', name: 'CRM rebuild' });
  await create('person.create', { name: 'Paul Durand' });
  await create('person.create', { name: 'Amélie Roux' });
  await background.sync.syncNow(workspaceId);
  return { ...background, workspaceId, payId, crmId };
}
