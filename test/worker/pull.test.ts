import { abortAllDurableObjects, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { PullResponse } from '../../shared';
import { selectChangedRows } from '../../worker/workspace/read-page';
import { createEmptyWorkspace } from './api';
import { projectCreate, pullToEnd, riskCreate, TestClient } from './sync-client';
import { getWorkspaceStub, readWorkspaceStorage } from './workspace-storage';

describe('pull', () => {
  it('returns pushed records with version and updatedAt, and acknowledges the client', async () => {
    const owner = await createEmptyWorkspace();
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    const riskId = crypto.randomUUID();
    await client.push([projectCreate(projectId), riskCreate(projectId, riskId)]);
    const pulled = await client.pull();
    expect(pulled.status).toBe(200);
    const { epoch } = await readWorkspaceStorage(owner.workspace.id);
    expect(pulled.json).toMatchObject({
      cookie: { version: 2, epoch },
      lastMutationIdChanges: { [client.clientId]: 2 },
      mutationErrors: [],
      hasMore: false,
    });
    expect(pulled.json.patch).toEqual([
      { op: 'clear' },
      {
        op: 'put',
        entity: 'project',
        id: projectId,
        value: expect.objectContaining({ code: 'CRM', version: 1, updatedAt: expect.any(String) }),
      },
      {
        op: 'put',
        entity: 'risk',
        id: riskId,
        value: expect.objectContaining({ projectId, probability: 3, version: 2, updatedAt: expect.any(String) }),
      },
    ]);
  });

  it('from a cookie returns only what changed since, and nothing when nothing changed', async () => {
    const owner = await createEmptyWorkspace();
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    const riskId = crypto.randomUUID();
    await client.push([projectCreate(projectId), riskCreate(projectId, riskId)]);
    await client.pull();
    const other = new TestClient(owner);
    await other.push([{ name: 'risk.update', args: { id: riskId, patch: { impact: 5 } } }]);
    const delta = await client.pull();
    expect(delta.json.patch).toEqual([
      { op: 'put', entity: 'risk', id: riskId, value: expect.objectContaining({ impact: 5, version: 3 }) },
    ]);
    expect(delta.json.lastMutationIdChanges).toEqual({});
    const quiet = await client.pull();
    expect(quiet.json).toMatchObject({ patch: [], lastMutationIdChanges: {}, hasMore: false, cookie: { version: 3 } });
  });

  it('reports a rejected mutation to its client group once, with the acknowledgement', async () => {
    const owner = await createEmptyWorkspace();
    const client = new TestClient(owner);
    await client.pull();
    await client.push([riskCreate(crypto.randomUUID())]);
    const pulled = await client.pull();
    expect(pulled.json.lastMutationIdChanges).toEqual({ [client.clientId]: 1 });
    expect(pulled.json.mutationErrors).toEqual([
      {
        clientId: client.clientId,
        id: 1,
        error: {
          code: 'not_found',
          message: expect.stringContaining('Project'),
          ref: expect.objectContaining({ key: 'refusal.reference.missing' }),
        },
      },
    ]);
    expect((await client.pull()).json.mutationErrors).toEqual([]);
    const stranger = new TestClient(owner);
    expect((await stranger.pull()).json.mutationErrors).toEqual([]);
  });

  it('answers a replayed pull (same cookie) with the same page', async () => {
    const owner = await createEmptyWorkspace();
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    await client.push([projectCreate(projectId), riskCreate(projectId), riskCreate(projectId)]);
    const first = await client.pull({ cookie: null, limit: 2 });
    const replay = await client.pull({ cookie: null, limit: 2 });
    expect(replay.json).toEqual(first.json);
  });

  it('keeps state, epoch and acknowledgements when the Durable Object is evicted', async () => {
    const owner = await createEmptyWorkspace();
    const client = new TestClient(owner);
    await client.push([projectCreate()]);
    const before = await client.pull({ cookie: null });
    await abortAllDurableObjects();
    const after = await client.pull({ cookie: null });
    expect(after.json).toEqual(before.json);
    const retried = await client.sendPush([{ ...client.number([projectCreate()])[0], id: 1 }]);
    expect(retried.json.results).toEqual([{ clientId: client.clientId, id: 1, status: 'skipped' }]);
  });

  it('is read-only: pulling never bumps the version', async () => {
    const owner = await createEmptyWorkspace();
    const client = new TestClient(owner);
    await client.push([projectCreate()]);
    await client.pull();
    await new TestClient(owner).pull();
    expect((await readWorkspaceStorage(owner.workspace.id)).version).toBe(1);
  });

  it('sends a tombstone as del, and an update after the delete is rejected not_found', async () => {
    const owner = await createEmptyWorkspace();
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    const riskId = crypto.randomUUID();
    await client.push([projectCreate(projectId), riskCreate(projectId, riskId)]);
    await client.pull();
    const other = new TestClient(owner);
    await other.push([{ name: 'risk.delete', args: { id: riskId } }]);
    const late = await client.push([{ name: 'risk.update', args: { id: riskId, patch: { title: 'Too late' } } }]);
    expect(late.json.results[0]).toMatchObject({ status: 'rejected', error: { code: 'not_found' } });
    const delta = await client.pull();
    expect(delta.json.patch).toEqual([{ op: 'del', entity: 'risk', id: riskId }]);
    expect(delta.json.mutationErrors).toEqual([
      expect.objectContaining({ id: 3, error: expect.objectContaining({ code: 'not_found' }) }),
    ]);
    const fresh = await new TestClient(owner).pull();
    expect(fresh.json.patch.map((op) => op.op)).toEqual(['clear', 'put']);
  });

  it('answers a cookie of another epoch with clear and the full live state', async () => {
    const owner = await createEmptyWorkspace();
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    await client.push([projectCreate(projectId), riskCreate(projectId), riskCreate(projectId)]);
    const stale = await client.pull({ cookie: { version: 2, epoch: 'pruned-long-ago' } });
    expect(stale.json.patch[0]).toEqual({ op: 'clear' });
    expect(stale.json.patch.slice(1).map((op) => op.op)).toEqual(['put', 'put', 'put']);
    expect(stale.json.lastMutationIdChanges).toEqual({ [client.clientId]: 3 });
    const future = await client.pull({ cookie: { version: 99, epoch: stale.json.cookie.epoch } });
    expect(future.json.patch[0]).toEqual({ op: 'clear' });
  });

  it('gives the same final state whatever the page limits, each page on whole versions', async () => {
    const owner = await createEmptyWorkspace();
    const writer = new TestClient(owner);
    const projectId = crypto.randomUUID();
    const riskIds = Array.from({ length: 12 }, () => crypto.randomUUID());
    await writer.push([projectCreate(projectId), ...riskIds.map((id) => riskCreate(projectId, id))]);
    await writer.push(
      riskIds.slice(0, 4).map((id, n) => ({ name: 'risk.update', args: { id, patch: { impact: n + 1 } } })),
    );
    await writer.push([{ name: 'risk.delete', args: { id: riskIds[5] } }]);
    const expected = new Map<string, Record<string, unknown>>();
    await pullToEnd(new TestClient(owner), expected);
    expect(expected.size).toBe(12);
    let seed = 7;
    const nextLimit = () => {
      seed = (seed * 48271) % 2147483647;
      return 1 + (seed % 5);
    };
    for (let round = 0; round < 5; round++) {
      const reader = new TestClient(owner);
      const rows = new Map<string, Record<string, unknown>>();
      const pages = await pullToEnd(reader, rows, nextLimit);
      expect(rows).toEqual(expected);
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.at(-1)?.cookie.version).toBe(18);
    }
    writer.cookie = null;
    const writerPages = await pullToEnd(writer, new Map(), nextLimit);
    // The writer's last mutation (version 18) is acknowledged only by the page that covers version 18.
    expect(writerPages.map((page) => page.lastMutationIdChanges)).toEqual([
      ...writerPages.slice(0, -1).map(() => ({})),
      { [writer.clientId]: 18 },
    ]);
  });

  it('reads changes through the version index, so a delta costs what changed, not the workspace size', async () => {
    const owner = await createEmptyWorkspace();
    await new TestClient(owner).pull();
    for (const liveOnly of [false, true]) {
      const plan = await runInDurableObject(getWorkspaceStub(owner.workspace.id), (_instance, state) =>
        state.storage.sql
          .exec<{ detail: string }>(`EXPLAIN QUERY PLAN ${selectChangedRows(liveOnly)}`, 5, 100)
          .toArray()
          .map((row) => row.detail),
      );
      expect(plan.join(' ')).toContain('USING INDEX entities_by_version');
    }
  });

  it('never splits the rows of one version across pages, even when one version exceeds the limit', async () => {
    const owner = await createEmptyWorkspace();
    const stub = getWorkspaceStub(owner.workspace.id);
    // Mutators write one row each today; later ones (cascading deletes) write many, so seed such versions directly.
    await runInDurableObject(stub, (_instance, state) => {
      const rowsPerVersion = [1, 3, 1, 4, 2];
      rowsPerVersion.forEach((count, index) => {
        for (let n = 0; n < count; n++) {
          const id = `v${index + 1}-row${n}`;
          state.storage.sql.exec(
            'INSERT INTO entities (entity, id, value, version, deleted) VALUES (?, ?, ?, ?, 0)',
            'risk',
            id,
            JSON.stringify({ id, version: index + 1 }),
            index + 1,
          );
        }
      });
      state.storage.sql.exec("UPDATE meta SET value = 5 WHERE key = 'version'");
    });
    for (const limit of [1, 2, 3, 4, 5]) {
      const pages = await pullToEnd(new TestClient(owner), new Map(), () => limit);
      const versionsPerPage = pages.map((page: PullResponse) =>
        page.patch.flatMap((op) => (op.op === 'put' ? [op.value.version] : [])),
      );
      expect(versionsPerPage.flat()).toHaveLength(11);
      versionsPerPage.forEach((versions, index) => {
        const pageVersions = new Set(versions);
        for (const later of versionsPerPage.slice(index + 1))
          for (const version of later) expect(pageVersions.has(version)).toBe(false);
        if (pages[index].hasMore) expect(pages[index].cookie.version).toBe(Math.max(...versions));
      });
    }
  });

  it('cuts pages by the size of their records as well as by count, still on whole versions', async () => {
    const owner = await createEmptyWorkspace();
    const writer = new TestClient(owner);
    const projectId = crypto.randomUUID();
    // 40 risks of about 4 kB each: 160 kB in all, far under the default limit of 1,000 records.
    const description = 'Supplier capacity and customs clearance under review. '.repeat(75);
    await writer.push([
      projectCreate(projectId),
      ...Array.from({ length: 40 }, () => riskCreate(projectId, crypto.randomUUID(), { description })),
    ]);
    const expected = new Map<string, Record<string, unknown>>();
    const unbounded = await pullToEnd(new TestClient(owner), expected);
    expect(unbounded).toHaveLength(1);

    const rows = new Map<string, Record<string, unknown>>();
    const maxBytes = 16 * 1024;
    const pages = await pullToEnd(new TestClient(owner), rows, () => undefined, maxBytes);
    expect(rows).toEqual(expected);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const page of pages) {
      const bytes = page.patch.reduce((sum, op) => sum + (op.op === 'put' ? JSON.stringify(op.value).length : 0), 0);
      expect(bytes).toBeLessThanOrEqual(maxBytes);
    }
  });

  it('refuses a page size outside 16 KiB–4 MiB and changes nothing', async () => {
    const owner = await createEmptyWorkspace();
    for (const maxBytes of [1024, 8 * 1024 * 1024, 20_000.5]) {
      const refused = await new TestClient(owner).pull({ maxBytes });
      expect(refused.status).toBe(400);
      expect(refused.json).toMatchObject({ error: { code: 'invalid_body' } });
    }
  });
});
