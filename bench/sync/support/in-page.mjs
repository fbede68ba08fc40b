// Functions evaluated inside an extension page (Playwright serializes each one: no imports, no
// closures). Each answers milliseconds measured with the page's own clock.

/**
 * Raw IndexedDB: puts every record in one readwrite transaction into each store of `stores`
 * (`[{ name, keyPath, indexes: [[name, keyPath]] }]`). A store keyed by `id` gets the record
 * itself (the SYNC.md baseline); any other gets the extension's row `{ workspaceId, entity, id,
 * projectId, value }`.
 */
export async function timeRawPut({ name, stores, values, workspaceId }) {
  const request = (req) =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  await request(indexedDB.deleteDatabase(name));
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    for (const store of stores) {
      const objectStore = open.result.createObjectStore(store.name, { keyPath: store.keyPath });
      for (const [indexName, keyPath] of store.indexes) objectStore.createIndex(indexName, keyPath);
    }
  };
  const db = await request(open);
  const rows = values.map((value) => ({
    workspaceId,
    entity: 'risk',
    id: value.id,
    projectId: value.projectId,
    value,
  }));
  const started = performance.now();
  const tx = db.transaction(
    stores.map((store) => store.name),
    'readwrite',
  );
  for (const store of stores) {
    const objectStore = tx.objectStore(store.name);
    for (const row of store.keyPath === 'id' ? values : rows) objectStore.put(row);
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  db.close();
  await request(indexedDB.deleteDatabase(name));
  return ms;
}

/**
 * Dexie 4 (from the extension's bundle, see client-bundle.mjs) in one transaction: `bulkPut`,
 * or `put` awaited one row at a time as apply-pull-page.ts writes the base today.
 */
export async function timeDexiePut({ name, layout, mode, values, workspaceId }) {
  const { Dexie } = globalThis.__syncBench;
  await Dexie.delete(name);
  const db = new Dexie(name);
  db.version(1).stores(
    layout === 'plain'
      ? { risks: 'id' }
      : { records: '[workspaceId+entity+id], workspaceId, [workspaceId+entity], [workspaceId+entity+projectId]' },
  );
  await db.open();
  const table = layout === 'plain' ? db.risks : db.records;
  const rows =
    layout === 'plain'
      ? values
      : values.map((value) => ({ workspaceId, entity: 'risk', id: value.id, projectId: value.projectId, value }));
  const started = performance.now();
  await db.transaction('rw', table, async () => {
    if (mode === 'bulkPut') await table.bulkPut(rows);
    else for (const row of rows) await table.put(row);
  });
  const ms = performance.now() - started;
  db.close();
  await Dexie.delete(name);
  return ms;
}

/**
 * The client's own pull path on the recorded pages (JSON text as the Worker sent them):
 * JSON.parse, PullResponseSchema.safeParse, then applyPullPage into a fresh PmoDatabase holding
 * one connection row, page after page. Answers the time of each step per page.
 */
export async function timeClientPages({ name, pageTexts, connection }) {
  const { PmoDatabase, applyPullPage, PullResponseSchema, Dexie } = globalThis.__syncBench;
  await Dexie.delete(name);
  const db = new PmoDatabase(name);
  await db.open();
  await db.connections.add(connection);
  const steps = [];
  const receivedAt = new Date().toISOString();
  for (const text of pageTexts) {
    const t0 = performance.now();
    const json = JSON.parse(text);
    const t1 = performance.now();
    const parsed = PullResponseSchema.safeParse(json);
    if (!parsed.success) throw new Error(`page does not match PullResponseSchema: ${parsed.error.message}`);
    const t2 = performance.now();
    await applyPullPage(db, connection.workspaceId, parsed.data, receivedAt);
    const t3 = performance.now();
    steps.push({ parseMs: t1 - t0, validateMs: t2 - t1, applyMs: t3 - t2, ops: json.patch.length });
  }
  const records = await db.records.count();
  const serverRecords = await db.serverRecords.count();
  db.close();
  await Dexie.delete(name);
  return { steps, records, serverRecords };
}

/** The extension's sync state and what its Dexie holds, read with raw IndexedDB. */
export async function readExtensionState() {
  const request = (req) =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const db = await request(indexedDB.open('interim-pmo'));
  try {
    const tx = db.transaction(['connections', 'records', 'serverRecords'], 'readonly');
    const [connection] = await request(tx.objectStore('connections').getAll());
    const records = await request(tx.objectStore('records').count());
    const serverRecords = await request(tx.objectStore('serverRecords').count());
    return { syncStatus: connection?.syncStatus, lastError: connection?.lastError, records, serverRecords };
  } finally {
    db.close();
  }
}

/**
 * Polls the extension's connection row every `intervalMs` until its sync state is "synced" (or
 * "error"), reading only the small `connections` store so the poll barely touches the writes.
 * Answers the epoch time (performance.timeOrigin + now) it saw the state, to line up with Node.
 */
