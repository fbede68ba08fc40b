import { describe, expect, it, vi } from 'vitest';
import { createBackgroundHandlers } from '../../extension/background/messaging/background-handlers';
import { dispatchMessage, type MessageHandlers } from '../../extension/background/messaging/dispatch-message';
import { createWorkerApi } from '../../extension/background/worker-api/worker-api';
import { readSetting } from '../../extension/db/settings';
import { createTestBackground } from './background-harness';
import { verifiedAs } from './senders';

const fromPopup = verifiedAs('extensionPage');

const owner = {
  serverUrl: 'https://fake-worker.test',
  workspaceName: 'Acme PMO',
  ownerName: 'Olivia',
  ownerEmail: 'olivia@example.com',
};

describe('message dispatch', () => {
  it('refuses input that does not match the message schema, without calling the handler', async () => {
    const handler = vi.fn();
    const handlers = { 'sync.now': handler } as unknown as MessageHandlers;

    const result = await dispatchMessage(handlers, 'sync.now', { workspace: 'typo' }, fromPopup);

    expect(handler).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'workspaceId' } });
    if (!result.ok) expect(result.error.message).toContain('The background refused “sync.now”');
  });

  it('refuses an unknown mutation name and an unknown message type', async () => {
    const { send } = createTestBackground();

    expect(await send('mutate', { workspaceId: 'ws', name: 'risk.explode', args: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'name' },
    });
    expect(await send('nope' as 'sync.now', {})).toMatchObject({ ok: false, error: { code: 'unknown_message' } });
  });

  it('tells which background instance answers, so a restarted service worker can be told apart', async () => {
    const { db, sync, server } = createTestBackground();
    const deps = { db, sync, api: createWorkerApi(server.fetch), now: () => '2026-03-02T10:00:00.000Z' };
    const first = createBackgroundHandlers({ ...deps, newId: () => 'instance-1' });
    const second = createBackgroundHandlers({ ...deps, newId: () => 'instance-2' });

    const answers = await Promise.all(
      [first, second].map((handlers) => dispatchMessage(handlers, 'background.status', {}, fromPopup)),
    );

    expect(answers).toEqual([
      { ok: true, value: { instanceId: 'instance-1', startedAt: '2026-03-02T10:00:00.000Z' } },
      { ok: true, value: { instanceId: 'instance-2', startedAt: '2026-03-02T10:00:00.000Z' } },
    ]);
  });

  it('turns a throwing handler into an error value', async () => {
    const handlers = {
      'sync.poll': () => {
        throw new Error('IndexedDB is closed');
      },
    } as unknown as MessageHandlers;

    const result = await dispatchMessage(handlers, 'sync.poll', { workspaceId: 'ws' }, fromPopup);

    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).toContain('IndexedDB is closed');
  });
});

