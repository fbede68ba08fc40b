import { createBackgroundHandlers } from '../../../../extension/background/messaging/background-handlers';
import { dispatchMessage } from '../../../../extension/background/messaging/dispatch-message';
import { identifySender } from '../../../../extension/background/messaging/identify-sender';
import type { SheetsHandlerDeps } from '../../../../extension/background/sheets/sheets-handlers';
import { createSyncService } from '../../../../extension/background/sync/sync-service';
import { createWorkerApi } from '../../../../extension/background/worker-api/worker-api';
import { PmoDatabase } from '../../../../extension/db/database';
import type { MessageOutputs, MessageResult, MessageType } from '../../../../extension/messaging/protocol';
import { FakeServer } from '../../fake-server';
import { type RawSender, testSenderFacts, typicalSender } from '../../senders';
import { createManualClock } from '../../sync-harness';
import { fakeSheetsDeps } from './sheets-fakes';

/** The real background over a fake server, with the browser's Sheets side (tabs, fetch, identity) faked. */
export function createSheetsBackground(overrides: Partial<SheetsHandlerDeps> = {}) {
  const server = new FakeServer();
  const db = new PmoDatabase(`test-${crypto.randomUUID()}`);
  const timers = createManualClock();
  const api = createWorkerApi(server.fetch);
  const sync = createSyncService({ db, api, clock: timers.clock });
  const sheets = fakeSheetsDeps(overrides);
  const handlers = createBackgroundHandlers(
    { db, api, sync, now: timers.clock.now, newId: () => crypto.randomUUID() },
    { sheets },
  );
  const facts = testSenderFacts();
  /** A message from `sender` as the browser describes it; by default the page that sends it today. */
  const send = async <K extends MessageType>(
    type: K,
    input: unknown,
    sender: RawSender = typicalSender(type),
  ): Promise<MessageResult<MessageOutputs[K]>> =>
    dispatchMessage(handlers, type, input, await identifySender(sender, facts));
  return { server, db, sync, timers, send, sheets, handlers, facts };
}

/** A background joined to a workspace with one project, PAY. */
export async function joinedSheetsBackground(overrides: Partial<SheetsHandlerDeps> = {}) {
  const background = createSheetsBackground(overrides);
  const session = background.server.createWorkspace('Acme PMO');
  const workspaceId = session.workspace.id;
  await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
  const projectId = crypto.randomUUID();
  const created = await background.send('mutate', {
    workspaceId,
    name: 'project.create',
    args: { id: projectId, code: 'PAY', name: 'Payments' },
  });
  if (!created.ok) throw new Error(created.error.message);
  return { ...background, workspaceId, projectId };
}
