import { describe, expect, it } from 'vitest';
import { createSyncService } from '../../extension/background/sync/sync-service';
import { maxRetryAfterMs, parseRetryAfter } from '../../extension/background/worker-api/request-json';
import { createWorkerApi } from '../../extension/background/worker-api/worker-api';
import { forgetRevokedWorkspace } from '../../extension/background/workspaces/revoked-access';
import { listWorkspaceRecords } from '../../extension/db/read-records';
import { rowsOfWorkspace } from '../../extension/db/record-rows';
import { readSetting, writeSetting } from '../../extension/db/settings';
import { createTestBackground } from './background-harness';
import { FakeServer } from './fake-server';
import { createManualClock, createTestClient, type TestClient } from './sync-harness';

const newProject = (code: string) => ({ id: crypto.randomUUID(), code, name: `Project ${code}` });

/** Counts every row a workspace has in each local table. */
async function countLocalData(client: TestClient) {
  const { db, workspaceId } = client;
  const count = (table: typeof db.pending | typeof db.mutationErrors) =>
    table.where('workspaceId').equals(workspaceId).count();
  return {
    connection: (await db.connections.get(workspaceId)) ? 1 : 0,
    records: (await listWorkspaceRecords(db, workspaceId)).length,
    serverRecords: await rowsOfWorkspace(db.serverRecords, workspaceId).count(),
    pending: await count(db.pending),
    mutationErrors: await count(db.mutationErrors),
  };
}

/** A browser joined to "Acme PMO" with synced data, one unsynced edit and one refused mutation on record. */
async function setUpBrowserWithData() {
  const server = new FakeServer();
  const owner = server.createWorkspace('Acme PMO');
  const member = server.addMember(owner.workspace.id, { name: 'Pat PM', email: 'pat@example.com', role: 'pmo' });
  const client = await createTestClient(server, member);
  await client.mutate('project.create', newProject('ERP'));
  await client.syncNow();
  await client.db.mutationErrors.add({
    workspaceId: client.workspaceId,
    clientId: client.workspaceId,
    id: 99,
    name: 'risk.create',
    error: { code: 'forbidden', message: 'Refused earlier.' },
    receivedAt: '2026-03-02T10:00:00.000Z',
    dismissed: 0,
  });
  await client.mutate('project.create', newProject('CRM'));
  return { server, owner, member, client };
}

