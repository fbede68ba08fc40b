import { describe, expect, it } from 'vitest';
import { type EntityName, entityNames, type PushResponse, type SessionResponse } from '../../shared';
import { type Backup, backupFormatVersion } from '../../shared/backup/backup-format';
import { addMember, call, createWorkspace } from './api';
import { backupIds, everyEntityIntents } from './backup-fixture';
import { pullToEnd, TestClient } from './sync-client';

/** Every live record as a client pulling from scratch sees it, by `entity:id`, and the version reached. */
async function pullFromScratch(session: SessionResponse) {
  const rows = new Map<string, Record<string, unknown>>();
  const client = new TestClient(session);
  await pullToEnd(client, rows);
  return { rows, version: client.cookie?.version };
}

/** The records without the server's version, which a restore restamps by design. */
function withoutVersions(rows: Map<string, Record<string, unknown>>) {
  return Object.fromEntries([...rows].map(([key, { version: _version, ...value }]) => [key, value]));
}

async function seedEveryEntity(): Promise<SessionResponse> {
  const source = await createWorkspace('CRM PMO');
  const pushed = await new TestClient(source).push(everyEntityIntents());
  const results = (pushed.json as PushResponse).results;
  const refused = results.filter((result) => result.status !== 'applied');
  if (pushed.status !== 200 || refused.length > 0) throw new Error(`seeding failed: ${JSON.stringify(pushed.json)}`);
  return source;
}

async function readBackup(session: SessionResponse) {
  return call<Backup>(`/v1/workspaces/${session.workspace.id}/backup`, { token: session.token });
}

function restore(session: SessionResponse, body: unknown, rawBody?: string) {
  return call<{ restored: number; replaced: number; error?: { code: string; message: string } }>(
    `/v1/workspaces/${session.workspace.id}/restore`,
    rawBody === undefined ? { token: session.token, body } : { token: session.token, rawBody },
  );
}

describe('backup', () => {
  it('holds every live record of every entity, without versions or tombstones', async () => {
    const source = await seedEveryEntity();
    const backup = await readBackup(source);
    expect(backup.status).toBe(200);
    expect(backup.json).toMatchObject({
      formatVersion: backupFormatVersion,
      workspace: { id: source.workspace.id, name: 'CRM PMO' },
    });
    const entities = new Set(backup.json.records.map((record) => record.entity));
    expect([...entities].sort()).toEqual([...entityNames].sort());
    expect(backup.json.records.every((record) => !('version' in record.value))).toBe(true);
    const ids = backup.json.records.map((record) => record.value.id);
    expect(ids).toContain(backupIds.risk);
    expect(ids).not.toContain(backupIds.deletedRisk);
  });

  it('is for owners and PMOs only', async () => {
    const source = await createWorkspace();
    const pmo = await addMember(source, 'pmo');
    const pm = await addMember(source, 'pm');
    expect((await readBackup(pmo)).status).toBe(200);
    const refused = await readBackup(pm);
    expect(refused.status).toBe(403);
  });
});

describe('restore', () => {
  it('gives an empty workspace the same records, field by field, as the one backed up (acceptance 1)', async () => {
    const source = await seedEveryEntity();
    const backup = await readBackup(source);
    const target = await createWorkspace('New PMO');

    const restored = await restore(target, backup.json);

    expect(restored.status).toBe(200);
    // The built-in method the target was created with is replaced by the backed-up records.
    expect(restored.json).toEqual({ restored: backup.json.records.length, replaced: 1 });
    const before = await pullFromScratch(source);
    const after = await pullFromScratch(target);
    expect(after.rows.size).toBe(before.rows.size);
    expect(withoutVersions(after.rows)).toEqual(withoutVersions(before.rows));
    const kinds = new Set([...after.rows.keys()].map((key) => key.split(':')[0] as EntityName));
    expect(kinds.size).toBe(entityNames.length);
  });

  it('syncs like any change: history names the restore, and an edit after it applies', async () => {
    const source = await seedEveryEntity();
    const backup = await readBackup(source);
    const target = await createWorkspace();
    await restore(target, backup.json);

    const history = await call<{ entries: { mutation: string; by: string }[] }>(
      `/v1/workspaces/${target.workspace.id}/history?id=${backupIds.risk}`,
      { token: target.token },
    );
    expect(history.json.entries[0]).toMatchObject({ mutation: 'workspace.restore', by: target.member.id });
    const edited = await new TestClient(target).push([
      { name: 'risk.update', args: { id: backupIds.risk, patch: { impact: 5 } } },
    ]);
    expect((edited.json as PushResponse).results[0].status).toBe('applied');
  });
});