export async function waitForSyncState({ intervalMs, timeoutMs }) {
  const request = (req) =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const deadline = performance.now() + timeoutMs;
  let db;
  try {
    while (performance.now() < deadline) {
      // Opening a database that does not exist yet would create it empty, under the background's feet.
      if (!db && (await indexedDB.databases()).some((known) => known.name === 'interim-pmo')) {
        db = await request(indexedDB.open('interim-pmo'));
        db.onversionchange = () => {
          db.close();
          db = undefined;
        };
      }
      if (db?.objectStoreNames.contains('connections')) {
        const [connection] = await request(
          db.transaction('connections', 'readonly').objectStore('connections').getAll(),
        );
        if (connection && (connection.syncStatus === 'synced' || connection.syncStatus === 'error')) {
          return {
            at: performance.timeOrigin + performance.now(),
            syncStatus: connection.syncStatus,
            lastError: connection.lastError,
          };
        }
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
    return { at: Number.NaN, syncStatus: 'timeout' };
  } finally {
    db?.close();
  }
}

/**
 * What applyPullPage could cost: the same pages, one Dexie transaction each, written with one
 * bulkPut per table and no read-back (the view equals the base when nothing is pending, the
 * initial sync's case). `schema` 'today' keeps the extension's stores and indexes; 'lean' keeps
 * only the index a query uses (`[workspaceId+entity+projectId]`): the compound primary key already
 * answers "one workspace" and "one entity of a workspace" by key range; 'write-once' is 'lean'
 * without the base copy (a design that keeps a server copy only of rows with pending mutations).
 */
export async function timeLeanPages({ name, pageTexts, workspaceId, schema }) {
  const { Dexie, PullResponseSchema } = globalThis.__syncBench;
  await Dexie.delete(name);
  const db = new Dexie(name);
  const leanRecords = '[workspaceId+entity+id], [workspaceId+entity+projectId]';
  db.version(1).stores(
    schema === 'write-once'
      ? { records: leanRecords }
      : schema === 'lean'
        ? { records: leanRecords, serverRecords: '[workspaceId+entity+id]' }
        : {
            records: '[workspaceId+entity+id], workspaceId, [workspaceId+entity], [workspaceId+entity+projectId]',
            serverRecords: '[workspaceId+entity+id], workspaceId',
          },
  );
  const tables = schema === 'write-once' ? [db.records] : [db.serverRecords, db.records];
  await db.open();
  const wholeWorkspace = (table) =>
    table
      .where('[workspaceId+entity+id]')
      .between([workspaceId, Dexie.minKey, Dexie.minKey], [workspaceId, Dexie.maxKey, Dexie.maxKey]);
  const toRow = (op) => {
    const row = { workspaceId, entity: op.entity, id: op.id, value: op.value };
    if (typeof op.value.projectId === 'string') row.projectId = op.value.projectId;
    return row;
  };
  const steps = [];
  for (const text of pageTexts) {
    const t0 = performance.now();
    const parsed = PullResponseSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(parsed.error.message);
    const page = parsed.data;
    const t1 = performance.now();
    await db.transaction('rw', tables, async () => {
      const isClear = page.patch.some((op) => op.op === 'clear');
      const rows = page.patch.filter((op) => op.op === 'put').map(toRow);
      const deletes = page.patch.filter((op) => op.op === 'del').map((op) => [workspaceId, op.entity, op.id]);
      for (const table of tables) {
        if (isClear) await wholeWorkspace(table).delete();
        await table.bulkPut(rows);
        await table.bulkDelete(deletes);
      }
    });
    steps.push({ receiveMs: t1 - t0, applyMs: performance.now() - t1 });
  }
  const records = await db.records.count();
  db.close();
  await Dexie.delete(name);
  return { steps, records };
}

/**
 * applyPullPage's writes one by one, timed: what its transaction spends on each (a replica of
 * extension/sync/apply-pull-page.ts for a page with no pending mutations; its total is checked
 * against the real function's by the bench).
 */
export async function timeApplySteps({ name, pageTexts, workspaceId }) {
  const { PmoDatabase, Dexie } = globalThis.__syncBench;
  await Dexie.delete(name);
  const db = new PmoDatabase(name);
  await db.open();
  const totals = { basePutsMs: 0, readBackMs: 0, viewBulkPutMs: 0, commitMs: 0 };
  for (const text of pageTexts) {
    const page = JSON.parse(text);
    const puts = page.patch.filter((op) => op.op === 'put');
    const rowOf = (op) => {
      const row = { workspaceId, entity: op.entity, id: op.id, value: op.value };
      if (typeof op.value.projectId === 'string') row.projectId = op.value.projectId;
      return row;
    };
    const started = performance.now();
    let bodyEnd = 0;
    await db.transaction('rw', [db.serverRecords, db.records], async () => {
      const t0 = performance.now();
      // apply-pull-page.ts applyPatchToBase: one awaited put per op.
      for (const op of puts) await db.serverRecords.put(rowOf(op));
      const t1 = performance.now();
      // rebaseRows: read every touched row back from the base...
      const base = await db.serverRecords.bulkGet(puts.map((op) => [workspaceId, op.entity, op.id]));
      const t2 = performance.now();
      // ...and write it into the view (nothing pending to replay).
      await db.records.bulkPut(base.map((row) => rowOf({ entity: row.entity, id: row.id, value: row.value })));
      bodyEnd = performance.now();
      totals.basePutsMs += t1 - t0;
      totals.readBackMs += t2 - t1;
      totals.viewBulkPutMs += bodyEnd - t2;
    });
    totals.commitMs += performance.now() - bodyEnd;
    totals.totalMs = (totals.totalMs ?? 0) + performance.now() - started;
  }
  db.close();
  await Dexie.delete(name);
  return totals;
}
