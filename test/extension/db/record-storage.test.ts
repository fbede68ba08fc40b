import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PmoDatabase } from '../../../extension/db/database';
import {
  listProjectRecords,
  listRecords,
  listWorkspaceRecords,
  readRecord,
  readRecords,
} from '../../../extension/db/read-records';
import { hashRecordId, recordsPerChunk } from '../../../extension/db/record-chunks';
import { deleteWorkspaceRecords, type RecordChange, writeRecords } from '../../../extension/db/write-records';
import type { AnyRecord, EntityName } from '../../../shared/entities';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const project = (n: number) => `10000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const risk = (n: number, fields: Record<string, unknown> = {}): AnyRecord =>
  ({ id: id(n), version: 1, projectId: project(n % 3), title: `Risk ${n}`, ...fields }) as unknown as AnyRecord;
const put = (value: AnyRecord, entity: EntityName = 'risk'): RecordChange => ({ entity, id: value.id, value });
const del = (n: number, entity: EntityName = 'risk'): RecordChange => ({ entity, id: id(n), value: null });

let db: PmoDatabase;
let dbCount = 0;
beforeEach(() => {
  dbCount += 1;
  db = new PmoDatabase(`record-storage-${dbCount}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Checks what the write path relies on: every chunk within size, each record once, the map naming exactly where each is. */
async function expectConsistent(workspaceId: string, entity: EntityName) {
  const chunks = await db.recordChunks
    .where('[workspaceId+entity+chunk]')
    .between([workspaceId, entity, -Infinity], [workspaceId, entity, Infinity])
    .toArray();
  const placed: string[] = [];
  for (const chunk of chunks) {
    expect(chunk.records.length).toBeGreaterThan(0);
    expect(chunk.records.length).toBeLessThanOrEqual(recordsPerChunk);
    placed.push(...chunk.records.map((record) => `${hashRecordId(record.id)}:${chunk.chunk}`));
  }
  const ids = chunks.flatMap((chunk) => chunk.records.map((record) => record.id));
  expect(new Set(ids).size).toBe(ids.length);
  const map = await db.recordMaps.get([workspaceId, entity]);
  const mapped = map ? [...map.hashes].map((hash, index) => `${hash}:${map.chunks[index]}`) : [];
  expect(mapped.sort()).toEqual(placed.sort());
  return chunks;
}