describe('restore refusals leave the target unchanged', () => {
  async function expectRefused(
    target: SessionResponse,
    send: () => Promise<{ status: number; json: { error?: { code: string; message: string } } }>,
    status: number,
    code?: string,
  ) {
    const before = await pullFromScratch(target);
    const answer = await send();
    expect(answer.status).toBe(status);
    if (code) expect(answer.json.error?.code).toBe(code);
    const after = await pullFromScratch(target);
    expect(after.version).toBe(before.version);
    expect(withoutVersions(after.rows)).toEqual(withoutVersions(before.rows));
    return answer.json.error?.message ?? '';
  }

  it('refuses a newer format, saying to update the server', async () => {
    const source = await seedEveryEntity();
    const backup = await readBackup(source);
    const target = await createWorkspace();
    const message = await expectRefused(
      target,
      () => restore(target, { ...backup.json, formatVersion: backupFormatVersion + 1 }),
      400,
      'backup_too_new',
    );
    expect(message).toContain('Update the server');
  });

  it('refuses malformed JSON', async () => {
    const target = await createWorkspace();
    await expectRefused(
      target,
      () => restore(target, undefined, '{"formatVersion": 1, "records": ['),
      400,
      'invalid_json',
    );
  });

  it('refuses a file of the wrong shape, naming what is wrong', async () => {
    const target = await createWorkspace();
    const message = await expectRefused(
      target,
      () => restore(target, { formatVersion: 1, exportedAt: 'yesterday', records: 'all of them' }),
      400,
      'invalid_backup',
    );
    expect(message).toMatch(/exportedAt/);
    expect(message).toMatch(/records/);
    await expectRefused(target, () => restore(target, { hello: 'world' }), 400);
  });

  it('refuses a record its schema refuses, naming it, and writes none of the others', async () => {
    const source = await seedEveryEntity();
    const backup = await readBackup(source);
    const target = await createWorkspace();
    const records = backup.json.records.map((record) =>
      record.value.id === backupIds.risk ? { ...record, value: { ...record.value, probability: 9 } } : record,
    );
    const message = await expectRefused(
      target,
      () => restore(target, { ...backup.json, records }),
      400,
      'invalid_backup',
    );
    expect(message).toContain(`risk ${backupIds.risk}`);
    expect(message).toContain('probability');
  });

  it('refuses a workspace where a member wrote, and a second restore', async () => {
    const source = await seedEveryEntity();
    const backup = await readBackup(source);
    const used = await createWorkspace();
    await new TestClient(used).push([
      { name: 'project.create', args: { id: crypto.randomUUID(), code: 'HR', name: 'HR portal' } },
    ]);
    const message = await expectRefused(used, () => restore(used, backup.json), 409, 'workspace_not_empty');
    expect(message).toContain('Create a new workspace');

    const restoredOnce = await createWorkspace();
    expect((await restore(restoredOnce, backup.json)).status).toBe(200);
    await expectRefused(restoredOnce, () => restore(restoredOnce, backup.json), 409, 'workspace_not_empty');
  });

  it('lets only the owner restore: a PMO gets 403', async () => {
    const source = await seedEveryEntity();
    const backup = await readBackup(source);
    const target = await createWorkspace();
    const pmo = await addMember(target, 'pmo');
    await expectRefused(target, () => restore(pmo, backup.json), 403);
  });

  it("answers 404 to another workspace's token", async () => {
    const source = await seedEveryEntity();
    const backup = await readBackup(source);
    const target = await createWorkspace();
    const stranger = await createWorkspace();
    await expectRefused(
      target,
      () =>
        call(`/v1/workspaces/${target.workspace.id}/restore`, { token: stranger.token, body: backup.json }) as never,
      404,
    );
  });
});
