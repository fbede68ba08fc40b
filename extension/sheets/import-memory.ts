import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema } from '../../shared/schemas/common';
import type { DateOrder, ImportKind, Mapping } from '../../shared/tabular/types';
import type { PmoDatabase } from '../db/database';

const importKinds = ['plan', 'risk', 'raid', 'resources'] as const satisfies readonly ImportKind[];
const dateOrders = ['dmy', 'mdy'] as const satisfies readonly DateOrder[];

/** Where an import came from: `sheet:<spreadsheetId>:<gid>` or `file:<file name>`. */
export const SourceKeySchema = z.string().min(1).max(300);

/** How a source was last imported, so its next import starts from the same choices. */
export const ImportMemorySchema = z.object({
  kind: z.enum(importKinds),
  headerRow: z.number().int().min(0).max(10_000),
  headers: z.array(z.string().max(1000)).max(2000),
  mapping: z.array(z.string().max(100).nullable()).max(2000) satisfies z.ZodType<Mapping>,
  dateOrder: z.enum(dateOrders),
  unknownOwners: z.enum(['reject', 'keep_name']),
  projectId: IdSchema,
  /** Every record this source created or updated: a re-import lists the ones no row matches any more. */
  importedIds: z.array(IdSchema).max(200_000),
  savedAt: IsoDateTimeSchema,
});
export type ImportMemory = z.infer<typeof ImportMemorySchema>;

/** The key of a spreadsheet tab's memory, as the import page builds it too. */
export function sheetSourceKey(spreadsheetId: string, gid: string): string {
  return `sheet:${spreadsheetId}:${gid}`;
}

export async function readImportMemory(
  db: PmoDatabase,
  workspaceId: string,
  sourceKey: string,
): Promise<ImportMemory | null> {
  return (await db.importMemories.get([workspaceId, sourceKey]))?.memory ?? null;
}

/** Saves the memory; its importedIds keep every id the source imported before, so "missing" survives many re-imports. */
export async function saveImportMemory(
  db: PmoDatabase,
  workspaceId: string,
  sourceKey: string,
  memory: ImportMemory,
  touchedIds: readonly string[],
): Promise<ImportMemory> {
  const previous = await readImportMemory(db, workspaceId, sourceKey);
  const importedIds = [...new Set([...(previous?.importedIds ?? []), ...memory.importedIds, ...touchedIds])];
  const saved = { ...memory, importedIds };
  await db.importMemories.put({ workspaceId, sourceKey, memory: saved });
  return saved;
}