describe('records stored many to a row', () => {
  it('fills chunks of 200 in arrival order and reads every record back, by id', async () => {
    const values = Array.from({ length: 450 }, (_, n) => risk(449 - n));
    await writeRecords(
      db,
      'w1',
      values.map((value) => put(value)),
    );

    const chunks = await expectConsistent('w1', 'risk');
    expect(chunks.map((chunk) => chunk.records.length)).toEqual([200, 200, 50]);
    const listed = await listRecords(db, 'w1', 'risk');
    expect(listed.map((record) => record.id)).toEqual(values.map((value) => value.id).sort());
    expect(await readRecord(db, 'w1', 'risk', id(321))).toEqual(risk(321));
    expect(await readRecord(db, 'w1', 'risk', id(999))).toBeUndefined();
  });

  it('edits a record in its own chunk and adds new ones to the last chunk until it is full', async () => {
    await writeRecords(
      db,
      'w1',
      Array.from({ length: 390 }, (_, n) => put(risk(n))),
    );
    await writeRecords(db, 'w1', [put(risk(5, { title: 'Edited' })), ...[400, 401].map((n) => put(risk(n)))]);

    const chunks = await expectConsistent('w1', 'risk');
    expect(chunks.map((chunk) => chunk.records.length)).toEqual([200, 192]);
    expect(chunks[0].records.find((record) => record.id === id(5))?.title).toBe('Edited');
    await writeRecords(
      db,
      'w1',
      Array.from({ length: 10 }, (_, n) => put(risk(500 + n))),
    );
    expect((await expectConsistent('w1', 'risk')).map((chunk) => chunk.records.length)).toEqual([200, 200, 2]);
  });

  it('deletes records, drops a chunk once empty, and keeps numbering after it', async () => {
    await writeRecords(
      db,
      'w1',
      Array.from({ length: 205 }, (_, n) => put(risk(n))),
    );
    await writeRecords(db, 'w1', [...[200, 201, 202, 203, 204].map((n) => del(n)), del(7), del(9999)]);

    let chunks = await expectConsistent('w1', 'risk');
    expect(chunks.map((chunk) => [chunk.chunk, chunk.records.length])).toEqual([[0, 199]]);
    expect(await readRecord(db, 'w1', 'risk', id(7))).toBeUndefined();
    await writeRecords(db, 'w1', [put(risk(600))]);
    chunks = await expectConsistent('w1', 'risk');
    // Chunk 1 was emptied and deleted: the new record starts chunk 2, chunk 0 is not rewritten.
    expect(chunks.map((chunk) => [chunk.chunk, chunk.records.length])).toEqual([
      [0, 199],
      [2, 1],
    ]);
  });

  it('tells apart two ids whose hashes are equal', async () => {
    const [first, second] = ['00000000-0000-4000-8000-00000004b9cc', '00000000-0000-4000-8000-0000000b2b18'];
    expect(hashRecordId(first)).toBe(hashRecordId(second));
    const value = (recordId: string, title: string) => ({ id: recordId, version: 1, title }) as unknown as AnyRecord;
    await writeRecords(db, 'w1', [put(value(first, 'First'))]);
    await writeRecords(
      db,
      'w1',
      Array.from({ length: 250 }, (_, n) => put(risk(n))),
    );
    await writeRecords(db, 'w1', [put(value(second, 'Second'))]);
    await writeRecords(db, 'w1', [put(value(first, 'First, edited'))]);
    await writeRecords(db, 'w1', [{ entity: 'risk', id: second, value: null }]);

    await expectConsistent('w1', 'risk');
    expect((await readRecord(db, 'w1', 'risk', first))?.title).toBe('First, edited');
    expect(await readRecord(db, 'w1', 'risk', second)).toBeUndefined();
    expect(await listRecords(db, 'w1', 'risk')).toHaveLength(251);
  });

  it('keeps workspaces and entities apart, and lists a project through the projects index', async () => {
    await writeRecords(db, 'w1', [put(risk(1)), put(risk(2)), put(risk(4)), put(risk(1), 'issue')]);
    await writeRecords(db, 'w2', [put(risk(1, { title: 'Other workspace' }))]);

    expect((await readRecord(db, 'w2', 'risk', id(1)))?.title).toBe('Other workspace');
    expect((await listProjectRecords(db, 'w1', 'risk', project(1))).map((record) => record.id)).toEqual([id(1), id(4)]);
    expect(await listProjectRecords(db, 'w1', 'issue', project(2))).toEqual([]);
    expect((await listWorkspaceRecords(db, 'w1')).map((row) => `${row.entity}:${row.value.id}`)).toEqual([
      `issue:${id(1)}`,
      `risk:${id(1)}`,
      `risk:${id(2)}`,
      `risk:${id(4)}`,
    ]);
    expect(
      await readRecords(db, 'w1', [
        { entity: 'issue', id: id(1) },
        { entity: 'issue', id: id(2) },
      ]),
    ).toEqual([risk(1), undefined]);

    await deleteWorkspaceRecords(db, 'w1');
    expect(await listWorkspaceRecords(db, 'w1')).toEqual([]);
    expect(await db.recordMaps.where('[workspaceId+entity]').between(['w1'], ['w1\u0000']).count()).toBe(0);
    expect(await listRecords(db, 'w2', 'risk')).toHaveLength(1);
  });

  it('agrees with a plain map of records over a seeded run of puts, edits and deletes', async () => {
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 4_294_967_296;
    };
    const model = new Map<string, AnyRecord>();
    for (let batch = 0; batch < 40; batch += 1) {
      const changes: RecordChange[] = [];
      for (let step = 0; step < 1 + Math.floor(random() * 120); step += 1) {
        const n = Math.floor(random() * 700);
        if (random() < 0.3) {
          changes.push(del(n));
          model.delete(id(n));
        } else {
          const value = risk(n, { title: `Batch ${batch}` });
          changes.push(put(value));
          model.set(value.id, value);
        }
      }
      await writeRecords(db, 'w1', changes);
      await expectConsistent('w1', 'risk');
    }
    expect(await listRecords(db, 'w1', 'risk')).toEqual([...model.keys()].sort().map((key) => model.get(key)));
  });

  it('wakes a live query on a record when another record of its chunk changes, with the right value', async () => {
    await writeRecords(db, 'w1', [put(risk(1)), put(risk(2))]);
    const seen: (string | undefined)[] = [];
    const subscription = liveQuery(() => readRecord(db, 'w1', 'risk', id(1))).subscribe((record) =>
      seen.push(record?.title as string | undefined),
    );
    await expect.poll(() => seen).toEqual(['Risk 1']);
    await writeRecords(db, 'w1', [put(risk(1, { title: 'Edited' }))]);
    await expect.poll(() => seen.at(-1)).toBe('Edited');
    await writeRecords(db, 'w1', [del(1)]);
    await expect.poll(() => seen.at(-1)).toBeUndefined();
    subscription.unsubscribe();
  });
});
