// Functions evaluated inside an extension page (Playwright serializes each one: no imports, no
// closures). Each answers milliseconds measured with the page's own clock.

/**
 * Raw IndexedDB: puts every record in one readwrite transaction into each store of `stores`
 * (`[{ name, keyPath, indexes: [[name, keyPath]], row }]`), or with `pageSize` one transaction per
 * page of that many records, one after the other, as a sync writes its pages. `row` says what each
 * record becomes: 'value' the record itself (the docs/sync.md "Speed to beat" baseline), 'record' the
 * extension's `records` row `{ workspaceId, entity, id, projectId, value }`, 'recordUnindexed' the
 * same row without its projectId copy, so the index writes no entry for it, 'chunk' one row per page
 * `{ id, records }` holding the page's records (layout options measured, not shipped).
 */
export async function timeRawPut({ name, stores, values, workspaceId, pageSize }) {
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
  const rowsOf = {
    value: (value) => value,
    record: (value) => ({ workspaceId, entity: 'risk', id: value.id, projectId: value.projectId, value }),
    recordUnindexed: (value) => ({ workspaceId, entity: 'risk', id: value.id, value }),
  };
  const size = pageSize ?? values.length;
  const pages = [];
  for (let start = 0; start < values.length; start += size) pages.push(values.slice(start, start + size));
  // Rows are made before the clock starts: the sync has its records in memory when it writes them.
  const rowsOfPage = (page, pageIndex) =>
    stores.map((store) => (store.row === 'chunk' ? [{ id: pageIndex, records: page }] : page.map(rowsOf[store.row])));
  const pageRows = pages.map(rowsOfPage);
  const started = performance.now();
  for (const rows of pageRows) {
    const tx = db.transaction(
      stores.map((store) => store.name),
      'readwrite',
    );
    stores.forEach((store, index) => {
      const objectStore = tx.objectStore(store.name);
      for (const row of rows[index]) objectStore.put(row);
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }
  const ms = performance.now() - started;
  db.close();
  await request(indexedDB.deleteDatabase(name));
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
    const projectIndex = await request(tx.objectStore('records').index('[workspaceId+entity+projectId]').count());
    return {
      syncStatus: connection?.syncStatus,
      lastError: connection?.lastError,
      records,
      serverRecords,
      projectIndex,
    };
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
