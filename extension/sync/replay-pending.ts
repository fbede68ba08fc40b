import type { MemberSummary } from '../../shared/api/schemas';
import { prepareMutation } from '../../shared/mutations/run-mutation';
import type { PendingMutationRow } from '../db/database';
import { applyWritesToRowMap, type RowMap, readFromRowMap } from './row-map';

/**
 * Re-applies pending mutations in order over base rows (the rebase step). A mutation that no
 * longer applies is skipped here: the server refuses it too and its error reaches the user.
 */
export function replayPending(rows: RowMap, pending: readonly PendingMutationRow[], member: MemberSummary): void {
  for (const mutation of pending) {
    const prepared = prepareMutation(mutation.name, mutation.args);
    if (!prepared.ok) continue;
    const result = prepared.value.apply(readFromRowMap(rows), {
      actorId: member.id,
      role: member.role,
      now: mutation.clientTime,
    });
    if (result.ok) applyWritesToRowMap(rows, result.value);
  }
}
