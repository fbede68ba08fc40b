// Functions evaluated inside an extension page (Playwright serializes each one: no imports, no
// closures). Each answers milliseconds measured with the page's own clock.

/**
 * Raw IndexedDB: puts every record in one readwrite transaction into each store of `stores`
 * (`[{ name, keyPath, indexes: [[name, keyPath, options?]], row, chunkRecords? }]`), or with
 * `pageSize` one transaction per page of that many records, one after the other, as a sync writes its
 * pages. `row` says what each record becomes: 'value' the record itself (the docs/sync.md "Speed to
 * beat" baseline), 'chunkIndexed' the extension's `recordChunks` rows (extension/db/record-chunks.ts
 * toChunkRow) `{ workspaceId, entity, chunk, records, ids, projects }`, each page cut into rows of
 * `chunkRecords` records numbered on from the previous page's, 'record' the `records` row of the layout
 * before schema 5 `{ workspaceId, entity, id, projectId, value }`.
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
      for (const [indexName, keyPath, options] of store.indexes) objectStore.createIndex(indexName, keyPath, options);
    }
  };
  const db = await request(open);
  const rowsOf = {
    value: (value) => value,
    record: (value) => ({ workspaceId, entity: 'risk', id: value.id, projectId: value.projectId, value }),
  };
  // As toChunkRow keys them: "\u0000" keeps one workspace's and entity's keys contiguous in the index.
  const indexKey = (key) => `${workspaceId}\u0000risk\u0000${key}`;
  let nextChunk = 0;
  const chunkRows = (page, chunkRecords) => {
    const rows = [];
    for (let start = 0; start < page.length; start += chunkRecords) {
      const records = page.slice(start, start + chunkRecords);
      const projects = new Set();
      for (const record of records) if (typeof record.projectId === 'string') projects.add(indexKey(record.projectId));
      rows.push({
        workspaceId,
        entity: 'risk',
        chunk: nextChunk++,
        records,
        ids: records.map((record) => indexKey(record.id)),
        projects: [...projects],
      });
    }
    return rows;
  };
  const size = pageSize ?? values.length;
  const pages = [];
  for (let start = 0; start < values.length; start += size) pages.push(values.slice(start, start + size));
  // Rows are made before the clock starts: the sync has its records in memory when it writes them.
  const rowsOfPage = (page) =>
    stores.map((store) => {
      if (store.row === 'chunkIndexed') return chunkRows(page, store.chunkRecords);
      return page.map(rowsOf[store.row]);
    });
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
  // Records sit many to a `recordChunks` row; counted once the clock has stopped.
  const records = (await db.recordChunks.toArray()).reduce((sum, chunk) => sum + chunk.records.length, 0);
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
    const tx = db.transaction(['connections', 'recordChunks', 'serverRecords'], 'readonly');
    const [connection] = await request(tx.objectStore('connections').getAll());
    const chunks = await request(tx.objectStore('recordChunks').getAll());
    const serverRecords = await request(tx.objectStore('serverRecords').count());
    // Records sit many to a row. The `projects` index holds one entry per project of a row, not per
    // record, and the caller compares with the records that have a projectId: so this counts those
    // records whose row lists their project in `projects` (what the index finds them by).
    let records = 0;
    let projectIndex = 0;
    for (const chunk of chunks) {
      records += chunk.records.length;
      const projects = new Set(chunk.projects);
      for (const record of chunk.records) {
        const key = `${chunk.workspaceId}\u0000${chunk.entity}\u0000${record.projectId}`;
        if (typeof record.projectId === 'string' && projects.has(key)) projectIndex += 1;
      }
    }
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

/**
 * What a layout costs to use once written: a project's records read (the project of the first
 * record that has one: all the bench's risks share it), one record read by id, one record edited.
 * `layout` is 'records' (one row per record and a project index, the layout before schema 5), 'byId'
 * (a store keyed by id with a projectId index) or 'recordChunks' (the shipped layout: rows of
 * `pageSize` records found through the `ids` and `projects` multiEntry indexes, a record edited by
 * rewriting its row). Answers
 * milliseconds: the project read once per run, the single reads and edits as medians of 21.
 */
