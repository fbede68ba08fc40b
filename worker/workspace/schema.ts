import { createHistoryTable } from './record-history';

/**
 * Creates the workspace tables if they are missing. Idempotent, so it runs on every start of the
 * object; a later schema change adds its own guarded statements here.
 */
export function createSchema(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS entities (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    value TEXT,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity, id)
  )`);
  // Pull reads "everything after version N": this index makes its cost follow the changes, not the size.
  sql.exec('CREATE INDEX IF NOT EXISTS entities_by_version ON entities (version)');
  sql.exec(`CREATE TABLE IF NOT EXISTS clients (
    client_id TEXT PRIMARY KEY,
    client_group_id TEXT NOT NULL,
    last_mutation_id INTEGER NOT NULL,
    last_mutation_id_version INTEGER NOT NULL
  )`);
  sql.exec('CREATE INDEX IF NOT EXISTS clients_by_group ON clients (client_group_id, last_mutation_id_version)');
  sql.exec('CREATE TABLE IF NOT EXISTS client_groups (id TEXT PRIMARY KEY, member_id TEXT NOT NULL)');
  sql.exec(`CREATE TABLE IF NOT EXISTS mutation_errors (
    client_id TEXT NOT NULL,
    mutation_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    details TEXT,
    PRIMARY KEY (client_id, mutation_id)
  )`);
  sql.exec('CREATE INDEX IF NOT EXISTS mutation_errors_by_version ON mutation_errors (version)');
  // The refusal's message key and params (AppError.ref), so a pull can show it in the reader's
  // language; objects created before it existed gain the column here.
  const errorColumns = sql.exec<{ name: string }>('PRAGMA table_info(mutation_errors)').toArray();
  if (!errorColumns.some((column) => column.name === 'ref'))
    sql.exec('ALTER TABLE mutation_errors ADD COLUMN ref TEXT');
  sql.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value NOT NULL)');
  // The epoch is random so a cookie from another object (or from before a reset) never matches.
  sql.exec(
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('version', 0), ('epoch', ?)",
    crypto.randomUUID().replace(/-/g, ''),
  );
  // Tombstone horizon (tombstones.ts): the highest pruned tombstone version, the daily record of the
  // version reached (a row's version tells its age) and the epochs replaced by a prune.
  sql.exec("INSERT OR IGNORE INTO meta (key, value) VALUES ('horizon_version', 0)");
  sql.exec('CREATE TABLE IF NOT EXISTS version_checkpoints (at TEXT PRIMARY KEY, version INTEGER NOT NULL)');
  sql.exec('CREATE TABLE IF NOT EXISTS retired_epochs (epoch TEXT PRIMARY KEY, retired_at TEXT NOT NULL)');
  // Ids of deleted records whose tombstones were pruned: never written again (retired-ids.ts).
  sql.exec('CREATE TABLE IF NOT EXISTS retired_ids (entity TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (entity, id))');
  // Each record's change history (record-history.ts), written with the change it records.
  createHistoryTable(sql);
}

/**
 * The workspace's version counter and epoch (see CookieSchema), and the horizon: the highest
 * version of a pruned tombstone (0 before the first prune).
 */
export function readMeta(sql: SqlStorage): { version: number; epoch: string; horizonVersion: number } {
  const rows = sql.exec<{ key: string; value: string | number }>('SELECT key, value FROM meta').toArray();
  const meta = new Map(rows.map((row) => [row.key, row.value]));
  return {
    version: Number(meta.get('version')),
    epoch: String(meta.get('epoch')),
    horizonVersion: Number(meta.get('horizon_version') ?? 0),
  };
}

/** Stores the new version; called once per processed mutation, inside its transaction. */
export function writeVersion(sql: SqlStorage, version: number): void {
  sql.exec("UPDATE meta SET value = ? WHERE key = 'version'", version);
}