describe('workspace messages', () => {
  it('creates a workspace, stores the connection and makes it active', async () => {
    const { send, db } = createTestBackground();

    const result = await send('workspace.create', { ...owner, bootstrapSecret: 'dev-secret' });

    expect(result).toMatchObject({ ok: true, value: { workspaceName: 'Acme PMO', member: { role: 'owner' } } });
    if (!result.ok) return;
    const connection = await db.connections.get(result.value.workspaceId);
    expect(connection).toMatchObject({ serverUrl: 'https://fake-worker.test', nextMutationId: 1, cookie: null });
    expect(await readSetting(db, 'activeWorkspaceId')).toBe(result.value.workspaceId);
    expect(await readSetting(db, 'lastServerUrl')).toBe('https://fake-worker.test');
  });

  it('puts a wrong server setup key beside its field, in our words rather than the server’s', async () => {
    const { send, db } = createTestBackground();

    const result = await send('workspace.create', { ...owner, bootstrapSecret: 'guess' });

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_bootstrap_secret',
        message: 'This setup key is not the server’s. Ask whoever installed the server for it.',
        field: 'bootstrapSecret',
      },
    });
    expect(await db.connections.count()).toBe(0);
  });

  it('checks fields before calling the server', async () => {
    const { send, server } = createTestBackground();

    expect(await send('workspace.create', { ...owner, bootstrapSecret: 's', ownerEmail: 'olivia' })).toMatchObject({
      ok: false,
      error: { field: 'ownerEmail', message: 'Enter an email address, e.g. ada@example.com.' },
    });
    expect(await send('workspace.create', { ...owner, bootstrapSecret: 's', serverUrl: 'localhost' })).toMatchObject({
      ok: false,
      error: { field: 'serverUrl', message: 'Enter a full http:// or https:// address, e.g. https://pmo.example.com.' },
    });
    expect(server.log).toEqual([]);
  });

  it('joins with an invite code, and puts unknown or used codes beside the code field', async () => {
    const { send, server } = createTestBackground();
    const session = server.createWorkspace('Acme PMO');
    const code = server.createInvite(session.workspace.id, 'contributor');
    const join = { serverUrl: server.url, name: 'Cleo', email: 'cleo@example.com' };

    expect(await send('workspace.join', { ...join, code: 'INV-NOPE' })).toMatchObject({
      ok: false,
      error: { code: 'invite_not_found', field: 'code' },
    });
    expect(await send('workspace.join', { ...join, code })).toMatchObject({
      ok: true,
      value: { workspaceId: session.workspace.id, member: { name: 'Cleo', role: 'contributor' } },
    });
    expect(await send('workspace.join', { ...join, code })).toMatchObject({
      ok: false,
      error: { code: 'invite_used', field: 'code', message: 'This invite code was already used. Ask for a new one.' },
    });
  });

  it('connects with an access token, and puts a refused token beside the token field', async () => {
    const { send, server } = createTestBackground();
    const session = server.createWorkspace('Acme PMO');

    expect(await send('workspace.connectWithToken', { serverUrl: server.url, token: 'tok_wrong' })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', field: 'token' },
    });
    expect(await send('workspace.connectWithToken', { serverUrl: server.url, token: session.token })).toMatchObject({
      ok: true,
      value: { workspaceId: session.workspace.id, member: { role: 'owner' } },
    });
  });

  it('says what to check when the server is unreachable', async () => {
    const { send, server } = createTestBackground();
    server.isOffline = true;

    const result = await send('connection.test', { serverUrl: 'http://127.0.0.1:8787/' });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBeUndefined();
    expect(result.error.message).toBe(
      'Could not reach http://127.0.0.1:8787. Check the address with whoever gave it to you, and your network; if both are right, the server may be down.',
    );
  });

  it('tests the connection: health, then /v1/me for the workspace joined there', async () => {
    const { send, server } = createTestBackground();
    const session = server.createWorkspace('Acme PMO');
    await send('workspace.connectWithToken', { serverUrl: server.url, token: session.token });

    expect(await send('connection.test', { serverUrl: server.url })).toMatchObject({
      ok: true,
      value: { serverVersion: '0.1.0-fake', session: { workspaceName: 'Acme PMO' }, sessionError: null },
    });
    server.revokeToken(session.token);
    expect(await send('connection.test', { serverUrl: server.url })).toMatchObject({
      ok: true,
      value: { session: null, sessionError: { code: 'unauthorized' } },
    });
  });

  it('leaves a workspace: wipes its local data and switches the active workspace', async () => {
    const { send, db, server } = createTestBackground();
    const first = server.createWorkspace('First');
    const second = server.createWorkspace('Second');
    await send('workspace.connectWithToken', { serverUrl: server.url, token: first.token });
    await send('workspace.connectWithToken', { serverUrl: server.url, token: second.token });
    await send('mutate', {
      workspaceId: second.workspace.id,
      name: 'project.create',
      args: { id: crypto.randomUUID(), code: 'ERP', name: 'ERP' },
    });

    const result = await send('workspace.leave', { workspaceId: second.workspace.id });

    expect(result).toEqual({ ok: true, value: { discardedEdits: 1 } });
    expect(await db.connections.toCollection().primaryKeys()).toEqual([first.workspace.id]);
    expect((await db.recordChunks.toArray()).flatMap((chunk) => chunk.records)).toHaveLength(0);
    expect(await db.pending.count()).toBe(0);
    expect(await readSetting(db, 'activeWorkspaceId')).toBe(first.workspace.id);
  });

  it('answers not_connected for a workspace this browser has not joined', async () => {
    const { send } = createTestBackground();

    expect(await send('sync.now', { workspaceId: 'unknown' })).toMatchObject({
      ok: false,
      error: { code: 'not_connected' },
    });
    expect(
      await send('mutate', {
        workspaceId: 'unknown',
        name: 'project.create',
        args: { id: crypto.randomUUID(), code: 'A', name: 'A' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_connected' } });
  });
});
