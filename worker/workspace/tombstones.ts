import type { Cookie } from '../../shared';
import { readMeta } from './schema';

const dayMs = 86_400_000;

/** How often the alarm prunes; also the granularity of a tombstone's age (see version_checkpoints). */
export const pruneIntervalMs = dayMs;

export const defaultRetentionDays = 30;

/** TOMBSTONE_RETENTION_DAYS as a number of days; the default when unset, negative or not a number. */
export function readRetentionDays(setting: string | undefined): number {
  const days = setting === undefined || setting.trim() === '' ? Number.NaN : Number(setting);
  return Number.isFinite(days) && days >= 0 ? days : defaultRetentionDays;
}

export interface PruneOutcome {
  pruned: number;
  horizonVersion: number;
  epoch: string;
}

/**
 * Deletes the tombstones older than `retentionDays`. Rows carry no time, so each run first records
 * the version the workspace reached (a checkpoint); a tombstone is old enough when its version is
 * at most that of a checkpoint taken before the cutoff. When anything was pruned, the highest
 * pruned version becomes the horizon and the epoch changes (see needsFullResync). The pruned ids
 * stay in `retired_ids`. Run it inside transactionSync.
 */
export function pruneTombstones(sql: SqlStorage, now: Date, retentionDays: number): PruneOutcome {
  const meta = readMeta(sql);
  sql.exec('INSERT OR REPLACE INTO version_checkpoints (at, version) VALUES (?, ?)', now.toISOString(), meta.version);
  const cutoff = new Date(now.getTime() - retentionDays * dayMs).toISOString();
  const through = sql
    .exec<{ version: number | null }>('SELECT MAX(version) AS version FROM version_checkpoints WHERE at <= ?', cutoff)
    .one().version;
  const unchanged = { pruned: 0, horizonVersion: meta.horizonVersion, epoch: meta.epoch };
  if (through === null) return unchanged;
  // Older checkpoints say nothing the one just used does not; the used one is covered by newer ones.
  sql.exec('DELETE FROM version_checkpoints WHERE at <= ?', cutoff);
  const doomed = sql
    .exec<{ count: number; highest: number | null }>(
      'SELECT COUNT(*) AS count, MAX(version) AS highest FROM entities WHERE deleted = 1 AND version <= ?',
      through,
    )
    .one();
  if (doomed.count === 0 || doomed.highest === null) return unchanged;
  // The id outlives its tombstone: a pruned delete must not open the id to a re-create (retired-ids.ts).
  sql.exec(
    'INSERT OR IGNORE INTO retired_ids (entity, id) SELECT entity, id FROM entities WHERE deleted = 1 AND version <= ?',
    through,
  );
  sql.exec('DELETE FROM entities WHERE deleted = 1 AND version <= ?', through);
  const horizonVersion = Math.max(meta.horizonVersion, doomed.highest);
  const epoch = crypto.randomUUID().replace(/-/g, '');
  sql.exec('INSERT OR IGNORE INTO retired_epochs (epoch, retired_at) VALUES (?, ?)', meta.epoch, now.toISOString());
  sql.exec("UPDATE meta SET value = ? WHERE key = 'horizon_version'", horizonVersion);
  sql.exec("UPDATE meta SET value = ? WHERE key = 'epoch'", epoch);
  return { pruned: doomed.count, horizonVersion, epoch };
}

/** Whether any tombstone is left, i.e. whether the daily alarm still has work ahead. */
export function hasTombstones(sql: SqlStorage): boolean {
  return sql.exec('SELECT 1 FROM entities WHERE deleted = 1 LIMIT 1').toArray().length > 0;
}

/**
 * Whether a pull must start over with `clear` and every live row. A cookie of the current epoch
 * was issued after the last prune, so it missed nothing, even mid-way through a full resync whose
 * pages are below the horizon. A cookie of an earlier epoch of this object missed a pruned delete
 * only when it is below the horizon. An unknown epoch (another object, a reset) or a version from
 * the future always starts over.
 */
export function needsFullResync(sql: SqlStorage, cookie: Cookie | null): boolean {
  if (cookie === null) return true;
  const { version, epoch, horizonVersion } = readMeta(sql);
  if (cookie.version > version) return true;
  if (cookie.epoch === epoch) return false;
  const isRetired = sql.exec('SELECT 1 FROM retired_epochs WHERE epoch = ?', cookie.epoch).toArray().length > 0;
  return !isRetired || cookie.version < horizonVersion;
}
