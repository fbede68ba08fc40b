import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../shared';
import { readRetentionDays } from '../../worker/workspace/tombstones';
import { createEmptyWorkspace } from './api';
import { projectCreate, pullToEnd, riskCreate, TestClient } from './sync-client';
import { getWorkspaceStub, readWorkspaceStorage } from './workspace-storage';

/** A project with three risks, one of them deleted afterwards: a tombstone at version 5. */
async function workspaceWithTombstone() {
  const owner = await createEmptyWorkspace();
  const client = new TestClient(owner);
  const projectId = crypto.randomUUID();
  const [kept, alsoKept, deleted] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  await client.push([
    projectCreate(projectId),
    riskCreate(projectId, kept),
    riskCreate(projectId, alsoKept),
    riskCreate(projectId, deleted),
    { name: 'risk.delete', args: { id: deleted } },
  ]);
  return { owner, client, projectId, kept, deleted };
}

function prune(owner: SessionResponse, retentionDays?: number) {
  return getWorkspaceStub(owner.workspace.id).pruneTombstones(retentionDays);
}

function readTombstones(owner: SessionResponse) {
  return readWorkspaceStorage(owner.workspace.id).then(({ entities }) => entities.filter((row) => row.deleted === 1));
}

describe('tombstone horizon', () => {
  it('keeps tombstones younger than the retention and prunes them at 0 days, raising the horizon', async () => {
    const { owner } = await workspaceWithTombstone();
    const before = await readWorkspaceStorage(owner.workspace.id);
    expect(await prune(owner)).toMatchObject({ pruned: 0, horizonVersion: 0, epoch: before.epoch });
    expect(await readTombstones(owner)).toHaveLength(1);
    const pruned = await prune(owner, 0);
    expect(pruned).toMatchObject({ pruned: 1, horizonVersion: 5 });
    expect(pruned.epoch).not.toBe(before.epoch);
    expect(await readTombstones(owner)).toEqual([]);
    const after = await readWorkspaceStorage(owner.workspace.id);
    expect(after.version).toBe(before.version);
    expect(after.entities).toHaveLength(before.entities.length - 1);
  });

  it('answers a cookie from before the horizon with clear and every live row, without the pruned delete', async () => {
    const { owner, kept, deleted } = await workspaceWithTombstone();
    const stale = new TestClient(owner);
    stale.cookie = { version: 3, epoch: (await readWorkspaceStorage(owner.workspace.id)).epoch };
    await prune(owner, 0);
    const pulled = await stale.pull();
    expect(pulled.status).toBe(200);
    expect(pulled.json.patch[0]).toEqual({ op: 'clear' });
    const ids = pulled.json.patch.flatMap((op) => (op.op === 'put' ? [op.id] : []));
    expect(ids).toContain(kept);
    expect(ids).not.toContain(deleted);
    expect(pulled.json.patch.some((op) => op.op === 'del')).toBe(false);
    expect(pulled.json.cookie).toEqual({ version: 5, epoch: (await readWorkspaceStorage(owner.workspace.id)).epoch });
  });

  it('lets a cookie at or past the horizon keep pulling incrementally, and hands it the new epoch', async () => {
    const { owner, client, projectId } = await workspaceWithTombstone();
    await client.pull();
    expect(client.cookie?.version).toBe(5);
    await prune(owner, 0);
    const riskId = crypto.randomUUID();
    await new TestClient(owner).push([riskCreate(projectId, riskId)]);
    const delta = await client.pull();
    expect(delta.json.patch).toEqual([{ op: 'put', entity: 'risk', id: riskId, value: expect.any(Object) }]);
    expect(delta.json.cookie.epoch).toBe((await readWorkspaceStorage(owner.workspace.id)).epoch);
  });

  it('resets a cookie of an unknown epoch, e.g. from another workspace', async () => {
    const { owner } = await workspaceWithTombstone();
    const other = await createEmptyWorkspace();
    const client = new TestClient(owner);
    client.cookie = { version: 5, epoch: (await readWorkspaceStorage(other.workspace.id)).epoch };
    expect((await client.pull()).json.patch[0]).toEqual({ op: 'clear' });
  });

  it('finishes a paged full resync whose pages lie below the horizon (no reset loop)', async () => {
    const owner = await createEmptyWorkspace();
    const writer = new TestClient(owner);
    const projectId = crypto.randomUUID();
    const risks = Array.from({ length: 12 }, () => crypto.randomUUID());
    await writer.push([projectCreate(projectId), ...risks.map((id) => riskCreate(projectId, id))]);
    const doomed = risks.slice(0, 6);
    await writer.push(doomed.map((id) => ({ name: 'risk.delete' as const, args: { id } })));
    await prune(owner, 0);
    const rows = new Map<string, Record<string, unknown>>();
    const reader = new TestClient(owner);
    const pages = await pullToEnd(reader, rows, () => 2);
    expect(pages.length).toBeLessThan(10);
    expect(pages.filter((page) => page.patch[0]?.op === 'clear')).toHaveLength(1);
    expect([...rows.keys()].sort()).toEqual(
      [`project:${projectId}`, ...risks.slice(6).map((id) => `risk:${id}`)].sort(),
    );
  });

  it('arms a daily pruning job on the first write; the alarm prunes what is past the retention, then stops pruning', async () => {
    const { owner } = await workspaceWithTombstone();
    const stub = getWorkspaceStub(owner.workspace.id);
    // The alarm slot is shared with the reporting reminders (worker/workspace/alarm-jobs.ts): pruning is one job.
    const pruneAt = () =>
      runInDurableObject(stub, (_instance, state) =>
        state.storage.sql.exec<{ next_at: number }>("SELECT next_at FROM alarm_jobs WHERE job = 'prune'").toArray(),
      );
    const ringNow = async () => {
      await runInDurableObject(stub, (_instance, state) => {
        state.storage.sql.exec("UPDATE alarm_jobs SET next_at = 0 WHERE job = 'prune'");
      });
      return runDurableObjectAlarm(stub);
    };
    expect((await pruneAt())[0].next_at).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    expect(await runInDurableObject(stub, (_instance, state) => state.storage.getAlarm())).not.toBeNull();
    expect(await ringNow()).toBe(true);
    // 30 days (wrangler.toml) have not passed: the tombstone stays and pruning comes back tomorrow.
    expect(await readTombstones(owner)).toHaveLength(1);
    expect((await pruneAt())[0].next_at).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    // The checkpoint of a run 31 days ago, when the workspace was already at version 5.
    await runInDurableObject(stub, (_instance, state) => {
      const longAgo = new Date(Date.now() - 31 * 86_400_000).toISOString();
      state.storage.sql.exec('INSERT INTO version_checkpoints (at, version) VALUES (?, 5)', longAgo);
    });
    expect(await ringNow()).toBe(true);
    expect(await readTombstones(owner)).toEqual([]);
    expect(await pruneAt()).toEqual([]);
  });

  it('reads TOMBSTONE_RETENTION_DAYS, falling back to 30 days on nonsense', () => {
    expect(readRetentionDays('0')).toBe(0);
    expect(readRetentionDays('7')).toBe(7);
    for (const nonsense of [undefined, '', 'forever', '-1']) expect(readRetentionDays(nonsense)).toBe(30);
  });
});
