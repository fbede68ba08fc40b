import type { AppError, MutationOutcome, PushMutation, PushRequest, PushResponse, Result } from '../../shared';
import { type HttpError, httpError } from '../http/errors';
import { claimClientGroup } from './client-groups';
import { storeWrites } from './entity-rows';
import { type ManagedProjects, trackManagedProjects } from './managed-projects';
import { planPush } from './plan-push';
import { recordHistory } from './record-history';
import { type PrepareMutation, runMutator } from './run-mutator';
import { readMeta, writeVersion } from './schema';
import type { SyncMember } from './sync-member';

function recordError(sql: SqlStorage, mutation: PushMutation, version: number, error: AppError): void {
  sql.exec(
    'INSERT OR REPLACE INTO mutation_errors (client_id, mutation_id, version, code, message, details, ref) VALUES (?, ?, ?, ?, ?, ?, ?)',
    mutation.clientId,
    mutation.id,
    version,
    error.code,
    error.message,
    error.details === undefined ? null : JSON.stringify(error.details),
    error.ref === undefined ? null : JSON.stringify(error.ref),
  );
}

/**
 * Applies one mutation; the caller runs it inside transactionSync. Applied or permanently
 * rejected, it takes exactly one new version and advances the client's lastMutationId.
 */
function applyMutation(
  sql: SqlStorage,
  clientGroupId: string,
  mutation: PushMutation,
  member: SyncMember,
  now: string,
  prepare: PrepareMutation | undefined,
  managed: ManagedProjects,
): MutationOutcome {
  const version = readMeta(sql).version + 1;
  const result = runMutator(sql, mutation, member, now, prepare, managed.current());
  if (result.ok) {
    recordHistory(sql, result.value, { at: now, by: member.id, mutation: mutation.name, version });
    storeWrites(sql, result.value, version);
    managed.noteWrites(result.value);
  } else recordError(sql, mutation, version, result.error);
  writeVersion(sql, version);
  sql.exec(
    `INSERT INTO clients (client_id, client_group_id, last_mutation_id, last_mutation_id_version) VALUES (?, ?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id, last_mutation_id_version = excluded.last_mutation_id_version`,
    mutation.clientId,
    clientGroupId,
    mutation.id,
    version,
  );
  const outcome = { clientId: mutation.clientId, id: mutation.id };
  return result.ok ? { ...outcome, status: 'applied' } : { ...outcome, status: 'rejected', error: result.error };
}

/**
 * Push (docs/sync.md "Push rules"): checks the client group and every client's sequence, then applies each new
 * mutation in its own transaction. A throw rolls back only that mutation and answers 500; the
 * ones before it stay applied and are skipped when the client retries.
 */
export function applyPush(
  storage: DurableObjectStorage,
  member: SyncMember,
  request: PushRequest,
  prepare?: PrepareMutation,
): Result<PushResponse, HttpError> {
  const denied = claimClientGroup(storage.sql, request.clientGroupId, member.id);
  if (denied) return { ok: false, error: denied };
  const plan = planPush(storage.sql, request);
  if (!plan.ok) return plan;
  const now = new Date().toISOString();
  const managed = trackManagedProjects(storage.sql, member);
  const results: MutationOutcome[] = [];
  for (const { mutation, isDuplicate } of plan.value) {
    if (isDuplicate) {
      results.push({ clientId: mutation.clientId, id: mutation.id, status: 'skipped' });
      continue;
    }
    try {
      results.push(
        storage.transactionSync(() =>
          applyMutation(storage.sql, request.clientGroupId, mutation, member, now, prepare, managed),
        ),
      );
    } catch (error) {
      console.error(`push: ${mutation.name} ${mutation.clientId}#${mutation.id} threw`, error);
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: httpError(
          500,
          'internal',
          `Mutation ${mutation.id} of client ${mutation.clientId} failed on the server and was rolled back (${reason}). Retry the push; mutations before it are kept.`,
        ),
      };
    }
  }
  return { ok: true, value: { results } };
}
