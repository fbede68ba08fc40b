import { createBackgroundHandlers } from '../../extension/background/messaging/background-handlers';
import { dispatchMessage } from '../../extension/background/messaging/dispatch-message';
import { identifySender, type SenderFacts } from '../../extension/background/messaging/identify-sender';
import { createSyncService } from '../../extension/background/sync/sync-service';
import { createWorkerApi } from '../../extension/background/worker-api/worker-api';
import { PmoDatabase } from '../../extension/db/database';
import type { MessageInput, MessageOutputs, MessageResult, MessageType } from '../../extension/messaging/protocol';
import type { BackgroundClient } from '../../extension/ui/background-client';
import { FakeServer } from './fake-server';
import { type RawSender, testSenderFacts, typicalSender } from './senders';
import { createManualClock } from './sync-harness';

/** The background as pages see it, over a fake server: real handlers, real Dexie (fake-indexeddb). */
export function createTestBackground(server = new FakeServer(), facts: SenderFacts = testSenderFacts()) {
  const db = new PmoDatabase(`test-${crypto.randomUUID()}`);
  const timers = createManualClock();
  const api = createWorkerApi(server.fetch);
  const sync = createSyncService({ db, api, clock: timers.clock });
  const handlers = createBackgroundHandlers({
    db,
    api,
    sync,
    now: timers.clock.now,
    newId: () => crypto.randomUUID(),
  });
  const sent: { type: MessageType; input: unknown }[] = [];
  /** Delivers a message as the messenger would, raw data included, from a sender the browser describes. */
  const send = async <K extends MessageType>(
    type: K,
    input: unknown,
    sender: RawSender = typicalSender(type),
  ): Promise<MessageResult<MessageOutputs[K]>> => {
    sent.push({ type, input });
    return dispatchMessage(handlers, type, input, await identifySender(sender, facts));
  };
  const client: BackgroundClient = {
    send: <K extends MessageType>(type: K, input: MessageInput<K>) => send(type, input),
  };
  return { server, db, sync, timers, handlers, send, client, sent };
}