describe('revoked access (401 unauthorized)', () => {
  it('wipes the workspace when its token is revoked and keeps a notice saying so', async () => {
    const { server, member, client } = await setUpBrowserWithData();
    await writeSetting(client.db, 'activeWorkspaceId', client.workspaceId);
    server.revokeToken(member.token);

    const outcome = await client.syncNow();

    expect(outcome).toMatchObject({ ok: false, error: { code: 'unauthorized', status: 401 } });
    expect(await countLocalData(client)).toEqual({
      connection: 0,
      records: 0,
      serverRecords: 0,
      pending: 0,
      mutationErrors: 0,
    });
    expect(await client.db.accessNotices.toArray()).toEqual([
      {
        workspaceId: client.workspaceId,
        workspaceName: 'Acme PMO',
        serverUrl: server.url,
        reason: 'revoked',
        discardedEdits: 1,
        at: expect.any(String),
      },
    ]);
    expect(await readSetting(client.db, 'activeWorkspaceId')).toBeUndefined();
    // Nothing left to retry: no backoff timer keeps knocking with the dead token.
    expect(client.sync.isBackingOff(client.workspaceId)).toBe(false);
    expect(client.timers.pendingDelays()).toEqual([]);
  });

  it('wipes the workspace when its member was removed', async () => {
    const { server, member, client } = await setUpBrowserWithData();
    server.removeMember(member.member.id);

    await client.syncNow();

    expect((await countLocalData(client)).connection).toBe(0);
    expect(await client.db.accessNotices.count()).toBe(1);
  });

  it('leaves the other workspaces of the browser alone and shows the next one', async () => {
    const { server, member, client } = await setUpBrowserWithData();
    const other = server.createWorkspace('Beta Corp');
    const otherClient = { ...client, workspaceId: other.workspace.id };
    await client.db.connections.add({
      ...(await client.connection()),
      workspaceId: other.workspace.id,
      workspaceName: 'Beta Corp',
      token: other.token,
      member: other.member,
      connectedAt: '2026-03-02T09:30:00.000Z',
    });
    await writeSetting(client.db, 'activeWorkspaceId', client.workspaceId);
    server.revokeToken(member.token);

    await client.syncNow();

    expect((await countLocalData(otherClient)).connection).toBe(1);
    expect(await readSetting(client.db, 'activeWorkspaceId')).toBe(other.workspace.id);
  });

  const keptOn: [failure: string, fail: (server: FakeServer) => void, state: string][] = [
    [
      'a network failure',
      (server) => {
        server.isOffline = true;
      },
      'offline',
    ],
    ['a 500', (server) => server.failNextRequest(500, 'internal', 'The Durable Object failed.'), 'error'],
    ['a 502', (server) => server.failNextRequest(502, 'bad_gateway', 'The gateway lost the Worker.'), 'offline'],
    ['a 503', (server) => server.failNextRequest(503, 'unavailable', 'Try again in a moment.'), 'offline'],
    ['a 504', (server) => server.failNextRequest(504, 'gateway_timeout', 'The Worker did not answer.'), 'offline'],
    ['a 403', (server) => server.failNextRequest(403, 'forbidden', 'A viewer cannot push changes.'), 'error'],
    [
      'a 429',
      (server) => server.failNextRequest(429, 'rate_limited', 'Too many requests.', { 'retry-after': '20' }),
      'paused',
    ],
    [
      'a 404',
      (server) => server.failNextRequest(404, 'not_found', 'No workspace is visible with this token.'),
      'error',
    ],
    [
      'a 401 with another code',
      (server) => server.failNextRequest(401, 'proxy_auth_required', 'Sign in to the proxy.'),
      'error',
    ],
  ];
  it.each(keptOn)('keeps everything on %s', async (_, fail, expectedState) => {
    const { server, client } = await setUpBrowserWithData();
    const before = await countLocalData(client);
    fail(server);

    await client.syncNow();

    expect(await countLocalData(client)).toEqual(before);
    expect(before).toMatchObject({ connection: 1, records: 2, serverRecords: 1, pending: 1, mutationErrors: 1 });
    expect(await client.db.accessNotices.count()).toBe(0);
    expect((await client.connection()).syncStatus).toBe(expectedState);
  });

  it('does not wipe a workspace joined again with a new token while the old one was refused', async () => {
    const { client } = await setUpBrowserWithData();
    const oldToken = (await client.connection()).token;
    await client.db.connections.update(client.workspaceId, { token: 'tok_fresh' });

    expect(await forgetRevokedWorkspace(client.db, client.workspaceId, oldToken, '2026-03-02T10:00:00.000Z')).toBe(
      false,
    );

    expect((await countLocalData(client)).pending).toBe(1);
    expect(await client.db.accessNotices.count()).toBe(0);
  });

  it('wipes on "Test connection" too when /v1/me refuses the token', async () => {
    const { send, db, server, sync } = createTestBackground();
    const session = server.createWorkspace('Acme PMO');
    await send('workspace.connectWithToken', { serverUrl: server.url, token: session.token });
    // Let the first sync finish with the good token, so only /v1/me meets the revocation.
    await sync.syncNow(session.workspace.id);
    server.revokeToken(session.token);

    const result = await send('connection.test', { serverUrl: server.url });

    expect(result).toMatchObject({ ok: true, value: { sessionError: { code: 'unauthorized' } } });
    expect(await db.connections.count()).toBe(0);
    expect(await db.accessNotices.get(session.workspace.id)).toMatchObject({ workspaceName: 'Acme PMO' });
  });

  it('drops the notice when dismissed, or when the workspace is joined again', async () => {
    const { send, db, server, sync } = createTestBackground();
    const session = server.createWorkspace('Acme PMO');
    await send('workspace.connectWithToken', { serverUrl: server.url, token: session.token });
    server.revokeToken(session.token);
    await sync.syncNow(session.workspace.id);
    expect(await db.accessNotices.count()).toBe(1);

    expect(await send('accessNotice.dismiss', { workspaceId: session.workspace.id })).toEqual({
      ok: true,
      value: null,
    });
    expect(await db.accessNotices.count()).toBe(0);

    const again = server.addMember(session.workspace.id, { name: 'Olivia', email: 'o@example.com', role: 'owner' });
    await db.accessNotices.put({
      workspaceId: session.workspace.id,
      workspaceName: 'Acme PMO',
      serverUrl: server.url,
      reason: 'revoked',
      discardedEdits: 0,
      at: '2026-03-02T10:00:00.000Z',
    });
    await send('workspace.connectWithToken', { serverUrl: server.url, token: again.token });
    expect(await db.accessNotices.count()).toBe(0);
    expect(await db.connections.count()).toBe(1);
  });
});