export async function timeLayoutUse({ name, values, workspaceId, layout, pageSize }) {
  const request = (req) =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const done = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  await request(indexedDB.deleteDatabase(name));
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    if (layout === 'records')
      db.createObjectStore('s', { keyPath: ['workspaceId', 'entity', 'id'] }).createIndex('project', [
        'workspaceId',
        'entity',
        'projectId',
      ]);
    if (layout === 'byId') db.createObjectStore('s', { keyPath: 'id' }).createIndex('project', 'projectId');
    if (layout === 'recordChunks') {
      const chunks = db.createObjectStore('s', { keyPath: ['workspaceId', 'entity', 'chunk'] });
      chunks.createIndex('ids', 'ids', { multiEntry: true });
      chunks.createIndex('projects', 'projects', { multiEntry: true });
    }
  };
  const db = await request(open);
  const { projectId } = values.find((value) => typeof value.projectId === 'string');
  const inProject = values.filter((value) => value.projectId === projectId).length;
  const idKey = (id) => `${workspaceId}\u0000risk\u0000${id}`;
  const write = db.transaction('s', 'readwrite');
  const store = write.objectStore('s');
  if (layout === 'recordChunks') {
    for (let start = 0, chunk = 0; start < values.length; start += pageSize, chunk += 1) {
      const records = values.slice(start, start + pageSize);
      const projects = [...new Set(records.map((record) => `${workspaceId}\u0000risk\u0000${record.projectId}`))];
      store.put({
        workspaceId,
        entity: 'risk',
        chunk,
        records,
        ids: records.map((record) => idKey(record.id)),
        projects,
      });
    }
  } else {
    for (const value of values)
      store.put(
        layout === 'records' ? { workspaceId, entity: 'risk', id: value.id, projectId: value.projectId, value } : value,
      );
  }
  await done(write);

  const readProject = async () => {
    const read = db.transaction('s', 'readonly').objectStore('s');
    if (layout === 'records')
      return request(read.index('project').getAll(IDBKeyRange.only([workspaceId, 'risk', projectId])));
    if (layout === 'byId') return request(read.index('project').getAll(projectId));
    const rows = await request(read.index('projects').getAll(`${workspaceId}\u0000risk\u0000${projectId}`));
    return rows.flatMap((row) => row.records).filter((record) => record.projectId === projectId);
  };
  const readOne = async (id) => {
    const read = db.transaction('s', 'readonly').objectStore('s');
    if (layout === 'records') return (await request(read.get([workspaceId, 'risk', id]))).value;
    if (layout === 'byId') return request(read.get(id));
    return (await request(read.index('ids').get(idKey(id)))).records.find((record) => record.id === id);
  };
  const editOne = async (id, title) => {
    const tx = db.transaction('s', 'readwrite');
    const edit = tx.objectStore('s');
    if (layout === 'recordChunks') {
      const row = await request(edit.index('ids').get(idKey(id)));
      row.records = row.records.map((record) => (record.id === id ? { ...record, title } : record));
      edit.put(row);
    } else {
      const value = { ...values.find((record) => record.id === id), title };
      edit.put(layout === 'records' ? { workspaceId, entity: 'risk', id, projectId: value.projectId, value } : value);
    }
    await done(tx);
  };

  let started = performance.now();
  const project = await readProject();
  const readProjectMs = performance.now() - started;
  if (project.length !== inProject) throw new Error(`${layout}: read ${project.length} of ${inProject}`);
  const reads = [];
  const edits = [];
  for (let n = 0; n < 21; n += 1) {
    const id = values[(n * 7919) % values.length].id;
    started = performance.now();
    if ((await readOne(id))?.id !== id) throw new Error(`${layout}: ${id} not found`);
    reads.push(performance.now() - started);
    started = performance.now();
    await editOne(id, `Edited ${n}`);
    edits.push(performance.now() - started);
  }
  db.close();
  await request(indexedDB.deleteDatabase(name));
  return { readProjectMs, readOneMs: median(reads), editOneMs: median(edits) };
}
