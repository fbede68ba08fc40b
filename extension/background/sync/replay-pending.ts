import type { MemberSummary } from '../../../shared/api/schemas';
import { reviseManagedProjectIds } from '../../../shared/mutations/managed-projects';
import { buildMutationContext } from '../../../shared/mutations/mutation-context';
import { listFromRows } from '../../../shared/mutations/row-queries';
import { prepareMutation } from '../../../shared/mutations/run-mutation';
import type { PendingMutationRow } from '../../db/database';
import { listManagedProjectsInRows } from './managed-projects';
import { applyWritesToRowMap, type RowMap, readFromRowMap } from './row-map';

/**
 * Re-applies pending mutations in order over base rows (the rebase step), with the role rules the
 * server applies: a pm's managed projects come from the rows and follow the replayed writes. A
 * mutation that no longer applies is skipped here: the server refuses it too and its error reaches
 * the user. Queries are answered from `rows`, so the caller puts there what they find (see
 * applyPullPage's addQueriedRows).
 */
export function replayPending(rows: RowMap, pending: readonly PendingMutationRow[], member: MemberSummary): void {
  let managedProjectIds = listManagedProjectsInRows(rows, member);
  for (const mutation of pending) {
    const prepared = prepareMutation(mutation.name, mutation.args);
    if (!prepared.ok) continue;
    const result = prepared.value.apply(
      readFromRowMap(rows),
      buildMutationContext(member, mutation.clientTime, managedProjectIds),
      (query) => listFromRows(rows, query),
    );
    if (!result.ok) continue;
    applyWritesToRowMap(rows, result.value);
    if (managedProjectIds) managedProjectIds = reviseManagedProjectIds(managedProjectIds, result.value, member.id);
  }
}
