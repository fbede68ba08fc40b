import type { PushMutation, PushRequest, Result } from '../../shared';
import { type HttpError, httpError } from '../http/errors';
import { readClients } from './client-groups';

/** One mutation of a push and whether it was already applied by an earlier (retried) push. */
export interface PushStep {
  mutation: PushMutation;
  isDuplicate: boolean;
}

/**
 * Checks every client's sequence before anything is applied (docs/sync.md "Push rules", 2 and 3): ids the
 * server has seen are duplicates to skip; the next new id must be exactly lastMutationId + 1, else
 * the whole push is refused with 409 and nothing of it is applied.
 */
export function planPush(sql: SqlStorage, request: PushRequest): Result<PushStep[], HttpError> {
  const clientIds = new Set(request.mutations.map((mutation) => mutation.clientId));
  const clients = readClients(sql, request.clientGroupId, clientIds);
  if (!clients.ok) return clients;
  const expected = new Map([...clients.value].map(([clientId, lastId]) => [clientId, lastId + 1]));
  const steps: PushStep[] = [];
  for (const mutation of request.mutations) {
    const next = expected.get(mutation.clientId) ?? 1;
    if (mutation.id > next) {
      return {
        ok: false,
        error: httpError(
          409,
          'mutation_gap',
          `Client ${mutation.clientId} sent mutation ${mutation.id} but the server expects ${next} next. Push mutations from ${next} on, in order; nothing of this push was applied.`,
          { clientId: mutation.clientId, expected: next, received: mutation.id },
        ),
      };
    }
    const isDuplicate = mutation.id < next;
    if (!isDuplicate) expected.set(mutation.clientId, next + 1);
    steps.push({ mutation, isDuplicate });
  }
  return { ok: true, value: steps };
}
