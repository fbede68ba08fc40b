import type { MutationError } from '../../../shared/sync/protocol';
import type { PendingMutationRow, PmoDatabase } from '../../db/database';

/**
 * Keeps each refused mutation once, named after its pending mutation when still known. One the
 * user dismissed stays dismissed when a later push or pull reports it again.
 */
export async function storeMutationErrors(
  db: PmoDatabase,
  workspaceId: string,
  refusals: readonly MutationError[],
  knownMutations: readonly PendingMutationRow[],
  receivedAt: string,
): Promise<void> {
  for (const refusal of refusals) {
    if (await db.mutationErrors.get([workspaceId, refusal.clientId, refusal.id])) continue;
    const mutation = knownMutations.find((known) => known.clientId === refusal.clientId && known.id === refusal.id);
    await db.mutationErrors.add({
      workspaceId,
      clientId: refusal.clientId,
      id: refusal.id,
      name: mutation?.name ?? null,
      ...(mutation ? { args: mutation.args } : {}),
      error: refusal.error,
      receivedAt,
      dismissed: 0,
    });
  }
}
