import {
  type AnyRecord,
  computeHistoryCutoff,
  describeRecordChange,
  type HistoryEntry,
  type HistoryPage,
  type HistoryQuery,
  type RecordChanges,
  readHistoryRetentionDays,
  rowKey,
  type Write,
} from '../../shared';

/** Who made a mutation, when (server time) and which one: the same for every record it changed. */
export interface HistoryStamp {
  at: string;
  by: string;
  mutation: string;
  version: number;
}

/**
 * The `record_history` table (docs/sync.md "Record history"): one row per record a mutation
 * changed. `seq` orders entries (and is the cursor); the indexes serve one record's history, one
 * entity's, and the pruning by age.
 */
export function createHistoryTable(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS record_history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    version INTEGER NOT NULL,
    at TEXT NOT NULL,
    member_id TEXT NOT NULL,
    mutation TEXT NOT NULL,
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    project_id TEXT,
    changes TEXT NOT NULL
  )`);
  sql.exec('CREATE INDEX IF NOT EXISTS record_history_by_record ON record_history (id, seq)');
  sql.exec('CREATE INDEX IF NOT EXISTS record_history_by_entity ON record_history (entity, seq)');
  sql.exec('CREATE INDEX IF NOT EXISTS record_history_by_time ON record_history (at)');
}

function readStoredValue(sql: SqlStorage, entity: string, id: string): AnyRecord | null {
  const row = sql
    .exec<{ value: string | null }>('SELECT value FROM entities WHERE entity = ? AND id = ?', entity, id)
    .toArray()[0];
  return row?.value ? (JSON.parse(row.value) as AnyRecord) : null;
}

/** The workspace's retention setting, read from its settings record. */
function readRetentionDays(sql: SqlStorage): number {
  const row = sql
    .exec<{ value: string }>("SELECT value FROM entities WHERE entity = 'settings' AND deleted = 0 LIMIT 1")
    .toArray()[0];
  return readHistoryRetentionDays(row ? (JSON.parse(row.value) as AnyRecord) : undefined);
}

/**
 * Records what `writes` do to each record, diffed against the rows as stored: call it inside the
 * mutation's transaction, before storeWrites, so the history and the change commit together. A
 * record written twice by one mutation gets one entry (first stored value → last written). Entries
 * older than the retention setting are pruned on the way, through the time index (cheap: usually
 * nothing to delete).
 */
export function recordHistory(sql: SqlStorage, writes: readonly Write[], stamp: HistoryStamp): void {
  const touched = new Map<string, { entity: string; id: string; after: AnyRecord | null }>();
  for (const write of writes) {
    touched.set(rowKey(write.entity, write.id), {
      entity: write.entity,
      id: write.id,
      after: write.op === 'put' ? write.value : null,
    });
  }
  for (const { entity, id, after } of touched.values()) {
    const described = describeRecordChange(entity, id, readStoredValue(sql, entity, id), after);
    if (!described) continue;
    sql.exec(
      'INSERT INTO record_history (version, at, member_id, mutation, entity, id, project_id, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      stamp.version,
      stamp.at,
      stamp.by,
      stamp.mutation,
      entity,
      id,
      described.projectId,
      JSON.stringify(described.changes),
    );
  }
  // A settings write takes effect at once: it is not stored yet.
  const settings = writes.find((write) => write.entity === 'settings' && write.op === 'put');
  pruneHistory(sql, new Date(stamp.at), settings?.op === 'put' ? readHistoryRetentionDays(settings.value) : undefined);
}

/** Deletes entries older than the workspace's retention (or `retentionDays`); answers how many. */
export function pruneHistory(sql: SqlStorage, now: Date, retentionDays = readRetentionDays(sql)): number {
  const cutoff = computeHistoryCutoff(now, retentionDays);
  return sql.exec('DELETE FROM record_history WHERE at < ?', cutoff).rowsWritten;
}

type HistoryRow = {
  seq: number;
  at: string;
  member_id: string;
  mutation: string;
  entity: string;
  id: string;
  project_id: string | null;
  changes: string;
};

/**
 * A page of history, newest first, filtered by entity, record and time; entries past the retention
 * are never answered, even before the next write prunes them. `byName` is the Worker's to add.
 */
export function readHistory(sql: SqlStorage, query: HistoryQuery, now: Date): HistoryPage {
  const conditions = ['at >= ?'];
  const cutoff = computeHistoryCutoff(now, readRetentionDays(sql));
  const bindings: (string | number)[] = [cutoff];
  if (query.since) {
    // Stored times are UTC (toISOString), so text order is time order once `since` is written the same way.
    conditions.push('at >= ?');
    bindings.push(new Date(query.since).toISOString());
  }
  if (query.entity) {
    conditions.push('entity = ?');
    bindings.push(query.entity);
  }
  if (query.id) {
    conditions.push('id = ?');
    bindings.push(query.id);
  }
  if (query.cursor) {
    conditions.push('seq < ?');
    bindings.push(Number(query.cursor));
  }
  const rows = sql
    .exec<HistoryRow>(
      `SELECT seq, at, member_id, mutation, entity, id, project_id, changes FROM record_history
       WHERE ${conditions.join(' AND ')} ORDER BY seq DESC LIMIT ?`,
      ...bindings,
      query.limit + 1,
    )
    .toArray();
  const page = rows.slice(0, query.limit);
  const entries: HistoryEntry[] = page.map((row) => ({
    at: row.at,
    by: row.member_id,
    mutation: row.mutation,
    entity: row.entity,
    id: row.id,
    projectId: row.project_id,
    changes: JSON.parse(row.changes) as RecordChanges,
  }));
  return { entries, nextCursor: rows.length > query.limit ? String(page[page.length - 1].seq) : null };
}
