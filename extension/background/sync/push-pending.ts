import { ok, type Result } from '../../../shared/result';
import { maxMutationsPerPush, maxPushBytes, type PushMutation } from '../../../shared/sync/protocol';
import type { ConnectionRow, PendingMutationRow, PmoDatabase } from '../../db/database';
import type { ApiError } from '../worker-api/request-json';
import type { WorkerApi } from '../worker-api/worker-api';
import { storeMutationErrors } from './store-mutation-errors';

/** Room left in a push body for the envelope around the mutations. */
const envelopeBytes = 4 * 1024;
const encoder = new TextEncoder();

/**
 * Sends the pending mutations in order, in requests of at most 500 mutations and about 1 MiB.
 * Pending mutations stay until a pull acknowledges them; refusals are kept for the user now.
 */
export async function pushPending(
  db: PmoDatabase,
  api: WorkerApi,
  connection: ConnectionRow,
  now: () => string,
): Promise<Result<void, ApiError>> {
  let afterId = 0;
  for (;;) {
    const batch = await readNextBatch(db, connection.workspaceId, afterId);
    if (batch.length === 0) return ok(undefined);
    const response = await api.push(connection, {
      clientGroupId: connection.clientGroupId,
      mutations: batch.map(toPushMutation),
    });
    if (!response.ok) return response;
    const refusals = response.value.results.flatMap((outcome) =>
      outcome.status === 'rejected' && outcome.error
        ? [{ clientId: outcome.clientId, id: outcome.id, error: outcome.error }]
        : [],
    );
    if (refusals.length > 0) {
      await db.transaction('rw', [db.connections, db.mutationErrors], async () => {
        // Left while the push was in flight: keep nothing of it.
        if (!(await db.connections.get(connection.workspaceId))) return;
        await storeMutationErrors(db, connection.workspaceId, refusals, batch, now());
      });
    }
    afterId = batch[batch.length - 1].id;
  }
}

function toPushMutation(mutation: PendingMutationRow): PushMutation {
  return {
    clientId: mutation.clientId,
    id: mutation.id,
    name: mutation.name,
    args: mutation.args,
    clientTime: mutation.clientTime,
  };
}

/** The next pending mutations that fit in one push; a single oversized one still goes alone (the server says 413). */
async function readNextBatch(db: PmoDatabase, workspaceId: string, afterId: number): Promise<PendingMutationRow[]> {
  const candidates = await db.pending
    .where('[workspaceId+id]')
    .between([workspaceId, afterId], [workspaceId, Number.POSITIVE_INFINITY], false, true)
    .limit(maxMutationsPerPush)
    .toArray();
  const batch: PendingMutationRow[] = [];
  let bytes = envelopeBytes;
  for (const mutation of candidates) {
    bytes += encoder.encode(JSON.stringify(toPushMutation(mutation))).length + 1;
    if (batch.length > 0 && bytes > maxPushBytes) break;
    batch.push(mutation);
  }
  return batch;
}
