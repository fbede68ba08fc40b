import { i18n } from '#i18n';
import type { MutationName } from '../../../shared/mutations/registry';
import { ok } from '../../../shared/result';
import type { PmoDatabase } from '../../db/database';
import type { MessageResult } from '../../messaging/protocol';
import type { ImportMemory } from '../../messaging/sheets-messages';
import { applyLocalBatch } from '../sync/apply-local-batch';
import { localEditTables } from '../sync/apply-local-mutation';
import { saveImportMemory } from './import-memory';

export interface ImportRequest {
  workspaceId: string;
  sourceKey: string;
  mutations: { name: MutationName; args: unknown; line?: number }[];
  memory: ImportMemory;
}

/**
 * Applies an import's mutations in one transaction with the source's memory: every row or none, and
 * the mapping is remembered only when the rows went in. A refusal names the sheet line it came from.
 */
export async function applyImport(
  db: PmoDatabase,
  request: ImportRequest,
  now: string,
): Promise<MessageResult<{ applied: number }>> {
  const { workspaceId, sourceKey, mutations, memory } = request;
  const tables = [...localEditTables(db), db.importMemories];
  const outcome = await db.transaction('rw', tables, async () => {
    const batch = await applyLocalBatch(db, workspaceId, mutations, now);
    if (batch.ok && !batch.value.refusal)
      await saveImportMemory(db, workspaceId, sourceKey, { ...memory, savedAt: now }, idsOf(mutations));
    return batch;
  });
  if (!outcome.ok) return { ok: false, error: { code: outcome.error.code, message: outcome.error.message } };
  const { applied, refusal } = outcome.value;
  if (refusal) {
    const line = mutations[refusal.index]?.line;
    const message =
      line === undefined
        ? i18n.t('sheets.errors.importRefusedNoLine', [refusal.error.message])
        : i18n.t('sheets.errors.importRefused', [String(line), refusal.error.message]);
    // details: the line and the mutation's own refusal code, for a UI that points at the row.
    return {
      ok: false,
      error: { code: 'import_refused', message, details: { line: line ?? null, reason: refusal.error.code } },
    };
  }
  return ok({ applied });
}

/** Ids of the records the mutations create or update (`id` in every create, update and reschedule). */
function idsOf(mutations: readonly { args: unknown }[]): string[] {
  return mutations.flatMap(({ args }) => {
    const id = (args as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [id] : [];
  });
}
