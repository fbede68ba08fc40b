import { z } from 'zod';
import { type AnyRecord, type EntityName, entityNames, entitySchemas } from '../entities';
import { type AppError, describeZodError, fail, type Result } from '../result';
import { IsoDateTimeSchema } from '../schemas/common';

/**
 * The backup format this build writes and the newest it reads (docs/sync.md "Backup format").
 * Raise it when a change to the format would make an older reader misread a file.
 */
export const backupFormatVersion = 1;

/**
 * The largest backup a restore reads, in bytes. A workspace of 20,000 records is about 10 MiB of
 * JSON; 24 MiB stays under the Durable Object RPC limit (32 MiB) with the Worker's copy in memory.
 */
export const maxBackupBytes = 24 * 1024 * 1024;

/** At most this many records in one backup (well above the sync benchmark's 20,000). */
export const maxBackupRecords = 100_000;

/** One live record: its entity and its value as a pull delivers it, without `version` (the server's business). */
export const BackupRecordSchema = z.object({
  entity: z.enum(entityNames),
  value: z.record(z.string(), z.unknown()),
});
export type BackupRecord = z.infer<typeof BackupRecordSchema>;

/** A whole workspace: every live record of every entity, tombstones left out (docs/sync.md "Backup format"). */
export const BackupSchema = z.object({
  formatVersion: z.number().int().min(1).max(backupFormatVersion),
  exportedAt: IsoDateTimeSchema,
  workspace: z.object({ id: z.string().min(1).max(100), name: z.string().max(200) }),
  records: z.array(BackupRecordSchema).max(maxBackupRecords),
});
export type Backup = z.infer<typeof BackupSchema>;

/**
 * What the restore route accepts before checkBackup reads it: any object with a formatVersion, so a
 * newer format is refused by its number ("update the server") and not by the shapes it changed.
 */
export const BackupEnvelopeSchema = z.looseObject({
  formatVersion: z.number({ error: 'must be the backup format number (this is not an Interim PMO backup)' }).int(),
});

/** A backup whose every record passed its entity's schema: values as stored, still without version. */
export interface CheckedBackup extends Backup {
  records: { entity: EntityName; value: { id: string } & Record<string, unknown> }[];
}

/** How many bad records a refusal names before "and N more". */
const namedProblemsMax = 10;

/** Builds the backup of `records` (live values as stored, with or without version), sorted as given. */
export function buildBackup(
  workspace: { id: string; name: string },
  records: readonly { entity: EntityName; value: AnyRecord | Omit<AnyRecord, 'version'> }[],
  exportedAt: string,
): Backup {
  return {
    formatVersion: backupFormatVersion,
    exportedAt,
    workspace: { id: workspace.id, name: workspace.name },
    records: records.map(({ entity, value }) => {
      const { version: _version, ...rest } = value as AnyRecord;
      return { entity, value: rest };
    }),
  };
}

/**
 * Checks a file before a restore, as a value: a newer format is `backup_too_new` (update the
 * server); a shape that is not a backup, a record its entity's schema refuses (named by entity, id
 * and field) or the same record twice is `invalid_backup`. Pure: the restore writes only what this
 * returned.
 */
export function checkBackup(input: unknown): Result<CheckedBackup, AppError> {
  const envelope = BackupEnvelopeSchema.safeParse(input);
  if (!envelope.success)
    return fail('invalid_backup', `This file is not an Interim PMO backup: ${describeZodError(envelope.error)}.`);
  const { formatVersion } = envelope.data;
  if (formatVersion > backupFormatVersion)
    return fail(
      'backup_too_new',
      `This backup is in format ${formatVersion}, made by a newer Interim PMO; this server reads formats up to ${backupFormatVersion}. Update the server, then restore the same file again.`,
      { formatVersion, newestReadable: backupFormatVersion },
    );
  const parsed = BackupSchema.safeParse(input);
  if (!parsed.success)
    return fail('invalid_backup', `This backup file is damaged or incomplete: ${describeZodError(parsed.error)}.`);
  const problems: string[] = [];
  const seen = new Set<string>();
  const records: CheckedBackup['records'] = [];
  let settingsCount = 0;
  for (const [index, { entity, value }] of parsed.data.records.entries()) {
    const label = `record ${index + 1} (${entity} ${typeof value.id === 'string' ? value.id : 'without id'})`;
    // The record schema wants the server's version, which a backup leaves out; a restore writes new ones.
    const checked = entitySchemas[entity].record.safeParse({ ...value, version: 0 });
    if (!checked.success) {
      problems.push(`${label}: ${describeZodError(checked.error)}`);
      continue;
    }
    const { version: _version, ...stored } = checked.data as AnyRecord;
    const key = `${entity}:${stored.id}`;
    if (seen.has(key)) problems.push(`${label}: the same record appears twice`);
    seen.add(key);
    if (entity === 'settings' && ++settingsCount > 1) problems.push(`${label}: a workspace has one settings record`);
    records.push({ entity, value: stored });
  }
  if (problems.length > 0) {
    const more = problems.length > namedProblemsMax ? ` and ${problems.length - namedProblemsMax} more` : '';
    return fail(
      'invalid_backup',
      `This backup has records Interim PMO cannot restore: ${problems.slice(0, namedProblemsMax).join('; ')}${more}. Nothing was restored.`,
      { problems: problems.length },
    );
  }
  return { ok: true, value: { ...parsed.data, records } };
}

/** What a restore answers: how many records it wrote and how many seeded ones it replaced. */
export const RestoreResponseSchema = z.object({
  restored: z.number().int().nonnegative(),
  replaced: z.number().int().nonnegative(),
});
export type RestoreResponse = z.infer<typeof RestoreResponseSchema>;
