import { describe, expect, it } from 'vitest';
import { listRecords } from '../../../../extension/db/read-records';
import type { ImportMemory } from '../../../../extension/messaging/sheets-messages';
import { joinedSheetsBackground } from './sheets-background';

const sourceKey = 'sheet:1AbCdEfGhIjKlMnOpQrStUvWxYz:42';

function memoryFor(projectId: string, overrides: Partial<ImportMemory> = {}): ImportMemory {
  return {
    kind: 'risk',
    headerRow: 1,
    headers: ['ID', 'Risque', 'Probabilité', 'Impact'],
    mapping: ['ref', 'title', 'probability', 'impact'],
    dateOrder: 'dmy',
    unknownOwners: 'reject',
    projectId,
    importedIds: [],
    savedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

function riskCreate(projectId: string, ref: string, line: number) {
  return {
    name: 'risk.create' as const,
    args: { id: crypto.randomUUID(), projectId, ref, title: `Risque ${ref}`, probability: 4, impact: 3 },
    line,
  };
}

function risksOf(background: Awaited<ReturnType<typeof joinedSheetsBackground>>) {
  return listRecords(background.db, background.workspaceId, 'risk');
}

describe('import.apply', () => {
  it('applies every row as pending local edits, then remembers the mapping and the ids imported', async () => {
    const background = await joinedSheetsBackground();
    const { send, workspaceId, projectId } = background;
    const mutations = [riskCreate(projectId, 'R-001', 2), riskCreate(projectId, 'R-002', 3)];

    const result = await send('import.apply', { workspaceId, sourceKey, mutations, memory: memoryFor(projectId) });

    expect(result).toEqual({ ok: true, value: { applied: 2 } });
    expect((await risksOf(background)).map((risk) => risk.ref).sort()).toEqual(['R-001', 'R-002']);
    expect(await send('import.memory', { workspaceId, sourceKey })).toEqual({
      ok: true,
      value: {
        ...memoryFor(projectId),
        importedIds: mutations.map((mutation) => mutation.args.id),
        savedAt: expect.any(String),
      },
    });
    await background.sync.syncNow(workspaceId);
    expect(background.server.liveRows(workspaceId, 'risk')).toHaveLength(2);
  });

  it('imports nothing when one change is refused, names its line, and keeps the old memory', async () => {
    const background = await joinedSheetsBackground();
    const { send, db, workspaceId, projectId } = background;
    const nextMutationId = (await db.connections.get(workspaceId))?.nextMutationId;
    const refused = {
      name: 'risk.update' as const,
      args: { id: crypto.randomUUID(), patch: { title: 'Gone' } },
      line: 7,
    };

    const result = await send('import.apply', {
      workspaceId,
      sourceKey,
      mutations: [riskCreate(projectId, 'R-001', 2), refused, riskCreate(projectId, 'R-003', 8)],
      memory: memoryFor(projectId),
    });

    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'import_refused',
        message: expect.stringMatching(/^Nothing was imported: line 7: .+/),
        details: { line: 7, reason: 'not_found' },
      },
    });
    expect(await risksOf(background)).toEqual([]);
    expect((await db.pending.toArray()).filter((row) => row.name.startsWith('risk.'))).toEqual([]);
    expect((await db.connections.get(workspaceId))?.nextMutationId).toBe(nextMutationId);
    expect(await send('import.memory', { workspaceId, sourceKey })).toEqual({ ok: true, value: null });
  });

  it('adds the ids of a re-import to those the source imported before', async () => {
    const background = await joinedSheetsBackground();
    const { send, workspaceId, projectId } = background;
    const first = [riskCreate(projectId, 'R-001', 2), riskCreate(projectId, 'R-002', 3)];
    await send('import.apply', { workspaceId, sourceKey, mutations: first, memory: memoryFor(projectId) });
    const remembered = await send('import.memory', { workspaceId, sourceKey });
    if (!remembered.ok || !remembered.value) throw new Error('memory not saved');

    const changed = { name: 'risk.update' as const, args: { id: first[0].args.id, patch: { impact: 5 } }, line: 2 };
    const added = riskCreate(projectId, 'R-003', 4);
    const second = await send('import.apply', {
      workspaceId,
      sourceKey,
      mutations: [changed, added],
      memory: { ...remembered.value, importedIds: [], dateOrder: 'mdy' },
    });

    expect(second).toEqual({ ok: true, value: { applied: 2 } });
    const memory = await send('import.memory', { workspaceId, sourceKey });
    expect(memory).toMatchObject({ ok: true, value: { dateOrder: 'mdy' } });
    expect(memory.ok && memory.value?.importedIds).toEqual([first[0].args.id, first[1].args.id, added.args.id]);
  });

  it('remembers the mapping of an import with nothing to change', async () => {
    const { send, workspaceId, projectId } = await joinedSheetsBackground();
    expect(await send('import.apply', { workspaceId, sourceKey, mutations: [], memory: memoryFor(projectId) })).toEqual(
      { ok: true, value: { applied: 0 } },
    );
    expect(await send('import.memory', { workspaceId, sourceKey })).toMatchObject({
      ok: true,
      value: { mapping: ['ref', 'title', 'probability', 'impact'] },
    });
  });

  it('answers not_connected for a workspace this browser has not joined', async () => {
    const { send, projectId } = await joinedSheetsBackground();
    expect(
      await send('import.apply', {
        workspaceId: 'elsewhere',
        sourceKey,
        mutations: [riskCreate(projectId, 'R-001', 2)],
        memory: memoryFor(projectId),
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_connected' } });
  });

  it('refuses a memory that does not describe an import', async () => {
    const { send, workspaceId, projectId } = await joinedSheetsBackground();
    const memory = { ...memoryFor(projectId), kind: 'budget' };
    expect(await send('import.apply', { workspaceId, sourceKey, mutations: [], memory })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'memory' },
    });
  });
});

describe('import memories', () => {
  it('are kept per workspace and source, and go with the workspace when the user leaves it', async () => {
    const { send, db, workspaceId, projectId } = await joinedSheetsBackground();
    const fileKey = 'file:risques-2026.csv';
    for (const key of [sourceKey, fileKey])
      await send('import.apply', { workspaceId, sourceKey: key, mutations: [], memory: memoryFor(projectId) });
    await db.importMemories.put({ workspaceId: 'other-workspace', sourceKey, memory: memoryFor(projectId) });
    expect(await db.importMemories.count()).toBe(3);

    expect(await send('workspace.leave', { workspaceId })).toMatchObject({ ok: true });

    expect(await db.importMemories.toCollection().primaryKeys()).toEqual([['other-workspace', sourceKey]]);
  });
});