describe('Retry-After (429, 503)', () => {
  it('pauses on a 429: says when it retries, keeps edits, and sends nothing before Retry-After', async () => {
    const { server, client } = await setUpBrowserWithData();
    server.failNextRequest(429, 'rate_limited', 'Too many requests for this token.', { 'retry-after': '30' });

    const outcome = await client.syncNow();

    expect(outcome).toMatchObject({ ok: false, error: { status: 429, retryAfterMs: 30_000 } });
    const paused = await client.connection();
    expect(paused).toMatchObject({ syncStatus: 'paused', pendingCount: 1, lastError: { status: 429 } });
    expect(Date.parse(paused.retryAt ?? '') - Date.parse(paused.lastSyncAt ?? '')).toBeGreaterThan(30_000);
    // The retry waits Retry-After plus jitter of up to 1 s (the manual clock's random is 0.5).
    expect(client.timers.pendingDelays()).toContain(30_500);

    // "Sync now", the network coming back, a local edit: none may knock before the server said so.
    const requestsBefore = server.log.length;
    await client.syncNow();
    await client.sync.syncAllNow();
    await client.mutate('project.create', newProject('HR'));
    client.timers.fireAll();
    await client.syncNow();
    expect(server.log.length).toBe(requestsBefore);
    expect(await client.connection()).toMatchObject({ syncStatus: 'paused', pendingCount: 2 });

    client.timers.advance(30_000);
    client.timers.fireAll();
    await client.syncNow();

    expect(server.log.length).toBeGreaterThan(requestsBefore);
    expect(await client.connection()).toMatchObject({ syncStatus: 'synced', pendingCount: 0, retryAt: null });
    expect(server.liveRows(client.workspaceId, 'project')).toHaveLength(3);
  });

  it('pauses on a 503 with Retry-After, and shows a 503 without it as offline (edits kept, retried)', async () => {
    const { server, client } = await setUpBrowserWithData();
    server.failNextRequest(503, 'unavailable', 'The workspace is moving.', { 'retry-after': '5' });

    await client.syncNow();

    expect(await client.connection()).toMatchObject({ syncStatus: 'paused', lastError: { status: 503 } });
    client.timers.advance(5_000);
    server.failNextRequest(503, 'unavailable', 'The workspace is moving.');
    await client.syncNow();
    expect(await client.connection()).toMatchObject({ syncStatus: 'offline', retryAt: null });
  });

  it('keeps honouring Retry-After after a service-worker restart', async () => {
    const { server, client } = await setUpBrowserWithData();
    server.failNextRequest(429, 'rate_limited', 'Too many requests.', { 'retry-after': '60' });
    await client.syncNow();
    const requestsBefore = server.log.length;

    // A new background on the same IndexedDB: in-memory timers are gone, the wait is not.
    const timers = createManualClock();
    const restarted = createSyncService({ db: client.db, api: createWorkerApi(server.fetch), clock: timers.clock });
    await restarted.pollAll();

    expect(server.log.length).toBe(requestsBefore);
    expect(restarted.isBackingOff(client.workspaceId)).toBe(true);
    expect((await client.connection()).syncStatus).toBe('paused');
  });
});

describe('Retry-After header', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');

  it('reads delay-seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Mon, 02 Mar 2026 10:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('trusts a wait of at most an hour, so a broken header cannot stop sync for days', () => {
    expect(parseRetryAfter('864000', now)).toBe(maxRetryAfterMs);
  });
});
