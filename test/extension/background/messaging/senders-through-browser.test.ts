import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPendingCaptures } from '../../../../extension/background/capture/pending-captures';
import { listenForMessages } from '../../../../extension/background/messaging/listen-for-messages';
import type { MessageType } from '../../../../extension/messaging/protocol';
import { createTestBackground } from '../../background-harness';
import { contentScript, extensionPage, jiraPage, type RawSender, testSenderFacts } from '../../senders';

type Background = ReturnType<typeof createTestBackground>;
let background: Background;
let workspaceId: string;
let token: string;

/** Delivers a message as Chromium does: the messenger's frame, the sender the browser vouches for. */
async function deliver(sender: RawSender, type: MessageType, data: unknown) {
  // Chrome hands listeners a sendResponse callback as a third argument; fake-browser types only two.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  const answer = await new Promise<{ res: { ok: boolean; error?: { code: string; message: string } } }>((resolve) =>
    trigger({ id: 1, type, data, timestamp: Date.now() }, sender, resolve),
  );
  return answer.res;
}

/** What a refused message must not have changed: the connection, the records, the queue of edits. */
async function snapshot() {
  return {
    connections: await background.db.connections.toArray(),
    records: (await background.db.recordChunks.toArray()).flatMap((chunk) =>
      chunk.records.map((value) => ({ workspaceId: chunk.workspaceId, entity: chunk.entity, value })),
    ),
    pending: await background.db.pending.toArray(),
    memories: await background.db.importMemories.toArray(),
  };
}

beforeAll(async () => {
  // One listener per message type per context: the messenger allows a single registration per file.
  background = createTestBackground();
  listenForMessages(background.handlers, testSenderFacts({ pending: createPendingCaptures() }));
  const session = background.server.createWorkspace('Acme PMO');
  workspaceId = session.workspace.id;
  token = session.token;
  const joined = await deliver(extensionPage('options.html'), 'workspace.connectWithToken', {
    serverUrl: background.server.url,
    token,
  });
  expect(joined).toMatchObject({ ok: true });
  // The first sync settles now, so the snapshots below compare what the messages did alone.
  await background.sync.syncNow(workspaceId);
});

describe('the background refuses messages a content script may not send', () => {
  const onJira = contentScript(jiraPage, 41);
  const attempts: [MessageType, () => unknown][] = [
    [
      'mutate',
      () => ({ workspaceId, name: 'project.create', args: { id: crypto.randomUUID(), code: 'EVL', name: 'x' } }),
    ],
    ['workspace.leave', () => ({ workspaceId })],
    ['workspace.connectWithToken', () => ({ serverUrl: 'https://attacker.example.com', token: 'stolen' })],
    [
      'import.apply',
      () => ({
        workspaceId,
        sourceKey: 'file:evil.csv',
        mutations: [
          { name: 'project.create', args: { id: crypto.randomUUID(), code: 'IMP', name: 'Imported' }, line: 2 },
        ],
        memory: {
          kind: 'plan',
          headerRow: 0,
          headers: [],
          mapping: [],
          dateOrder: 'dmy',
          unknownOwners: 'reject',
          projectId: crypto.randomUUID(),
          importedIds: [],
          savedAt: '2026-03-02T10:00:00.000Z',
        },
      }),
    ],
  ];

  it.each(attempts)(
    'refuses %s from the Jira content script on an atlassian.net tab, changing nothing',
    async (type, data) => {
      const before = await snapshot();

      const answer = await deliver(onJira, type, data());

      expect(answer).toMatchObject({ ok: false, error: { code: 'sender_not_allowed' } });
      expect(answer.error?.message).toContain(type);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('answers the same message from the extension page that sends it', async () => {
    const answer = await deliver(extensionPage('popup.html'), 'mutate', {
      workspaceId,
      name: 'project.create',
      args: { id: crypto.randomUUID(), code: 'PAY', name: 'Payments' },
    });

    expect(answer).toMatchObject({ ok: true });
    expect((await background.db.pending.toArray()).map((row) => row.name)).toEqual(['project.create']);
  });

  it('refuses a script of another extension, and one of our pages framed inside a web page', async () => {
    const foreign = { ...extensionPage('popup.html'), id: 'another-extension-id' };
    const framed: RawSender = {
      ...extensionPage('popup.html'),
      frameId: 3,
      tab: { id: 9, index: 0, windowId: 1, url: 'https://evil.example.com/' },
    };

    for (const sender of [foreign, framed])
      expect(await deliver(sender, 'workspace.leave', { workspaceId })).toMatchObject({
        ok: false,
        error: { code: 'sender_not_allowed' },
      });
    expect(await background.db.connections.count()).toBe(1);
  });

  it('says why in French too', async () => {
    const { serveLocale } = await import('../../serve-locale');
    await serveLocale('fr');
    try {
      const answer = await deliver(onJira, 'workspace.leave', { workspaceId });
      expect(answer.error?.message).toMatch(/refusé/);
    } finally {
      await serveLocale('en');
    }
  });
});
