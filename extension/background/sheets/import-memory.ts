import type { PmoDatabase } from '../../db/database';
import type { ImportMemory } from '../../messaging/sheets-messages';

/** How a source was imported last time, or null the first time. */
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
