import type { AppError, MutationName, Result } from '../../shared';
import { storeWrites } from './entity-rows';
import { trackManagedProjects } from './managed-projects';
import { recordHistory } from './record-history';
import { runMutator } from './run-mutator';
import { readMeta, writeVersion } from './schema';
import type { SyncMember } from './sync-member';

/** A mutation the server makes itself (no client sent it), e.g. the built-in method of a new workspace. */
export interface ServerMutation {
  name: MutationName;
  args: unknown;
}

// Server mutations belong to no client: no `clients` row, so no client's lastMutationId moves.
const serverClientId = 'server';

/**
 * Applies mutations made by the server on behalf of `member`, each through the shared mutator and
 * the same storage path as a push (applyPush): its own transaction and one new version, so the
 * records sync like any other. Returns the versions taken, or the first refusal (nothing after it
 * is applied); throws only on bugs.
 */
export function applyServerMutations(
  storage: DurableObjectStorage,
  member: SyncMember,
  mutations: readonly ServerMutation[],
): Result<number[], AppError> {
  const now = new Date().toISOString();
  const managed = trackManagedProjects(storage.sql, member);
  const versions: number[] = [];
  for (const [index, mutation] of mutations.entries()) {
    const pushed = { clientId: serverClientId, id: index + 1, clientTime: now, ...mutation };
    const outcome = storage.transactionSync((): Result<number, AppError> => {
      const result = runMutator(storage.sql, pushed, member, now, undefined, managed.current());
      if (!result.ok) return result;
      const version = readMeta(storage.sql).version + 1;
      recordHistory(storage.sql, result.value, { at: now, by: member.id, mutation: mutation.name, version });
      storeWrites(storage.sql, result.value, version);
      managed.noteWrites(result.value);
      writeVersion(storage.sql, version);
      return { ok: true, value: version };
    });
    if (!outcome.ok) return outcome;
    versions.push(outcome.value);
  }
  return { ok: true, value: versions };
}
