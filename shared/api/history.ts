import { z } from 'zod';
import { entityNames } from '../entities';
import { IsoDateTimeSchema } from '../schemas/common';
import { defaultWorkspaceSettings } from '../schemas/workspace-settings';

/** Days of record history a new workspace keeps (workspace settings `historyRetentionDays`). */
export const defaultHistoryRetentionDays = defaultWorkspaceSettings.historyRetentionDays;

export const maxHistoryPageSize = 200;

/** One field of a history entry: its stored value before and after, null when absent. */
export const FieldChangeSchema = z.object({ from: z.unknown(), to: z.unknown() });

/**
 * What one mutation did to one record (docs/sync.md "Record history"): when (server time), who
 * (member id, and their name when the directory still knows it), which mutation, and each changed
 * field. `projectId` is the project the record belongs to (the project itself for a project), so a
 * reader can open it; null for workspace-wide records (settings, templates, people).
 */
export const HistoryEntrySchema = z.object({
  at: z.string(),
  by: z.string(),
  byName: z.string().nullable().optional(),
  /** A name of shared/mutations/registry.ts; plain text here, so an entry of a renamed mutation still reads. */
  mutation: z.string(),
  entity: z.string(),
  id: z.string(),
  projectId: z.string().nullable(),
  changes: z.record(z.string(), FieldChangeSchema),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** `?entity=&id=&since=&cursor=&limit=`; query values arrive as text. */
export const HistoryQuerySchema = z.object({
  entity: z.enum(entityNames).optional().describe('Only records of this entity.'),
  id: z.uuid().optional().describe("Only this record's history."),
  since: IsoDateTimeSchema.optional().describe('Only changes at or after this time (ISO 8601 with offset).'),
  cursor: z
    .string()
    .regex(/^[1-9]\d{0,14}$/, 'use the nextCursor of the previous page')
    .optional()
    .describe('The nextCursor of the previous page: only older entries.'),
  limit: z.coerce.number().int().min(1).max(maxHistoryPageSize).default(50).describe('Entries per page (1–200).'),
});
export type HistoryQuery = z.infer<typeof HistoryQuerySchema>;

/** Newest first; pass `nextCursor` as `?cursor=` for the next (older) page, null on the last one. */
export const HistoryPageSchema = z.object({
  entries: z.array(HistoryEntrySchema),
  nextCursor: z.string().nullable(),
});
export type HistoryPage = z.infer<typeof HistoryPageSchema>;
