import type { AnyRecord, EntityName, Result, Write } from '../../shared';
import type { CheckedBackup, RestoreResponse } from '../../shared/backup/backup-format';
import { type HttpError, httpError } from '../http/errors';
import { storeWrites } from './entity-rows';
import { recordHistory } from './record-history';
import { readMeta, writeVersion } from './schema';
import type { SyncMember } from './sync-member';

/** Records written per version, so a pull page after a restore stays near its limit (pages end on whole versions). */
const recordsPerVersion = 500;

/** Set once a backup has been restored, so a second restore into the same workspace is refused. */
const restoredKey = 'restored_at';

/** Every live record with its entity, in the order of their last change, as a pull from scratch delivers them. */
export function readBackupRecords(sql: SqlStorage): { entity: EntityName; value: AnyRecord }[] {
  return sql
    .exec<{ entity: EntityName; value: string }>(
      'SELECT entity, value FROM entities WHERE deleted = 0 ORDER BY version, entity, id',
    )
    .toArray()
    .map((row) => ({ entity: row.entity, value: JSON.parse(row.value) as AnyRecord }));
}

/**
 * Whether a member has written here: any pushed mutation leaves a `clients` row (push.ts), applied
 * or refused; what the Worker seeds at creation goes through applyServerMutations, which leaves none.
 */
function hasMemberWrites(sql: SqlStorage): boolean {
  const pushed = sql.exec('SELECT 1 FROM clients LIMIT 1').toArray().length > 0;
  const restored = sql.exec('SELECT 1 FROM meta WHERE key = ?', restoredKey).toArray().length > 0;
  return pushed || restored;
}

/**
 * Restores a checked backup in ONE storage transaction, through the path server mutations take
 * (server-mutations.ts): history, then the rows stamped with new versions, then the workspace
 * version. The records keep their creation and update stamps; the seeds the Worker wrote at
 * creation (the built-in method) become tombstones so clients that pulled them drop them. Refused
 * with 409 and nothing written when a member has written here already (docs/sync.md "Backup format").
 */
export function restoreBackup(
  storage: DurableObjectStorage,
  member: SyncMember,
  backup: CheckedBackup,
  now: string,
): Result<RestoreResponse, HttpError> {
  return storage.transactionSync((): Result<RestoreResponse, HttpError> => {
    const sql = storage.sql;
    if (hasMemberWrites(sql)) {
      return {
        ok: false,
        error: httpError(
          409,
          'workspace_not_empty',
          'This workspace already holds work of its members (or a restored backup), so nothing was restored. Create a new workspace and restore the backup into it.',
        ),
      };
    }
    const stamp = (version: number) => ({ at: now, by: member.id, mutation: 'workspace.restore', version });
    let version = readMeta(sql).version;
    const seeds = sql
      .exec<{ entity: EntityName; id: string }>('SELECT entity, id FROM entities WHERE deleted = 0')
      .toArray()
      .map((row): Write => ({ op: 'del', entity: row.entity, id: row.id }));
    if (seeds.length > 0) {
      version += 1;
      recordHistory(sql, seeds, stamp(version));
      storeWrites(sql, seeds, version);
    }
    for (let start = 0; start < backup.records.length; start += recordsPerVersion) {
      const writes = backup.records
        .slice(start, start + recordsPerVersion)
        .map(({ entity, value }): Write => ({ op: 'put', entity, id: value.id, value: { ...value, version: 0 } }));
      version += 1;
      recordHistory(sql, writes, stamp(version));
      storeWrites(sql, writes, version);
    }
    writeVersion(sql, version);
    sql.exec('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', restoredKey, now);
    return { ok: true, value: { restored: backup.records.length, replaced: seeds.length } };
  });
}
